"""How every command turns failures into one line on stderr and an exit code.

0 ok, 1 data failure (the expected errors of a command, and bugs), 2 usage (click's own),
130 interrupted. No traceback unless ``--debug``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Iterator

import click


def error(message: str) -> None:
    click.echo(f"papercorpus: error: {message}", err=True)


def silence_stdout() -> None:
    """After EPIPE, make the interpreter's final flush go nowhere (Python docs, "Note on
    SIGPIPE")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def exit_codes(debug: bool, expected: tuple[type[BaseException], ...]) -> Iterator[None]:
    """``expected`` errors (bad input, failed validation) print their message; anything else
    is a bug and says so, with the traceback under ``--debug``."""
    try:
        yield
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except BrokenPipeError:
        silence_stdout()
        sys.exit(1)
    except KeyboardInterrupt:
        error("interrupted; no output file was replaced")
        sys.exit(130)
    except expected as exc:
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
