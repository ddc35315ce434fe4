#!/usr/bin/env python3
"""Mutation fuzzer for dfyc's lexer, parser and resolver.

Takes corpus files, derives inputs by truncating them, deleting, duplicating, swapping or
inserting tokens, flipping bytes, inserting deep nesting (10,000 parentheses, brackets, blocks,
`if`s, unary minus, ...) and huge literals, and runs `dfyc resolve` on each with a time limit.
Use an ASan/UBSan build: the whole project (cmake -DDFYC_SANITIZE=ON), or, much quicker to
build, the frontend alone (tools/fuzz/frontend: a `dfyc resolve` that links only frontend/ and
common/; `cmake -S tools/fuzz/frontend -B build-fuzz -G Ninja && ninja -C build-fuzz`, then
--dfyc build-fuzz/dfyc_frontend). Reported:

  crash      killed by a signal
  sanitizer  AddressSanitizer / UndefinedBehaviorSanitizer / LeakSanitizer output on stderr
  hang       still running after --timeout seconds, or (with --cpu-limit) killed for using
             more than --timeout seconds of CPU time: on a loaded machine, or at `nice -n 19`,
             wall time says little, and --cpu-limit gives the process --wall-limit seconds
  exit       an exit code other than 0, 2 or 4 (Dafny's: ok, parse/resolution, verification)
  roundtrip  with --roundtrip: an input that parses but does not survive print -> parse -> print
             (tools/roundtrip)

Input i is derived from (--seed, i) alone, so a run is reproducible whatever --jobs is, and
`--only i` regenerates one input. Failing inputs are saved under --out with dfyc's stderr.

  fuzz.py --dfyc build-asan/driver/dfyc --count 20000 --jobs 2 ../shared/corpora/dafnybench
"""
import argparse
import collections
import concurrent.futures
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile

TOKEN_RE = re.compile(
    r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)\'|[A-Za-z_][A-Za-z0-9_\'?]*|'
    r'0x[0-9A-Fa-f_]+|[0-9][0-9_]*(?:\.[0-9]+)?|<==>|==>|<==|:=|:-|:\||::|==|!=|<=|>=|&&|\|\||'
    r'!!|->|~>|\.\.\.|\.\.|=>|<<|>>|\s+|.', re.S)

VOCABULARY = [
    "(", ")", "{", "}", "[", "]", ",", ";", ".", "..", ":", "::", ":=", ":|", ":-", "|", "||",
    "&&", "!", "==", "!=", "<", ">", "<=", ">=", "==>", "<==>", "=>", "+", "-", "*", "/", "%",
    "#", "`", "@", "<-", "...", "{:", "var", "if", "then", "else", "while", "match", "case",
    "forall", "exists", "method", "function", "predicate", "lemma", "class", "datatype",
    "module", "import", "returns", "requires", "ensures", "decreases", "invariant", "reads",
    "modifies", "assert", "assume", "calc", "new", "old", "fresh", "set", "seq", "map",
    "multiset", "iset", "imap", "int", "nat", "bool", "string", "array", "ghost", "static",
    "const", "type", "newtype", "witness", "by", "label", "break", "return", "yield", "iterator",
    "x", "0", "1", "\"s\"", "'c'", "true", "null", "this", "as", "is", "in", "!in",
]

# Deep nesting: (prefix, middle, suffix) repeated `depth` times around a core.
NESTINGS = [
    ("(", "x", ")"),
    ("[", "x", "]"),
    ("{", "", "}"),
    ("{ ", "x := 1;", " }"),
    ("if x { ", "", " }"),
    ("if x then ", "1", " else 0"),
    ("-", "x", ""),
    ("!", "x", ""),
    ("|", "x", "|"),
    ("f(", "x", ")"),
    ("x.", "y", ""),
    ("a[", "0", "]"),
    ("forall i :: ", "true", ""),
    ("var y := 1; ", "y", ""),
    ("assert true; ", "1", ""),
    ("match x case _ => ", "1", ""),
    ("seq<", "int", ">"),
    ("(", "int", ") -> int"),
    ("{", "1", "}"),
    ("map[", "1 := 2", "]"),
    ("while true { ", "", " }"),
    ("x => ", "x", ""),
    ("1 + ", "1", ""),
    ("a ==> ", "b", ""),
    ("old(", "x", ")"),
    ("new int[", "1", "]"),
    ("module M { ", "", " }"),
    ("calc { ", "1;", " }"),
]

