#!/usr/bin/env python3
"""Frontend timings for bench/README.md, with nothing but Python:

  1. frontend_bench over the corpus: parse and resolve of every file in one process;
  2. `dfyc resolve bench/frontend/ten_lines.dfy` as a whole process, run many times.

Prints the median, minimum and maximum wall time of each (and the CPU time of the process).
  python3 bench/frontend/run.py --build build [--corpus ../shared/corpora/dafnybench] [--runs 21]
"""
import argparse
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, runs):
    """Runs `cmd` runs+1 times (the first is a warm-up); returns [(wall, cpu)] seconds."""
    out = []
    devnull = os.open(os.devnull, os.O_WRONLY)
    # posix_spawn: the cheapest start Python has, so that little but the command is timed.
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    for i in range(runs + 1):
        start = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(cmd)} failed")
        if i > 0:
            out.append((wall, usage.ru_utime + usage.ru_stime))
    return out


def report(name, samples, unit, scale):
    walls = [w for w, _ in samples]
    cpus = [c for _, c in samples]
    print(f"{name}: wall median {statistics.median(walls) * scale:.3g} {unit} "
          f"(min {min(walls) * scale:.3g}, max {max(walls) * scale:.3g}), "
          f"cpu median {statistics.median(cpus) * scale:.3g} {unit}, {len(samples)} runs")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--corpus", default=os.path.join(HERE, "../../../shared/corpora/dafnybench"))
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    bench = os.path.join(args.build, "tests", "frontend_bench")
    dfyc = os.path.join(args.build, "driver", "dfyc")
    if os.path.isdir(args.corpus):
        subprocess.run([bench, "--repeat", "3", args.corpus], check=True)
        report("corpus, one process", measure([bench, args.corpus], max(3, args.runs // 4)), "s", 1)
    report("dfyc resolve ten_lines.dfy",
           measure([dfyc, "resolve", os.path.join(HERE, "ten_lines.dfy")], args.runs), "ms", 1000)


if __name__ == "__main__":
    main()
