"""Keyset paging: pages cost the same at the start and at the end of a long list.

A page is found by the sort values of the row at its edge (the cursor), never by an
OFFSET that makes the database walk past every earlier row. The cursor is opaque text
in the URL, so a paged, filtered list can be shared like any other link.

Pages are cut from the start of the list: the first page holds the first ``per_page``
rows, "next" and "previous" move by whole pages, and the last page holds what remains
after the full pages before it (``count % per_page`` rows, or a full page). Finding that
remainder takes the number of rows, so a list offers its last page only while the number
is known: counted up to ``COUNT_LIMIT`` rows, or given by the caller from a counter the
actions keep. Beyond the bound a list has "next" and "previous", but no jump to its end.
"""

from __future__ import annotations

import base64
import datetime
import json
import weakref
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

COUNT_LIMIT = 1000


@dataclass(frozen=True)
class KeysetPage:
    items: list[Any]
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool
    is_last: bool
    # Whether a "last page" link leads somewhere: only when the number of rows is known.
    offers_last_page: bool = False

    @property
    def has_other_pages(self) -> bool:
        return not (self.is_first and self.is_last)


# A list view that shows its count and the paginator that needs it for the last page ask
# about the same queryset, and one query answers both. The count lives as long as the
# queryset object, as the rows Django fetched for it do.
_counted: weakref.WeakKeyDictionary[QuerySet, dict[int, tuple[int, bool]]] = (
    weakref.WeakKeyDictionary()
)


def bounded_count(queryset: QuerySet, limit: int = COUNT_LIMIT) -> tuple[int, bool]:
    """Count up to ``limit`` rows; the flag tells whether there are more."""
    known = _counted.setdefault(queryset, {})
    if limit not in known:
        count = queryset.order_by()[: limit + 1].count()
        known[limit] = (min(count, limit), count > limit)
    return known[limit]


