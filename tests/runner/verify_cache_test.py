#!/usr/bin/env python3
"""The verification cache (verifier/verifier.cpp) answers only for what it proved, and never
for a program that changed: each step runs dfyc verify with one cache folder and checks the
exit code and the summary line (and, where a hit must happen, that the cache was used).

  - a proved program is proved again from the cache, with the same output;
  - an edit that breaks one method is reported, and the untouched method stays verified;
  - an edit in an included file that breaks a lemma of the including file is reported
    (the lemma's own text did not change);
  - a failing program fails on every run: failures are never remembered;
  - another --random-seed is another key;
  - a rebuilt dfyc (another binary) does not trust the declaration entries of the old one.

Usage: verify_cache_test.py --dfyc DFYC
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

TWO_METHODS = """
method Double(x: int) returns (y: int)
  ensures y == 2 * x
{{
  y := x + x;
}}

method Inc(x: int) returns (y: int)
  ensures y == x + {inc}
{{
  y := x + 1;
}}
"""

LIBRARY = """
function Square(x: int): int {{ x * {factor} }}
"""

USER = """
include "lib.dfy"

lemma SquareOfThree()
  ensures Square(3) == 9
{
}
"""

FAILING = """
method Bad(x: int) returns (y: int)
  ensures y > x
{
  y := x;
}
"""


class Checker:
    def __init__(self, dfyc, folder, cache):
        self.dfyc, self.folder, self.cache = dfyc, folder, cache
        self.problems = []

    def write(self, name, text):
        with open(os.path.join(self.folder, name), "w") as f:
            f.write(text)

    def entries(self):
        count = 0
        for _, _, files in os.walk(self.cache):
            count += len(files)
        return count

    def verify(self, step, name, exit_code, summary, extra=()):
        proc = subprocess.run([self.dfyc, "verify", "--cache", self.cache, *extra, name],
                              cwd=self.folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
        if proc.returncode != exit_code or last != summary:
            self.problems.append(f"{step}: exit {proc.returncode}, last line {last!r}; expected "
                                 f"exit {exit_code} and {summary!r}\n{proc.stdout}")
        return proc.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dfyc", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dfyc-cache-test-") as tmp:
        cache = os.path.join(tmp, "cache")
        c = Checker(os.path.abspath(args.dfyc), tmp, cache)
        ok = "Dafny program verifier finished with 2 verified, 0 errors"

        c.write("two.dfy", TWO_METHODS.format(inc=1))
        first = c.verify("first run", "two.dfy", 0, ok)
        filled = c.entries()
        if filled == 0:
            c.problems.append("a proved program left nothing in the cache")
        second = c.verify("second run", "two.dfy", 0, ok)
        if second != first:
            c.problems.append(f"the cached run printed\n{second}\ninstead of\n{first}")
        if c.entries() != filled:
            c.problems.append("a run over an unchanged program added cache entries")

        c.write("two.dfy", TWO_METHODS.format(inc=2))
        c.verify("edited method", "two.dfy", 4,
                 "Dafny program verifier finished with 1 verified, 1 error")

        c.write("lib.dfy", LIBRARY.format(factor="x"))
        c.write("user.dfy", USER)
        c.verify("included file", "user.dfy", 0,
                 "Dafny program verifier finished with 1 verified, 0 errors")
        c.write("lib.dfy", LIBRARY.format(factor="2"))
        c.verify("edited included file", "user.dfy", 4,
                 "Dafny program verifier finished with 0 verified, 1 error")

        c.write("bad.dfy", FAILING)
        for run in ("first", "second"):
            c.verify(f"failing program, {run} run", "bad.dfy", 4,
                     "Dafny program verifier finished with 0 verified, 1 error")

        before = c.entries()
        c.verify("another seed", "two.dfy", 4,
                 "Dafny program verifier finished with 1 verified, 1 error",
                 extra=("--random-seed", "7"))
        if c.entries() == before:
            c.problems.append("another --random-seed reused the entries of seed 0")

        # A copy of the binary, then the same copy "rebuilt" (a new modification time).
        binary = os.path.join(tmp, "dfyc-copy")
        shutil.copy2(c.dfyc, binary)
        c.dfyc = binary
        c.write("two.dfy", TWO_METHODS.format(inc=1))
        c.verify("copied binary", "two.dfy", 0, ok)
        before = c.entries()
        c.verify("copied binary, again", "two.dfy", 0, ok)
        if c.entries() != before:
            c.problems.append("the same binary did not reuse its own entries")
        stat = os.stat(binary)
        os.utime(binary, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        c.verify("rebuilt binary", "two.dfy", 0, ok)
        if c.entries() == before:
            c.problems.append("a rebuilt binary reused the declaration entries of the old one")

    if c.problems:
        print("FAIL:\n" + "\n".join(c.problems))
        return 1
    print("ok: the cache answers for unchanged programs only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
