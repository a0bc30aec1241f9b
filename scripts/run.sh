#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens ProcLab. With no
# display it runs a demo headless instead and exports a screenshot of the window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh dev
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/proclab "$@"
fi
out="${PROCLAB_SCREENSHOT:-$PWD/proclab-counter-race.png}"
echo "No display: running counter-race headless and exporting the window to $out"
build/bin/proclab run counter-race --variant raw --set iterations=20000 --export "$out" --view window
echo "Screenshot written: $out"
