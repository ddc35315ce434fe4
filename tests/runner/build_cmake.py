#!/usr/bin/env python3
"""`dfyc build` writes a CMakeLists.txt that builds the program: checks it on a run test.

Copies the test (and the C++ files its // RUN: line names) into a temporary folder, runs
`dfyc build --no-verify` there, configures and builds the emitted CMakeLists.txt with CMake, runs
the program and compares its output with the test's // CHECK: lines (less dfyc's own lines).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("test")
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--cmake", default="cmake")
    args = ap.parse_args()
    folder = os.path.dirname(os.path.abspath(args.test))
    name = os.path.basename(args.test)
    expected, extra = [], []
    with open(args.test, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("// RUN:"):
                extra = [a for a in line[len("// RUN:"):].split() if a.endswith((".h", ".cpp"))]
            elif line.startswith("// CHECK:"):
                text = line[len("// CHECK:"):]
                expected.append(text[1:] if text.startswith(" ") else text)
    # dfyc's lines before the program's output.
    while expected and (expected[0] == "" or expected[0].startswith("Dafny program verifier")):
        expected.pop(0)
    with tempfile.TemporaryDirectory() as work:
        for f in [name] + extra:
            shutil.copy(os.path.join(folder, f), work)
        # Named after the test: the user's C++ includes <stem>.h.
        stem = os.path.splitext(name)[0]
        out = os.path.join(work, "out", stem)
        steps = [
            [os.path.abspath(args.dfyc), "build", "--no-verify", "--allow-warnings", "-o", out,
             name] + extra,
            [args.cmake, "-S", os.path.dirname(out), "-B", os.path.join(work, "build")],
            [args.cmake, "--build", os.path.join(work, "build")],
        ]
        for step in steps:
            p = subprocess.run(step, cwd=work, capture_output=True, text=True)
            if p.returncode != 0:
                print(f"failed: {' '.join(step)}\n{p.stdout}{p.stderr}")
                return 1
        p = subprocess.run([os.path.join(work, "build", stem)], capture_output=True,
                           text=True)
        actual = p.stdout.split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        if actual != expected:
            print(f"output differs:\nexpected: {expected}\nactual:   {actual}")
            return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
