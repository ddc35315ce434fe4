#!/usr/bin/env python3
"""The framing example end to end (CTest `examples/framing`): build examples/framing against
dfyc's build tree with CMake and Ninja, seal and open files of several lengths, check that each
kind of tampering is rejected with exit code 1 and no plaintext, and that touching a file that
framing.dfy includes makes Ninja translate framing.dfy again (dfyc's depfile).

Usage: test_framing.py --build-dir B [--cmake cmake] [--ninja ninja] [--cxx c++] [--keep]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HEADER = 1 + 16 + 4 + 16      # version, message id, frame length, header tag
FRAME_PREFIX = 4 + 1 + 4      # sequence number, final flag, content length
TAG = 16
STATUS = re.compile(r"^\[\d+/\d+\] (.*)$")


class Failure(Exception):
    pass


def run(cmd, env, ok=True, **kw):
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if ok and proc.returncode != 0:
        raise Failure(f"{' '.join(cmd)} exited with {proc.returncode}:\n"
                      f"{proc.stdout.decode(errors='replace')}{proc.stderr.decode(errors='replace')}")
    return proc


def frames(message):
    """The byte ranges [start, end) of the frames of a sealed message."""
    out, pos = [], HEADER
    while pos < len(message):
        length = int.from_bytes(message[pos + 5:pos + 9], "big")
        end = pos + FRAME_PREFIX + length + TAG
        out.append((pos, end))
        pos = end
    if pos != len(message):
        raise Failure("the sealed message does not split into frames")
    return out


class Cli:
    def __init__(self, exe, tmp, env):
        self.exe, self.tmp, self.env = exe, tmp, env
        self.count = 0

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, data):
        self.count += 1
        p = self.path(f"in{self.count}")
        with open(p, "wb") as f:
            f.write(data)
        return p

    def seal(self, key, plaintext, frame_length):
        src = self.write(plaintext)
        dst = src + ".sealed"
        run([self.exe, "seal", key, src, dst, str(frame_length)], self.env)
        with open(dst, "rb") as f:
            return f.read()

    def open(self, key, message):
        """(exit code, plaintext written to a file or None, what went to stdout, stderr)."""
        src = self.write(message)
        dst = src + ".opened"
        proc = run([self.exe, "open", key, src, dst], self.env, ok=False)
        data = None
        if os.path.exists(dst):
            with open(dst, "rb") as f:
                data = f.read()
        # Once more to standard output: nothing may reach it on failure.
        to_stdout = run([self.exe, "open", key, src, "-"], self.env, ok=False)
        if to_stdout.returncode != proc.returncode:
            raise Failure("open to a file and to stdout disagree")
        return proc.returncode, data, to_stdout.stdout, proc.stderr.decode(errors="replace")


def check_round_trips(cli, key):
    cases = [(0, 4096), (1, 4096), (4095, 4096), (4096, 4096), (4097, 4096),
             (100_000, 4096), (1000, 7), (3, 1)]
    for length, frame_length in cases:
        plaintext = os.urandom(length)
        sealed = cli.seal(key, plaintext, frame_length)
        expected_frames = max(1, -(-length // frame_length))
        if len(frames(sealed)) != expected_frames:
            raise Failure(f"{length} bytes in frames of {frame_length}: "
                          f"{len(frames(sealed))} frames, expected {expected_frames}")
        code, data, out, err = cli.open(key, sealed)
        if code != 0 or data != plaintext or out != plaintext:
            raise Failure(f"{length} bytes in frames of {frame_length} did not round-trip "
                          f"(exit {code}): {err}")
    print(f"ok: {len(cases)} round trips")


def check_tampering(cli, key, other_key):
    plaintext = os.urandom(5000)
    message = cli.seal(key, plaintext, 1000)       # 5 frames: 1000 bytes each, the last final
    other = cli.seal(key, os.urandom(5000), 1000)  # another message under the same key
    fs, ofs = frames(message), frames(other)
    if len(fs) != 5:
        raise Failure(f"expected 5 frames, got {len(fs)}")

    def flip(data, index):
        data = bytearray(data)
        data[index] ^= 0x01
        return bytes(data)

    def frame(i, m=message, spans=fs):
        return m[spans[i][0]:spans[i][1]]

    head, body = message[:HEADER], message[HEADER:]
    cases = {
        "a ciphertext byte flipped": flip(message, fs[2][0] + FRAME_PREFIX + 10),
        "a tag byte flipped": flip(message, fs[1][1] - 1),
        "a sequence number changed": flip(message, fs[3][0] + 3),
        "the final flag set early": flip(message, fs[1][0] + 4),
        "the final flag cleared": flip(message, fs[4][0] + 4),
        "a message id byte flipped": flip(message, 5),
        "the frame length changed": flip(message, 20),
        "the version changed": flip(message, 0),
        "a header tag byte flipped": flip(message, HEADER - 1),
        "truncated: the final frame dropped": message[:fs[4][0]],
        "truncated: inside a frame": message[:fs[2][0] + 100],
        "truncated: inside the header": message[:HEADER - 5],
        "truncated: only the header": head,
        "empty input": b"",
        "reordered: frames 2 and 3 swapped":
            head + frame(0) + frame(2) + frame(1) + frame(3) + frame(4),
        "reordered: the final frame first":
            head + frame(4) + frame(0) + frame(1) + frame(2) + frame(3),
        "replayed: frame 2 of another message":
            head + frame(0) + frame(1, other, ofs) + frame(2) + frame(3) + frame(4),
        "replayed: another message's final frame":
            head + frame(0) + frame(1) + frame(2) + frame(3) + frame(4, other, ofs),
        "replayed: a frame twice": head + frame(0) + frame(0) + body[fs[1][0] - HEADER:],
        "extended: a frame after the final frame": message + frame(4, other, ofs),
        "another message's header": other[:HEADER] + body,
    }
    for what, data in cases.items():
        code, out_file, out, err = cli.open(key, data)
        if code != 1 or out_file is not None or out != b"" or "cannot open" not in err:
            raise Failure(f"{what}: exit {code}, wrote {'a file' if out_file is not None else 'no file'}, "
                          f"{len(out)} bytes to stdout; stderr: {err}")
        print(f"ok: rejected, {what}: {err.strip().split(': ', 2)[-1]}")
    code, out_file, out, err = cli.open(other_key, message)
    if code != 1 or out_file is not None or out != b"":
        raise Failure(f"the wrong key: exit {code}; stderr: {err}")
    print(f"ok: rejected, the wrong key: {err.strip().split(': ', 2)[-1]}")


def check_include_tracking(args, env, src, build):
    """Touching an included .dfy redoes the verification and translation of the file including
    it, and, since the C++ does not change, nothing else."""
    for included in ["bytes.dfy", "format.dfy"]:
        time.sleep(0.01)
        os.utime(os.path.join(src, "dfy", included), None)
        out = run([args.ninja, "-C", build, "-j1"], env).stdout.decode()
        steps = [m.group(1) for line in out.splitlines() if (m := STATUS.match(line))]
        if steps != ["Verifying dfy/framing.dfy (dfyc)",
                     "Translating dfy/framing.dfy to C++ (dfyc)"]:
            raise Failure(f"touch dfy/{included}: Ninja ran {steps}")
        out = run([args.ninja, "-C", build, "-n"], env).stdout.decode()
        if "no work to do" not in out:
            raise Failure(f"after touching dfy/{included}, Ninja still has work:\n{out}")
    print("ok: touching an included file re-verifies and re-translates framing.dfy only")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", required=True, help="dfyc's CMake build directory")
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--ninja", default="ninja")
    parser.add_argument("--cxx", default="")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="dfyc-framing-")
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = os.path.join(tmp, "cache")
    env.pop("MAKEFLAGS", None)
    try:
        src = os.path.join(tmp, "src")
        build = os.path.join(tmp, "build")
        here = os.path.dirname(os.path.abspath(__file__))
        shutil.copytree(here, src, ignore=shutil.ignore_patterns("build*", "__pycache__"))
        configure = [args.cmake, "-S", src, "-B", build, "-G", "Ninja",
                     f"-DCMAKE_MAKE_PROGRAM={args.ninja}", f"-Ddfyc_DIR={args.build_dir}",
                     "-DCMAKE_BUILD_TYPE=Release"]
        if args.cxx:
            configure.append(f"-DCMAKE_CXX_COMPILER={args.cxx}")
        run(configure, env)
        run([args.ninja, "-C", build, "-j1"], env)
        print("ok: the framing example builds (-Wall -Wextra -Werror)")
        cli = Cli(os.path.join(build, "framing"), tmp, env)
        key, other_key = cli.path("key"), cli.path("other_key")
        run([cli.exe, "keygen", key], env)
        run([cli.exe, "keygen", other_key], env)
        check_round_trips(cli, key)
        check_tampering(cli, key, other_key)
        check_include_tracking(args, env, src, build)
    except Failure as e:
        print(f"FAIL: {e}\n(files kept in {tmp})")
        return 1
    if args.keep:
        print(f"files kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
