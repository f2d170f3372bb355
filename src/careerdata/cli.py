r"""The ``careerdata`` command: a thin shell over the library.

Exit status: 0 on success, 2 on bad input (an unknown role, dataset or locale, an invalid data
file, a bad option) or when the output cannot be written (a full disk, a closed stdout).
Output goes to stdout, the one-line error message to stderr; no command prints a traceback.

The terminal is not the data's to control: ``show``, ``list``, ``similar`` and error lines
show control characters (ESC and the rest of C0 and C1, bidi embeddings, overrides and
isolates, line separators) escaped, as ``\x1b`` or ``\u202e``; JSON output writes them as
JSON escapes; pages (``compare``) balance their own bidi marks.  On a terminal or pipe that is
not UTF-8 (``PYTHONIOENCODING=ascii``, ``LANG=C``), a character the encoding lacks is written
as a backslash escape (``\u00e9``) rather than failing.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO, TypeAlias, cast

from careerdata._terminal import (
    _CONTROLS,
    _drop_output,
    _escaped_line,
    _Escaping,
    _json_escape,
    _tolerant,
    _unescaped,
)
from careerdata.errors import CareerDataError, ValidationError

__all__ = ["main", "run"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2
#: The dataset ``--dataset`` names when it is not given.
DEFAULT_DATASET = "customer-service"

_EPILOG = """\
examples:
  careerdata compare "Customer Service Manager" customer-care-supervisor
  careerdata compare 43-4051 11-9111 --dataset bls-oews-2025 --locale de_DE
  careerdata compare contact-center-manager customer-care-manager --format html > page.html
  careerdata similar customer-service-manager -k 3
  careerdata datasets
  careerdata list --dataset customer-service
  careerdata show "Customer Service Manager"
  careerdata show customer-service-manager --locale de_DE
  careerdata show contact-center-manager --json
  careerdata list --dataset my-roles.json
  careerdata --version

exit status: 0 success, 2 bad input (message on stderr)
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports usage errors as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: error: {message}")


class _UsageError(Exception):
    pass


def _columns() -> int:
    """The terminal width as ``shutil.get_terminal_size`` gives it, without importing shutil.

    argparse makes a formatter for every argument it adds, and its own formatter imports
    shutil (with zlib, bz2 and lzma) for the width: a few milliseconds of every start.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter for help with a description as written, at the terminal's width."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width  # as argparse's own formatter does
        super().__init__(prog, indent_increment, max_help_position, width)


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415

    return version("careerdata")


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked.

    argparse's own version action takes the text when the parser is built, and reading the
    package metadata (importing ``importlib.metadata``) costs more than the rest of the start.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:  # noqa: ARG002
        # --version stores nothing: ``dest`` and the other keywords argparse passes are unused.
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        _namespace: argparse.Namespace,
        _values: object,
        _option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser (exposed for documentation and tests).

    With ``command`` (``"compare"``), only that subcommand's parser is built: what parsing a
    command line that starts with it needs.  Every start of the command line does that, since
    building the other four (argparse looks up its own messages' translations for each) costs
    about a millisecond.
    """
    parser = _Parser(
        prog="careerdata",
        description="Compare job roles and write the comparison in many languages.",
        epilog=_EPILOG,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.set_defaults(handler=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if command in (None, name):
            add(commands)
    return parser


# The object add_subparsers() returns; argparse names its class privately.
_Commands: TypeAlias = "argparse._SubParsersAction[_Parser]"  # noqa: SLF001


def _add_dataset_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--dataset",
        default=DEFAULT_DATASET,
        metavar="D",
        help="an embedded dataset (see `careerdata datasets`) or the path of a JSON role file "
        "(default: %(default)s)",
    )


def _add_locale_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--locale",
        default="en_US",
        metavar="L",
        help="language and number formats, a CLDR locale such as de_DE, fr_CA or en_IN "
        "(default: %(default)s)",
    )


def _add_command(commands: _Commands, name: str, summary: str, examples: str) -> _Parser:
    """Add the subcommand ``name`` with its one-line ``summary`` and ``examples`` in its help."""
    return commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog="examples:\n" + examples + "\n\nexit status: 0 success, 2 bad input",
        formatter_class=_Formatter,
    )


