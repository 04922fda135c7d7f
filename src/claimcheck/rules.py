"""A digest of the rules results are worked out with: claimcheck's own code and packaged
lexicons, and a user's override folder. What a store keeps to save work (each story's counts,
the stories found from scratch) is taken again only under the same rules."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import claimcheck
from claimcheck.lexicons import Lexicons


def rules_digest(lexicons: Lexicons) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(_code_digest().encode())
    override = lexicons.override_dir
    if override is not None and Path(override).is_dir():
        for path in sorted(Path(override).glob("*.toml")):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.digest()


@functools.cache
def _code_digest() -> str:
    """A digest of claimcheck's own code and packaged lexicons."""
    root = Path(claimcheck.__file__).parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()
