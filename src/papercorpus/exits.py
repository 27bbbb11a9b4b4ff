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
from typing import Any

import click


def error(message: str) -> None:
    click.echo(f"papercorpus: error: {message}", err=True)


class Group(click.Group):
    """A command group whose usage errors read like every other error: one line
    ``papercorpus: error: ...`` with a hint, exit 2 (instead of click's usage block and
    ``Error: ...``)."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)
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
