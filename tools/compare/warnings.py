#!/usr/bin/env python3
"""Compare the resolver's warnings (and errors) of dfyc with those of Dafny 4.11.

For every input file, `dafny resolve --allow-warnings --show-snippets false FILE`
and `dfyc resolve --allow-warnings --show-snippets false FILE` are run and their
diagnostics (line, column, severity, message) are compared as multisets. Dafny's
output is slow to get (seconds per file), so it is kept in a cache folder
(`--cache DIR`, one `NAME.out` per input) and reused on later runs; `--dafny-only`
fills the cache without running dfyc. The report lists each file whose
diagnostics differ, then the differences grouped by message (identifiers, numbers
and quoted text replaced by `_`), then how many files agree.

A developer's report, not a test: it exits 0 whatever the tools print.
Standard library only; diagnostics are parsed by compare.py.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the diagnostic parser lives there)

ARGS = ["resolve", "--allow-warnings", "--show-snippets", "false"]


def run(argv: list[str], timeout: float) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, errors="replace",
                              timeout=timeout, stdin=subprocess.DEVNULL)
        return done.stdout + done.stderr + f"\n# exit {done.returncode}\n"
    except subprocess.TimeoutExpired:
        return "# timeout\n"


def dafny_output(dafny: str, cache: Path, source: Path, timeout: float) -> str:
    out = cache / (source.name + ".out")
    if out.exists():
        return out.read_text(errors="replace")
    text = run(["nice", "-n", "19", dafny, *ARGS, str(source)], timeout)
    out.write_text(text)
    return text


def diagnostics(text: str) -> list[tuple[int, int, str, str]]:
    found = compare.parse_diagnostics(text.splitlines())
    return [(d.line or 0, d.col or 0, d.severity, d.message) for d in found]


def exit_code(text: str) -> str:
    match = re.search(r"^# (exit -?\d+|timeout)$", text, re.M)
    return match[1] if match else "?"


_GROUP_RE = re.compile(r"'[^']*'|\"[^\"]*\"|\b\d+\b")


def group_key(message: str) -> str:
    return _GROUP_RE.sub("_", message)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help=".dfy files or folders")
    parser.add_argument("--dafny", default=str(Path.home() / ".dotnet/tools/dafny"))
    parser.add_argument("--dfyc", default="build/driver/dfyc")
    parser.add_argument("--cache", required=True, help="folder for Dafny's outputs")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--dafny-only", action="store_true", help="only fill the cache")
    parser.add_argument("--cached-only", action="store_true",
                        help="compare only the files whose Dafny output is already cached")
    parser.add_argument("--examples", type=int, default=3, help="files listed per group")
    args = parser.parse_args()

    files: list[Path] = []
    for item in args.inputs:
        path = Path(item)
        files += sorted(path.rglob("*.dfy")) if path.is_dir() else [path]
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    if args.cached_only:
        files = [f for f in files if (cache / (f.name + ".out")).exists()]

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        reference = list(pool.map(
            lambda f: dafny_output(args.dafny, cache, f, args.timeout), files))
    if args.dafny_only:
        print(f"{len(files)} Dafny outputs in {cache}")
        return 0

    same = 0
    groups: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    counts = collections.Counter()
    for source, ref_text in zip(files, reference):
        cand_text = run([args.dfyc, *ARGS, str(source)], args.timeout)
        ref, cand = diagnostics(ref_text), diagnostics(cand_text)
        missing = collections.Counter(ref) - collections.Counter(cand)
        extra = collections.Counter(cand) - collections.Counter(ref)
        codes = (exit_code(ref_text), exit_code(cand_text))
        counts["dafny diagnostics"] += len(ref)
        counts["dfyc diagnostics"] += len(cand)
        if not missing and not extra and codes[0] == codes[1]:
            same += 1
            continue
        print(f"== {source.name}  (dafny {codes[0]}, dfyc {codes[1]})")
        for tag, diff in (("only dafny", missing), ("only dfyc", extra)):
            for (line, col, severity, message), n in sorted(diff.items()):
                print(f"  {tag}: ({line},{col}) {severity}: {message}" + (f" x{n}" if n > 1 else ""))
                groups[(tag, f"{severity}: {group_key(message)}")] += [source.name] * n
                counts[tag] += n

    print(f"\n{len(files)} files; {same} with identical diagnostics and exit codes")
    for name, n in sorted(counts.items()):
        print(f"  {name}: {n}")
    print("\nDifferences grouped by message:")
    for (tag, key), names in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        distinct = sorted(set(names))
        shown = ", ".join(distinct[:args.examples])
        print(f"  {len(names):4} in {len(distinct):3} files  {tag}: {key}  [{shown}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
