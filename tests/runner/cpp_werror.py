#!/usr/bin/env python3
"""Compiles the C++ that dfyc emits for each program with g++ -Wall -Wextra -Werror.

Every .dfy given (or found in the folders given) that `dfyc translate cpp --no-verify` accepts
is translated into a temporary folder and compiled (not linked) against runtime/include;
a warning or an error fails the test. Programs dfyc does not translate are skipped.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--runtime-include", required=True)
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    args = ap.parse_args()
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".dfy"))
        else:
            files.append(p)
    compiled, failures = 0, []
    with tempfile.TemporaryDirectory() as work:
        for i, path in enumerate(files):
            out = os.path.join(work, f"p{i}", "program")
            os.makedirs(os.path.dirname(out))
            t = subprocess.run([os.path.abspath(args.dfyc), "translate", "cpp", "--no-verify",
                                "--allow-warnings", "-o", out, path], capture_output=True)
            if t.returncode != 0:
                continue
            c = subprocess.run([args.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", "-c",
                                "-I", args.runtime_include, "-o", out + ".o", out + ".cpp"],
                               capture_output=True, text=True)
            compiled += 1
            if c.returncode != 0:
                failures.append(f"{path}:\n{c.stderr}")
    for f in failures:
        print(f)
    print(f"{compiled - len(failures)} of {compiled} translated programs compile with -Werror "
          f"({len(files) - compiled} not translated)")
    return 1 if failures or compiled == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
