"""The `claimwatch` command line: config checks, page checks, the outbox and the demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimwatch import settings


def _check_configs(kind: str, directory: Path) -> int:
    from claimwatch.config.outlet import load_outlets
    from claimwatch.config.story import load_stories

    loaded = load_outlets(directory) if kind == "outlets" else load_stories(directory)
    for problem in loaded.problems:
        print(problem)
    if loaded.problems:
        print(f"{len(loaded.problems)} problem(s) in {directory}", file=sys.stderr)
        return 1
    print(f"{len(loaded.items)} {kind} file(s) valid in {directory}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Watch news outlets; alert when a tracked claim is picked up, reworded or "
        "retracted.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for kind, default in (("outlets", settings.outlets_dir), ("stories", settings.stories_dir)):
        group = commands.add_parser(kind, help=f"work with {kind} files")
        sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
        check = sub.add_parser("check", help=f"validate every {kind} file")
        check.add_argument(
            "dir", nargs="?", type=Path, default=None, help=f"directory (default {default()})"
        )
        check.set_defaults(run=lambda a, k=kind, d=default: _check_configs(k, a.dir or d()))

    check = commands.add_parser(
        "check", help="classify pages against the tracked stories, storing nothing"
    )
    check.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    check.add_argument(
        "--stories",
        type=Path,
        default=None,
        help=f"stories directory (default {settings.stories_dir()})",
    )
    check.add_argument("--json", action="store_true", help="one JSON object per input")
    check.set_defaults(run=_run_check)

    alerts = commands.add_parser(
        "alerts", help="show the alert outbox: pending and failed deliveries"
    )
    from alerts.cli import add_arguments as add_alert_arguments

    add_alert_arguments(alerts)

    demo = commands.add_parser(
        "demo", help="serve the demo outlets, run the DAGs once, show alerts"
    )
    demo.set_defaults(run=_run_demo)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    from claimwatch.check import run_check

    return run_check(args.inputs, args.stories or settings.stories_dir(), as_json=args.json)


def _run_demo(args: argparse.Namespace) -> int:
    from claimwatch.demo.run import run_demo

    return run_demo()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
