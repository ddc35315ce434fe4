#!/usr/bin/env python3
"""The CMake package end to end: install dfyc into a temporary prefix, build a copy of
examples/cmake-consumer against it with find_package(dfyc), run it, then edit its .dfy files
one at a time and check from Ninja's own output that only that file's outputs are rebuilt.
The example has two SOURCES in one library and two libraries in one program that import the
same standard-library modules: they link (one copy of each module) and their headers are
included into one translation unit.

Usage: cmake_consumer.py --build-dir B --example DIR [--cmake cmake] [--ninja ninja]
           [--cxx c++] [--keep] [--measure N]
--measure N also times N rebuilds after touching one .dfy and prints their median.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

EXPECTED = """Hello from Dafny, line 1 of 2
Hello from Dafny, line 2 of 2
gcd(1071, 462) = 21
25! = 15511210043330985984000000
TwoTo(100) = 1267650600228229401496703205376
IsEven(42) = true
Average(1, 2) = 1.5
PowerOfTenText(20) = 100000000000000000000
Describe(-42): n = -42
"""

# A Ninja status line: "[3/9] Building CXX object ...".
STATUS = re.compile(r"^\[\d+/\d+\] (.*)$")


class Failure(Exception):
    pass


def run(cmd, env, cwd=None, ok=True):
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if ok and proc.returncode != 0:
        raise Failure(f"{' '.join(cmd)} exited with {proc.returncode}:\n{proc.stdout}")
    return proc


def ninja_steps(args, env, build):
    """Runs one build; returns the descriptions of the steps Ninja ran."""
    out = run([args.ninja, "-C", build, "-j1"], env).stdout
    return [m.group(1) for line in out.splitlines() if (m := STATUS.match(line))]


def expect_steps(what, steps, expected):
    if sorted(steps) != sorted(expected):
        raise Failure(f"{what}: Ninja ran\n  " + "\n  ".join(steps) +
                      "\nexpected exactly\n  " + "\n  ".join(expected))
    print(f"ok: {what}: {len(steps)} steps")


def expect_no_work(args, env, build, what):
    out = run([args.ninja, "-C", build, "-n"], env).stdout
    if "no work to do" not in out:
        raise Failure(f"{what}: Ninja still has work to do:\n{out}")


def bump(path):
    """Touches `path`. Not into the future: Ninja would then find the outputs it writes next
    older than their input, and run them again. The short sleep covers coarse mtimes."""
    time.sleep(0.01)
    os.utime(path, None)


def edit(path, old, new):
    with open(path) as f:
        text = f.read()
    if old not in text:
        raise Failure(f"{path} does not contain {old!r}")
    with open(path, "w") as f:
        f.write(text.replace(old, new))
    bump(path)


def consume(args, env, tmp, dfyc_dir, name):
    """Configures, builds and runs a copy of the example against `dfyc_dir`."""
    src = os.path.join(tmp, name, "src")
    build = os.path.join(tmp, name, "build")
    shutil.copytree(args.example, src)
    configure = [args.cmake, "-S", src, "-B", build, "-G", "Ninja",
                 f"-DCMAKE_MAKE_PROGRAM={args.ninja}", f"-Ddfyc_DIR={dfyc_dir}"]
    if args.cxx:
        configure.append(f"-DCMAKE_CXX_COMPILER={args.cxx}")
    run(configure, env)
    steps = ninja_steps(args, env, build)
    if not any("Verifying dfy/arith.dfy" in s for s in steps):
        raise Failure("the first build did not verify dfy/arith.dfy:\n" + "\n".join(steps))
    output = run([os.path.join(build, "consumer")], env).stdout
    if output != EXPECTED:
        raise Failure(f"consumer printed\n{output}\nexpected\n{EXPECTED}")
    expect_no_work(args, env, build, f"{name}: after the first build")
    print(f"ok: {name}: builds and prints the expected output")
    return src, build


def check_rebuilds(args, env, src, build):
    arith = os.path.join(src, "dfy", "arith.dfy")
    greet = os.path.join(src, "dfy", "greet.dfy")
    verify = "Verifying dfy/{}.dfy (dfyc)"
    translate = "Translating dfy/{}.dfy to C++ (dfyc)"
    obj = "Building CXX object CMakeFiles/dafny_math.dir/dafny_math.dfyc/{}.cpp.o"
    relink = ["Linking CXX static library libdafny_math.a", "Linking CXX executable consumer"]

    # A touched .dfy is verified and translated again; its C++ is unchanged, so nothing
    # is recompiled (the generated files are rewritten only when they change).
    bump(arith)
    expect_steps("touch arith.dfy", ninja_steps(args, env, build),
                 [verify.format("arith"), translate.format("arith")])
    expect_no_work(args, env, build, "after touching arith.dfy")

    # A change inside a method body changes greet.cpp, not greet.h: main.cpp is not rebuilt.
    edit(greet, '"Hello from Dafny, line "', '"Hi from Dafny, line "')
    expect_steps("edit a body in greet.dfy", ninja_steps(args, env, build),
                 [verify.format("greet"), translate.format("greet"), obj.format("greet")] + relink)
    output = run([os.path.join(build, "consumer")], env).stdout
    if "Hi from Dafny, line 1 of 2" not in output:
        raise Failure(f"the edit of greet.dfy did not reach the program:\n{output}")
    expect_no_work(args, env, build, "after editing greet.dfy")

    # A new function changes arith.h too: arith.cpp and main.cpp, which includes it, recompile.
    with open(arith, "a") as f:
        f.write("\nfunction Triple(n: int): int\n{\n  3 * n\n}\n")
    bump(arith)
    expect_steps("add a function to arith.dfy", ninja_steps(args, env, build),
                 [verify.format("arith"), translate.format("arith"), obj.format("arith"),
                  "Building CXX object CMakeFiles/consumer.dir/main.cpp.o"] + relink)

    # A proof that fails stops the build, and the next build tries again.
    edit(arith, "invariant f == Fact(i)", "invariant f == Fact(i) + 1")
    proc = run([args.ninja, "-C", build, "-j1"], env, ok=False)
    if proc.returncode == 0 or "could not be proved" not in proc.stdout:
        raise Failure(f"a failing proof did not fail the build:\n{proc.stdout}")
    proc = run([args.ninja, "-C", build, "-n"], env)
    if verify.format("arith") not in proc.stdout:
        raise Failure(f"after a failed proof, Ninja does not verify again:\n{proc.stdout}")
    print("ok: a failing proof fails the build, and is retried")


def check_installed_run(args, env, tmp, prefix):
    """`<prefix>/bin/dfyc run` compiles against the runtime installed beside it."""
    log = os.path.join(tmp, "cxx.log")
    wrapper = os.path.join(tmp, "cxx")
    with open(wrapper, "w") as f:
        f.write(f'#!/bin/sh\necho "$@" >> {log}\nexec {args.cxx or "c++"} "$@"\n')
    os.chmod(wrapper, 0o755)
    program = os.path.join(tmp, "main.dfy")
    with open(program, "w") as f:
        f.write('method Main() {\n  print "installed dfyc runs", "\\n";\n}\n')
    out = run([os.path.join(prefix, "bin", "dfyc"), "run", program], dict(env, CXX=wrapper)).stdout
    if "installed dfyc runs" not in out:
        raise Failure(f"{prefix}/bin/dfyc run printed:\n{out}")
    with open(log) as f:
        command = f.read()
    if f"-I{prefix}/include" not in command or f"{prefix}/lib/" not in command:
        raise Failure(f"the installed dfyc did not use the installed runtime:\n{command}")
    print("ok: the installed dfyc runs programs with the installed runtime")


def measure(args, env, src, build, count):
    arith = os.path.join(src, "dfy", "arith.dfy")
    greet = os.path.join(src, "dfy", "greet.dfy")
    # The example's own sources again (check_rebuilds edited them).
    shutil.copyfile(os.path.join(args.example, "dfy", "arith.dfy"), arith)
    shutil.copyfile(os.path.join(args.example, "dfy", "greet.dfy"), greet)
    bump(arith)
    bump(greet)
    ninja_steps(args, env, build)
    figures = {}
    for what, change in [("touch arith.dfy", lambda: bump(arith)),
                         ("edit a string in greet.dfy", None)]:
        times = []
        for i in range(count):
            if change:
                change()
            else:
                # Alternate two texts so that every run changes greet.cpp.
                old, new = ('"Hello from', '"Howdy from') if i % 2 == 0 else \
                    ('"Howdy from', '"Hello from')
                edit(greet, old, new)
            start = time.monotonic()
            ninja_steps(args, env, build)
            times.append(time.monotonic() - start)
        figures[what] = times
        print(f"measure: {what}: median {statistics.median(times):.2f} s over {count} "
              f"({', '.join(f'{t:.2f}' for t in times)})")
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", required=True, help="dfyc's CMake build directory")
    parser.add_argument("--example", required=True, help="examples/cmake-consumer")
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--ninja", default="ninja")
    parser.add_argument("--cxx", default="", help="C++ compiler for the consumer")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--measure", type=int, default=0, metavar="N")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="dfyc-cmake-")
    env = dict(os.environ)
    # A verification cache of its own, so that the test neither reads nor fills the user's.
    env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
    env.pop("MAKEFLAGS", None)
    try:
        prefix = os.path.join(tmp, "prefix")
        run([args.cmake, "--install", args.build_dir, "--prefix", prefix], env)
        for path in ["bin/dfyc", "include/dfy/runtime.h", "lib/cmake/dfyc/dfycConfig.cmake",
                     "lib/cmake/dfyc/dfycConfigVersion.cmake",
                     "lib/cmake/dfyc/dfycFunctions.cmake", "lib/cmake/dfyc/dfycTargets.cmake"]:
            if not os.path.exists(os.path.join(prefix, path)):
                raise Failure(f"cmake --install did not write {path}")
        print("ok: cmake --install")
        check_installed_run(args, env, tmp, prefix)

        src, build = consume(args, env, tmp, os.path.join(prefix, "lib", "cmake", "dfyc"),
                             "installed")
        check_rebuilds(args, env, src, build)
        # From dfyc's build tree, without installing.
        consume(args, env, tmp, args.build_dir, "build-tree")
        if args.measure:
            measure(args, env, src, build, args.measure)
    except Failure as e:
        print(f"FAIL: {e}")
        print(f"(files kept in {tmp})")
        return 1
    if args.keep:
        print(f"files kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