def _add_compare_command(commands: _Commands) -> None:
    command = _add_command(
        commands,
        "compare",
        "write the page comparing role A with role B",
        '  careerdata compare "Customer Service Manager" customer-care-supervisor\n'
        "  careerdata compare 43-4051 11-9111 --dataset bls-oews-2025 --locale de_DE\n"
        "  careerdata compare customer-service-manager 43-4051 --dataset-b bls-oews-2025\n"
        "  careerdata compare contact-center-manager customer-care-manager --format html\n"
        "  careerdata compare contact-center-manager customer-care-manager --format html"
        " --document > page.html\n"
        "  careerdata compare customer-service-manager customer-care-manager --format json",
    )
    command.add_argument("a", metavar="A", help="the first role: a slug, title, alias or SOC code")
    command.add_argument("b", metavar="B", help="the second role, found the same way")
    _add_dataset_option(command)
    command.add_argument(
        "--dataset-b",
        metavar="D",
        help="find B in this dataset instead (default: --dataset's); the page names the sources "
        "of both",
    )
    _add_locale_option(command)
    command.add_argument(
        "--format",
        default="text",
        choices=("text", "markdown", "html", "json"),
        help="text for a terminal, markdown, an HTML <article>, or the structured comparison "
        "as JSON (default: %(default)s)",
    )
    command.add_argument(
        "--document",
        action="store_true",
        help="with --format html: a whole UTF-8 HTML document (charset, title, description, "
        "stylesheet, JSON-LD) instead of an <article> fragment",
    )
    command.set_defaults(handler=_run_compare)


def _add_similar_command(commands: _Commands) -> None:
    command = _add_command(
        commands,
        "similar",
        "list the roles most like ROLE, most alike first, with their scores",
        "  careerdata similar customer-service-manager\n"
        "  careerdata similar 43-4051 --dataset bls-oews-2025 -k 10\n"
        '  careerdata similar "Contact Center Manager" --json',
    )
    command.add_argument("role", metavar="ROLE", help="a slug, title, alias or SOC code")
    _add_dataset_option(command)
    command.add_argument(
        "-k",
        type=_count,
        default=5,
        metavar="N",
        help="how many roles to list (default: %(default)s)",
    )
    command.add_argument(
        "--json", action="store_true", help="print a JSON list of {slug, title, score}"
    )
    command.set_defaults(handler=_run_similar)


