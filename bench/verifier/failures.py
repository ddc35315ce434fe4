#!/usr/bin/env python3
"""Groups the corpus files dfyc does not verify by cause, for issue 4's closing figures.

  python3 bench/verifier/failures.py --dfyc build/driver/dfyc [--dafny-failures FILE]
      [--out DIR] [--jobs 2]

The files are the corpus files missing from tests/corpus/verify.txt. Each is verified alone
(no cache, --allow-warnings); its output goes to DIR/<file>.out when --out is given. A file falls
in the first group that applies: it fails in Dafny 4.11 too (when --dafny-failures lists the
files Dafny fails, one per line); dfyc reports an unsupported construct ("dfyc cannot verify");
a task timed out; otherwise a proof failure, counted by the first error's message.
"""
import argparse
import collections
import concurrent.futures
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SUMMARY = re.compile(r"finished with (\d+) verified, (\d+) errors?(?:, (\d+) time outs?)?")
ERROR = re.compile(r"^.*?\(\d+,\d+\): Error: (.*)$", re.M)


def run(dfyc, path):
    try:
        r = subprocess.run([dfyc, "verify", "--allow-warnings", "--no-cache", path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
        return r.returncode, r.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "(killed after 600 s)"


def classify(out):
    if "dfyc cannot verify" in out:
        m = re.search(r"dfyc cannot verify (.*?) yet", out)
        return "unsupported", m.group(1) if m else ""
    m = SUMMARY.search(out)
    if m and m.group(3):
        return "time-out", ""
    errors = ERROR.findall(out)
    if errors:
        first = re.sub(r"'[^']*'", "'…'", errors[0])
        return "proof", first
    return "other", out.strip().splitlines()[-1] if out.strip() else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "dafnybench"))
    ap.add_argument("--ratchet", default=os.path.join(ROOT, "tests", "corpus", "verify.txt"))
    ap.add_argument("--dafny-failures")
    ap.add_argument("--out")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with open(args.ratchet) as f:
        passing = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    files = sorted(n for n in os.listdir(args.corpus) if n.endswith(".dfy") and n not in passing)
    dafny_fails = set()
    if args.dafny_failures:
        with open(args.dafny_failures) as f:
            dafny_fails = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda n: run(args.dfyc, os.path.join(args.corpus, n)), files))
    groups = collections.defaultdict(list)
    for name, (rc, out) in zip(files, results):
        if args.out:
            with open(os.path.join(args.out, name + ".out"), "w") as f:
                f.write(out)
        kind, detail = classify(out)
        if rc == 0:
            kind, detail = "verifies now", ""
        elif name in dafny_fails:
            kind = "fails in Dafny 4.11 too (" + kind + ")"
        groups[kind].append((name, detail))
    print(f"{len(files)} files not in the ratchet")
    for kind in sorted(groups, key=lambda k: -len(groups[k])):
        print(f"\n{kind}: {len(groups[kind])}")
        details = collections.Counter(d for _, d in groups[kind])
        for d, n in details.most_common():
            if d:
                print(f"  {n:3d}  {d}")
        for name, d in groups[kind]:
            print(f"    {name}")


if __name__ == "__main__":
    main()
