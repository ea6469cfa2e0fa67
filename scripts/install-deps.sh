#!/usr/bin/env bash
# Installs the Debian 12 packages Closeloop needs to build, run and test.
# Only what is missing is installed, so a second run costs a second.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    librsvg2-bin desktop-file-utils appstream lintian fakeroot dpkg-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev qtkeychain-qt6-dev
    libgl-dev sqlite3 libsqlite3-dev
    clang libclang-rt-14-dev
    postgresql-15 postgresql-client-15
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
