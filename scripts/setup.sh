#!/usr/bin/env bash
# Installs what ProcLab needs to build, test and run, from Debian's packages: only what is
# missing, so a second run is quick. Needs root or sudo for apt-get.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache # the toolchain (ccache: quick rebuilds)
  clang-format dpkg-dev                              # the format check; dpkg-shlibdeps for the package
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev         # Qt 6: Widgets, Svg, PrintSupport, Test
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools    # LinguistTools (translations)
  qt6-qpa-plugins libgl-dev                           # offscreen/xcb platforms, GL headers Qt needs
  qt6-translations-l10n                               # Qt's own dialogs in Chinese
  libqcustomplot-dev                                  # the plots (CMake package QCustomPlotQt6)
  nlohmann-json3-dev libcli11-dev                     # JSON and the runner's command line
  libtomlplusplus-dev                                 # lesson headers (TOML)
  xvfb xauth fonts-noto-cjk                           # a display for screenshots, Chinese text
  python3                                             # `proclab trace` runs students' scripts
  xdotool imagemagick                                 # scripts/screenshots.sh: size, keys, grab
  clang libclang-rt-14-dev                            # the sanitizer build and libFuzzer
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "proclab setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
