#!/usr/bin/env python3
"""Compare dfyc with the reference Dafny on a set of .dfy files.

For every input file both tools are run in the same mode (``verify``, ``run``
or ``resolve``); their exit codes, wall times, diagnostics and (in run mode)
program output are recorded and compared, and a report of the disagreements
plus a final summary is printed.  See tools/compare/README.md for usage and
for the meaning of each reported figure.

The harness is a report, not a test: it exits with 0 whatever the tools do,
and with a non-zero code only when it cannot do its own job (bad arguments,
no input files, neither tool available, an internal error).

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import dataclasses
import difflib
import json
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

REFERENCE = "dafny"
CANDIDATE = "dfyc"
TOOLS = (REFERENCE, CANDIDATE)
MODES = ("verify", "run", "resolve")

VERDICTS = {0: "ok", 1: "cmdline", 2: "parse/resolve", 3: "compile", 4: "verification"}
VERDICT_TIMEOUT = "timeout"
VERDICT_NOT_RUN = "not-run"

DEFAULT_TIMEOUT = 120.0
OUTPUT_DIFF_MAX_LINES = 20
KILL_GRACE_SECONDS = 10.0

# `path(LINE,COL): Error: message` (also Warning / Info).
_DIAGNOSTIC_RE = re.compile(
    r"^(?P<path>.+?)\((?P<line>\d+),(?P<col>\d+)\): "
    r"(?P<severity>Error|Warning|Info):[ ]?(?P<message>.*)$")
# `path(LINE,COL): Related location` or `...: Related location: message`.
_RELATED_LOCATION_RE = re.compile(
    r"^(?P<path>.+?)\((?P<line>\d+),(?P<col>\d+)\): "
    r"Related location(?:: (?P<message>.*))?$")
# A diagnostic without a position, e.g. `CLI: Error: file x.dfy not found`.
_UNLOCATED_RE = re.compile(
    r"^(?:(?P<origin>[A-Za-z][\w ]{0,30}): )?(?P<severity>Error|Warning): (?P<message>.*)$")
# Source snippet lines: `  |`, `12 |   code`, `   |   ^^^`.
_SNIPPET_RE = re.compile(r"^\s*\d*\s*\|")
_VERIFIER_SUMMARY_RE = re.compile(
    r"^Dafny program verifier (?:finished with (?P<verified>\d+) verified, "
    r"(?P<errors>\d+) errors?(?P<rest>.*?)|did not attempt verification)\s*$")
_COUNT_SUMMARY_RE = re.compile(
    r"^(?P<count>\d+) (?P<kind>parse|resolution/type) errors? detected in (?P<file>.+?)\s*$")
_RELATED_MESSAGE_PREFIX = "Related message:"
_INCLUDE_RE = re.compile(r'^\s*include\s+"', re.MULTILINE)


# ---------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------

@dataclasses.dataclass
class Related:
    """A related location or related message attached to a primary diagnostic."""

    kind: str  # "location" or "message"
    message: str
    file: str | None = None
    line: int | None = None
    col: int | None = None


@dataclasses.dataclass
class Diagnostic:
    """A primary diagnostic: position, severity, first message line, attachments."""

    file: str | None  # base name of the reported path; None when unlocated
    line: int | None
    col: int | None
    severity: str  # "Error", "Warning" or "Info"
    message: str
    details: list[str] = dataclasses.field(default_factory=list)
    related: list[Related] = dataclasses.field(default_factory=list)

    def position(self) -> tuple[str | None, int | None, int | None]:
        """Return the (file, line, col) key used to match diagnostics."""
        return (self.file, self.line, self.col)


@dataclasses.dataclass
class ParsedOutput:
    """What was understood from a tool's output."""

    diagnostics: list[Diagnostic]
    summary: dict[str, Any] | None
    program_output: str | None  # run mode: stdout after the verifier summary


@dataclasses.dataclass
class RunResult:
    """One execution of one tool on one file."""

    tool: str
    argv: list[str]
    exit_code: int | None
    timed_out: bool
    launch_error: str | None
    wall_time: float
    stdout: str
    stderr: str

    @property
    def completed(self) -> bool:
        """True when the tool ran to completion (no timeout, no launch failure)."""
        return not self.timed_out and self.launch_error is None

    @property
    def verdict(self) -> str:
        """The verdict derived from the exit code (or timeout / launch failure)."""
        if self.launch_error is not None:
            return VERDICT_NOT_RUN
        if self.timed_out:
            return VERDICT_TIMEOUT
        assert self.exit_code is not None
        if self.exit_code < 0:
            return f"signal {-self.exit_code}"
        return VERDICTS.get(self.exit_code, f"exit {self.exit_code}")


