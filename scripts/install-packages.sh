#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are not installed yet.
# Runs `apt-get update` at most once, and only when something is missing.
set -euo pipefail
missing=()
for pkg in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if [ -z "${WORKLOG_APT_UPDATED:-}" ]; then $SUDO apt-get update -qq; fi
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
