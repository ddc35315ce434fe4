#!/usr/bin/env python3
"""The verification cache's speedup: dfyc verifies a fixed sample of the corpus files that the
verify ratchet lists, once with an empty cache folder and once more with the cache it filled,
and reports both totals and their ratio (issue 4's target: the second run under 10% of the
first). Whole-process wall time, one process at a time.

  python3 bench/verifier/cache.py --dfyc build/driver/dfyc [--every 8]
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "dafnybench"))
    ap.add_argument("--every", type=int, default=8, help="take every Nth file of the ratchet")
    args = ap.parse_args()
    with open(os.path.join(ROOT, "tests", "corpus", "verify.txt")) as f:
        files = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    files = files[:: args.every]
    cache = tempfile.mkdtemp(prefix="dfyc-cache-bench-")
    try:
        totals = []
        for run in ("cold", "warm"):
            start = time.monotonic()
            failures = 0
            for name in files:
                r = subprocess.run([args.dfyc, "verify", "--allow-warnings", "--cores", "1",
                                    "--cache", cache, os.path.join(args.corpus, name)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                failures += r.returncode != 0
            totals.append(time.monotonic() - start)
            print(f"{run}: {len(files)} files in {totals[-1]:.2f} s ({failures} not verified)")
        print(f"warm / cold: {totals[1] / totals[0]:.3f}")
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
