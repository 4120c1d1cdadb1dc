"""A progress bar for long runs, drawn on a terminal (the CLI gives it stderr).

``ProgressBar(stream)`` is a callable for :func:`framing.batch.run_batch`'s ``progress``: it redraws
one line at most ten times a second, ``[#####.....] 1,234/4,000 articles · 2 failed · 85.3/s ·
0:00:32 left``, and nothing at all when the stream is not a terminal. The rate and the time left
count only this run's records (a resumed run's earlier records are in the count, not in the rate).
"""
from __future__ import annotations

import time
from typing import TextIO

from framing.batch import Progress

__all__ = ["ProgressBar"]

_WIDTH = 24


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class ProgressBar:
    """Draws :class:`~framing.batch.Progress` on ``stream`` if it is a terminal; ``close()`` ends
    the line."""

    def __init__(self, stream: TextIO, interval: float = 0.1, enabled: bool | None = None):
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.last = 0.0
        self.drawn = False
        self.latest: Progress | None = None

    def __call__(self, p: Progress) -> None:
        self.latest = p
        now = time.monotonic()
        if self.enabled and now - self.last >= self.interval:
            self.last = now
            self._draw(p)

    def line(self, p: Progress) -> str:
        """The bar's text for ``p``."""
        done = p.done + p.skipped
        total = max(p.total, done) if p.total is not None else None
        rate = p.done / p.elapsed if p.elapsed > 0 else 0.0
        parts = []
        if total:
            filled = int(_WIDTH * done / total)
            parts.append("[" + "#" * filled + "." * (_WIDTH - filled) + f"] {done:,}/{total:,} articles")
        else:
            parts.append(f"{done:,} articles")
        if p.failed:
            parts.append(f"{p.failed:,} failed")
        parts.append(f"{rate:.1f}/s")
        if total and rate > 0:
            parts.append(f"{_clock((total - done) / rate)} left")
        parts.append(f"{_clock(p.elapsed)} elapsed")
        return " · ".join(parts)

    def _draw(self, p: Progress) -> None:
        self.stream.write("\r" + self.line(p) + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Draw the last state and end the line."""
        if self.enabled and self.latest is not None:
            self._draw(self.latest)
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