DEPTHS = [50, 399, 401, 1000, 10000]


def tokenize(text):
    return TOKEN_RE.findall(text)


def nesting(rng):
    pre, core, post = rng.choice(NESTINGS)
    depth = rng.choice(DEPTHS)
    return pre * depth + core + post * depth


def huge_literal(rng):
    """A huge literal or identifier, or a display of many elements (flat, not nested: each
    element's type is unified with the next one's, which once took quadratic time)."""
    kind = rng.randrange(8)
    n = rng.choice([1000, 100000])
    if kind == 0:
        return "1" * n
    if kind == 1:
        return "0x" + "F" * n
    if kind == 2:
        return '"' + "a" * n + '"'
    if kind == 3:
        return "x" * n
    if kind == 4:
        return "[" + ", ".join(["1"] * n) + "]"
    if kind == 5:
        return "{" + ", ".join(str(i) for i in range(n)) + "}"
    if kind == 6:
        return "map[" + ", ".join("%d := 1.5" % i for i in range(n)) + "]"
    return "1." + "5" * n


def mutate(text, rng):
    """One mutation of `text`, and its name."""
    toks = tokenize(text)
    real = [i for i, t in enumerate(toks) if not t.isspace()]
    kind = rng.choice(["truncate", "delete", "duplicate", "swap", "flip", "insert", "nest",
                       "nest", "literal", "delete-range"])
    if not real:
        kind = "nest"
    if kind == "truncate":
        return text[:rng.randrange(len(text) + 1)], kind
    if kind == "flip":
        data = bytearray(text.encode("utf-8", errors="replace"))
        for _ in range(rng.randint(1, 4)):
            if not data:
                break
            i = rng.randrange(len(data))
            data[i] = rng.randrange(256) if rng.random() < 0.5 else data[i] ^ (1 << rng.randrange(8))
        return data.decode("utf-8", errors="surrogateescape"), kind
    if kind == "delete":
        for _ in range(rng.randint(1, 3)):
            real = [i for i, t in enumerate(toks) if not t.isspace()]
            if not real:
                break
            toks[rng.choice(real)] = ""
    elif kind == "delete-range":
        i = rng.choice(real)
        j = min(len(toks), i + rng.randint(2, 40))
        del toks[i:j]
    elif kind == "duplicate":
        i = rng.choice(real)
        toks.insert(i, toks[i] + " ")
    elif kind == "swap":
        i, j = rng.choice(real), rng.choice(real)
        toks[i], toks[j] = toks[j], toks[i]
    elif kind == "insert":
        i = rng.randrange(len(toks) + 1)
        toks.insert(i, " " + rng.choice(VOCABULARY) + " ")
    elif kind == "nest":
        i = rng.randrange(len(toks) + 1)
        toks.insert(i, " " + nesting(rng) + " ")
    elif kind == "literal":
        i = rng.randrange(len(toks) + 1)
        toks.insert(i, " " + huge_literal(rng) + " ")
    return "".join(toks), kind


def make_input(files, seed, i):
    rng = random.Random(seed * 1000003 + i)
    path = rng.choice(files)
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    kinds = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        text, kind = mutate(text, rng)
        kinds.append(kind)
    return text, os.path.basename(path), "+".join(kinds)


SANITIZER_MARKS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer",
                   "UndefinedBehaviorSanitizer", "AddressSanitizer:")


def run_one(dfyc, text, workdir, i, timeout, extra, wall_limit=None):
    path = os.path.join(workdir, f"fuzz_{i}.dfy")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    preexec = None
    if wall_limit:
        # The kernel sends SIGXCPU after `timeout` seconds of CPU time.
        cpu = max(1, int(timeout + 0.999))
        preexec = lambda: resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        proc = subprocess.run([dfyc, "resolve", "--show-snippets", "false"] + extra + [path],
                              capture_output=True, timeout=wall_limit or timeout, env=env,
                              preexec_fn=preexec)
    except subprocess.TimeoutExpired:
        os.unlink(path)
        return "hang", None, ""
    os.unlink(path)
    if wall_limit and proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return "hang", proc.returncode, "CPU time limit"
    err = proc.stderr.decode("utf-8", errors="replace")
    if any(m in err for m in SANITIZER_MARKS):
        return "sanitizer", proc.returncode, err
    if proc.returncode < 0:
        return "crash", proc.returncode, err
    if proc.returncode not in (0, 2, 4):
        return "exit", proc.returncode, err + proc.stdout.decode("utf-8", errors="replace")
    return "ok", proc.returncode, ""


