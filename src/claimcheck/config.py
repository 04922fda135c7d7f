"""Settings and where they come from: command-line options, then environment, then defaults."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import UsageError, quote
from claimcheck.lexicons import Lexicons

DEFAULT_DB = Path("claims") / "claimcheck.db"
DEFAULT_MAX_BYTES = 20 * 1000 * 1000
DEFAULT_THRESHOLD = 42.0  # same claim from this score: where F1 on STS-B peaks (see README)

ENV_DB = "CLAIMCHECK_DB"
ENV_MAX_SIZE = "CLAIMCHECK_MAX_SIZE"
ENV_LEXICONS = "CLAIMCHECK_LEXICONS"
ENV_TOPICS = "CLAIMCHECK_TOPICS"
ENV_THRESHOLD = "CLAIMCHECK_THRESHOLD"

_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1000,
    "m": 1000**2,
    "mb": 1000**2,
    "g": 1000**3,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}


def parse_size(value: str, *, name: str = "--max-size") -> int:
    """Parse "20MB", "512k" or "1000000" into bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value)
    unit = match.group(2).lower() if match else ""
    if not match or unit not in _UNITS:
        raise UsageError(f"{name}: {quote(value)} is not a size such as 20MB, 500kB or 1000000")
    size = int(float(match.group(1)) * _UNITS[unit])
    if size <= 0:
        raise UsageError(f"{name}: the size must be more than zero")
    return size


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DB
    max_bytes: int = DEFAULT_MAX_BYTES
    lexicon_dir: Path | None = None  # user overrides for the package's lexicons
    topics_file: Path | None = None  # a topic list that replaces the packaged one
    threshold: float | None = None  # matching threshold; None: the store's, else the default
    outlet: str | None = None  # the outlet of every article ingested (--outlet)
    fields: tuple[tuple[str, str], ...] = ()  # (part, field name) of collections (--field)

    def lexicons(self) -> Lexicons:
        """The packaged lexicons with this user's overrides, for one run's finders to share."""
        return Lexicons(self.lexicon_dir) if self.lexicon_dir else Lexicons.packaged()

    @classmethod
    def resolve(
        cls,
        *,
        db: Path | None = None,
        max_size: str | None = None,
        lexicons: Path | None = None,
        topics: Path | None = None,
        threshold: float | None = None,
        outlet: str | None = None,
        fields: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        """Combine explicit options with the environment; options win."""
        env = os.environ if env is None else env
        db_path = db or (Path(env[ENV_DB]) if env.get(ENV_DB) else DEFAULT_DB)
        if max_size is not None:
            max_bytes = parse_size(max_size)
        elif env.get(ENV_MAX_SIZE):
            max_bytes = parse_size(env[ENV_MAX_SIZE], name=ENV_MAX_SIZE)
        else:
            max_bytes = DEFAULT_MAX_BYTES
        lexicon_dir = lexicons or (Path(env[ENV_LEXICONS]) if env.get(ENV_LEXICONS) else None)
        if lexicon_dir is not None and not lexicon_dir.is_dir():
            raise UsageError(f"--lexicons: folder {lexicon_dir} does not exist")
        topics_file = topics or (Path(env[ENV_TOPICS]) if env.get(ENV_TOPICS) else None)
        if topics_file is not None and not topics_file.is_file():
            raise UsageError(f"--topics: file {topics_file} does not exist")
        if outlet is not None and not outlet.strip():
            raise UsageError("--outlet: give the outlet's name or web address")
        from claimcheck.reading.structured import parse_field

        return cls(
            db_path=db_path,
            max_bytes=max_bytes,
            lexicon_dir=lexicon_dir,
            topics_file=topics_file,
            threshold=threshold,
            outlet=outlet.strip() if outlet else None,
            fields=tuple(parse_field(f) for f in fields),
        )
