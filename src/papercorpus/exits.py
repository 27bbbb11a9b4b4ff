"""How every command turns failures into one line on stderr and an exit code.

0 ok, 1 data failure (the expected errors of a command, and bugs), 2 usage (click's own),
130 interrupted (SIGINT), 143 terminated (SIGTERM). No traceback unless ``--debug``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .parallel import WorkerDied


def error(message: str) -> None:
    click.echo(f"papercorpus: error: {message}", err=True)


class Group(click.Group):
    """A command group whose usage errors read like every other error: one line
    ``papercorpus: error: ...`` with a hint, exit 2 (instead of click's usage block and
    ``Error: ...``)."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        # (click's ``main`` is overloaded on ``standalone_mode``; mypy cannot rule out that
        # ``args`` of unknown length reach that parameter too, so neither overload matches)
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()  # a bare `papercorpus`: the help is the answer (on stderr, exit 2)
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            ctx = exc.ctx
            where = ctx.command_path if ctx is not None else "papercorpus"
            error(f"{exc.format_message()} (see '{where} --help')")
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            error(exc.format_message())
            sys.exit(exc.exit_code)
        except click.Abort:
            error("interrupted")
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


def silence_stdout() -> None:
    """After EPIPE, make the interpreter's final flush go nowhere (Python docs, "Note on
    SIGPIPE")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def exit_codes(
    debug: bool,
    expected: tuple[type[BaseException], ...],
    usage: tuple[type[BaseException], ...] = (),
) -> Iterator[None]:
    """``expected`` errors (bad input, failed validation) print their message; ``usage``
    errors (e.g. an output path that cannot be used) too, with exit 2; anything else is a
    bug and says so, with the traceback under ``--debug``."""
    previous = _stop_on_signals()
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except usage as exc:
        if debug:
            traceback.print_exc()
        error(str(exc))
        sys.exit(2)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(1)
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        error(f"{'terminated' if terminated else 'interrupted'}; no output file was replaced")
        sys.exit(143 if terminated else 130)
    except expected as exc:
        if debug:
            traceback.print_exc()
        error(str(exc))
        sys.exit(1)
    except WorkerDied as exc:  # (the machine's doing, not a bug: no "internal error")
        if debug:
            traceback.print_exc()
        error(str(exc))
        sys.exit(1)
    except OSError as exc:
        if debug:
            traceback.print_exc()
        name = f"{exc.filename}: " if exc.filename else ""
        error(f"{name}{exc.strerror or exc}")
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)")
        sys.exit(1)
    finally:
        if _own_process():
            # The run is over (its outputs committed, or removed): a signal from here on
            # changes nothing, and must not kill the interpreter as it shuts down (exit -2).
            _ignore_stop_signals()
        else:  # called in-process (tests, a host application): as it was
            _restore(previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM: stops the run exactly as Ctrl-C does (temp outputs and the spill directory
    removed, workers ended), with exit 143."""


def _ignore_stop_signals() -> None:
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)


def _own_process() -> bool:
    """Whether this process is the ``papercorpus`` command (the console script or
    ``python -m papercorpus``), which ends when the command does."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path()
    return argv0.name == "papercorpus" or (
        argv0.name == "__main__.py" and argv0.parent.name == "papercorpus"
    )


def _on_stop_signal(signum: int, frame: object) -> None:
    # The first signal stops the run; later ones must not interrupt the cleanup it starts.
    _ignore_stop_signals()
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


def _stop_on_signals() -> dict[int, Any] | None:
    if threading.current_thread() is not threading.main_thread():
        return None  # handlers can only be set from the main thread
    previous: dict[int, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.getsignal(sig)
        if previous[sig] is not signal.SIG_IGN:  # e.g. nohup, or a shell's background job
            signal.signal(sig, _on_stop_signal)
    return previous


def _restore(previous: dict[int, Any] | None) -> None:
    for sig, handler in (previous or {}).items():
        signal.signal(sig, handler)