class KeysetPaginator:
    def __init__(
        self,
        queryset: QuerySet,
        ordering: list[str],
        per_page: int = 20,
        *,
        total: int | None = None,
    ):
        """``total``: the exact number of rows, where a kept counter knows it (no count)."""
        if ordering[-1].lstrip("-") not in {"id", "pk"}:
            raise ValueError("The last ordering field must be unique (id).")
        self.queryset = queryset
        self.ordering = ordering
        self.per_page = per_page
        self.model = queryset.model
        self.total = total

    def known_total(self) -> int | None:
        """The number of rows, or None when there are more than a bounded count tells."""
        if self.total is not None:
            return self.total
        count, more = bounded_count(self.queryset, COUNT_LIMIT)
        return None if more else count

    # --- cursors -------------------------------------------------------------------

    def _fields(self) -> list[tuple[str, bool]]:
        return [(name.lstrip("-"), name.startswith("-")) for name in self.ordering]

    def _encode(self, item: Any) -> str:
        values = []
        for name, _descending in self._fields():
            value = getattr(item, name)
            values.append(value.isoformat() if hasattr(value, "isoformat") else value)
        return self.cursor_at(values)

    def cursor_at(self, values: list[Any]) -> str:
        """A cursor that starts the next page right after a row with these sort values."""
        return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")

    def _field(self, name: str):
        """The model field, or the annotation, that a sort value belongs to."""
        annotation = self.queryset.query.annotations.get(name)
        if annotation is not None:
            return annotation.output_field
        return self.model._meta.get_field(name)

    def _decode(self, cursor: str) -> list[Any] | None:
        """The sort values in ``cursor``, or None for anything not made by ``_encode``."""
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            raw = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
            if not isinstance(raw, list) or len(raw) != len(self.ordering):
                return None
            values = []
            for (name, _descending), value in zip(self._fields(), raw, strict=True):
                if not isinstance(value, str | int) or isinstance(value, bool):
                    return None
                if isinstance(value, str) and "\x00" in value:
                    return None
                if isinstance(value, int) and not -(2**63) <= value < 2**63:
                    return None
                value = self._field(name).to_python(value)
                if isinstance(value, datetime.datetime):
                    # An offset PostgreSQL cannot store would fail in the query.
                    value = value.astimezone(datetime.UTC) if value.tzinfo else None
                if value is None:
                    return None
                values.append(value)
            return values
        except (ValueError, TypeError, OverflowError, ValidationError):
            # A cursor edited by hand leads to the first page, not to an error.
            return None

    def _beyond(self, values: list[Any], backwards: bool) -> Q:
        """Rows after the cursor in sort order (before it when ``backwards``)."""
        condition = Q(pk__in=[])
        for index, (name, descending) in enumerate(self._fields()):
            equal = {field: values[i] for i, (field, _d) in enumerate(self._fields()[:index])}
            goes_down = descending != backwards
            step = Q(**{f"{name}__{'lt' if goes_down else 'gt'}": values[index]})
            condition |= Q(**equal) & step
        # The same rows again, said so that an index on the first column can start at
        # the cursor: the OR above alone makes PostgreSQL walk every row before it.
        first, descending = self._fields()[0]
        if values[0] is not None:
            goes_down = descending != backwards
            condition &= Q(**{f"{first}__{'lte' if goes_down else 'gte'}": values[0]})
        return condition

    # --- pages ---------------------------------------------------------------------

    def page(self, *, after: str | None = None, before: str | None = None, last: bool = False):
        per_page = self.per_page
        # Counted on every page, not only where a last page exists: a page's cost must not
        # depend on how long its list happens to be.
        total = self.known_total()
        if last and total is not None and total > per_page:
            # What remains after the full pages before it, as "next" would reach it.
            remainder = total % per_page or per_page
            rows = list(self.queryset.order_by(*self._reversed())[:remainder])
            return self._make(list(reversed(rows)), is_first=False, is_last=True, total=total)
        if last and total is not None:
            # Counted as one page, but items may have come since the count (a reply in
            # the forum): the last page is still the end of the list, not its start.
            rows = list(self.queryset.order_by(*self._reversed())[: per_page + 1])
            items = list(reversed(rows[:per_page]))
            return self._make(items, is_first=len(rows) <= per_page, is_last=True, total=total)
        # A last page of a list too long to count is no page the portal links to: like a
        # cursor edited by hand, it leads to the first page.
        values = self._decode(before) if before and not last else None
        if values is not None:
            rows = list(
                self.queryset.filter(self._beyond(values, backwards=True)).order_by(
                    *self._reversed()
                )[: per_page + 1]
            )
            more_before = len(rows) > per_page
            items = list(reversed(rows[:per_page]))
            return self._make(items, is_first=not more_before, is_last=False, total=total)
        values = self._decode(after) if after and not last else None
        queryset = self.queryset
        if values is not None:
            queryset = queryset.filter(self._beyond(values, backwards=False))
        rows = list(queryset.order_by(*self.ordering)[: per_page + 1])
        return self._make(
            rows[:per_page], is_first=values is None, is_last=len(rows) <= per_page, total=total
        )

    def page_for(self, request) -> KeysetPage:
        """The page a list URL asks for: ``?nach=``, ``?vor=`` or ``?seite=letzte``."""
        return self.page(
            after=request.GET.get("nach"),
            before=request.GET.get("vor"),
            last=request.GET.get("seite") == "letzte",
        )

    def _reversed(self) -> list[str]:
        return [name[1:] if name.startswith("-") else f"-{name}" for name in self.ordering]

    def _make(
        self, items: list[Any], *, is_first: bool, is_last: bool, total: int | None
    ) -> KeysetPage:
        return KeysetPage(
            items=items,
            next_cursor=self._encode(items[-1]) if items and not is_last else None,
            previous_cursor=self._encode(items[0]) if items and not is_first else None,
            is_first=is_first,
            is_last=is_last,
            offers_last_page=total is not None and not is_last,
        )
