#!/usr/bin/env python3
"""Verifies standard-library modules with dfyc, as programs of their own.

  verify_module.py --dfyc DFYC --module Arithmetic/Logarithm.dfy --verified 50
      `dfyc verify --filter-position Std/<module>` of Std/Std.dfy, the files the module
      imports (directly or not) and the module's file: the module's own declarations are
      verified, those it imports are read (each imported module has its own test); passes
      when dfyc exits with 0 and reports exactly "N verified, 0 errors". CTest runs it for
      each line of verified_modules.txt.
  verify_module.py --dfyc DFYC --report [FILE ...]
      For each module file (default: every file under Std/): dfyc's summary line, the tasks of
      the module itself (verified with --filter-position, when they all verify), its
      `lemma` declarations and dfyc's "cannot verify" gates. The figures of stdlib/README.md.

A module's imports are found as the driver finds them (driver/stdlib.cpp): `import X` inside
Std.A.B names the first of Std.A.B.X, Std.A.X, Std.X that some file declares.
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys

STD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Std")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def scan():
    """{file: (declared modules, import targets)} for every file under Std/."""
    files = {}
    for path in sorted(glob.glob(os.path.join(STD, "**", "*.dfy"), recursive=True)):
        rel = os.path.relpath(path, STD)
        with open(path, encoding="utf-8") as f:
            text = strip_comments(f.read())
        modules = re.findall(r"\bmodule\s+([\w.]+)", text)
        imports = []
        for m in re.finditer(r"\bimport\s+(?:opened\s+)?([\w.]+)(?:\s*[=:]\s*([\w.]+))?", text):
            imports.append(m.group(2) or m.group(1))
        # A refinement base is a dependency as an import is (the driver reads it so too).
        imports += re.findall(r"\brefines\s+([\w.]+)", text)
        files[rel] = (modules, imports)
    return files


def dependencies(files, module_file):
    """The files module_file imports, directly or not, each after the files it imports."""
    declared = {}
    for rel, (modules, _) in files.items():
        for m in modules:
            declared.setdefault(m, rel)

    def file_of(home, target):
        scope = home
        while True:
            candidate = f"{scope}.{target}"
            for m, rel in declared.items():
                if m == candidate or m.startswith(candidate + "."):
                    return rel
            if "." not in scope:
                return None
            scope = scope.rsplit(".", 1)[0]

    order, state = [], {}

    def visit(rel):
        if state.get(rel):
            return
        state[rel] = 1
        modules, imports = files[rel]
        home = next((m for m in modules if m.startswith("Std.")), "Std")
        for target in imports:
            dep = file_of(home, target)
            if dep and dep != rel and dep != "Std.dfy":
                visit(dep)
        order.append(rel)

    visit(module_file)
    return order[:-1]


def verify(dfyc, rels, only=None):
    # (--reads-clauses-on-methods: the library is written with it, as Dafny's is built.)
    # only: verify the declarations of that file alone (Dafny's --filter-position); the files it
    # imports are read for their declarations, and verified by their own tests.
    only_args = ["--filter-position", f"Std/{only}"] if only else []
    proc = subprocess.run([dfyc, "verify", "--no-cache", "--show-snippets", "false",
                           "--reads-clauses-on-methods"] + only_args + ["Std.dfy"] +
                          rels, cwd=STD, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    return proc.returncode, proc.stdout


def summary(output):
    m = re.search(r"finished with (\d+) verified, (\d+) errors?", output)
    return (int(m.group(1)), int(m.group(2))) if m else None


def check(args):
    files = scan()
    rels = dependencies(files, args.module) + [args.module]
    code, out = verify(args.dfyc, rels, only=args.module)
    expected = f"{args.verified} verified, 0 errors"
    if code != 0 or f"finished with {expected}\n" not in out:
        print(f"FAIL: dfyc verify --filter-position Std/{args.module} {' '.join(rels)} "
              f"(in stdlib/Std) exited with {code}, "
              f"expected 0 and \"{expected}\":\n{out}")
        return 1
    print(f"ok: {args.module} ({' '.join(rels[:-1]) or 'no imports'}): {expected}")
    return 0


def report(args):
    files = scan()
    wanted = args.files or [f for f in files if f != "Std.dfy"]
    print(f"{'module file':36} {'dfyc says':34} {'own':>4} {'lemmas':>6}  gates")
    for rel in wanted:
        deps = dependencies(files, rel)
        code, out = verify(args.dfyc, deps + [rel])
        line = next((l for l in out.splitlines()
                     if "verifier finished" in l or "errors detected" in l), out.strip()[-60:])
        line = line.replace("Dafny program verifier finished with ", "")
        own = ""
        mine = summary(verify(args.dfyc, deps + [rel], only=rel)[1])
        if mine and mine[1] == 0:
            own = str(mine[0])
        with open(os.path.join(STD, rel), encoding="utf-8") as f:
            lemmas = len(re.findall(r"^\s*lemma\b", strip_comments(f.read()), flags=re.M))
        gates = collections.Counter()
        for g in re.findall(r"^(\S+?)\(\d+,\d+\): Error: (dfyc cannot verify .*)$", out, re.M):
            gates[g] += 1
        print(f"{rel:36} {line:34} {own:>4} {lemmas:>6}")
        for (where, what), n in sorted(gates.items()):
            print(f"    {n} x {where}: {what}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dfyc", required=True)
    parser.add_argument("--module", help="a file under stdlib/Std, e.g. Arithmetic/Mul.dfy")
    parser.add_argument("--verified", type=int, help="the expected verified count")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.report:
        return report(args)
    if not args.module or args.verified is None:
        parser.error("--module and --verified, or --report")
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
