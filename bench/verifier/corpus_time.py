#!/usr/bin/env python3
"""Verification time per corpus file and in total, with `--cores 2` and no cache, and the size
of each task's SMT-LIB query; optionally beside Dafny's own time on the same files.

  python3 bench/verifier/corpus_time.py --dfyc build/driver/dfyc [--every N] [--all] [--dafny PATH]
         [--csv out.csv] [--no-smt]

Files: those of tests/corpus/verify.txt (every Nth with --every), or with --all every corpus
file, for the verified counts of dfyc and Dafny side by side. Each file runs alone (one
process at a time, whole-process wall time). The SMT size comes from a second run with
--dump-smt2, not timed: one query per task, split at the `(set-info :status unknown)` each
query starts with. With --dafny, Dafny runs the same files (`verify --allow-warnings --cores 2`)
and the report gives both totals and their ratio.
"""
import argparse
import csv
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MARKER = "(set-info :status unknown)"


def timed(cmd, timeout):
    start = time.monotonic()
    try:
        code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        code = "timeout"
    return time.monotonic() - start, code


def query_sizes(dfyc, path):
    r = subprocess.run([dfyc, "verify", "--allow-warnings", "--no-cache", "--dump-smt2", path],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=600)
    parts = r.stdout.decode("utf-8", "replace").split(MARKER)[1:]
    return [len(p) + len(MARKER) for p in parts]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--dafny", help="Dafny's command, to time it on the same files")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "dafnybench"))
    ap.add_argument("--every", type=int, default=1, help="take every Nth file of the ratchet")
    ap.add_argument("--csv", help="write one row per file")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--all", action="store_true", help="every corpus file, not only the ratchet's")
    ap.add_argument("--no-smt", action="store_true", help="skip the query sizes")
    args = ap.parse_args()
    if args.all:
        files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".dfy"))
    else:
        with open(os.path.join(ROOT, "tests", "corpus", "verify.txt")) as f:
            files = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    files = files[:: args.every]
    rows = []
    for name in files:
        path = os.path.join(args.corpus, name)
        seconds, code = timed([args.dfyc, "verify", "--allow-warnings", "--no-cache", "--cores",
                               "2", path], args.timeout)
        sizes = [] if args.no_smt else query_sizes(args.dfyc, path)
        print(f"{name}: dfyc {seconds:.2f} s exit {code}", flush=True)
        row = {"file": name, "dfyc_s": round(seconds, 3), "dfyc_exit": code, "tasks": len(sizes),
               "smt_bytes_total": sum(sizes), "smt_bytes_max": max(sizes, default=0)}
        if args.dafny:
            d_seconds, d_code = timed([args.dafny, "verify", "--allow-warnings", "--cores", "2",
                                       path], args.timeout)
            row.update({"dafny_s": round(d_seconds, 3), "dafny_exit": d_code})
        rows.append(row)
    if args.csv:
        with open(args.csv, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(rows)
    times = [r["dfyc_s"] for r in rows]
    slowest = max(rows, key=lambda r: r["dfyc_s"])
    failed = sum(r["dfyc_exit"] != 0 for r in rows)
    print(f"dfyc: {len(rows)} files in {sum(times):.1f} s (--cores 2, no cache), median "
          f"{statistics.median(times):.3f} s, max {slowest['dfyc_s']:.2f} s ({slowest['file']}); "
          f"{failed} not verified")
    tasks = sum(r["tasks"] for r in rows)
    if tasks:
        mean = sum(r["smt_bytes_total"] for r in rows) / tasks / 1024
        per_file = [r["smt_bytes_total"] / r["tasks"] / 1024 for r in rows if r["tasks"]]
        largest = max(r["smt_bytes_max"] for r in rows) / 1024
        print(f"SMT queries: {tasks} tasks, mean {mean:.1f} KiB, median of the per-file means "
              f"{statistics.median(per_file):.1f} KiB, largest {largest:.1f} KiB")
    if args.dafny:
        d_times = [r["dafny_s"] for r in rows]
        d_failed = sum(r["dafny_exit"] != 0 for r in rows)
        ratios = [a / b for a, b in zip(times, d_times) if b > 0]
        print(f"Dafny: {len(rows)} files in {sum(d_times):.1f} s, {d_failed} not verified; "
              f"dfyc / Dafny: total {sum(times) / sum(d_times):.3f}, median per file "
              f"{statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
