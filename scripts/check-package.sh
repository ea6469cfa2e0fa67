#!/usr/bin/env bash
# Builds the Debian package from a configured build folder and checks it the
# way a user's machine would meet it:
#   - the desktop file and AppStream metainfo as installed pass
#     desktop-file-validate and appstreamcli validate;
#   - lintian reports no errors;
#   - apt can satisfy its dependencies on this Debian;
#   - unpacked into a throwaway root, closeloop-cli --version and
#     closeloop --version run and print the version.
# Usage: scripts/check-package.sh [BUILD_DIR]   (default build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
[ -f "$build/CPackConfig.cmake" ] || { echo "error: $build is not a configured build folder (run cmake --preset ci first)" >&2; exit 2; }

work=$(mktemp -d /tmp/closeloop-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "== building the package"
cmake --build "$build" --target closeloop closeloop-cli closeloop-packaging-files >/dev/null
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/closeloop_*.deb)
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Package Version Depends Recommends

echo "== unpacking into a throwaway root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/closeloop usr/bin/closeloop-cli \
         usr/share/applications/dev.closeloop.Closeloop.desktop \
         usr/share/metainfo/dev.closeloop.Closeloop.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/dev.closeloop.Closeloop.svg \
         usr/share/icons/hicolor/48x48/apps/dev.closeloop.Closeloop.png \
         usr/share/icons/hicolor/256x256/apps/dev.closeloop.Closeloop.png \
         usr/share/man/man1/closeloop.1.gz usr/share/man/man1/closeloop-cli.1.gz \
         usr/share/closeloop/templates/reports/coe.md.mustache \
         usr/share/doc/closeloop/copyright; do
    [ -e "$root/$f" ] || { echo "error: the package has no /$f" >&2; exit 1; }
done
want=$(sed -n 's/^project(Closeloop VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
got=$("$root/usr/bin/closeloop-cli" --version)
echo "closeloop-cli --version: $got"
[[ "$got" == *"$want"* ]] || { echo "error: closeloop-cli --version printed \"$got\", expected $want" >&2; exit 1; }
got=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/closeloop" --version)
echo "closeloop --version: $got"
[[ "$got" == *"$want"* ]] || { echo "error: closeloop --version printed \"$got\", expected $want" >&2; exit 1; }

echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/dev.closeloop.Closeloop.desktop"
echo "ok"
echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/dev.closeloop.Closeloop.metainfo.xml"

echo "== dependencies"
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; echo "error: apt cannot satisfy the package's dependencies" >&2; exit 1; }
echo "apt can install it"

echo "== lintian"
# Errors fail the check; warnings are printed for the record.
lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || true
if grep -q '^E:' "$work/lintian.log"; then
    echo "error: lintian reports errors" >&2
    exit 1
fi
echo "no lintian errors"
