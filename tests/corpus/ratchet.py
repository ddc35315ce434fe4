#!/usr/bin/env python3
"""Corpus ratchet: which DafnyBench programs pass each stage of dfyc.

For a stage (resolve, verify, build), runs `dfyc <stage>` on the corpus files and compares with
the ratchet file tests/corpus/<stage>.txt, the sorted list of files known to pass:
- a listed file that fails now is a regression: exit 1;
- a file that passes but is not listed is an improvement: reported; `--update` records it.
`--sample N` checks only every N-th file of the sorted corpus (a fixed sample, for CI).
Stage build: `dfyc build --no-verify` writes the program's C++ (and compiles it when there is a
Main); the file passes when that succeeds and the emitted C++ also compiles on its own with
`-Wall -Wextra -Werror` (`-fsyntax-only`, against runtime/include), which checks the files
without a Main too.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpora",
                                               "dafnybench"))


RUNTIME_INCLUDE = os.path.normpath(os.path.join(HERE, "..", "..", "runtime", "include"))


def builds(dfyc, path, timeout, cxx):
    """True when `dfyc build --no-verify` succeeds and its C++ compiles."""
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "program")
        try:
            proc = subprocess.run([dfyc, "build", "--no-verify", "--show-snippets", "false",
                                   "--allow-warnings", "-o", out, path],
                                  capture_output=True, timeout=timeout, cwd=work)
            if proc.returncode != 0:
                return False
            proc = subprocess.run([cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror",
                                   "-fsyntax-only", "-I", RUNTIME_INCLUDE, out + ".cpp"],
                                  capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        return proc.returncode == 0


def passes(dfyc, stage, path, timeout, cxx="c++"):
    """True when dfyc exits 0 on the file at this stage."""
    if stage == "build":
        return builds(dfyc, path, timeout, cxx)
    args = [dfyc, stage, "--show-snippets", "false", "--allow-warnings"]
    if stage == "verify":
        args += ["--cores", "1"]
    try:
        proc = subprocess.run(args + [path], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--stage", choices=["resolve", "verify", "build"], required=True)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "c++"))
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"corpus not found at {args.corpus}")
        return 1
    names = sorted(n for n in os.listdir(args.corpus) if n.endswith(".dfy"))
    checked = names[::args.sample]
    ratchet_path = os.path.join(HERE, f"{args.stage}.txt")
    known = set()
    if os.path.exists(ratchet_path):
        with open(ratchet_path, encoding="utf-8") as f:
            known = {l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")}
    dfyc = os.path.abspath(args.dfyc)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = dict(zip(checked, pool.map(
            lambda n: passes(dfyc, args.stage, os.path.join(args.corpus, n), args.timeout,
                             args.cxx),
            checked)))
    passing = {n for n, ok in results.items() if ok}
    regressions = sorted(n for n in checked if n in known and n not in passing)
    improvements = sorted(passing - known)
    print(f"{args.stage}: {len(passing)} of {len(checked)} checked files pass "
          f"({len(known)} in the ratchet, {len(names)} in the corpus)")
    for n in regressions:
        print(f"REGRESSION: {n}")
    for n in improvements:
        print(f"improvement: {n}")
    if args.update:
        updated = (known - set(checked)) | passing if args.sample > 1 else passing
        with open(ratchet_path, "w", encoding="utf-8") as f:
            f.write(f"# DafnyBench files that pass `dfyc {args.stage}`; "
                    "kept by tests/corpus/ratchet.py --update\n")
            for n in sorted(updated):
                f.write(n + "\n")
        print(f"updated {ratchet_path}")
    elif improvements:
        print("run with --update to record the improvements")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
