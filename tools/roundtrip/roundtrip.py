#!/usr/bin/env python3
"""Round-trip check of the printer: for every .dfy file given (or found under a folder),

  parse -> print (P1) -> parse -> print (P2), and require P1 == P2 (print . parse is
  idempotent), and
  the structural dumps (`--dump-ast-tree`, every compound expression parenthesized) of the
  original and of P1 agree (the printed text parses back to the same tree).

Files that do not parse in the first place are counted apart (they are the corpus's own parse
errors, or dfyc's). Exit status 0 when every file that parses round-trips.

  roundtrip.py --dfyc build/driver/dfyc ../shared/corpora/dafnybench [--jobs 2] [-v]
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys
import tempfile


def dump(dfyc, path, tree=False, timeout=60):
    flag = "--dump-ast-tree" if tree else "--dump-ast"
    proc = subprocess.run([dfyc, "resolve", flag, "--show-snippets", "false", path],
                          capture_output=True, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8", errors="replace")


def first_difference(a, b, name_a, name_b):
    diff = list(difflib.unified_diff(a.split("\n"), b.split("\n"), name_a, name_b, lineterm="",
                                     n=1))
    return "\n".join(diff[:20])


def check(dfyc, path, workdir):
    """Returns (status, detail): status is 'ok', 'parse-error' or 'fail'."""
    code, p1 = dump(dfyc, path)
    if code != 0:
        return "parse-error", p1.strip().split("\n")[0] if p1 else f"exit {code}"
    printed = os.path.join(workdir, os.path.basename(path))
    with open(printed, "w", encoding="utf-8") as f:
        f.write(p1)
    code, p2 = dump(dfyc, printed)
    if code != 0:
        return "fail", "the printed program does not parse:\n" + p2.strip()
    if p1 != p2:
        return "fail", "print is not idempotent:\n" + first_difference(p1, p2, "P1", "P2")
    code_a, tree_a = dump(dfyc, path, tree=True)
    code_b, tree_b = dump(dfyc, printed, tree=True)
    if code_a != 0 or code_b != 0 or tree_a != tree_b:
        return "fail", "the trees differ:\n" + first_difference(tree_a, tree_b, "original",
                                                                "printed")
    return "ok", ""


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(".dfy")]
        else:
            files.append(p)
    return sorted(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the parse errors too")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    files = collect(args.paths)
    results = {}
    with tempfile.TemporaryDirectory(prefix="roundtrip.") as tmp:
        def run(i_path):
            i, path = i_path
            work = os.path.join(tmp, str(i))
            os.makedirs(work, exist_ok=True)
            try:
                return path, check(args.dfyc, path, work)
            except subprocess.TimeoutExpired:
                return path, ("fail", "timed out")
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for path, result in pool.map(run, enumerate(files)):
                results[path] = result
    ok = [p for p, r in results.items() if r[0] == "ok"]
    parse_errors = [p for p, r in results.items() if r[0] == "parse-error"]
    failures = [p for p, r in results.items() if r[0] == "fail"]
    for p in failures:
        print(f"FAIL {p}: {results[p][1]}\n")
    if args.verbose:
        for p in parse_errors:
            print(f"PARSE-ERROR {p}: {results[p][1]}")
    print(f"{len(files)} files: {len(ok)} round-trip, {len(failures)} fail, "
          f"{len(parse_errors)} do not parse")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
