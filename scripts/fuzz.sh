#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan: they are part of the "asan"
# preset, build dir build-asan, so CI compiles the engine with clang once for both) and runs each
# for SECONDS (default 45), or PROCLAB_FUZZ_RUNS inputs (below), from its seed corpus in tests/fuzz/corpus/TARGET/. New inputs go to
# build-asan/fuzz-corpus/TARGET/ (the seeds stay as they are); a crash fails the script and is
# kept in build-asan/fuzz-crashes/TARGET/ -- once fixed, copy it into the seed corpus as a
# regression input.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-45}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(native_trace chrome_trace event_stream set_parser lesson_file)

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# PROCLAB_FUZZ_RUNS=N (CI): N inputs from a fixed seed and a fresh corpus instead of a time
# budget, so CI repeats exactly the exploration that was run before submitting: a red CI then
# means a changed program, not a lucky draw. Without it, the time budget explores afresh.
budget=(-max_total_time="$seconds")
[[ -n "${PROCLAB_FUZZ_RUNS:-}" ]] && budget=(-runs="$PROCLAB_FUZZ_RUNS" -seed=1)

failed=0
for t in "${targets[@]}"; do
    corpus="build-asan/fuzz-corpus/$t"
    [[ -n "${PROCLAB_FUZZ_RUNS:-}" ]] && corpus=$(mktemp -d)
    mkdir -p "$corpus" "build-asan/fuzz-crashes/$t"
    log="build-asan/fuzz/fuzz_$t.log"
    # -rss_limit_mb: a loader that allocates what a header claims must refuse, not grow.
    if build-asan/fuzz/"fuzz_$t" "${budget[@]}" -rss_limit_mb=2048 -timeout=20 \
        -print_final_stats=1 -artifact_prefix="build-asan/fuzz-crashes/$t/" \
        "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz $t: ${budget[*]}, ${execs:-?} executions, no crash"
    else
        failed=1
        echo "fuzz $t: FAILED, see $log and build-asan/fuzz-crashes/$t/" >&2
        grep -m5 -E "ERROR|runtime error|SUMMARY" "$log" >&2 || true
    fi
done
exit $failed
