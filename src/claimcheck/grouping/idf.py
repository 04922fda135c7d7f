"""How much a word counts when two claims share it: its inverse document frequency."""

from __future__ import annotations

import math


def idf_weight(claims: int, holding: int) -> float:
    """The weight of a word that ``holding`` of ``claims`` claims hold: rare words count most,
    and a word held by all still counts a little (smoothed, so that 0 holders is defined)."""
    return math.log((claims + 1) / (holding + 1)) + 1
