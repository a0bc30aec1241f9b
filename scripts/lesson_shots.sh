#!/usr/bin/env bash
# Runs every lesson of lessons/ (or $1) to its reveal in English and Chinese on real runs and
# saves a 1024x700 picture of each reveal in /tmp/proclab-lesson-shots (or $2), to look at.
# Needs a built tree (bash scripts/build.sh dev).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(realpath "${1:-lessons}")"
out="${2:-/tmp/proclab-lesson-shots}"
mkdir -p "$out"
PROCLAB_LESSON_SHOTS_ROOT="$root" PROCLAB_UI_SHOTS="$out" PROCLAB_ENGINE="$PWD/build/bin/proclab-engine" \
    PROCLAB_LESSON_FIXTURES="$PWD/tests/fixtures/lessons" QT_QPA_PLATFORM=offscreen \
    build/tests/tst_lesson_dock everyLessonRunsToItsReveal
echo "reveals saved in $out"
