"""Facts about the visitor that several checks on one page ask for, looked up once.

``request.user`` lives exactly as long as its request, so a value kept on it is fresh for
every request and needs no invalidation; a later request loads the user anew. Access
rules (``permissions.py``) use this for the group names, forum membership and the networks
someone coordinates, which a page may ask about dozens of times.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from portal.models import User

T = TypeVar("T")

_MISSING = object()


def once_per_user(compute: Callable[[User], T]) -> Callable[[User], T]:
    """Keep what ``compute(user)`` returns on the user object for the rest of the request."""
    attribute = f"_per_request_{compute.__module__.replace('.', '_')}_{compute.__name__}"

    @functools.wraps(compute)
    def cached(user: User) -> T:
        value = getattr(user, attribute, _MISSING)
        if value is _MISSING:
            value = compute(user)
            setattr(user, attribute, value)
        return value

    return cached
