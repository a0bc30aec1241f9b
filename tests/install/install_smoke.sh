#!/usr/bin/env bash
# The install, as a user gets it: `cmake --install` into a staging folder, then the installed
# proclab run from another folder (it must find its engine and data relative to itself, not in
# the build tree), then `cpack -G DEB` and the package's dependencies. Usage: install_smoke.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
unset PROCLAB_ENGINE PROCLAB_DATA_DIR

cmake --install "$build" --prefix "$stage/usr" >/dev/null
for f in usr/bin/proclab usr/bin/proclab-gui usr/lib/proclab/proclab-engine usr/share/applications/proclab.desktop \
         usr/share/icons/hicolor/scalable/apps/proclab.svg \
         usr/share/proclab/snippets/counter_race.raw.py \
         usr/share/proclab/translations/proclab_zh_CN.qm; do
    [ -e "$stage/$f" ] || { echo "install_smoke: $f was not installed"; exit 1; }
done

# Run the installed binary from an unrelated folder, with the build tree out of reach.
out=$(cd / && env -i PATH=/usr/bin:/bin HOME="$stage" "$stage/usr/bin/proclab" run counter-race \
      --variant get-lock --set iterations=200)
[[ $out == *"Counter value: 800"* ]] || { echo "install_smoke: unexpected output:"; echo "$out"; exit 1; }
echo "installed proclab, run from /: $(echo "$out" | grep 'Counter value')"
# The front end loads no Qt for list, and finds the installed proclab-gui for the rest.
qt=$(cd / && env -i PATH=/usr/bin:/bin HOME="$stage" LD_DEBUG=libs "$stage/usr/bin/proclab" list \
     2>&1 >/dev/null | grep -c Qt6 || true)
[ "$qt" = 0 ] || { echo "install_smoke: proclab list loaded $qt Qt libraries"; exit 1; }
version=$(cd / && env -i PATH=/usr/bin:/bin HOME="$stage" "$stage/usr/bin/proclab" --version)
[ "$version" = "proclab 0.1.0" ] || { echo "install_smoke: proclab --version: $version"; exit 1; }

# The Debian package: dpkg-shlibdeps fills in the runtime libraries.
(cd "$build" && cpack -G DEB -B "$stage/pkg" >/dev/null)
deb=$(ls "$stage"/pkg/proclab_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package $(basename "$deb"): Depends: $depends"
for lib in libqt6widgets6 libqcustomplot python3; do
    [[ $depends == *"$lib"* ]] || { echo "install_smoke: the package does not depend on $lib"; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
[[ $contents == *"./usr/lib/proclab/proclab-engine"* ]] || { echo "install_smoke: no engine in the package"; exit 1; }
echo "install_smoke: ok"
