#!/usr/bin/env python3
"""Records a stdlib test's expectations from Dafny itself (not from dfyc).

  stdlib/tests/record.py tests/files/stdlib/strings.dfy ...

Runs `dafny <RUN line's command> --standard-libraries true` (Dafny 4.11, with Dafny's own standard
library) on a copy of the file in a temporary folder (dafny run leaves its C# build there) and
rewrites the file's CHECK lines from its stdout and exit code,
in the format of tests/runner/file_test.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "runner"))
import file_test  # noqa: E402


def record(path):
    code, run, _, _ = file_test.parse(path)
    name = os.path.basename(path)
    args = [a for a in run if a not in ("--standard-libraries", "true")]
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(path, os.path.join(folder, name))
        proc = subprocess.run(["dafny"] + args + ["--standard-libraries", "true", name],
                              cwd=folder, capture_output=True, text=True)
    lines = proc.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = code + ["", f"// CHECK-EXIT: {proc.returncode}"]
    body += [("// CHECK: " + l) if l else "// CHECK:" for l in lines]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        record(p)
