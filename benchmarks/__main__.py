"""`make bench`: measure the hub. Prints its tables; each figure says how it was measured.

Figures:
- quiz script and style: bytes on disk and gzipped (level 9), the budget being 6 KB together;
  the pathway script the same, its budget 6 KB on its own;
- build cost per quiz: (build time with N synthetic quizzes - build time with none) / N,
  each the best of three real MkDocs builds;
- scaling (benchmarks/scaling.py): synthetic hubs of 200, 1,000 and 2,000 content items
  against a plain Material site with the same pages;
- the search payload (benchmarks/search.py): bytes a page load fetches for the search, and a
  first search of a common word, in Chromium, on the shipped hub (and, in the scaling table,
  at each size);
- the edit loop (benchmarks/editloop.py): under a real `mkdocs serve`, from saving a one-line
  change to a guide to the rebuilt page being served, on the shipped hub and its plain twin;
- Lighthouse (benchmarks/lighthouse.py): one page of each type of the shipped hub.

Run `python -m benchmarks --help` for the options (a part on its own, other sizes).
It is a measurement, not a test: it prints whether each target is met and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from . import measure
from .synthetic import ROOT, make_hub

QUIZ_BUDGET = 6 * 1024
PATHWAY_BUDGET = 6 * 1024
PARTS = ("quiz", "search", "editloop", "scaling", "lighthouse")


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def build_seconds(hub: Path, site: Path, runs: int = 3) -> float:
    """The best of ``runs`` real builds, in CPU seconds of the build process."""
    return measure.best([measure.mkdocs_build(hub, site) for _ in range(runs)]).cpu


def quiz_assets() -> list[tuple[str, str]]:
    js, css = ROOT / "practice_hub/quizzes/assets/quiz.js", ROOT / "practice_hub/quizzes/assets/quiz.css"
    pathway = ROOT / "practice_hub/pathways/assets/pathway.js"
    together = gzipped(js) + gzipped(css)
    return [
        ("quiz.js", f"{js.stat().st_size:,} B, {gzipped(js):,} B gzipped"),
        ("quiz.css", f"{css.stat().st_size:,} B, {gzipped(css):,} B gzipped"),
        ("quiz script + style gzipped", f"{together:,} B of a {QUIZ_BUDGET:,} B budget ({'within' if together <= QUIZ_BUDGET else 'OVER'})"),
        ("pathway.js gzipped", f"{gzipped(pathway):,} B of a {PATHWAY_BUDGET:,} B budget ({'within' if gzipped(pathway) <= PATHWAY_BUDGET else 'OVER'})"),
    ]


def quiz_build_cost(quizzes: int = 50) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = build_seconds(make_hub(tmp / "none"), tmp / "site-none")
        many = build_seconds(make_hub(tmp / "many", quizzes=quizzes), tmp / "site-many")
    per_quiz = (many - base) / quizzes
    return [
        ("build, fixture hub, no extra quizzes", f"{base:.2f} s CPU (best of 3)"),
        (f"build, fixture hub + {quizzes} quizzes of 8 questions", f"{many:.2f} s CPU (best of 3)"),
        ("build cost per quiz", f"{per_quiz * 1000:.1f} ms"),
    ]


def machine() -> str:
    import material
    import mkdocs

    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    return (
        f"{date.today():%-d %B %Y}, {cores} cores, load average {load:.1f} at the start, Python {platform.python_version()}, "
        f"MkDocs {mkdocs.__version__}, Material {material.__version__ if hasattr(material, '__version__') else '?'}"
    )


def print_pairs(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(title)
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


def print_targets(results: list[tuple[str, bool | None, str]]) -> None:
    for name, met, figure in results:
        print(f"  [{'info' if met is None else 'met' if met else 'MISSED'}] {name}: {figure}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Measure the hub (make bench).")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only this part (repeatable); default: all")
    parser.add_argument("--sizes", default=None, help="comma-separated item counts for the scaling table (default: 200,1000,2000)")
    args = parser.parse_args(argv)
    parts = args.only or list(PARTS)
    started = time.perf_counter()
    print(f"Practice Learning Hub benchmarks: {machine()}")
    print("Times are CPU seconds (user + system) of a fresh build process, in which no other process is counted, best of")
    print("several runs (a shared machine still speeds up and slows down); wall-clock times are shown beside them.")
    print("Peak memory is the build process's own (ru_maxrss).\n")

    if "quiz" in parts:
        print_pairs("Quizzes", [*quiz_assets(), *quiz_build_cost()])
        print()

    if "search" in parts:
        from . import search

        print(f"Search: the shipped hub in Chromium, a page load and a first search of '{search.COMMON_WORD}'")
        with tempfile.TemporaryDirectory(prefix="hub-search-") as tmp:
            measure.mkdocs_build(ROOT, Path(tmp) / "site")
            payloads = search.measure(Path(tmp) / "site")
        print_pairs(
            "",
            [
                (
                    p.server,
                    f"page load {p.page_load:,} B ({p.page_load_index:,} B of the index); first search {p.first_search:,} B in {p.requests} requests ({p.results})",
                )
                for p in payloads
            ],
        )
        print()

    if "editloop" in parts:
        from . import editloop

        print(f"Edit loop: a one-line change to {editloop.GUIDE} under mkdocs serve, until the page served shows it")
        loops = editloop.run(log=lambda text: print(text, file=sys.stderr, flush=True))
        for line in editloop.table(loops):
            print("  " + line)
        print_targets(editloop.targets(loops))
        print()

    if "scaling" in parts:
        from . import scaling

        sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else scaling.SIZES
        print("Scaling: synthetic hubs against a plain Material site with the same pages")
        results = scaling.run(sizes, log=lambda text: print(text, file=sys.stderr, flush=True))
        for line in scaling.table(results):
            print("  " + line)
        print_targets(scaling.targets(results))
        print()

    if "lighthouse" in parts:
        from . import lighthouse

        print("Lighthouse: one page of each type of the shipped hub, served on 127.0.0.1 (mobile, simulated throttling)")
        results = lighthouse.run(log=lambda text: print(text, file=sys.stderr, flush=True))
        for line in lighthouse.table(results):
            print("  " + line)
        print_targets(lighthouse.targets(results))
        print()

    print(f"make bench took {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