def roundtrip_check(dfyc, text, workdir, i):
    """tools/roundtrip's check on one input; returns None when it passes or does not parse."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "roundtrip"))
    import roundtrip
    folder = os.path.join(workdir, f"rt_{i}")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "input.dfy")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
    printed = os.path.join(folder, "printed")
    os.makedirs(printed, exist_ok=True)
    try:
        status, detail = roundtrip.check(dfyc, path, printed)
    except subprocess.TimeoutExpired:
        status, detail = "fail", "timed out"
    return detail if status == "fail" else None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dfyc", required=True)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0,
                    help="first input number (run a seed's inputs in chunks: --start 5000 "
                         "--count 5000 is inputs 5000..9999)")
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--cpu-limit", action="store_true",
                    help="limit CPU time (not wall time) to --timeout seconds, with "
                         "--wall-limit seconds of wall time")
    ap.add_argument("--wall-limit", type=float, default=120.0)
    ap.add_argument("--out", default="fuzz-findings", help="folder for failing inputs")
    ap.add_argument("--only", type=int, help="run input number ONLY alone (and save it)")
    ap.add_argument("--parse-only", action="store_true", help="stop dfyc after parsing")
    ap.add_argument("--roundtrip", action="store_true",
                    help="also check the printer's round trip on every input that parses")
    ap.add_argument("corpus", nargs="+", help=".dfy files or folders")
    args = ap.parse_args()

    files = []
    for p in args.corpus:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".dfy"))
        else:
            files.append(p)
    extra = ["--parse-only"] if args.parse_only else []
    indices = ([args.only] if args.only is not None
               else list(range(args.start, args.start + args.count)))
    outcomes = collections.Counter()
    exit_codes = collections.Counter()
    by_kind = collections.Counter()
    findings = []
    os.makedirs(args.out, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="fuzz.") as tmp:
        def work(i):
            text, origin, kinds = make_input(files, args.seed, i)
            outcome, code, err = run_one(args.dfyc, text, tmp, i, args.timeout, extra,
                                         args.wall_limit if args.cpu_limit else None)
            if outcome == "ok" and args.roundtrip:
                detail = roundtrip_check(args.dfyc, text, tmp, i)
                if detail:
                    outcome, err = "roundtrip", detail
            return i, origin, kinds, text, outcome, code, err

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            done = 0
            for i, origin, kinds, text, outcome, code, err in pool.map(work, indices):
                done += 1
                outcomes[outcome] += 1
                if code is not None:
                    exit_codes[code] += 1
                if outcome != "ok" or args.only is not None:
                    by_kind[(outcome, kinds)] += 1 if outcome != "ok" else 0
                    base = os.path.join(args.out, f"{outcome}_{args.seed}_{i}")
                    with open(base + ".dfy", "w", encoding="utf-8",
                              errors="surrogateescape") as f:
                        f.write(text)
                    with open(base + ".txt", "w", encoding="utf-8") as f:
                        f.write(f"input {i} (seed {args.seed}) from {origin} by {kinds}: "
                                f"{outcome}, exit {code}\n{err}")
                    if outcome != "ok":
                        findings.append(f"{outcome:9} input {i} from {origin} by {kinds} "
                                        f"(exit {code}): {base}.dfy")
                if done % 1000 == 0:
                    print(f"... {done} inputs, {dict(outcomes)}", file=sys.stderr, flush=True)

    for line in findings:
        print(line)
    first = f", inputs {indices[0]}..{indices[-1]}" if indices else ""
    print(f"{len(indices)} inputs (seed {args.seed}{first}): "
          f"{outcomes['crash']} crashes, {outcomes['hang']} hangs, "
          f"{outcomes['sanitizer']} sanitizer reports, {outcomes['exit']} other exit codes, "
          f"{outcomes['roundtrip']} round-trip failures; "
          f"exit codes {dict(sorted(exit_codes.items()))}")
    return 1 if len(findings) else 0


if __name__ == "__main__":
    sys.exit(main())
