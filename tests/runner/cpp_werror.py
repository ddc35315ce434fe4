#!/usr/bin/env python3
"""Compiles the C++ that dfyc emits for each program with g++ -Wall -Wextra -Werror.

Every .dfy given (or found in the folders given) that `dfyc translate cpp --no-verify` accepts
is translated into a temporary folder and compiled (not linked) against runtime/include;
a warning or an error fails the test. Programs dfyc does not translate are skipped. The C++
files a test's `// RUN:` line names (the user's code for its {:extern}s) go to dfyc too, and
their .cpp files are compiled with the same flags; so does its `--standard-libraries`.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def run_line(path):
    """The words of the test's // RUN: line."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("// RUN:"):
                return line[len("// RUN:"):].split()
    return []


def extern_files(path):
    """The C++ files (.h, .cpp) the test's // RUN: line names, as absolute paths."""
    folder = os.path.dirname(os.path.abspath(path))
    return [os.path.join(folder, a) for a in run_line(path) if a.endswith((".h", ".cpp"))]


def library_options(path):
    """`--standard-libraries true` when the test's // RUN: line has it."""
    words = run_line(path)
    if "--standard-libraries" not in words:
        return []
    i = words.index("--standard-libraries")
    value = words[i + 1] if i + 1 < len(words) and words[i + 1] in ("true", "false") else "true"
    return ["--standard-libraries", value]


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
            # Named after the program, as dfyc run names it: the user's C++ includes <stem>.h.
            out = os.path.join(work, f"p{i}", os.path.splitext(os.path.basename(path))[0])
            os.makedirs(os.path.dirname(out))
            extra = extern_files(path)
            t = subprocess.run([os.path.abspath(args.dfyc), "translate", "cpp", "--no-verify",
                                "--allow-warnings"] + library_options(path) + ["-o", out, path]
                               + extra, capture_output=True)
            if t.returncode != 0:
                continue
            compiled += 1
            includes = ["-I", args.runtime_include, "-I", os.path.dirname(out),
                        "-I", os.path.dirname(os.path.abspath(path))]
            for source in [out + ".cpp"] + [f for f in extra if f.endswith(".cpp")]:
                c = subprocess.run([args.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", "-c"]
                                   + includes + ["-o", out + ".o", source],
                                   capture_output=True, text=True)
                if c.returncode != 0:
                    failures.append(f"{path} ({os.path.basename(source)}):\n{c.stderr}")
    for f in failures:
        print(f)
    print(f"{compiled - len(failures)} of {compiled} translated programs compile with -Werror "
          f"({len(files) - compiled} not translated)")
    return 1 if failures or compiled == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
