"""Topics from a topic list (``lexicons/topics.toml`` or a user's ``--topics FILE``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import LexiconError
from claimcheck.lexicons import Lexicons
from claimcheck.models import TopicTag

# Words as topic lists name them: hyphenated compounds stay one word ("high-tech").
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_SEEN_MAX = 200_000  # words whose candidate terms are remembered


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    label: str


@dataclass(frozen=True, slots=True)
class _Term:
    """One entry of a topic's word list, as words; a word ending in * matches any ending."""

    words: tuple[str, ...]
    topic: int

    def matches(self, tokens: list[str], i: int) -> bool:
        if i + len(self.words) > len(tokens):
            return False
        return all(
            tok == w or (w.endswith("*") and tok.startswith(w[:-1]))
            for w, tok in zip(self.words, tokens[i : i + len(self.words)], strict=False)
        )


class TopicTagger:
    """Tags text with the topics whose words occur in it. The words are indexed by their
    first word (or, for a wildcard, its stem), so tagging is one pass over the text's words."""

    def __init__(self, topics: dict[str, Any], origin: str = "topics") -> None:
        self.topics: list[Topic] = []
        self._by_word: dict[str, list[_Term]] = {}
        self._by_stem: dict[str, list[_Term]] = {}
        for name, spec in topics.items():
            if name == "replace" or not isinstance(spec, dict):
                continue
            words = spec.get("words", [])
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise LexiconError(f"{origin}: topic {name!r} needs a list of words")
            if not words:
                continue
            index = len(self.topics)
            self.topics.append(Topic(name, spec.get("label", name)))
            for entry in words:
                # "*" is not a word character: carry it through the split as "_star_"
                words = _WORD.findall(entry.lower().replace("*", "_star_"))
                term = _Term(tuple(w.replace("_star_", "*") for w in words), index)
                if not term.words:
                    continue
                first = term.words[0]
                if first.endswith("*"):
                    self._by_stem.setdefault(first[:-1], []).append(term)
                else:
                    self._by_word.setdefault(first, []).append(term)
        self._stem_lengths = sorted({len(k) for k in self._by_stem})
        self._seen: dict[str, tuple[_Term, ...]] = {}

    @classmethod
    def load(cls, lexicons: Lexicons | None = None, topics_file: Path | None = None) -> TopicTagger:
        """The packaged topics (with a user's lexicon overrides), or those of ``topics_file``."""
        if topics_file is None:
            return cls((lexicons or Lexicons.packaged())["topics"], "lexicon topics")
        try:
            data = tomllib.loads(Path(topics_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{topics_file}: cannot be read ({exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{topics_file}: not valid TOML ({exc})") from None
        tagger = cls(data, str(topics_file))
        if not tagger.topics:
            raise LexiconError(f"{topics_file}: no topics in it (see lexicons/topics.toml)")
        return tagger

    def names(self) -> list[str]:
        return [t.name for t in self.topics]

    def label(self, name: str) -> str:
        return next((t.label for t in self.topics if t.name == name), name)

    def _candidates(self, word: str) -> tuple[_Term, ...]:
        """The terms that may start at ``word``; remembered, as words recur."""
        found = self._seen.get(word)
        if found is None:
            terms = list(self._by_word.get(word, ()))
            for length in self._stem_lengths:
                if length > len(word):
                    break
                terms += self._by_stem.get(word[:length], ())
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            found = self._seen[word] = tuple(terms)
        return found

    def tag(self, text: str, start: int = 0, end: int | None = None) -> list[TopicTag]:
        """The topics of ``text[start:end]``, each with the first words that gave it."""
        end = len(text) if end is None else end
        spans = [m.span() for m in _WORD.finditer(text, start, end)]
        tokens = [text[s:e].lower() for s, e in spans]
        first: dict[int, tuple[int, int]] = {}  # topic -> span of its first match
        for i, tok in enumerate(tokens):
            for term in self._candidates(tok):
                if term.topic not in first and term.matches(tokens, i):
                    first[term.topic] = (spans[i][0], spans[i + len(term.words) - 1][1])
        return [
            TopicTag(self.topics[t].name, text[s:e], s, e) for t, (s, e) in sorted(first.items())
        ]
