"""Whether a claim makes sense outside its article.

"No one was injured", "The driver fled the scene" and "He was sentenced to 12 years" are true
of one event, which only their article names: such a claim is compared only with claims of
its own story. A claim with a named subject and a place, a time or a second name ("Mexico's
president, Andres Manuel Lopez Obrador, visited Beijing in 2019") says which event it is
about, so it may also be grouped with claims of other stories, as background.
"""

from __future__ import annotations

import re

from claimcheck.models import Annotations

_NAMED = frozenset({"country", "organisation", "person", "place", "group", "name"})
_LEADING = 5  # words: a subject named later than this is not the claim's subject
_PRONOUN = re.compile(
    r"(?:he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our)\b", re.I
)
_WORD = re.compile(r"\S+")


def is_standalone(text: str, annotations: Annotations) -> bool:
    """Whether the claim (``text``, whose evidence starts at ``start`` in its article) has a
    named subject among its first words and a place, a date or another name besides."""
    if _PRONOUN.match(text) or text.lstrip()[:1] in "([":
        return False  # a pronoun's referent is in the article; an aside in brackets (a photo
        # credit, a translation) is the article's note, not a fact of its own
    named = [e for e in annotations.entities if e.type in _NAMED]
    if not named:
        return False
    lead = " ".join(_WORD.findall(text)[:_LEADING]).lower()
    subject = [e for e in named if e.text.lower() in lead]
    if not subject:
        return False
    others = {c for e in named for c in e.canonical} - {c for e in subject[:1] for c in e.canonical}
    return bool(annotations.dates) or bool(others)
