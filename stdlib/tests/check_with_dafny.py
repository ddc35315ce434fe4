#!/usr/bin/env python3
"""Checks dfyc's standard library with Dafny itself (needs `dafny` 4.11 on PATH).

  stdlib/tests/check_with_dafny.py [TEST.dfy ...]

1. `dafny verify` of every stdlib/Std file: the proofs hold.
2. Each stdlib test (tests/files/stdlib, stdlib/tests/pending, and the run tests of
   tests/files/run that use --standard-libraries) run by Dafny on these sources instead of
   Dafny's own library: the output must be the one recorded from Dafny's library, so our modules
   behave as Dafny's do. (verify_arithmetic.dfy records dfyc's output; skipped.) The library's
   {:extern}s, which dfyc's runtime defines in C++, are given to Dafny in C#
   (stdlib/tests/actions_externs.cs, stdlib/tests/fileio_concurrent_externs.cs). With TEST
   files, runs those tests only.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "runner"))
import file_test  # noqa: E402


def main():
    std = os.path.join(ROOT, "stdlib", "Std")
    files = [os.path.join(std, "Std.dfy")] + sorted(
        f for f in glob.glob(os.path.join(std, "**", "*.dfy"), recursive=True)
        if os.path.basename(f) != "Std.dfy")
    failures = 0
    proc = subprocess.run(["dafny", "verify"] + files, capture_output=True, text=True)
    print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr)
    if proc.returncode != 0:
        print(proc.stdout)
        failures += 1
    externs = [os.path.join(ROOT, "stdlib", "tests", name)
               for name in ("actions_externs.cs", "fileio_concurrent_externs.cs")]
    inputs = [a for f in files + externs for a in ("--input", f)]
    tests = sorted(glob.glob(os.path.join(ROOT, "tests", "files", "stdlib", "*.dfy")))
    tests += sorted(glob.glob(os.path.join(ROOT, "stdlib", "tests", "pending", "*.dfy")))
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "files", "run", "*.dfy"))):
        with open(path, encoding="utf-8") as f:
            if "--standard-libraries" in f.readline():
                tests.append(path)
    if len(sys.argv) > 1:
        tests = [os.path.abspath(a) for a in sys.argv[1:]]
    for path in tests:
        _, run, expected, expected_exit = file_test.parse(path)
        if run[0] != "run" and run[0] != "resolve":
            continue
        name = os.path.basename(path)
        args = [a for a in run if a not in ("--standard-libraries", "true", "%s")]
        # dfyc's `--args A B` (the program's arguments, last in a RUN line) are positional for
        # Dafny, after the file; `%t` is a fresh folder, as file_test.py makes it.
        program_args = []
        if "--args" in args:
            program_args = args[args.index("--args") + 1:]
            args = args[:args.index("--args")]
        with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as temp:
            shutil.copy(path, os.path.join(folder, name))
            program_args = [temp if a == "%t" else a for a in program_args]
            # `dafny run` takes more files with --input (others are the program's arguments).
            more = inputs if run[0] == "run" else files
            proc = subprocess.run(
                ["dafny"] + args + ["--allow-warnings", name] + program_args + more,
                cwd=folder, capture_output=True, text=True)
        actual = proc.stdout.split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        ok = actual == expected and proc.returncode == expected_exit
        print(f"{'ok  ' if ok else 'FAIL'} {os.path.relpath(path, ROOT)}")
        if not ok:
            failures += 1
            print("\n".join(actual))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
