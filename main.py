"""Raketti entry point: the window by default, sub-commands for headless work.

Start-up order: exception hook, arguments, folders, logging, database, QApplication, window.
"""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from app.cli import build_parser, run
    from app.paths import default_paths

    args = build_parser().parse_args(argv)
    paths = default_paths()
    paths.ensure()
    logging.basicConfig(
        filename=paths.logs / "raketti.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command:
        return run(args, paths)
    from views.startup import run_gui

    return run_gui(args, paths)


if __name__ == "__main__":
    sys.exit(main())
