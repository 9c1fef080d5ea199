"""Rewrite the README's accuracy table from score.py output on stdin.

Usage: PATH=.venv/bin:$PATH bench/dev_eval.sh | python bench/update_readme_accuracy.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
ROW = re.compile(r"^(person|country|role|role_lenient)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s")


def main() -> int:
    rows = {m[1]: m.groups()[1:] for m in map(ROW.match, sys.stdin) if m}
    if len(rows) != 4:
        print(f"expected 4 figures from score.py, got {sorted(rows)}", file=sys.stderr)
        return 1
    text = README.read_text(encoding="utf-8")
    for key, (p, r, f1) in rows.items():
        text, n = re.subn(rf"^\| {key} \| [\d.]+ \| [\d.]+ \| [\d.]+ \|$",
                          f"| {key} | {p} | {r} | {f1} |", text, flags=re.MULTILINE)
        if n != 1:
            print(f"no single README row for {key}", file=sys.stderr)
            return 1
    README.write_text(text, encoding="utf-8")
    print("README accuracy table:", {k: v[2] for k, v in rows.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
