#!/usr/bin/env bash
# Install the Debian packages AgentDesk's tests and GUI need, only when missing.
#
#   scripts/install-system-deps.sh          everything (PostgreSQL for the tests + GUI libs)
#   scripts/install-system-deps.sh --gui    only what the Qt GUI needs (make demo)
#   scripts/install-system-deps.sh --check  report what is missing, install nothing
#
# Idempotent and fast when everything is present: one dpkg-query, no apt-get update.
set -euo pipefail

GUI_PACKAGES=(
    xvfb xauth
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
)
TEST_PACKAGES=(postgresql)

mode=all
case "${1:-}" in
    "") ;;
    --gui) mode=gui ;;
    --check) mode=check ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--gui|--check]" >&2; exit 2 ;;
esac

wanted=("${GUI_PACKAGES[@]}")
if [[ $mode != gui ]]; then
    wanted+=("${TEST_PACKAGES[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian/Ubuntu system (no dpkg-query)." >&2
    echo "Install the equivalents of: ${wanted[*]}" >&2
    exit 1
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ $status != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

# postgresql is a metapackage; the tests need the server binaries themselves.
if [[ $mode != gui ]] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    [[ " ${missing[*]} " == *" postgresql "* ]] || missing+=(postgresql)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $mode == check ]]; then
    echo "missing system packages: ${missing[*]}"
    exit 1
fi

echo "install-system-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-system-deps: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
