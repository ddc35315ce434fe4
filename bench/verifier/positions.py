#!/usr/bin/env python3
"""How many of the errors Dafny reports on our negative tests dfyc reports the same way.

The negative programs are the committed tests/files/verify/*.dfy whose expected exit code is 4
(`// CHECK-EXIT: 4`) and the programs listed in tests/files/verify/MISMATCHES.md (extracted to a
temporary folder; one already committed under the same name is counted once). Each is verified
by both tools with the arguments of its RUN line (plus `--show-snippets false`), and the errors
(primary `Error:` diagnostics with a position) are compared as multisets:

  same position   - Dafny's errors that dfyc also reports at the same line and column;
  same message    - ... with the same message as well (the figure of issue 4's goal);
  same related    - ... and with the same related locations and related messages.

Dafny's outputs are cached (keyed by the program's text and arguments) in --cache, so a second
run costs dfyc's time only. A report, not a test: it exits 0 whatever the tools say.
Standard library only; the output parser is tools/compare/compare.py's.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "compare"))
import compare  # noqa: E402  (tools/compare/compare.py)

VERIFY_DIR = ROOT / "tests" / "files" / "verify"
MISMATCHES = VERIFY_DIR / "MISMATCHES.md"


def extract_mismatches(dest: Path) -> list[Path]:
    """Writes each program of MISMATCHES.md (its numbered lines, numbers stripped) to dest."""
    programs: list[Path] = []
    name = None
    lines: list[str] | None = None
    for raw in MISMATCHES.read_text().splitlines():
        if m := re.match(r"^### (\S+\.dfy)", raw):
            name, lines = m[1], None
        elif raw == "```dafny" and name:
            lines = []
        elif raw == "```" and lines is not None and name:
            path = dest / name
            path.write_text("\n".join(lines) + "\n")
            programs.append(path)
            name, lines = None, None
        elif lines is not None:
            lines.append(re.sub(r"^\s*\d+(?: |$)", "", raw, count=1))
    return programs


def negative_programs(tmp: Path) -> list[Path]:
    committed = [p for p in sorted(VERIFY_DIR.glob("*.dfy"))
                 if re.search(r"^// CHECK-EXIT: 4$", p.read_text(), re.MULTILINE)]
    names = {p.name for p in committed}
    extra = [p for p in extract_mismatches(tmp) if p.name not in names]
    return committed + extra


def run_args(program: Path) -> list[str]:
    first = program.read_text().splitlines()[0] if program.read_text() else ""
    m = re.match(r"^// RUN: (.*)$", first)
    args = shlex.split(m[1]) if m else ["verify"]
    if "--show-snippets" not in args:
        args += ["--show-snippets", "false"]
    return args


def run(tool: Path, args: list[str], program: Path, timeout: float) -> list[compare.Diagnostic]:
    try:
        proc = subprocess.run([str(tool), *args, program.name], cwd=program.parent,
                              capture_output=True, text=True, timeout=timeout)
        out = proc.stdout + proc.stderr
    except subprocess.TimeoutExpired:
        out = ""
    return [d for d in compare.parse_diagnostics(out.splitlines())
            if d.severity == "Error" and d.line is not None]


def dafny_errors(dafny: Path, args: list[str], program: Path, cache: Path,
                 timeout: float) -> list[compare.Diagnostic]:
    # (The expectations of a file test do not change what Dafny says: not part of the key.)
    text = "\n".join(line for line in program.read_text().splitlines()
                     if not line.startswith("// CHECK"))
    key = hashlib.sha256((" ".join(args) + "\0" + text).encode()).hexdigest()
    cached = cache / f"{key}.txt"
    if not cached.exists():
        proc = subprocess.run([str(dafny), *args, program.name], cwd=program.parent,
                              capture_output=True, text=True, timeout=timeout)
        cached.write_text(proc.stdout + proc.stderr)
    return [d for d in compare.parse_diagnostics(cached.read_text().splitlines())
            if d.severity == "Error" and d.line is not None]


def matched(reference: list, candidate: list, key) -> int:
    """How many of reference's items candidate also has (as multisets under key)."""
    want = collections.Counter(key(d) for d in reference)
    have = collections.Counter(key(d) for d in candidate)
    return sum(min(n, have[k]) for k, n in want.items())


def related_key(d: compare.Diagnostic) -> tuple:
    return (d.line, d.col, d.message,
            tuple((r.kind, r.message, r.line, r.col) for r in d.related))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dfyc", default=str(ROOT / "build" / "driver" / "dfyc"))
    parser.add_argument("--dafny", default=str(Path.home() / ".dotnet" / "tools" / "dafny"))
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "dfyc-positions"),
                        help="folder for Dafny's cached outputs")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the programs on which some Dafny error is not matched")
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    totals = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        programs = negative_programs(Path(tmp))
        for program in programs:
            argv = run_args(program)
            try:
                ref = dafny_errors(Path(args.dafny), argv, program, cache, args.timeout)
                got = run(Path(args.dfyc), argv, program, args.timeout)
            except subprocess.TimeoutExpired as e:
                # (Reported and left out of the figures, not cached: a busy machine's verdict.)
                print(f"{program.name}: {Path(e.cmd[0]).name} did not finish within "
                      f"{args.timeout:.0f} s; left out")
                totals["timed out"] += 1
                continue
            counts = {
                "dafny": len(ref),
                "position": matched(ref, got, lambda d: (d.line, d.col)),
                "message": matched(ref, got, lambda d: (d.line, d.col, d.message)),
                "related": matched(ref, got, related_key),
            }
            totals.update(counts)
            totals["programs"] += 1
            if args.verbose and counts["message"] < counts["dafny"]:
                print(f"{program.name}: {counts['message']} of {counts['dafny']}")
    n = totals["dafny"]

    def share(k: str) -> str:
        return f"{totals[k]} of {n} ({100.0 * totals[k] / n:.1f}%)" if n else "-"

    print(f"negative programs: {totals['programs']}, errors Dafny reports: {n}"
          + (f" ({totals['timed out']} left out, timed out)" if totals["timed out"] else ""))
    print(f"dfyc at the same line and column:              {share('position')}")
    print(f"  ... with the same message:                   {share('message')}")
    print(f"  ... and the same related locations/messages: {share('related')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
