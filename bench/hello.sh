#!/usr/bin/env bash
# Times dfyc (and Dafny, when installed) on the first example, as whole processes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dfyc="$root/build/driver/dfyc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/examples/hello/hello.dfy" "$work/"
cd "$work"
dafny="$(command -v dafny || echo "$HOME/.dotnet/tools/dafny")"
for cmd in verify run; do
  "$dfyc" "$cmd" hello.dfy > /dev/null  # warm-up (and C++ compile cache)
  /usr/bin/time -f "dfyc $cmd: %e s wall, %M KiB" "$dfyc" "$cmd" hello.dfy > /dev/null
  if [ -x "$dafny" ]; then
    "$dafny" "$cmd" hello.dfy > /dev/null 2>&1 || true
    /usr/bin/time -f "dafny $cmd: %e s wall, %M KiB" "$dafny" "$cmd" hello.dfy > /dev/null
  fi
done
