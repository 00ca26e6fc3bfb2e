"""Run every benchmarks/bench_*.py `main()` in turn, with a header per benchmark."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = []
    for path in sorted(here.glob("bench_*.py")):
        name = f"benchmarks.{path.stem}"
        print(f"\n=== {path.stem} ===", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(name).main()
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed.append(path.stem)
            print(f"FAILED: {type(exc).__name__}: {exc}", flush=True)
        print(f"--- {path.stem}: {time.perf_counter() - started:.1f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
