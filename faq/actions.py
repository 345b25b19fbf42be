"""Every change to the FAQ: keyword-only, atomic, mail after commit."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from faq.models import Category, Entry, SubmittedQuestion, Vote, Word
from portal import roles
from portal.actions import ActionRefused
from portal.mail import send_templated_mail
from portal.models import User
from portal.page_cache import expire_public_pages
from portal.slugs import unique_slug

WORD = re.compile(r"[^\W\d_]{4,40}", re.UNICODE)


class FaqActionError(ActionRefused):
    """A change to the FAQ that cannot be made, said in the user's language."""


class AlreadyVoted(FaqActionError):
    pass


def refresh_category_counts() -> None:
    """Store each category's number of published entries (one UPDATE for all)."""
    published = (
        Entry.objects.published()
        .filter(category=OuterRef("pk"))
        .order_by()
        .values("category")
        .annotate(total=Count("pk"))
        .values("total")
    )
    Category.objects.update(entry_count=Coalesce(Subquery(published), 0))


@dataclass
class WordUse:
    """How the entries use one word: in how many entries, and how they spell it."""

    entries: int = 0
    in_sentence: Counter = field(default_factory=Counter)
    # German capitalises every word that opens a sentence: weaker evidence of its spelling.
    opening: Counter = field(default_factory=Counter)

    @property
    def spelling(self) -> str:
        """The spelling people write: "Förderung", "versichert"."""
        spellings = self.in_sentence or self.opening
        # On a tie the lower-case form wins: a capital there may only open a sentence.
        return max(spellings, key=lambda spelled: (spellings[spelled], spelled.islower()))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \t*_#>\"'„“(–-")
    return not before or before[-1] in ".!?:\n"


def word_uses(entries) -> dict[str, WordUse]:
    """Every word of ``entries`` (lower case) with how the entries use it."""
    uses: dict[str, WordUse] = {}
    for entry in entries:
        seen: set[str] = set()
        # Keywords are a list, not sentences: their capitals are the words' own.
        for text, has_sentences in (
            (entry.question, True),
            (entry.keywords, False),
            (entry.answer, True),
        ):
            for match in WORD.finditer(text or ""):
                spelled = match.group(0)
                word = spelled.lower()
                use = uses.setdefault(word, WordUse())
                if word not in seen:
                    seen.add(word)
                    use.entries += 1
                if has_sentences and _opens_sentence(text, match.start()):
                    use.opening[spelled] += 1
                else:
                    use.in_sentence[spelled] += 1
    return uses


def add_words(entries) -> None:
    """Add the words of ``entries`` to the vocabulary for suggestions."""
    Word.objects.bulk_create(
        [
            Word(word=word, spelling=use.spelling, first_letter=word[0], length=len(word))
            for word, use in word_uses(entries).items()
        ],
        ignore_conflicts=True,
    )


def rebuild_words() -> int:
    """Build the vocabulary anew from all published entries, with word frequencies."""
    published = Entry.objects.published().only("question", "keywords", "answer").iterator()
    uses = word_uses(published)
    Word.objects.all().delete()
    Word.objects.bulk_create(
        Word(
            word=word,
            spelling=use.spelling,
            first_letter=word[0],
            length=len(word),
            frequency=use.entries,
        )
        for word, use in uses.items()
    )
    return len(uses)


@transaction.atomic
def entry_changed(*, entry: Entry) -> None:
    """Keep counters and vocabulary right after an editor saved or deleted an entry."""
    refresh_category_counts()
    if entry.pk and entry.is_published:
        add_words([entry])
    expire_public_pages()  # it may have been unpublished or deleted


@transaction.atomic
def vote(*, entry: Entry, voter: str, helpful: bool, comment: str = "") -> Vote:
    try:
        with transaction.atomic():
            cast = Vote.objects.create(
                entry=entry, voter=voter, helpful=helpful, comment=comment.strip()
            )
    except IntegrityError as error:
        raise AlreadyVoted(_("You have already told us whether this answer helped.")) from error
    counter = "helpful_yes" if helpful else "helpful_no"
    Entry.objects.filter(pk=entry.pk).update(**{counter: F(counter) + 1})
    return cast


def record_failed_search(*, query: str) -> None:
    """Count a search that found nothing: its words only, nothing about who searched."""
    query = " ".join(query.lower().split())[:200]
    if not query:
        return
    with connection.cursor() as cursor:
        # One statement, so that concurrent searches for the same words both count.
        cursor.execute(
            """
            INSERT INTO faq_failedsearch (query, count, last_searched_at) VALUES (%s, 1, %s)
            ON CONFLICT (query) DO UPDATE
            SET count = faq_failedsearch.count + 1, last_searched_at = EXCLUDED.last_searched_at
            """,
            [query, timezone.now()],
        )


@transaction.atomic
def submit_question(*, question: str, email: str, token: str) -> SubmittedQuestion:
    """Keep a question for the editors. The same form sent twice keeps one question."""
    submitted, created = SubmittedQuestion.objects.get_or_create(
        submission_token=token,
        defaults={"question": question.strip(), "email": email.strip()},
    )
    if created:
        send_templated_mail(
            template_prefix="faq/email/question_submitted",
            to=User.objects.addresses_of_role(roles.EDITORS),
            context={"question": submitted, "base_url": settings.SITE_URL},
        )
    return submitted


@transaction.atomic
def answer_question(
    *, submitted: SubmittedQuestion, editor: User, category: Category, question: str, answer: str
) -> Entry:
    """Turn a submitted question into a published entry and tell the person who asked."""
    locked = SubmittedQuestion.objects.select_for_update().get(pk=submitted.pk)
    if locked.status != SubmittedQuestion.Status.OPEN:
        raise FaqActionError(_("Another editor has handled this question already."))
    entry = Entry.objects.create(
        category=category,
        question=question.strip(),
        slug=unique_slug(Entry, question, fallback="frage", max_length=100),
        answer=answer,
    )
    address = locked.email
    locked.status = SubmittedQuestion.Status.ANSWERED
    locked.entry = entry
    locked.answered_by = editor
    locked.email = ""  # the address was only for this answer
    locked.save(update_fields=["status", "entry", "answered_by", "email"])
    entry_changed(entry=entry)
    if address:
        send_templated_mail(
            template_prefix="faq/email/question_answered",
            to=[address],
            context={"entry": entry, "asked": locked.question, "base_url": settings.SITE_URL},
        )
    return entry


@transaction.atomic
def dismiss_question(*, submitted: SubmittedQuestion, editor: User) -> None:
    SubmittedQuestion.objects.filter(pk=submitted.pk, status=SubmittedQuestion.Status.OPEN).update(
        status=SubmittedQuestion.Status.DISMISSED, answered_by=editor, email=""
    )
