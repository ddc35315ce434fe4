#!/usr/bin/env python3
"""Verdict stability across random seeds: dfyc verifies a fixed sample of the ratchet's files
under several `--random-seed` values, without the cache, and reports per file and per task how
many verdicts agree (issue 4's target: identical verdicts for at least 99% of tasks).

  python3 bench/verifier/seeds.py --dfyc build/driver/dfyc [--every 8] [--seeds 1 2 3]

A task's verdict is read from the summary line: a file whose tasks all verify under every seed
agrees on all its tasks; otherwise the tasks that verified under one seed and not another are
the disagreeing ones (the largest verified count minus the smallest). Two jobs at a time.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SUMMARY = re.compile(r"finished with (\d+) verified, (\d+) errors?(?:, (\d+) time outs?)?")


def run(dfyc, path, seed):
    r = subprocess.run([dfyc, "verify", "--allow-warnings", "--no-cache", "--random-seed",
                        str(seed), path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=1200)
    m = SUMMARY.search(r.stdout.decode("utf-8", "replace"))
    if not m:
        return (0, 1, 0)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "dafnybench"))
    ap.add_argument("--every", type=int, default=8)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with open(os.path.join(ROOT, "tests", "corpus", "verify.txt")) as f:
        files = [l.strip() for l in f if l.strip() and not l.startswith("#")][:: args.every]
    jobs = [(name, seed) for name in files for seed in args.seeds]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(run, args.dfyc, os.path.join(args.corpus, n), s): (n, s)
                   for n, s in jobs}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut]] = fut.result()
    tasks = disagree = files_same = 0
    for name in files:
        counts = [results[(name, s)] for s in args.seeds]
        verified = [c[0] for c in counts]
        total = max(c[0] + c[1] + c[2] for c in counts)
        tasks += total
        disagree += max(verified) - min(verified)
        if len(set(counts)) == 1:
            files_same += 1
        else:
            print(f"differs: {name}: " + ", ".join(
                f"seed {s}: {c[0]} verified, {c[1]} errors, {c[2]} time outs"
                for s, c in zip(args.seeds, counts)))
    print(f"seeds {args.seeds}: {files_same} of {len(files)} files with identical results; "
          f"{tasks - disagree} of {tasks} tasks with identical verdicts "
          f"({100.0 * (tasks - disagree) / max(tasks, 1):.1f}%)")


if __name__ == "__main__":
    main()
