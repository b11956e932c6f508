"""Finds every benchmark module beside this file and prints its figures as JSON lines."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmarks.{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    """Run the benchmarks whose module name matches the optional filter."""
    parser = argparse.ArgumentParser(description="Kjør ytelsesmålingene.")
    parser.add_argument("only", nargs="*", help="bare disse modulene (f.eks. store documents)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    for path in sorted(HERE.glob("*.py")):
        helper = path.stem in {"runner", "__init__", "common", "demoserver"}
        if helper or (args.only and path.stem not in args.only):
            continue
        module = _load(path)
        for figure in module.run():
            print(json.dumps(figure, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
