#!/usr/bin/env python3
"""dfyc --depfile: the Make-syntax depfile names the target (the depfile's name without its
extension) and every .dfy file read, the included ones too, each once, by absolute path.

Usage: depfile_test.py --dfyc DFYC MAIN.dfy INCLUDED.dfy...
"""
import argparse
import os
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dfyc", required=True)
    parser.add_argument("main")
    parser.add_argument("included", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dfyc-depfile-") as tmp:
        depfile = os.path.join(tmp, "main.verified.d")
        proc = subprocess.run([args.dfyc, "resolve", "--depfile", depfile, args.main],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0:
            print(f"FAIL: dfyc exited with {proc.returncode}:\n{proc.stdout}")
            return 1
        with open(depfile) as f:
            text = f.read()
    target, _, deps = text.partition(":")
    files = deps.replace("\\\n", " ").split()
    expected = [os.path.realpath(p) for p in [args.main] + args.included]
    problems = []
    if target != os.path.join(tmp, "main.verified"):
        problems.append(f"target {target!r}, expected {os.path.join(tmp, 'main.verified')!r}")
    if sorted(files) != sorted(expected) or len(set(files)) != len(files):
        problems.append(f"files {files}, expected {expected}")
    if files and files[0] != expected[0]:
        problems.append("the command-line file is not listed first")
    if problems:
        print("FAIL: " + "; ".join(problems) + f"\ndepfile:\n{text}")
        return 1
    print(f"PASS: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
