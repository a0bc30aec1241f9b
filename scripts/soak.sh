#!/usr/bin/env bash
# Soak test: N mixed runs of the real binaries -- every demo and variant, crashing demos,
# time-outs, Stop (SIGTERM to the runner), kill -9 of the CLI and of the runner mid-run --
# and after each one a check that nothing was left behind: no process of the run (alive or
# zombie), no /dev/shm entry, no fd of this script. One summary line at the end.
#
#   scripts/soak.sh [N] [BUILD_DIR]      (N defaults to 100, BUILD_DIR to build)
#
# Processes of the soak are told apart from anyone else's by an environment variable that only
# the commands started here carry (forked and spawned demo processes inherit it).
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
build=${2:-build}
proclab="$build/bin/proclab"
engine="$build/bin/proclab-engine"
[[ -x "$proclab" && -x "$engine" ]] || { echo "soak: build $proclab and $engine first" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
tag="soak-$$-$RANDOM"
log=$(mktemp /tmp/proclab-soak.XXXXXX)

scenarios=(
    "process-basics --variant fork --set sleep_ms=10"
    "process-basics --variant spawn --set sleep_ms=10"
    "process-basics --variant crash --set sleep_ms=10"
    "pool-square --variant map --set n=50"
    "pool-square --variant imap_unordered --set n=50"
    "pool-square --variant apply_async --set n=50"
    "producer-consumer --variant sequential"
    "producer-consumer --variant empty-pitfall"
    "producer-consumer --variant sentinel"
    "producer-consumer --variant bounded"
    "producer-consumer --variant deadlock --set join_timeout_ms=50"
    "counter-race --variant python-default --set iterations=2000"
    "counter-race --variant raw --set iterations=2000"
    "counter-race --variant get-lock --set iterations=2000"
    "counter-race --variant atomic --set iterations=2000"
    "shared-array --variant get-lock --set iterations=50"
    "shared-array --variant no-lock --set iterations=50"
    "memory-isolation --variant fork"
    "memory-isolation --variant spawn"
    "gil-vs-processes --set work_ms=10"
    "TIMEOUT process-basics --set sleep_ms=60000 --timeout 0.2"
    "TIMEOUT producer-consumer --variant deadlock --set join_timeout_ms=60000 --timeout 0.3"
    "KILLCLI process-basics --set sleep_ms=60000"
    "KILLCLI counter-race --set iterations=200000"
    "KILLRUNNER counter-race --set iterations=200000"
    "STOP pool-square --set n=2000 --set task_us=500"
)

# Pids of live or zombie processes carrying the tag.
ours() {
    local f pid
    for f in /proc/[0-9]*/environ; do
        pid=${f#/proc/}; pid=${pid%/environ}
        grep -qs -z -x "PROCLAB_SOAK=$tag" "$f" 2>/dev/null && echo "$pid"
    done
}
shm_count() { find /dev/shm -maxdepth 1 -name '*proclab*' 2>/dev/null | wc -l; }
# This script's fds below 10: bash keeps its own saved copies (of stdin for a background job,
# of a pipe) at 10 and above, which come and go without any leak of ours.
fd_count() { ls /proc/$$/fd | awk '$1 < 10' | wc -l; }
# A random delay of 50-550 ms, for kills and stops at varied moments.
pause() { sleep "0.$(( 5 + RANDOM % 50 ))" 2>/dev/null || sleep 0.3; }

shm0=$(shm_count)
fd0=$(fd_count)
declare -A outcome=()
leaked_procs=0 zombies=0 shm_left=0 fd_left=0 unexpected=0

for ((i = 0; i < runs; i++)); do
    spec=${scenarios[$((i % ${#scenarios[@]}))]}
    mode=RUN
    case $spec in TIMEOUT*|KILLCLI*|KILLRUNNER*|STOP*) mode=${spec%% *}; spec=${spec#* } ;; esac
    # shellcheck disable=SC2086
    case $mode in
    RUN|TIMEOUT)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1
        code=$? ;;
    KILLCLI)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1 &
        cli=$!; pause; kill -9 "$cli" 2>/dev/null; wait "$cli" 2>/dev/null; code=$? ;;
    KILLRUNNER)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1 &
        cli=$!; pause
        runner=$(ps -o pid= --ppid "$cli" | head -n1)
        [[ -n $runner ]] && kill -9 $runner 2>/dev/null
        wait "$cli" 2>/dev/null; code=$? ;;
    STOP)
        env PROCLAB_SOAK="$tag" "$engine" run $spec >/dev/null 2>>"$log" &
        runner=$!; pause; kill -TERM "$runner" 2>/dev/null; wait "$runner" 2>/dev/null; code=$? ;;
    esac
    # What each mode may end with: anything else (e.g. 134, an abort) is a failure.
    case "$mode:$code" in
    RUN:0|RUN:1|TIMEOUT:3|KILLCLI:137|KILLCLI:0|KILLRUNNER:1|KILLRUNNER:0|STOP:4|STOP:0) ;;
    *) unexpected=$((unexpected + 1)); echo "soak: run $i ($mode $spec) exited $code" >&2 ;;
    esac
    outcome[$mode]=$(( ${outcome[$mode]:-0} + 1 ))

    # Leftovers: a killed tree takes milliseconds to go; wait up to 2 s before calling it a leak.
    left=""
    for _ in $(seq 20); do
        left=$(ours); [[ -z $left ]] && break; sleep 0.1
    done
    if [[ -n $left ]]; then
        for pid in $left; do
            state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)
            if [[ $state == Z ]]; then zombies=$((zombies + 1)); else leaked_procs=$((leaked_procs + 1)); fi
            echo "soak: run $i ($mode $spec) left pid $pid (state $state)" >&2
            kill -9 "$pid" 2>/dev/null
        done
    fi
    if (( $(shm_count) > shm0 )); then
        shm_left=$((shm_left + 1)); echo "soak: run $i left /dev/shm entries" >&2; shm0=$(shm_count)
    fi
    if (( $(fd_count) > fd0 )); then
        fd_left=$((fd_left + 1)); fd0=$(fd_count)
        echo "soak: run $i: this script has one more fd: $(ls -l /proc/$$/fd | tail -n +2 | tr '\n' ' ')" >&2
    fi
done

mix=""
for m in RUN TIMEOUT KILLCLI KILLRUNNER STOP; do mix+="${m,,} ${outcome[$m]:-0}, "; done
status=PASS
(( leaked_procs + zombies + shm_left + fd_left + unexpected > 0 )) && status=FAIL
echo "soak: $runs runs (${mix%, }): leftover processes $leaked_procs, zombies $zombies," \
     "/dev/shm $shm_left, fds $fd_left, unexpected exits $unexpected: $status (log $log)"
[[ $status == PASS ]] && rm -f "$log"
[[ $status == PASS ]]
