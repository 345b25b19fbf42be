"""Words keep the spelling the entries use, so that "did you mean …?" suggests "Förderung".

The spelling of the words already collected is read from the published entries here, by
the same rule as faq.actions.WordUse, copied so that this migration does not change when
the app does.
"""

import re
from collections import Counter

from django.db import migrations, models

WORD = re.compile(r"[^\W\d_]{4,40}", re.UNICODE)


def _opens_sentence(text, start):
    before = text[max(0, start - 12) : start].rstrip(" \t*_#>\"'„“(–-")
    return not before or before[-1] in ".!?:\n"


def fill_spellings(apps, schema_editor):
    Entry = apps.get_model("faq", "Entry")
    Word = apps.get_model("faq", "Word")
    in_sentence, opening = {}, {}
    entries = Entry.objects.filter(is_published=True).only("question", "keywords", "answer")
    for entry in entries.iterator():
        for text, has_sentences in (
            (entry.question, True),
            (entry.keywords, False),
            (entry.answer, True),
        ):
            for match in WORD.finditer(text or ""):
                spelled = match.group(0)
                opens = has_sentences and _opens_sentence(text, match.start())
                counts = opening if opens else in_sentence
                counts.setdefault(spelled.lower(), Counter())[spelled] += 1
    changed = []
    for word in Word.objects.only("word").iterator():
        spellings = in_sentence.get(word.word) or opening.get(word.word)
        if spellings:
            word.spelling = max(
                spellings, key=lambda spelled: (spellings[spelled], spelled.islower())
            )
            changed.append(word)
    Word.objects.bulk_update(changed, ["spelling"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="word",
            name="spelling",
            field=models.CharField(blank=True, max_length=60),
        ),
        migrations.RunPython(fill_spellings, migrations.RunPython.noop, elidable=True),
    ]
