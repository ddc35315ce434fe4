#!/usr/bin/env python3
"""File-test runner: each .dfy carries its command and expectations in comments.

  // RUN: verify --show-snippets false     dfyc arguments; the file name is appended, or
                                          replaces %s (`run %s impl.h impl.cpp`: the C++
                                          files of the {:extern}s, beside the test)
  // CHECK-EXIT: 4                         the expected exit code
  // CHECK: <text>                         the expected stdout, one comment per line, in order

The command runs in the file's folder, so diagnostics name the file by its base name.
A `%t` in the RUN line is a fresh temporary folder: after the command, each HTML file dfyc
wrote there (an execution coverage report, `--coverage-report %t`) is summarised after its
stdout, as `== <file>` and then each index row's cells or each marked span of a page, so the
CHECK lines assert on the report's content.
`--autoupdate` rewrites the CHECK lines (always at the end of the file, so the program's line
numbers never move) from what dfyc printed: use it on purpose and review the diff.
"""
import argparse
import html
import os
import re
import subprocess
import sys
import tempfile

CHECK_PREFIXES = ("// CHECK:", "// CHECK-EXIT:")


def parse(path):
    """Returns (code lines without CHECK comments, RUN args, expected stdout, expected exit)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    code, run, out, exit_code = [], None, [], None
    for line in lines:
        if line.startswith("// RUN:"):
            run = line[len("// RUN:"):].split()
        if line.startswith("// CHECK-EXIT:"):
            exit_code = int(line[len("// CHECK-EXIT:"):].strip())
        elif line.startswith("// CHECK:"):
            text = line[len("// CHECK:"):]
            out.append(text[1:] if text.startswith(" ") else text)
        else:
            code.append(line)
    while code and code[-1] == "":
        code.pop()
    return code, run, out, exit_code


def summarise_report(folder):
    """The content of the HTML files under `folder`, one line per index row or marked span."""
    lines = []
    pages = []
    for root, _, names in os.walk(folder):
        pages += [os.path.join(root, n) for n in names if n.endswith(".html")]
    for page in sorted(pages):
        with open(page, encoding="utf-8") as f:
            text = f.read()
        lines.append("== " + os.path.relpath(page, folder))
        if "<table" in text:
            for row in re.findall(r"<tr>(.*?)</tr>", text, re.S):
                cells = [html.unescape(re.sub(r"<[^>]*>", "", c)).strip()
                         for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                lines.append(" | ".join(cells))
            continue
        source = text[text.find("<pre"):]
        for cls, pos, body in re.findall(r'<span class="([a-z]+)" id="([0-9:]+)">([^<]*)', source):
            first = html.unescape(body).split("\n")[0].strip()
            if first:
                lines.append(f"{pos} {cls} {first}")
    return lines


def run_dfyc(dfyc, path, args, timeout):
    """Runs dfyc on `path` and returns (stdout lines, exit code)."""
    folder, name = os.path.split(os.path.abspath(path))
    args = [name if a == "%s" else a for a in args] if "%s" in args else args + [name]
    with tempfile.TemporaryDirectory() as temp:
        args = [temp if a == "%t" else a for a in args]
        proc = subprocess.run([dfyc] + args, cwd=folder, capture_output=True, timeout=timeout)
        text = proc.stdout.decode("utf-8", errors="replace")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        lines += summarise_report(temp)
    return lines, proc.returncode


def check(dfyc, path, autoupdate, timeout):
    code, run, expected, expected_exit = parse(path)
    if run is None:
        return f"{path}: no // RUN: line"
    try:
        actual, exit_code = run_dfyc(dfyc, path, run, timeout)
    except subprocess.TimeoutExpired:
        return f"{path}: dfyc did not finish within {timeout} s"
    if autoupdate:
        body = code + [""] + [f"// CHECK-EXIT: {exit_code}"]
        body += [("// CHECK: " + l) if l else "// CHECK:" for l in actual]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(body) + "\n")
        return None
    problems = []
    if expected_exit is None:
        problems.append("no // CHECK-EXIT: line (run with --autoupdate)")
    elif exit_code != expected_exit:
        problems.append(f"exit code {exit_code}, expected {expected_exit}")
    if actual != expected:
        import difflib
        diff = difflib.unified_diff(expected, actual, "expected", "actual", lineterm="")
        problems.append("stdout differs:\n" + "\n".join(diff))
    if problems:
        return f"{path}: " + "\n".join(problems)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help=".dfy files or folders")
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--autoupdate", action="store_true")
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args()
    args.dfyc = os.path.abspath(args.dfyc)
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(".dfy")]
        else:
            files.append(p)
    failures = [f for f in (check(args.dfyc, p, args.autoupdate, args.timeout)
                            for p in sorted(files)) if f]
    for f in failures:
        print(f)
    print(f"{len(files) - len(failures)} of {len(files)} file tests passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
