#!/usr/bin/env python3
"""Times the backend benchmarks: dfyc's C++ beside hand-written C++ (and Dafny's C# and C++).

For each program P in this folder (P.dfy and P.cpp): `dfyc build --no-verify` makes the
generated program, `c++ -std=c++20 -O2` (dfyc's own flags for programs) the hand-written one,
and, with --dafny, `dafny build --target cs` and `dafny build --target cpp --unicode-char false`
Dafny's C# and C++ ones, where Dafny compiles them (its C++ target lacks unbounded integers and
more; a program it refuses is reported with Dafny's first error, and not timed). Each is run
--runs times, alternating, after one warm-up; the figure is the median CPU time (user + sys) of
the process, and each ratio is taken per round of runs, as a median. The outputs of all
versions must agree. Usage: bench.py --dfyc build/driver/dfyc [--dafny ~/.dotnet/tools/dafny]
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = [("sort", "int"), ("binary_search", "newtype"), ("sieve", "newtype"),
            ("byte_parser", "newtype"), ("bignum", "int"), ("map_set", "int")]


def cpu_time(cmd):
    """Runs cmd; returns (CPU seconds of the child, its stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--dafny", help="Dafny's CLI, to time its C# target too")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cxx", default=os.environ.get("CXX", "c++"))
    ap.add_argument("programs", nargs="*", default=[p for p, _ in PROGRAMS])
    args = ap.parse_args()
    kinds = dict(PROGRAMS)
    refused = []
    with tempfile.TemporaryDirectory() as work:
        print("| program | kind | generated (s) | hand-written (s) | generated / hand |"
              + (" Dafny C# (s) | C# / generated | Dafny C++ (s) | Dafny C++ / generated |"
                 if args.dafny else ""))
        print("| --- | --- | --- | --- | --- |" + (" --- | --- | --- | --- |" if args.dafny else ""))
        for p in args.programs:
            dfy, cpp = os.path.join(HERE, p + ".dfy"), os.path.join(HERE, p + ".cpp")
            gen, hand = os.path.join(work, p + "_gen"), os.path.join(work, p + "_hand")
            subprocess.run([args.dfyc, "build", "--no-verify", "-o", gen, dfy],
                           check=True, capture_output=True)
            libs = ["-lgmpxx", "-lgmp"] if p == "bignum" else []
            subprocess.run([args.cxx, "-std=c++20", "-O2", "-o", hand, cpp] + libs, check=True)
            cmds = {"gen": [gen], "hand": [hand]}
            if args.dafny:
                cs = os.path.join(work, "cs", p)
                subprocess.run([args.dafny, "build", "--no-verify", "--target", "cs", dfy,
                                "--output", cs], check=True, capture_output=True)
                cmds["cs"] = [cs]
                dcpp = os.path.join(work, "cpp", p)
                proc = subprocess.run([args.dafny, "build", "--no-verify", "--target", "cpp",
                                       "--unicode-char", "false", dfy, "--output", dcpp],
                                      capture_output=True, text=True)
                if proc.returncode == 0 and os.path.exists(dcpp):
                    cmds["cpp"] = [dcpp]
                else:
                    refused.append((p, first_error(proc.stdout + proc.stderr)))
            times = {k: [] for k in cmds}
            outputs = {}
            for k, c in cmds.items():
                outputs[k] = cpu_time(c)[1]  # warm-up
            if len(set(outputs.values())) != 1:
                print(f"{p}: outputs differ: {outputs}")
                return 1
            for _ in range(args.runs):
                for k, c in cmds.items():
                    times[k].append(cpu_time(c)[0])
            ratio = statistics.median(g / h for g, h in zip(times["gen"], times["hand"]))
            row = (f"| {p} | {kinds.get(p, '?')} | {statistics.median(times['gen']):.3f} | "
                   f"{statistics.median(times['hand']):.3f} | {ratio:.2f} |")
            if args.dafny:
                for k in ("cs", "cpp"):
                    if k not in times:
                        row += " does not compile | - |"
                        continue
                    ratio = statistics.median(c / g for c, g in zip(times[k], times["gen"]))
                    row += f" {statistics.median(times[k]):.3f} | {ratio:.1f} |"
            print(row, flush=True)
    for p, error in refused:
        print(f"Dafny's C++ target refuses {p}: {error}")
    return 0


def first_error(output):
    """The first line of Dafny's output that reports an error, without the folder."""
    for line in output.splitlines():
        if "rror" in line:
            return re.sub(r"\S*/", "", line).strip()
    return output.strip().splitlines()[-1] if output.strip() else "(no output)"


if __name__ == "__main__":
    sys.exit(main())
