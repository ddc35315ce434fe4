#!/usr/bin/env bash
# Installs the Debian packages dfyc needs, only those missing (idempotent, fast when all are
# present). Run as root.
set -euo pipefail
packages=(g++ cmake ninja-build python3 libz3-dev libfmt-dev doctest-dev libgmp-dev
          libcli11-dev nlohmann-json3-dev libssl-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
