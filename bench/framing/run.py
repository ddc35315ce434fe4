#!/usr/bin/env python3
"""The framing figures of bench/README.md, in one run:

1. throughput: bench/framing/framing_bench (examples/framing's Encrypt and Decrypt, compiled by
   dfyc, beside a hand-written C++ OpenSSL loop writing and reading the same bytes), built in
   Release against dfyc's build tree;
2. rebuild times of examples/framing with Ninja: after touching an included .dfy (bytes.dfy),
   and after editing a string in framing.dfy;
3. rebuild times of examples/cmake-consumer: tests/runner/cmake_consumer.py --measure.

Usage: run.py --build-dir B [--mib 64] [--frame-length 4096] [--rounds 5] [--repeat 5]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, env, **kw):
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited with {proc.returncode}:\n{proc.stdout}")
    return proc.stdout


def timed_build(ninja, build, env):
    start = time.monotonic()
    out = run([ninja, "-C", build, "-j1"], env)
    return time.monotonic() - start, [l for l in out.splitlines() if l.startswith("[")]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", required=True, help="dfyc's CMake build directory")
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--ninja", default="ninja")
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--frame-length", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="rebuilds per measured change")
    args = parser.parse_args()
    build_dir = os.path.abspath(args.build_dir)

    tmp = tempfile.mkdtemp(prefix="dfyc-bench-framing-")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, "cache"))
    env.pop("MAKEFLAGS", None)
    try:
        # A copy, so that the rebuild measurements can touch and edit its files.
        for part in ["examples/framing", "bench/framing"]:
            shutil.copytree(os.path.join(ROOT, part), os.path.join(tmp, part),
                            ignore=shutil.ignore_patterns("build*", "__pycache__"))
        build = os.path.join(tmp, "build")
        run([args.cmake, "-S", os.path.join(tmp, "bench/framing"), "-B", build, "-G", "Ninja",
             f"-DCMAKE_MAKE_PROGRAM={args.ninja}", "-DCMAKE_BUILD_TYPE=Release",
             f"-Ddfyc_DIR={build_dir}"], env)
        seconds, _ = timed_build(args.ninja, build, env)
        print(f"first build of bench/framing (translate, compile, link): {seconds:.1f} s")

        print(run([os.path.join(build, "framing_bench"), str(args.mib),
                   str(args.frame_length), str(args.rounds)], env), end="")

        dfy = os.path.join(tmp, "examples/framing/dfy")
        figures = {"touch bytes.dfy (included by framing.dfy)": [],
                   "edit a string in framing.dfy": []}
        steps = {}
        for i in range(args.repeat):
            time.sleep(0.01)
            os.utime(os.path.join(dfy, "bytes.dfy"), None)
            t, s = timed_build(args.ninja, build, env)
            figures["touch bytes.dfy (included by framing.dfy)"].append(t)
            steps["touch bytes.dfy (included by framing.dfy)"] = len(s)
            path = os.path.join(dfy, "framing.dfy")
            with open(path) as f:
                text = f.read()
            old, new = ('"frame out of order"', '"frame out of sequence"')
            if i % 2:
                old, new = new, old
            with open(path, "w") as f:
                f.write(text.replace(old, new))
            t, s = timed_build(args.ninja, build, env)
            figures["edit a string in framing.dfy"].append(t)
            steps["edit a string in framing.dfy"] = len(s)
        for what, times in figures.items():
            print(f"framing rebuild, {what}: median {statistics.median(times):.2f} s over "
                  f"{len(times)}, {steps[what]} Ninja steps "
                  f"({', '.join(f'{t:.2f}' for t in times)})")

        print(run([sys.executable, os.path.join(ROOT, "tests/runner/cmake_consumer.py"),
                   "--build-dir", build_dir, "--example",
                   os.path.join(ROOT, "examples/cmake-consumer"), "--cmake", args.cmake,
                   "--ninja", args.ninja, "--measure", str(args.repeat)], env), end="")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
