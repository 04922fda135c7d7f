"""Word lists and rules shipped as package data, which users may extend or replace.

One ``Lexicons`` object, made once per run with the user's folder, is handed to every finder;
it reads each file the first time a finder asks for it. A user's folder (``--lexicons DIR`` or ``CLAIMCHECK_LEXICONS``) may hold a file of the same
name as a packaged one. Its lists extend the packaged lists and its tables merge into them;
a file that sets ``replace = true`` replaces the packaged file instead.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from claimcheck.errors import LexiconError

T = TypeVar("T")


def _read(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{origin}: not valid TOML ({exc})") from None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [v for v in value if v not in old]
        else:
            merged[key] = value
    return merged


class Lexicons:
    """The packaged lexicons with one user's override folder applied, each read once."""

    def __init__(self, override_dir: Path | None = None) -> None:
        self.override_dir = override_dir
        self._loaded: dict[str, dict[str, Any]] = {}
        self._derived: dict[str, Any] = {}

    def __getitem__(self, name: str) -> dict[str, Any]:
        """The lexicon ``name`` (a file ``name.toml``), with the user's overrides applied."""
        if name not in self._loaded:
            self._loaded[name] = _load(name, self.override_dir)
        return self._loaded[name]

    def derived(self, name: str, build: Callable[[Lexicons], T]) -> T:
        """What ``build`` makes of these lexicons (a normalizer, a compiled table), made once
        and shared: building one stems and compiles whole lexicons."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]  # type: ignore[no-any-return]

    @staticmethod
    @lru_cache(maxsize=1)
    def packaged() -> Lexicons:
        """The packaged lexicons alone, shared by every finder made without a user's folder."""
        return Lexicons()


def _load(name: str, override_dir: Path | None) -> dict[str, Any]:
    packaged = resources.files(__name__).joinpath(f"{name}.toml")
    data = _read(packaged.read_text(encoding="utf-8"), f"lexicon {name}")
    if override_dir is not None:
        user_file = Path(override_dir) / f"{name}.toml"
        if user_file.is_file():
            try:
                user = _read(user_file.read_text(encoding="utf-8"), str(user_file))
            except (OSError, UnicodeDecodeError) as exc:
                raise LexiconError(f"{user_file}: cannot be read ({exc})") from None
            data = user if user.pop("replace", False) else _merge(data, user)
    return data


def word_set(data: dict[str, Any], key: str) -> frozenset[str]:
    """A list from a lexicon as a set of lower-case words."""
    return frozenset(str(w).lower() for w in data.get(key, []))


def alternation(phrases: Iterable[str]) -> str:
    """A lexicon's cue phrases as one regular-expression alternation, the longest first (so
    that "at the time of" wins over "at the time"), a space standing for any run of spaces."""
    escaped = (re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"