def _count(text: str) -> int:
    """Parse ``-k``: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more; got {text!r}")
    return value


def _add_datasets_command(commands: _Commands) -> None:
    command = _add_command(
        commands,
        "datasets",
        "list the embedded datasets",
        "  careerdata datasets",
    )
    command.set_defaults(handler=_run_datasets)


def _add_list_command(commands: _Commands) -> None:
    command = _add_command(
        commands,
        "list",
        "list the roles of a dataset: slug and title",
        "  careerdata list\n"
        "  careerdata list --dataset bls-oews-2025\n"
        "  careerdata list --dataset my-roles.json",
    )
    _add_dataset_option(command)
    command.set_defaults(handler=_run_list)


def _add_show_command(commands: _Commands) -> None:
    command = _add_command(
        commands,
        "show",
        "show everything known about one role",
        '  careerdata show "Customer Service Manager"\n'
        "  careerdata show 43-4051 --dataset bls-oews-2025\n"
        "  careerdata show customer-service-manager --locale de_DE\n"
        "  careerdata show contact-center-manager --json",
    )
    command.add_argument("role", metavar="ROLE", help="a slug, title, alias or SOC code")
    _add_dataset_option(command)
    _add_locale_option(command)
    command.add_argument(
        "--json", action="store_true", help="print the role as JSON, in the role-file format"
    )
    command.set_defaults(handler=_run_show)


_COMMANDS: dict[str, Callable[[_Commands], None]] = {
    "compare": _add_compare_command,
    "similar": _add_similar_command,
    "show": _add_show_command,
    "list": _add_list_command,
    "datasets": _add_datasets_command,
}


def _run_compare(args: argparse.Namespace, out: TextIO) -> None:
    from careerdata.compare import compare  # noqa: PLC0415 - fast --help
    from careerdata.datasets import load_dataset  # noqa: PLC0415

    if args.document and args.format != "html":
        raise ValidationError.at("--document", "needs --format html")
    roles = load_dataset(args.dataset)
    roles_b = roles if args.dataset_b is None else load_dataset(args.dataset_b)
    a, b = roles.find(args.a), roles_b.find(args.b)
    if a == b:  # as batch.pairs refuses it: every sentence would set the role against itself
        raise ValidationError.at(
            "B", f"names the same role as A, {a.slug!r}: a page compares two different roles"
        )
    comparison = compare(a, b)
    if args.format == "json":
        from careerdata.io import to_jsonable  # noqa: PLC0415

        _print_json(to_jsonable(comparison), out)
        return
    # Embedded datasets keep their provenance there, not on each role.
    source = (roles.info.source, roles_b.info.source)
    if args.document:
        from careerdata.text import document  # noqa: PLC0415

        _unescaped(out).write(document(comparison, args.locale, source=source))
        return
    from careerdata.text import render  # noqa: PLC0415

    page = render(comparison, args.locale, args.format, source=source)
    _unescaped(out).write(page)  # every format ends with a newline; pages balance their marks


def _run_similar(args: argparse.Namespace, out: TextIO) -> None:
    from careerdata.compare import similar  # noqa: PLC0415 - fast --help
    from careerdata.datasets import load_dataset  # noqa: PLC0415

    roles = load_dataset(args.dataset)
    matches = similar(roles.find(args.role), roles, args.k)
    if args.json:
        listed = [
            {"slug": match.role.slug, "title": match.role.title, "score": match.score}
            for match in matches
        ]
        _print_json(listed, out)
        return
    from babel.numbers import format_decimal  # noqa: PLC0415

    width = max((len(match.role.slug) for match in matches), default=0)
    for match in matches:
        score = format_decimal(match.score, "0.000", locale="en_US")
        print(f"{score}  {match.role.slug.ljust(width)}  {match.role.title}", file=out)


def _print_json(data: object, out: TextIO) -> None:
    import json  # noqa: PLC0415 - fast --help

    text = json.dumps(data, ensure_ascii=False, indent=2)
    print(_CONTROLS.sub(_json_escape, text), file=_unescaped(out))


def _run_datasets(_: argparse.Namespace, out: TextIO) -> None:
    from careerdata.datasets import dataset_titles  # noqa: PLC0415 - fast --help

    titles = dataset_titles()  # from the manifest: no dataset is read
    width = max(map(len, titles), default=0)
    for name, title in titles.items():
        print(f"{name.ljust(width)}  {title}".rstrip(), file=out)


def _run_list(args: argparse.Namespace, out: TextIO) -> None:
    from careerdata.datasets import load_dataset  # noqa: PLC0415 - fast --help

    roles = load_dataset(args.dataset)
    width = max(map(len, roles), default=0)
    for slug, role in roles.items():
        print(f"{slug.ljust(width)}  {role.title}", file=out)


def _run_show(args: argparse.Namespace, out: TextIO) -> None:
    from careerdata.datasets import load_dataset  # noqa: PLC0415 - fast --help
    from careerdata.text._locale import resolve  # noqa: PLC0415

    context = resolve(args.locale)  # a bad locale fails before any dataset is read
    roles = load_dataset(args.dataset)
    role = roles.find(args.role)
    if args.json:
        from careerdata.io import unstructure_role  # noqa: PLC0415

        _print_json(unstructure_role(role), out)
        return
    from careerdata.text._sheet import role_sheet  # noqa: PLC0415

    # A role without a source of its own has its dataset's, as on the pages.
    for line in role_sheet(role, context, roles.info.source):
        print(line, file=out)


def run() -> NoReturn:
    """The ``careerdata`` console script: :func:`main` on ``sys.argv``, then exit with its status.

    The process ends with the command, so the cyclic garbage collector is switched off for
    it: what a command allocates is freed by reference counting, the cycles it makes (the
    classes and modules it imports) would live until the end anyway, and the collector's
    passes over them during the start and at exit cost a seed ``compare`` about 7 ms of CPU
    (benchmarks/README.md, third pass).  :func:`main` itself leaves the collector alone.
    """
    gc.disable()
    raise SystemExit(main())


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    if stdout is None:
        _tolerant(sys.stderr)
        if sys.stdout is None:  # started with stdout closed (``>&-``)
            _report("careerdata: error: the standard output is closed")
            return EXIT_BAD_INPUT
        _tolerant(sys.stdout)
    out = stdout if stdout is not None else sys.stdout
    escaping = _Escaping(out)
    try:
        status = _main(argv, cast("TextIO", escaping))
        if escaping.failed is not None:
            raise escaping.failed
        out.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        _drop_output(out)
        return EXIT_OK
    except OSError as error:  # e.g. > /dev/full
        _drop_output(out)
        _report(f"careerdata: error: cannot write the output: {error.strerror or error}")
        return EXIT_BAD_INPUT
    return status


def _main(argv: Sequence[str] | None, out: TextIO) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    # A command line that starts with a command needs only that command's parser; any other
    # (--help, --version, a misspelt command) gets them all, for the list and the error.
    first = arguments[0] if arguments else None
    parser = build_parser(first if first in _COMMANDS else None)
    try:
        with contextlib.redirect_stdout(out):  # --help and --version write to stdout
            try:
                args = parser.parse_args(arguments)
            except SystemExit as done:  # argparse exits after --help and --version
                return EXIT_OK if done.code in (None, 0) else EXIT_BAD_INPUT
        handler: Callable[[argparse.Namespace, TextIO], None] | None = args.handler
        if handler is None:
            parser.print_help(out)
            return EXIT_OK
        handler(args, out)
    except (_UsageError, CareerDataError) as error:
        message = str(error) if isinstance(error, _UsageError) else f"careerdata: error: {error}"
        _report(message)
        return EXIT_BAD_INPUT
    except (BrokenPipeError, OSError):
        raise  # the output failed: main reports it
    except Exception as error:  # noqa: BLE001 - a bug: one line, never a traceback
        _report(
            f"careerdata: error: internal error ({type(error).__name__}: {error}); please report it"
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _report(message: str) -> None:
    """Write ``message`` to stderr as one line, control characters escaped (if stderr is open)."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError):
        print(_escaped_line(_one_line(message)), file=sys.stderr, flush=True)


def _one_line(message: str) -> str:
    return " ".join(message.split())
