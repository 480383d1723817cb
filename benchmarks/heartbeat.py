"""The event-loop heartbeat every benchmark uses to measure stalls.

A QTimer ticks on the GUI thread; the gap between two ticks is how long the event loop could not
run (a stall the user sees as a frozen window). Every gap is kept, so a benchmark reports the
longest and the 99th percentile. With `watch=True` a watchdog thread also records where the GUI
thread was during each stall over `watch_ms` (and what the other threads were doing, since a
thread holding the GIL stalls the GUI thread as surely as its own work): that is the profile to
read when the budget is missed.
"""

from __future__ import annotations

import faulthandler
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field


@dataclass
class Stall:
    gap_ms: float
    stacks: dict[str, list[str]] = field(default_factory=dict)  # thread name -> innermost frames

    def describe(self, frames: int = 12) -> str:
        parts = [
            f"{self.gap_ms:.0f} ms"
            + ("" if self.stacks else " (the watchdog could not run until it ended: see the faulthandler dump)")
        ]
        for thread, stack in self.stacks.items():
            parts.append(f"  [{thread}] " + " <- ".join(reversed(stack[-frames:])))
        return "\n".join(parts)


class Heartbeat:
    def __init__(
        self,
        interval_ms: int = 5,
        watch: bool = False,
        watch_ms: float = 60.0,
        dump_to: str | None = None,
        dump_ms: float = 90.0,
    ) -> None:
        """`dump_to`: a file that gets faulthandler's traceback of every thread whenever no tick
        came for `dump_ms`. Unlike the watchdog it needs no GIL, so it also names stalls where a
        thread holds the GIL throughout (an import, a C call, a GC collection)."""
        from PySide6.QtCore import QTimer

        self._dump = open(dump_to, "w", encoding="utf-8") if dump_to else None  # noqa: SIM115  # kept open for the run: faulthandler writes to it from a watchdog thread
        self._dump_s = dump_ms / 1000

        self.interval_ms = interval_ms
        self.gaps: list[float] = []  # milliseconds between consecutive ticks
        self.stalls: list[Stall] = []
        self._last = time.perf_counter()
        self._watch_ms = watch_ms
        self._current: Stall | None = None
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._watching = watch
        self._main = threading.main_thread().ident
        if watch:
            threading.Thread(target=self._watchdog, name="heartbeat-watchdog", daemon=True).start()

    # --- measuring --------------------------------------------------------------------------
    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        self._last = now
        if self._current is not None:
            self._current.gap_ms = gap
            self.stalls.append(self._current)
            self._current = None
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
            faulthandler.dump_traceback_later(self._dump_s, repeat=False, file=self._dump)

    def _watchdog(self) -> None:
        while self._watching:
            time.sleep(0.005)
            if not self._timer.isActive() or self._current is not None:
                continue
            if (time.perf_counter() - self._last) * 1000 > self._watch_ms:
                names = {t.ident: t.name for t in threading.enumerate()}
                stacks = {}
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    summary = traceback.extract_stack(frame)
                    stacks[names.get(ident, str(ident))] = [
                        f"{f.name} ({f.filename.rsplit('/', 2)[-1]}:{f.lineno})" for f in summary
                    ]
                self._current = Stall(0.0, stacks)

    # --- control ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Start counting from now: the time since the last tick was not a user action."""
        self._last = time.perf_counter()
        self._current = None

    def pause(self) -> None:
        self._timer.stop()
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
        self._current = None

    def resume(self) -> None:
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()
        if self._dump is not None:
            faulthandler.cancel_dump_traceback_later()
            self._dump.close()
            self._dump = None

    # --- results ------------------------------------------------------------------------------
    @property
    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    def percentile(self, q: float) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    def worst_stalls(self, n: int = 3) -> list[Stall]:
        return sorted(self.stalls, key=lambda s: s.gap_ms, reverse=True)[:n]