@dataclasses.dataclass
class DiagnosticComparison:
    """Comparison of the diagnostics of one severity between the two tools."""

    severity: str
    reference_count: int
    candidate_count: int
    reference_located: int  # reference diagnostics that have a position
    matched: int  # same position and same message
    covered: int  # located reference diagnostics with a candidate one at the same position
    missing: list[Diagnostic]  # reported by Dafny only
    extra: list[Diagnostic]  # reported by dfyc only
    message_differs: list[tuple[Diagnostic, Diagnostic]]  # (dafny, dfyc), same position

    @property
    def agrees(self) -> bool:
        """True when both tools report the same positions with the same messages."""
        return not (self.missing or self.extra or self.message_differs)


@dataclasses.dataclass
class FileComparison:
    """All comparisons made for one file."""

    verdict_agrees: bool
    exit_code_agrees: bool
    errors: DiagnosticComparison
    warnings: DiagnosticComparison
    output_agrees: bool | None  # None outside run mode
    output_diff: list[str]
    summary_agrees: bool
    time_ratio: float | None  # dfyc / dafny

    @property
    def agrees(self) -> bool:
        """True when nothing that is compared differs."""
        return (self.verdict_agrees and self.exit_code_agrees and self.errors.agrees
                and self.warnings.agrees and self.output_agrees is not False)


@dataclasses.dataclass
class FileRecord:
    """Everything recorded for one input file."""

    path: Path
    display: str
    runs: dict[str, RunResult]
    parsed: dict[str, ParsedOutput]
    comparison: FileComparison | None


@dataclasses.dataclass(frozen=True)
class Config:
    """The harness configuration, derived from the command line."""

    mode: str
    timeout: float
    jobs: int
    extra_args: tuple[str, ...]
    tools: dict[str, Path]  # only the tools that were found
    missing_tools: dict[str, str]  # tool -> where it was looked for
    in_place: bool


# ---------------------------------------------------------------------------
# Locating tools and inputs
# ---------------------------------------------------------------------------

def repo_root() -> Path:
    """Return the repository root, found from this script's location."""
    return Path(__file__).resolve().parent.parent.parent


def resolve_executable(spec: str) -> Path | None:
    """Resolve a command name or path to an executable file, or None."""
    found = shutil.which(os.path.expanduser(spec))
    return Path(found).absolute() if found else None


def locate_dafny(explicit: str | None) -> tuple[Path | None, str]:
    """Find the reference Dafny; return (path or None, description of where we looked)."""
    if explicit:
        return resolve_executable(explicit), explicit
    on_path = resolve_executable("dafny")
    if on_path:
        return on_path, "PATH"
    fallback = Path.home() / ".dotnet" / "tools" / "dafny"
    return resolve_executable(str(fallback)), f"PATH and {fallback}"


def locate_dfyc(explicit: str | None) -> tuple[Path | None, str]:
    """Find dfyc; return (path or None, description of where we looked)."""
    spec = explicit or str(repo_root() / "build" / "driver" / "dfyc")
    return resolve_executable(spec), spec


def collect_inputs(paths: Sequence[str]) -> list[tuple[Path, str]]:
    """Expand files and folders (recursively, *.dfy) into (path, display name) pairs.

    Raises FileNotFoundError for a path that does not exist.
    """
    seen: set[Path] = set()
    inputs: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.dfy") if p.is_file())
            members = [(p, str(p.relative_to(path))) for p in found]
        elif path.is_file():
            members = [(path, raw)]
        else:
            raise FileNotFoundError(raw)
        for member, display in members:
            key = member.resolve()
            if key not in seen:
                seen.add(key)
                inputs.append((member.absolute(), display))
    return inputs


# ---------------------------------------------------------------------------
# Running the tools
# ---------------------------------------------------------------------------

