"""The ``careerdata`` command: a thin shell over the library.

Exit status: 0 on success, 2 on bad input (an unknown role, dataset or locale, an invalid data
file, a bad option).  Output goes to stdout, the one-line error message to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from careerdata.errors import CareerDataError

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_EPILOG = """\
examples:
  careerdata --version

exit status: 0 success, 2 bad input (message on stderr)
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message}")


class _UsageError(Exception):
    pass


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415

    return version("careerdata")


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (exposed for documentation and tests)."""
    parser = _Parser(
        prog="careerdata",
        description="Compare job roles and write the comparison in many languages.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.set_defaults(handler=None)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    out = stdout if stdout is not None else sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace, TextIO], None] | None = args.handler
        if handler is None:
            parser.print_help(out)
            return EXIT_OK
        handler(args, out)
    except (_UsageError, CareerDataError) as error:
        print(f"careerdata: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    return EXIT_OK


def _one_line(message: str) -> str:
    return " ".join(message.split())
