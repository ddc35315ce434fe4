#!/usr/bin/env python3
"""Soundness harness: mutates verified Dafny programs and reports which mutants dfyc accepts.

For each input file (by default the DafnyBench files in tests/corpus/verify.txt), it makes
mutants of the specification and proof text, one change each:
  - flip a comparison in an ensures, invariant or assert (< <-> <=, > <-> >=, == -> !=);
  - add 1 to an integer literal in an ensures;
  - drop a requires or an invariant line.
Each mutant is verified by dfyc. A surviving mutant is not necessarily a bug (the mutated claim
may still be true); with --oracle, survivors are also given to Dafny, and a mutant that Dafny
rejects but dfyc accepts is reported as SUSPECT: dfyc proved something Dafny could not.
Exit code 1 when there is a SUSPECT, else 0.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora", "dafnybench"))

SPEC = re.compile(r"^\s*(ensures|invariant|assert)\b")
FLIPS = [("<==>", None), ("==>", None), ("<==", None), ("<=", "<"), (">=", ">"), ("==", "!="),
         ("!=", "=="), ("<", "<="), (">", ">=")]


def flip_first_comparison(line):
    """The line with its first comparison operator flipped, or None."""
    i = 0
    while i < len(line):
        for op, repl in FLIPS:
            if line.startswith(op, i):
                if repl is None:
                    i += len(op)
                    break
                return line[:i] + repl + line[i + len(op):]
        else:
            i += 1
            continue
    return None


def mutants(text):
    """Yields (description, mutated text) pairs."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if SPEC.match(line):
            flipped = flip_first_comparison(line)
            if flipped:
                yield f"line {n + 1}: flip comparison", "\n".join(lines[:n] + [flipped] +
                                                              lines[n + 1:])
        if re.match(r"^\s*ensures\b", line):
            m = re.search(r"\b(\d+)\b", line)
            if m:
                changed = line[:m.start()] + str(int(m.group(1)) + 1) + line[m.end():]
                yield f"line {n + 1}: constant + 1", "\n".join(lines[:n] + [changed] +
                                                               lines[n + 1:])
        if re.match(r"^\s*(requires|invariant)\b[^{}]*$", line):
            yield f"line {n + 1}: dropped", "\n".join(lines[:n] + [""] + lines[n + 1:])


def verdict(tool, path, timeout):
    """0 verified, otherwise the exit code (or 'timeout')."""
    try:
        proc = subprocess.run(tool + [path], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return proc.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--dfyc", default=os.path.join(ROOT, "build", "driver", "dfyc"))
    ap.add_argument("--oracle", help="path of Dafny, to check survivors")
    ap.add_argument("--limit", type=int, default=0, help="at most this many files")
    ap.add_argument("--timeout", type=int, default=60)
    args = ap.parse_args()
    files = args.files
    if not files:
        with open(os.path.join(ROOT, "tests", "corpus", "verify.txt"), encoding="utf-8") as f:
            files = [os.path.join(CORPUS, l.strip()) for l in f if l.strip() and l[0] != "#"]
    if args.limit:
        files = files[:args.limit]
    dfyc = [os.path.abspath(args.dfyc), "verify", "--allow-warnings", "--show-snippets", "false"]
    dafny = [args.oracle, "verify", "--allow-warnings"] if args.oracle else None
    total = rejected = suspects = 0
    work = tempfile.mkdtemp(prefix="dfyc-mutants-")
    try:
        for path in files:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for k, (what, mutant) in enumerate(mutants(text)):
                mpath = os.path.join(work, f"m{k}.dfy")
                with open(mpath, "w", encoding="utf-8") as f:
                    f.write(mutant)
                total += 1
                if verdict(dfyc, mpath, args.timeout) != 0:
                    rejected += 1
                    continue
                note = "survives"
                if dafny and verdict(dafny, mpath, args.timeout * 3) != 0:
                    note = "SUSPECT (Dafny rejects it)"
                    suspects += 1
                print(f"{os.path.basename(path)} {what}: {note}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{total} mutants of {len(files)} files: {rejected} rejected "
          f"({100.0 * rejected / max(total, 1):.1f}%), {total - rejected} accepted"
          + (f", {suspects} accepted by dfyc but rejected by Dafny" if dafny else ""))
    return 1 if suspects else 0


if __name__ == "__main__":
    sys.exit(main())