def _kill_process_group(proc: subprocess.Popen) -> None:
    """Kill the process group led by proc (started with start_new_session=True)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class ProcessTracker:
    """Thread-safe registry of the running tool processes, killed on interrupt.

    The tools run in their own sessions (so that a timeout can kill a whole
    process tree), which means they do not see the terminal's Ctrl-C.
    """

    def __init__(self) -> None:
        """Start with no processes, not closed."""
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen] = set()
        self._closed = False

    def add(self, proc: subprocess.Popen) -> None:
        """Register a started process; kill it at once if the tracker is closed."""
        with self._lock:
            if not self._closed:
                self._running.add(proc)
                return
        _kill_process_group(proc)

    def discard(self, proc: subprocess.Popen) -> None:
        """Forget a finished process."""
        with self._lock:
            self._running.discard(proc)

    def kill_all(self) -> None:
        """Kill every registered process group, and any registered later."""
        with self._lock:
            self._closed = True
            running = list(self._running)
        for proc in running:
            _kill_process_group(proc)


def run_command(tool: str, argv: list[str], timeout: float, cwd: Path,
                tracker: ProcessTracker) -> RunResult:
    """Run argv in cwd with a timeout; the whole process group is killed on timeout."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        return RunResult(tool, argv, None, False, str(exc), 0.0, "", "")
    tracker.add(proc)
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_process_group(proc)
        try:
            out, err = proc.communicate(timeout=KILL_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = b"", b""
    except BaseException:
        _kill_process_group(proc)
        raise
    finally:
        tracker.discard(proc)
    elapsed = time.monotonic() - start
    return RunResult(tool=tool, argv=argv, exit_code=None if timed_out else proc.returncode,
                     timed_out=timed_out, launch_error=None, wall_time=elapsed,
                     stdout=out.decode("utf-8", errors="replace"),
                     stderr=err.decode("utf-8", errors="replace"))


def has_include(source: Path) -> bool:
    """True when the file has an `include "..."` directive."""
    try:
        text = source.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return _INCLUDE_RE.search(text) is not None


def run_tool(tool: str, executable: Path, source: Path, config: Config,
             tracker: ProcessTracker) -> RunResult:
    """Run one tool on one file in a private scratch directory.

    The scratch directory is the working directory.  In run mode the file is
    passed through a symlink inside it, because `dafny run` writes its build
    artefacts next to the source file; files with `include` directives (whose
    relative paths must resolve) and --in-place runs use the original path.
    Mentions of the scratch directory in the output are replaced by the
    file's real directory, so that both tools' outputs stay comparable.
    """
    with tempfile.TemporaryDirectory(prefix=f"compare-{tool}-") as scratch:
        scratch_dir = Path(scratch)
        target = source
        if config.mode == "run" and not config.in_place and not has_include(source):
            target = scratch_dir / source.name
            target.symlink_to(source)
        argv = [str(executable), config.mode, *config.extra_args, str(target)]
        run = run_command(tool, argv, config.timeout, scratch_dir, tracker)
    if target != source:
        real_dir, scratch_name = str(source.parent), str(scratch_dir)
        run.stdout = run.stdout.replace(scratch_name, real_dir)
        run.stderr = run.stderr.replace(scratch_name, real_dir)
    return run


# ---------------------------------------------------------------------------
# Parsing the output format
# ---------------------------------------------------------------------------

def parse_diagnostics(lines: Iterable[str]) -> list[Diagnostic]:
    """Parse Dafny-format diagnostics; snippets are skipped, related info attached."""
    diagnostics: list[Diagnostic] = []
    current: Diagnostic | None = None
    for raw in lines:
        line = raw.rstrip("\r\n")
        if match := _RELATED_LOCATION_RE.match(line):
            if current is not None:
                current.related.append(Related(
                    "location", match["message"] or "", Path(match["path"]).name,
                    int(match["line"]), int(match["col"])))
            continue
        if match := _DIAGNOSTIC_RE.match(line):
            current = Diagnostic(Path(match["path"]).name, int(match["line"]),
                                 int(match["col"]), match["severity"], match["message"].strip())
            diagnostics.append(current)
            continue
        if match := _UNLOCATED_RE.match(line):
            message = match["message"].strip()
            if match["origin"]:
                message = f"{match['origin']}: {message}"
            current = Diagnostic(None, None, None, match["severity"], message)
            diagnostics.append(current)
            continue
        if not line.strip() or _SNIPPET_RE.match(line):
            continue
        if current is not None and line.startswith(" "):
            text = line.strip()
            if text.startswith(_RELATED_MESSAGE_PREFIX):
                current.related.append(
                    Related("message", text[len(_RELATED_MESSAGE_PREFIX):].strip()))
            else:
                current.details.append(text)
            continue
        if _VERIFIER_SUMMARY_RE.match(line) or _COUNT_SUMMARY_RE.match(line):
            current = None
        # Any other line (e.g. "No Dafny location information, so snippet
        # can't be generated.") is ignored.
    return diagnostics


def parse_summary(lines: Iterable[str]) -> dict[str, Any] | None:
    """Return the first summary line found, as a dict, or None."""
    for raw in lines:
        line = raw.strip()
        if match := _VERIFIER_SUMMARY_RE.match(line):
            if match["verified"] is None:
                return {"kind": "not-attempted", "text": line}
            return {"kind": "verifier", "text": line, "verified": int(match["verified"]),
                    "errors": int(match["errors"]), "rest": match["rest"].strip(", ")}
        if match := _COUNT_SUMMARY_RE.match(line):
            return {"kind": match["kind"], "text": line, "errors": int(match["count"])}
    return None


def parse_output(run: RunResult, mode: str) -> ParsedOutput:
    """Parse a tool's stdout and stderr.

    In run mode the stdout after the verifier summary line is the program's
    output; it is not searched for diagnostics.
    """
    lines = run.stdout.splitlines(keepends=True)
    head, program_output = lines, None
    if mode == "run":
        for index, line in enumerate(lines):
            if _VERIFIER_SUMMARY_RE.match(line.strip()):
                head, program_output = lines[:index + 1], "".join(lines[index + 1:])
                break
    err_lines = run.stderr.splitlines(keepends=True)
    diagnostics = parse_diagnostics(head) + parse_diagnostics(err_lines)
    return ParsedOutput(diagnostics, parse_summary(head), program_output)


# ---------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------

def _position_sort_key(position: tuple[str | None, int | None, int | None]) -> tuple:
    """Sort key for (file, line, col) positions that may contain None."""
    file, line, col = position
    return (file or "", line if line is not None else -1, col if col is not None else -1)


def _group_by_position(diagnostics: Iterable[Diagnostic]) -> dict[tuple, list[Diagnostic]]:
    """Group diagnostics by their (file, line, col) position."""
    groups: dict[tuple, list[Diagnostic]] = collections.defaultdict(list)
    for diagnostic in diagnostics:
        groups[diagnostic.position()].append(diagnostic)
    return groups


def compare_diagnostics(reference: Sequence[Diagnostic], candidate: Sequence[Diagnostic],
                        severity: str) -> DiagnosticComparison:
    """Compare the multisets of diagnostics of one severity, position by position.

    At each position, identical messages are paired first; the remaining
    diagnostics are paired as "message differs", and what is left over is
    missing (Dafny only) or extra (dfyc only).
    """
    ref_groups = _group_by_position(d for d in reference if d.severity == severity)
    cand_groups = _group_by_position(d for d in candidate if d.severity == severity)
    matched = covered = 0
    missing: list[Diagnostic] = []
    extra: list[Diagnostic] = []
    differs: list[tuple[Diagnostic, Diagnostic]] = []
    for position in sorted(set(ref_groups) | set(cand_groups), key=_position_sort_key):
        ref_left = list(ref_groups.get(position, []))
        cand_left = list(cand_groups.get(position, []))
        if position[1] is not None:
            covered += min(len(ref_left), len(cand_left))
        for diagnostic in list(ref_left):
            twin = next((c for c in cand_left if c.message == diagnostic.message), None)
            if twin is not None:
                ref_left.remove(diagnostic)
                cand_left.remove(twin)
                matched += 1
        differs.extend(zip(ref_left, cand_left))
        missing.extend(ref_left[len(cand_left):])
        extra.extend(cand_left[len(ref_left):])
    return DiagnosticComparison(
        severity=severity,
        reference_count=sum(len(g) for g in ref_groups.values()),
        candidate_count=sum(len(g) for g in cand_groups.values()),
        reference_located=sum(len(g) for pos, g in ref_groups.items() if pos[1] is not None),
        matched=matched, covered=covered, missing=missing, extra=extra,
        message_differs=differs)


def diff_outputs(reference: str, candidate: str, max_lines: int = OUTPUT_DIFF_MAX_LINES) -> list[str]:
    """Return a short unified diff (dafny -> dfyc) of two program outputs."""
    diff = list(difflib.unified_diff(reference.splitlines(), candidate.splitlines(),
                                     fromfile=REFERENCE, tofile=CANDIDATE, lineterm="", n=1))
    if len(diff) > max_lines:
        diff = diff[:max_lines] + [f"... ({len(diff) - max_lines} more diff lines)"]
    return diff


def compare_file(runs: dict[str, RunResult], parsed: dict[str, ParsedOutput],
                 mode: str) -> FileComparison:
    """Compare the two tools' results for one file."""
    ref_run, cand_run = runs[REFERENCE], runs[CANDIDATE]
    ref, cand = parsed[REFERENCE], parsed[CANDIDATE]
    output_agrees: bool | None = None
    output_diff: list[str] = []
    if mode == "run":
        ref_out, cand_out = ref.program_output or "", cand.program_output or ""
        output_agrees = ref_out == cand_out
        if not output_agrees:
            output_diff = diff_outputs(ref_out, cand_out)
    ratio = None
    if ref_run.launch_error is None and cand_run.launch_error is None and ref_run.wall_time > 0:
        ratio = cand_run.wall_time / ref_run.wall_time
    ref_summary = ref.summary["text"] if ref.summary else None
    cand_summary = cand.summary["text"] if cand.summary else None
    return FileComparison(
        verdict_agrees=ref_run.verdict == cand_run.verdict,
        exit_code_agrees=ref_run.exit_code == cand_run.exit_code,
        errors=compare_diagnostics(ref.diagnostics, cand.diagnostics, "Error"),
        warnings=compare_diagnostics(ref.diagnostics, cand.diagnostics, "Warning"),
        output_agrees=output_agrees, output_diff=output_diff,
        summary_agrees=ref_summary == cand_summary, time_ratio=ratio)


def process_inputs(inputs: Sequence[tuple[Path, str]], config: Config,
                   progress: Callable[[str], None]) -> list[FileRecord]:
    """Run every available tool on every input file and compare the results."""
    tasks = [(index, tool) for index in range(len(inputs)) for tool in TOOLS
             if tool in config.tools]
    results: dict[tuple[int, str], RunResult] = {}
    tracker = ProcessTracker()
    with concurrent.futures.ThreadPoolExecutor(max_workers=config.jobs) as pool:
        futures = {pool.submit(run_tool, tool, config.tools[tool], inputs[index][0], config,
                               tracker): (index, tool) for index, tool in tasks}
        try:
            for done, future in enumerate(concurrent.futures.as_completed(futures), start=1):
                index, tool = futures[future]
                run = future.result()
                results[index, tool] = run
                progress(f"[{done}/{len(tasks)}] {tool:5} {run.verdict:14} "
                         f"{run.wall_time:7.2f}s  {inputs[index][1]}")
        except BaseException:
            for future in futures:
                future.cancel()
            tracker.kill_all()
            raise
    records = []
    for index, (path, display) in enumerate(inputs):
        runs = {tool: results[index, tool] for tool in TOOLS if (index, tool) in results}
        parsed = {tool: parse_output(run, config.mode) for tool, run in runs.items()}
        comparison = compare_file(runs, parsed, config.mode) if len(runs) == 2 else None
        records.append(FileRecord(path, display, runs, parsed, comparison))
    return records


# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------

def _share(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is 0."""
    return part / whole if whole else None


def summarize(records: Sequence[FileRecord], config: Config) -> dict[str, Any]:
    """Compute the final summary figures (see README for their meaning)."""
    summary: dict[str, Any] = {"files": len(records), "mode": config.mode}
    for tool in config.tools:
        runs = [r.runs[tool] for r in records]
        summary[tool] = {
            "total_time": sum(run.wall_time for run in runs),
            "verdicts": dict(collections.Counter(run.verdict for run in runs)),
            "timeouts": sum(run.timed_out for run in runs),
            "errors": sum(sum(d.severity == "Error" for d in r.parsed[tool].diagnostics)
                          for r in records),
        }
    compared = [r for r in records if r.comparison is not None]
    if not compared:
        return summary
    comparisons = [r.comparison for r in compared]
    position_files = [r for r in compared if r.runs[REFERENCE].completed]
    reference_errors = sum(r.comparison.errors.reference_located for r in position_files)
    covered_errors = sum(r.comparison.errors.covered for r in position_files)
    ratios = [c.time_ratio for c in comparisons if c.time_ratio is not None]
    total_ref = summary[REFERENCE]["total_time"]
    total_cand = summary[CANDIDATE]["total_time"]
    summary.update({
        "files_compared": len(compared),
        "agreeing_verdicts": sum(c.verdict_agrees for c in comparisons),
        "agreeing_exit_codes": sum(c.exit_code_agrees for c in comparisons),
        "agreeing_error_sets": sum(c.errors.agrees for c in comparisons),
        "agreeing_warning_sets": sum(c.warnings.agrees for c in comparisons),
        "fully_agreeing_files": sum(c.agrees for c in comparisons),
        "dafny_errors": reference_errors,
        "dafny_errors_at_same_position": covered_errors,
        "error_position_share": _share(covered_errors, reference_errors),
        "dfyc_errors_missing": sum(len(c.errors.missing) for c in comparisons),
        "dfyc_errors_extra": sum(len(c.errors.extra) for c in comparisons),
        "dfyc_errors_message_differs": sum(len(c.errors.message_differs) for c in comparisons),
        "total_time_ratio": total_cand / total_ref if total_ref > 0 else None,
        "median_time_ratio": statistics.median(ratios) if ratios else None,
        "verdict_pairs": count_verdict_pairs(compared),
    })
    if config.mode == "run":
        summary["output_matches"] = sum(bool(c.output_agrees) for c in comparisons)
    return summary


def count_verdict_pairs(records: Sequence[FileRecord]) -> dict[str, int]:
    """Count the 'dafny verdict -> dfyc verdict' pairs, most frequent first."""
    counts = collections.Counter(
        f"{r.runs[REFERENCE].verdict} -> {r.runs[CANDIDATE].verdict}" for r in records)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# ---------------------------------------------------------------------------
# Text report
# ---------------------------------------------------------------------------

def _format_position(diagnostic: Diagnostic, main_name: str) -> str:
    """Format a diagnostic's position; the file name is shown only if not the input file."""
    if diagnostic.line is None:
        return "(no position)"
    prefix = "" if diagnostic.file == main_name else diagnostic.file or ""
    return f"{prefix}({diagnostic.line},{diagnostic.col})"


def _format_run(run: RunResult) -> str:
    """Short description of a run's verdict and exit code."""
    if run.launch_error is not None:
        return f"not run ({run.launch_error})"
    if run.timed_out:
        return f"timeout after {run.wall_time:.1f}s"
    return f"{run.verdict} (exit {run.exit_code})"


def _format_diagnostic_comparison(comparison: DiagnosticComparison, main_name: str) -> list[str]:
    """Lines describing the differences in one severity's diagnostics."""
    noun = comparison.severity.lower() + "s"
    lines: list[str] = []
    if comparison.missing:
        lines.append(f"  {noun} missing in dfyc ({len(comparison.missing)}):")
        lines += [f"    {_format_position(d, main_name)} {d.message}" for d in comparison.missing]
    if comparison.extra:
        lines.append(f"  {noun} extra in dfyc ({len(comparison.extra)}):")
        lines += [f"    {_format_position(d, main_name)} {d.message}" for d in comparison.extra]
    if comparison.message_differs:
        lines.append(f"  {noun} at the same position with different messages "
                     f"({len(comparison.message_differs)}):")
        for ref, cand in comparison.message_differs:
            lines.append(f"    {_format_position(ref, main_name)}")
            lines.append(f"      dafny: {ref.message}")
            lines.append(f"      dfyc:  {cand.message}")
    return lines


def _format_times(record: FileRecord) -> str:
    """Wall times of both tools and their ratio."""
    parts = [f"{tool} {run.wall_time:.2f}s" for tool, run in record.runs.items()]
    if record.comparison is not None and record.comparison.time_ratio is not None:
        parts.append(f"ratio dfyc/dafny {record.comparison.time_ratio:.2f}")
    return ", ".join(parts)


def format_file_details(record: FileRecord) -> list[str]:
    """Detailed lines for a file on which the tools disagree."""
    comparison = record.comparison
    assert comparison is not None
    main_name = record.path.name
    ref_run, cand_run = record.runs[REFERENCE], record.runs[CANDIDATE]
    lines = [f"== {record.display}"]
    if not comparison.verdict_agrees or not comparison.exit_code_agrees:
        lines.append(f"  verdict: dafny {_format_run(ref_run)}; dfyc {_format_run(cand_run)}")
    lines += _format_diagnostic_comparison(comparison.errors, main_name)
    lines += _format_diagnostic_comparison(comparison.warnings, main_name)
    if not comparison.summary_agrees:
        for tool in TOOLS:
            summary = record.parsed[tool].summary
            lines.append(f"  summary {tool + ':':6} {summary['text'] if summary else '(none)'}")
    if comparison.output_agrees is False:
        lines.append("  program output differs:")
        lines += [f"    {line}" for line in comparison.output_diff]
    lines.append(f"  time: {_format_times(record)}")
    return lines


def _percent(part: int, whole: int) -> str:
    """Format 'part/whole (xx.x%)'."""
    share = _share(part, whole)
    return f"{part}/{whole} " + (f"({100 * share:.1f}%)" if share is not None else "(n/a)")


def _ratio(value: float | None) -> str:
    """Format an optional ratio."""
    return "n/a" if value is None else f"{value:.2f}"


def format_summary(summary: dict[str, Any], config: Config) -> list[str]:
    """The final summary block."""
    rows: list[tuple[str, str]] = []
    if "files_compared" in summary:
        n = summary["files_compared"]
        rows += [
            ("files compared", str(n)),
            ("agreeing verdicts", _percent(summary["agreeing_verdicts"], n)),
            ("agreeing exit codes", _percent(summary["agreeing_exit_codes"], n)),
            ("agreeing error sets", _percent(summary["agreeing_error_sets"], n)),
            ("agreeing warning sets", _percent(summary["agreeing_warning_sets"], n)),
        ]
        if config.mode == "run":
            rows.append(("matching program output", _percent(summary["output_matches"], n)))
        rows += [
            ("files agreeing on everything", _percent(summary["fully_agreeing_files"], n)),
            ("dafny errors at same position in dfyc",
             _percent(summary["dafny_errors_at_same_position"], summary["dafny_errors"])),
            ("errors missing in dfyc", str(summary["dfyc_errors_missing"])),
            ("errors extra in dfyc", str(summary["dfyc_errors_extra"])),
            ("errors with different message", str(summary["dfyc_errors_message_differs"])),
        ]
    else:
        rows.append(("files", str(summary["files"])))
    for tool in config.tools:
        info = summary[tool]
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(info["verdicts"].items()))
        rows.append((f"{tool} verdicts", verdicts))
        rows.append((f"{tool} errors reported", str(info["errors"])))
        rows.append((f"{tool} total time", f"{info['total_time']:.2f}s"))
    if "files_compared" in summary:
        rows += [
            ("total time ratio dfyc/dafny", _ratio(summary["total_time_ratio"])),
            ("median per-file ratio", _ratio(summary["median_time_ratio"])),
        ]
        pairs = summary["verdict_pairs"]
        if any(a != b for a, b in (key.split(" -> ") for key in pairs)):
            rows.append(("verdicts dafny -> dfyc",
                         "; ".join(f"{k}: {v}" for k, v in pairs.items())))
    width = max(len(label) for label, _ in rows) + 2
    return ["Summary"] + [f"  {label + ' ':.<{width}} {value}" for label, value in rows]


def format_single_tool_line(record: FileRecord, tool: str) -> str:
    """One line per file when only one tool is available."""
    run = record.runs[tool]
    diagnostics = record.parsed[tool].diagnostics
    errors = sum(d.severity == "Error" for d in diagnostics)
    warnings = sum(d.severity == "Warning" for d in diagnostics)
    return (f"  {run.verdict:14} {errors:3} errors {warnings:3} warnings "
            f"{run.wall_time:7.2f}s  {record.display}")


def format_report(records: Sequence[FileRecord], summary: dict[str, Any], config: Config,
                  verbose: bool) -> str:
    """The whole human-readable report."""
    lines = [f"compare: mode {config.mode}, {len(records)} file(s), timeout {config.timeout:g}s, "
             f"jobs {config.jobs}, extra args: {shlex.join(config.extra_args) or '(none)'}"]
    for tool in TOOLS:
        if tool in config.tools:
            lines.append(f"  {tool:5}: {config.tools[tool]}")
        else:
            lines.append(f"  {tool:5}: NOT FOUND (looked at {config.missing_tools[tool]}); "
                         f"reporting the other tool's results only")
    lines.append("")
    if len(config.tools) == 2:
        disagreeing = [r for r in records if r.comparison is not None and not r.comparison.agrees]
        for record in records:
            assert record.comparison is not None
            if not record.comparison.agrees:
                lines += format_file_details(record) + [""]
            elif verbose:
                lines.append(f"== {record.display}: agree ({_format_run(record.runs[REFERENCE])}; "
                             f"{_format_times(record)})")
        if verbose and len(disagreeing) < len(records):
            lines.append("")
        if not disagreeing:
            lines += ["No disagreements.", ""]
    else:
        (tool,) = config.tools
        lines += [format_single_tool_line(r, tool) for r in records] + [""]
    lines += format_summary(summary, config)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# JSON report
# ---------------------------------------------------------------------------

def to_jsonable(value: Any) -> Any:
    """Convert dataclasses, paths and tuples into JSON-serialisable values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in ("verdict", "agrees", "completed"):
            if isinstance(getattr(type(value), name, None), property):
                result[name] = getattr(value, name)
        return result
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def write_json(path: Path, records: Sequence[FileRecord], summary: dict[str, Any],
               config: Config) -> None:
    """Write the machine-readable report."""
    document = {
        "config": {
            "mode": config.mode, "timeout": config.timeout, "jobs": config.jobs,
            "extra_args": list(config.extra_args),
            "tools": {tool: str(p) for tool, p in config.tools.items()},
            "missing_tools": config.missing_tools,
        },
        "summary": summary,
        "files": [to_jsonable(record) for record in records],
    }
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def _join_extra_args(argv: Sequence[str]) -> list[str]:
    """Turn `--extra-args VALUE` into `--extra-args=VALUE` so VALUE may start with '-'."""
    result: list[str] = []
    index = 0
    while index < len(argv):
        if argv[index] == "--extra-args" and index + 1 < len(argv):
            result.append(f"--extra-args={argv[index + 1]}")
            index += 2
        else:
            result.append(argv[index])
            index += 1
    return result


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(
        description="Run dfyc and the reference Dafny on .dfy files and report where they "
                    "disagree. Always exits 0 unless the harness itself fails.")
    parser.add_argument("inputs", nargs="+", help=".dfy files and/or folders (searched recursively)")
    parser.add_argument("--mode", choices=MODES, default="verify",
                        help="command given to both tools (default: verify)")
    parser.add_argument("--dfyc", help="dfyc executable (default: <repo>/build/driver/dfyc)")
    parser.add_argument("--dafny", help="reference Dafny (default: dafny on PATH, "
                                        "else ~/.dotnet/tools/dafny)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds per command (default: %(default)g)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="commands run in parallel (default: 1; use 1 for faithful timings)")
    parser.add_argument("--json", metavar="OUT", help="also write a machine-readable report")
    parser.add_argument("--extra-args", action="append", default=[], metavar="ARGS",
                        help="arguments (shell-quoted) passed to both tools, "
                             "e.g. --extra-args --allow-warnings; may be repeated")
    parser.add_argument("--limit", type=int, help="only the first N files (sorted)")
    parser.add_argument("--in-place", action="store_true",
                        help="run mode: pass the original path (build artefacts are then "
                             "written next to the source file)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also list the files on which the tools agree")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def make_config(args: argparse.Namespace) -> Config:
    """Build the Config from parsed arguments, locating the tools."""
    located = {REFERENCE: locate_dafny(args.dafny), CANDIDATE: locate_dfyc(args.dfyc)}
    tools = {tool: path for tool, (path, _) in located.items() if path is not None}
    missing = {tool: where for tool, (path, where) in located.items() if path is None}
    extra = tuple(arg for chunk in args.extra_args for arg in shlex.split(chunk))
    return Config(mode=args.mode, timeout=args.timeout, jobs=args.jobs, extra_args=extra,
                  tools=tools, missing_tools=missing, in_place=args.in_place)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(_join_extra_args(sys.argv[1:] if argv is None else argv))
    if args.jobs < 1 or args.timeout <= 0:
        parser.error("--jobs must be >= 1 and --timeout > 0")
    try:
        inputs = collect_inputs(args.inputs)
    except FileNotFoundError as exc:
        parser.error(f"no such file or folder: {exc}")
    if args.limit is not None:
        inputs = inputs[:max(args.limit, 0)]
    if not inputs:
        parser.error("no .dfy files found")
    config = make_config(args)
    if not config.tools:
        print("compare: neither tool is available (looked at "
              + "; ".join(config.missing_tools.values()) + ")", file=sys.stderr)
        return 2
    for tool, where in config.missing_tools.items():
        print(f"compare: {tool} not found (looked at {where}); "
              f"only the other tool's results are reported", file=sys.stderr)

    def progress(message: str) -> None:
        """Report one finished command on stderr, unless --quiet."""
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    try:
        records = process_inputs(inputs, config, progress)
    except KeyboardInterrupt:
        print("compare: interrupted", file=sys.stderr)
        return 130
    summary = summarize(records, config)
    sys.stdout.write(format_report(records, summary, config, args.verbose))
    if args.json:
        write_json(Path(args.json), records, summary, config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
