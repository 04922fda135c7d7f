"""Topics from a topic list (``lexicons/topics.toml`` or a user's ``--topics FILE``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck import lexicons
from claimcheck.errors import LexiconError
from claimcheck.models import TopicTag


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    label: str
    pattern: re.Pattern[str]


def _word_pattern(word: str) -> str:
    """ "satellite*" -> satellite\\w*; spaces match any run of spaces."""
    parts = [re.escape(p) for p in word.strip().split()]
    rx = r"\s+".join(parts).replace(r"\*", r"[\w-]*")
    return rx


class TopicTagger:
    def __init__(self, topics: dict[str, Any], origin: str = "topics") -> None:
        self.topics: list[Topic] = []
        for name, spec in topics.items():
            if name == "replace" or not isinstance(spec, dict):
                continue
            words = spec.get("words", [])
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise LexiconError(f"{origin}: topic {name!r} needs a list of words")
            if not words:
                continue
            alternatives = "|".join(
                sorted((_word_pattern(w) for w in words), key=len, reverse=True)
            )
            self.topics.append(
                Topic(
                    name,
                    spec.get("label", name),
                    re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I),
                )
            )

    @classmethod
    def load(cls, lexicon_dir: Path | None = None, topics_file: Path | None = None) -> TopicTagger:
        """The packaged topics (with a user's lexicon overrides), or those of ``topics_file``."""
        if topics_file is None:
            return cls(lexicons.load("topics", lexicon_dir), "lexicon topics")
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

    def tag(self, text: str, start: int = 0, end: int | None = None) -> list[TopicTag]:
        end = len(text) if end is None else end
        tags = []
        for topic in self.topics:
            m = topic.pattern.search(text, start, end)
            if m:
                tags.append(TopicTag(topic.name, m.group(0), m.start(), m.end()))
        return tags
