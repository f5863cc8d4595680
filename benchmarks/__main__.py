"""`make bench`: measure the hub. Prints one table; each figure says how it was measured.

Figures:
- quiz script and style: bytes on disk and gzipped (level 9), the budget being 6 KB together;
- build cost per quiz: (build time with N synthetic quizzes - build time with none) / N,
  each the best of three real MkDocs builds.
"""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .synthetic import ROOT, make_hub

QUIZ_BUDGET = 6 * 1024


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def build_seconds(hub: Path, site: Path, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                                cwd=hub, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"benchmark build failed:\n{result.stdout}\n{result.stderr}")
        best = min(best, elapsed)
    return best


def quiz_assets() -> list[tuple[str, str]]:
    js, css = ROOT / "docs/assets/hub/quiz.js", ROOT / "docs/assets/hub/quiz.css"
    together = gzipped(js) + gzipped(css)
    return [
        ("quiz.js", f"{js.stat().st_size:,} B, {gzipped(js):,} B gzipped"),
        ("quiz.css", f"{css.stat().st_size:,} B, {gzipped(css):,} B gzipped"),
        ("quiz script + style gzipped", f"{together:,} B of a {QUIZ_BUDGET:,} B budget ({'within' if together <= QUIZ_BUDGET else 'OVER'})"),
    ]


def quiz_build_cost(quizzes: int = 50) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = build_seconds(make_hub(tmp / "none"), tmp / "site-none")
        many = build_seconds(make_hub(tmp / "many", quizzes=quizzes), tmp / "site-many")
    per_quiz = (many - base) / quizzes
    return [
        ("build, fixture hub, no extra quizzes", f"{base:.2f} s (best of 3)"),
        (f"build, fixture hub + {quizzes} quizzes of 8 questions", f"{many:.2f} s (best of 3)"),
        ("build cost per quiz", f"{per_quiz * 1000:.1f} ms"),
    ]


def main() -> None:
    rows = [*quiz_assets(), *quiz_build_cost()]
    width = max(len(name) for name, _ in rows)
    print("Practice Learning Hub benchmarks")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


if __name__ == "__main__":
    main()
