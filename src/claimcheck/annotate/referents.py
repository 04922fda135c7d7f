"""What a pronoun subject stands for, so that claims can be compared across articles: "It
was not inspected in May" says something about the plant the article last named.

"It" points at the last subject the paragraph named that is one thing, "they" at the last
subject that is several, "he" and "she" at the last person named as a subject. Only within a
paragraph: across paragraphs a wrong guess costs more than it gains (in a list of unrelated
sentences, PAWS dev, resolving across them lost 55 paraphrase pairs and gained 14). Only a
claim's leading subject pronoun is resolved, and not "it" as a placeholder ("It is unclear
whether ...", "It was expected that ..."). The claim's text and evidence keep
the source's words; the referent is kept beside them (see models.Referent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.annotate.attribution import Speakers
from claimcheck.models import Entity, Referent

_LEADING = re.compile(r"[\"'“‘(]*(it|they|he|she)\b(?![’'-]\w)", re.I)
# "it" standing in for a clause that follows: "It is unclear whether", "It was decided to"
_PLACEHOLDER = re.compile(
    r"it(?:['’]s| is| was| has been| had been| will be| would be| seems| seemed| appears"
    r"| appeared| remains| remained| became| becomes)\b(?:\s+\w+){0,3}?\s+"
    r"(?:that|to|whether|if|how|why|when|what|who)\b|it (?:seems|appears|emerged|follows)\b",
    re.I,
)
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "i", "you", "this", "that", "there"])
_HEAD_ENDS = frozenset(["of", "with", "in", "at", "for", "from", "on", "to", "by", "(", ","])
_PLURAL_WORDS = frozenset(["people", "police", "children", "men", "women", "staff", "troops"])
_MAX_WORDS = 8  # a longer subject is a clause's worth of words, not a name to point back at


@dataclass(slots=True)
class Named:
    """The subjects last named in the paragraph: one thing, several, a person."""

    thing: str | None = None
    things: str | None = None
    person: str | None = None


class ReferentFinder:
    def resolve(
        self,
        text: str,
        claim_text: str,
        claim_start: int,
        carried: tuple[int, int] | None,
        named: Named,
    ) -> Referent | None:
        """The referent of the claim's leading pronoun, if it has one and it is known.
        ``carried`` is the span of the subject carried over into the claim's text, if any."""
        m = _LEADING.match(claim_text)
        if m is None or _PLACEHOLDER.match(claim_text, m.start(1)):
            return None
        pronoun = m.group(1)
        low = pronoun.lower()
        if low in ("he", "she"):
            refers_to = named.person
        elif low == "they":
            refers_to = named.things
        else:
            refers_to = named.thing
        if not refers_to:
            return None
        if carried is not None:
            start, end = carried
        else:
            start = claim_start + m.start(1)
            end = start + len(pronoun)
            if text[start:end].lower() != low:
                return None  # the claim's text is not the source's words here
        if claim_text[: m.end(1)] != pronoun:
            return None  # only a pronoun that opens the claim's text is replaced
        return Referent(pronoun, start, end, refers_to[:1].upper() + refers_to[1:])

    def remember(
        self,
        text: str,
        subject: tuple[int, int] | None,
        entities: list[Entity],
        named: Named,
        speakers: Speakers,
    ) -> None:
        """Note a sentence's subject as what a later "it" or "they" may point at."""
        if subject is None:
            return
        start, end = subject
        words = text[start:end].split()
        if not words or len(words) > _MAX_WORDS or words[0].lower() in _PRONOUNS:
            return
        if any(e.type == "person" and start <= e.start and e.end <= end for e in entities):
            named.person = speakers.person  # the person as the speakers know them
            return
        phrase = " ".join(words)
        head_words = []
        for w in words:
            if w.lower() in _HEAD_ENDS or w.startswith("("):
                break
            head_words.append(w.strip(",’'"))
        head = head_words[-1] if head_words else ""
        low = head.lower()
        plural = (
            "and" in head_words
            or low in _PLURAL_WORDS
            or (
                low.endswith("s")
                and not low.endswith(("ss", "us", "is"))
                and len(low) > 3
                and not head.isupper()  # "BRICS", "NATO": one body
            )
        )
        if plural:
            named.things = phrase
        else:
            named.thing = phrase
