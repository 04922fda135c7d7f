"""Small array helpers shared by the stages that work on numpy arrays."""

from __future__ import annotations

import numpy as np


def distinct(codes: np.ndarray) -> np.ndarray:
    """Sorted, each once: np.unique, but by sorting, which is many times faster on big arrays
    and does not import numpy.ma on its first call (12 ms of adding one article)."""
    codes = np.sort(codes)
    keep = np.empty(len(codes), dtype=bool)
    keep[:1] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    return codes[keep]
