"""Running a third-party extractor on untrusted input within a CPU and memory budget.

trafilatura (and justext and readability inside it) is pure Python with steps that grow faster
than the page: 20,000 one-cell tables took 94 s, 1.5 million empty links 92 s and 2.6 GB
(measured, docs/reliability.md). We cannot fix their algorithms, so a large page is extracted in
a child process with hard limits (RLIMIT_CPU, RLIMIT_AS): when it runs over, the child dies and
the page is refused with a clear message, and the import, the window and the lock holder go on.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

from desktop.formats.errors import ImportRefused

CPU_SECONDS = 30  # a 2M-character article extracts in ~10 s; adversarial pages never finish
MEMORY_BYTES = 3 * 1024**3  # address space of the child (Python, lxml and trafilatura take ~0.5 GB)
WALL_SECONDS = 180  # the child's CPU limit ends it first unless the machine is swamped


def _child(
    conn: Connection, func: Callable[..., Any], args: tuple[Any, ...], cpu_seconds: int, memory_bytes: int
) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # pragma: no cover - no rlimits (Windows): wall clock only
        pass
    try:
        conn.send(("ok", func(*args)))
    except ImportRefused as error:
        conn.send(("refused", str(error)))
    except MemoryError:
        conn.send(("limit", "memory"))
    except RecursionError:
        conn.send(("refused", "too deeply nested to read"))
    except Exception as error:  # a bug in the extractor: that file's failure, reported as such
        conn.send(("refused", f"could not be read ({type(error).__name__}: {error})"[:300]))
    finally:
        conn.close()


def call_bounded(
    func: Callable[..., Any],
    *args: Any,
    what: str,
    cpu_seconds: int = CPU_SECONDS,
    memory_bytes: int = MEMORY_BYTES,
    wall_seconds: float = WALL_SECONDS,
) -> Any:
    """`func(*args)` in a fresh child process (`func` must be importable by name). Its
    ImportRefused comes back as ImportRefused; running over the budget is an ImportRefused that
    names `what` and the limits."""
    context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt threads
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, func, args, cpu_seconds, memory_bytes), daemon=True, name="crosscheck-extract"
    )
    process.start()
    sender.close()
    over = (
        f"{what} is too large or intricate to read within {cpu_seconds} s of CPU time and "
        f"{memory_bytes // 1024**3} GB of memory; refused"
    )
    try:
        if not receiver.poll(wall_seconds):
            raise ImportRefused(over)
        try:
            status, value = receiver.recv()
        except (EOFError, OSError):  # killed by its CPU or memory limit before it could answer
            raise ImportRefused(over) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status == "ok":
        return value
    if status == "limit":
        raise ImportRefused(over)
    raise ImportRefused(value)
