"""Command line: one Typer app, one module per command group, one error policy.

Error policy (the only place that writes a failure):

- an expected problem (bad input, missing data) is raised as :class:`UserError`, usually
  through :func:`fail`: one line ``unionstats: <message>`` on stderr (one per line of
  the message, when it lists several problems), exit code 1 (or the code given); so is a
  broken edit of a catalogue file (``CatalogueError``), wherever the command reads it;
- a usage error from the parser: one line and exit 2;
- anything unexpected: one line naming the exception, exit 70 (``UNIONSTATS_DEBUG=1``
  shows the traceback);
- Ctrl-C: one line, exit 130; SIGTERM (``timeout``, ``kill``, a cancelled job) and SIGHUP
  (a closed terminal) unwind the same way (the half-built output removed, the workers
  stopped): one line, exit 143 (129).

Lines are written as plain text, never through a console that wraps at the terminal
width (rich wraps at 80 columns when stderr is a pipe).

Start-up must stay fast (``unionstats --help`` well under a second): modules of this
package import only the standard library and Typer at top level; Polars, pandera,
papermill, Altair and the pipeline are imported inside the commands that use them.

Adding a command group: a module here whose commands use ``@app.command()``, and its
name in the import line at the bottom of this file.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, NoReturn, TextIO

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


def outside_raw(option: str, folder: os.PathLike[str] | str, raw: os.PathLike[str] | str) -> None:
    """Refuse an output folder inside the raw reports' folder (exit 2): the next build would
    read the pages and tables written there as reports (hostile round 38)."""
    from pathlib import Path

    out, src = Path(folder).resolve(), Path(raw).resolve()
    if out.is_file():
        return  # (refused as a file where a folder goes, by the command itself)
    if out == src or src in out.parents:
        fail(
            f"{option} {folder} is inside the raw reports' folder {raw}: the next build would "
            f"read what is written there as reports; choose a folder outside it",
            2,
        )


def say(message: str) -> None:
    """Write ``unionstats: <message>`` as one unwrapped line on stderr."""
    sys.stderr.write(f"{PROG}: {one_line(message)}\n")
    sys.stderr.flush()


class OutputError(OSError):
    """Writing the command's output to stdout failed (a full disk, a closed pipe)."""


class _Stdout:
    """sys.stdout, whose failed writes raise OutputError: told apart from a command's own
    file errors, they end the command with one line instead of an internal error."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from None

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from None

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _output_failed(exc: OSError, code: int | None) -> int:
    """One line for output that could not be written (none for a reader that left: `| head`);
    stdout then points at /dev/null so the exit's own flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    except OSError:
        pass
    if exc.errno == errno.EPIPE:
        return code or 1  # quietly, as click does when the pipe closes inside a command
    say(f"cannot write the output: {exc.strerror or exc}")
    return code or 1


_VIETNAMESE = "Liên đoàn Lao động → Công đoàn"


def _utf8_streams() -> None:
    """Write UTF-8 where the locale's encoding cannot write Vietnamese (LANG=en_US.ISO-8859-1,
    PYTHONIOENCODING=ascii): every table and message holds it, and the first such character
    was an internal error, after a build had already been published."""
    for stream in (sys.stdout, sys.stderr):
        try:
            _VIETNAMESE.encode(stream.encoding or "ascii")
        except (UnicodeError, LookupError):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, unwound as Ctrl-C is: its default action ended a build on the spot,
    with no line, its half-written build folder left behind and its workers running on."""


_STOPPED_BY: list[int] = []  # (Typer returns 130 for any KeyboardInterrupt: the cause is lost)


def _terminated(signum: int, frame: object) -> None:
    _STOPPED_BY.append(signum)
    raise Terminated


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point (``unionstats``): run the app under the error policy above."""
    _utf8_streams()
    for signum in (signal.SIGTERM, signal.SIGHUP):  # (a closed terminal or SSH session: HUP)
        if signal.getsignal(signum) is signal.SIG_DFL:  # (not one a caller set up)
            signal.signal(signum, _terminated)
    if _BROKEN_CATALOGUE is not None:
        say(_BROKEN_CATALOGUE)
        sys.exit(1)
    stdout = sys.stdout
    sys.stdout = _Stdout(stdout)  # type: ignore[assignment]
    try:
        code = _run(argv)
        try:
            sys.stdout.flush()
        except OSError as exc:
            code = _output_failed(exc, code)
    finally:
        sys.stdout = stdout
    sys.exit(code)


def _run(argv: list[str] | None) -> int:
    from typer import Abort
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    from unionstats.datafiles import CatalogueError

    try:
        code = app(args=argv, prog_name=PROG, standalone_mode=False)
    except CatalogueError as exc:  # a broken edit of a catalogue file, found where it is read
        say(str(exc))
        code = 1
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
    except OutputError as exc:
        code = _output_failed(exc, None)
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
    if code == 130 and _STOPPED_BY:
        code = 128 + _STOPPED_BY[0]
        say(f"terminated ({signal.Signals(_STOPPED_BY[0]).name})")
    elif code == 130:  # Typer turns Ctrl-C into a silent exit 130
        say("interrupted")
    return code if isinstance(code, int) else 0


# The command groups register themselves on `app` when imported.
# (a catalogue file some command's modules read as they load, broken by an edit, is said in
# one line when the command runs, as any other catalogue error: not a traceback at import)
_BROKEN_CATALOGUE: str | None = None
try:
    from unionstats.cli import build, catalogue, extract, lab, orgs, report, review
except ValueError as _exc:  # (CatalogueError, without importing its module first)
    if type(_exc).__name__ != "CatalogueError":
        raise
    _BROKEN_CATALOGUE = str(_exc)

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
