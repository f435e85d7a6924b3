"""Command line: one Typer app, one module per command group, one error policy.

Error policy (the only place that writes a failure):

- an expected problem (bad input, missing data) is raised as :class:`UserError`, usually
  through :func:`fail`: one line ``unionstats: <message>`` on stderr (one per line of
  the message, when it lists several problems), exit code 1 (or the code given);
- a usage error from the parser: one line and exit 2;
- anything unexpected: one line naming the exception, exit 70 (``UNIONSTATS_DEBUG=1``
  shows the traceback);
- Ctrl-C: one line, exit 130.

Lines are written as plain text, never through a console that wraps at the terminal
width (rich wraps at 80 columns when stderr is a pipe).

Start-up must stay fast (``unionstats --help`` well under a second): modules of this
package import only the standard library and Typer at top level; Polars, pandera,
papermill, Altair and the pipeline are imported inside the commands that use them.

Adding a command group: a module here whose commands use ``@app.command()``, and its
name in the import line at the bottom of this file.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from rich.text import Text

PROG = "unionstats"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's formatter costs half a second to import
    help="unionstats: Vietnamese trade-union reports to a clean indicator dataset.",
)


class UserError(Exception):
    """An expected failure the user can fix: shown as one line, exit ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> NoReturn:
    """Stop the command with one line on stderr and a non-zero exit."""
    raise UserError(message, code)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def cell(value: object) -> Text:
    """A table cell for the terminal: shown as written, never read as rich markup (`[/]`),
    and with control characters (ESC, BEL, bidi overrides) escaped rather than obeyed."""
    from rich.text import Text

    return Text(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value)))


def one_line(text: object) -> str:
    """``text`` flattened to a single line (messages of library errors may span several)."""
    flat = " ".join(str(text).split())
    return flat or "(no message)"


def say(message: str) -> None:
    """Write ``unionstats: <message>`` as one unwrapped line on stderr."""
    sys.stderr.write(f"{PROG}: {one_line(message)}\n")
    sys.stderr.flush()


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point (``unionstats``): run the app under the error policy above."""
    from typer import Abort
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    try:
        code = app(args=argv, prog_name=PROG, standalone_mode=False)
    except UserError as exc:
        for line in str(exc).splitlines() or [""]:  # a list of problems: one line each
            say(line)
        code = exc.code
    except NoArgsIsHelpError as exc:
        exc.show()
        code = exc.exit_code
    except ClickException as exc:
        command = exc.ctx.command_path if getattr(exc, "ctx", None) else PROG
        say(f"{exc.format_message()} (see {command} --help)")
        code = exc.exit_code
    except (KeyboardInterrupt, Abort):
        code = 130
    except BaseException as exc:  # the last line of defence: never a traceback for a user
        # (a Rust panic in Polars is a PanicException, which is not an Exception)
        if os.environ.get("UNIONSTATS_DEBUG") or not (
            isinstance(exc, Exception) or type(exc).__name__ == "PanicException"
        ):
            raise
        say(
            f"internal error: {type(exc).__name__}: {one_line(exc)} "
            "(set UNIONSTATS_DEBUG=1 for details)"
        )
        code = 70
    if code == 130:  # Typer turns Ctrl-C into a silent exit 130
        say("interrupted")
    sys.exit(code if isinstance(code, int) else 0)


# The command groups register themselves on `app` when imported.
from unionstats.cli import build, catalogue, extract, lab, orgs, report, review  # noqa: E402

__all__ = [
    "UserError",
    "app",
    "build",
    "catalogue",
    "extract",
    "fail",
    "lab",
    "main",
    "orgs",
    "report",
    "review",
]
