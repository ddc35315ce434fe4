#!/usr/bin/env python3
"""The run tests under AddressSanitizer and UBSan: generated code and runtime instrumented.

Builds the runtime library (runtime/src/*.cpp) with -fsanitize=address,undefined into a
temporary folder, then runs the file tests given (tests/files/run) through file_test.py with
CXX set so that dfyc compiles every program, its runtime headers and any {:extern} C++ with
the same flags, and DFYC_RUNTIME_LIB naming the instrumented library. Any sanitizer report
(UBSan made fatal, leaks included) changes the program's exit code or output, so the
expectations of the ordinary run tests catch it.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer",
         "-g"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--cxx", default=os.environ.get("CXX", "c++"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        objects = []
        for src in sorted(glob.glob(os.path.join(ROOT, "runtime", "src", "*.cpp"))):
            obj = os.path.join(work, os.path.basename(src) + ".o")
            p = subprocess.run([args.cxx, "-std=c++20", "-O1", "-c", "-I",
                                os.path.join(ROOT, "runtime", "include"), src, "-o", obj] + FLAGS,
                               capture_output=True, text=True)
            if p.returncode != 0:
                print(f"cannot build the runtime with sanitizers:\n{p.stderr}")
                return 1
            objects.append(obj)
        lib = os.path.join(work, "libdfy_runtime_asan.a")
        subprocess.run(["ar", "rcs", lib] + objects, check=True)
        env = dict(os.environ)
        env["CXX"] = " ".join([args.cxx] + FLAGS)
        env["DFYC_RUNTIME_LIB"] = lib
        env["XDG_CACHE_HOME"] = os.path.join(work, "cache")  # programs of this build only
        env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
        return subprocess.run([sys.executable, os.path.join(HERE, "file_test.py"), "--dfyc",
                               args.dfyc, "--timeout", "300"] + args.paths, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
