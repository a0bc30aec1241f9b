#!/usr/bin/env bash
# Soak test: N mixed runs of the real binaries -- every demo and variant, crashing demos,
# time-outs, Stop (SIGTERM to the runner), kill -9 of the CLI and of the runner mid-run --
# and after each one a check that nothing was left behind: no process of the run (alive or
# zombie), no /dev/shm entry, no fd of this script. One summary line at the end.
#
#   scripts/soak.sh [N] [BUILD_DIR]      (N defaults to 100, BUILD_DIR to build)
#
# It may share the machine with other tests and builds, so every check counts only what this
# soak's own runs left:
#  - processes: an environment variable that only the commands started here carry (forked and
#    spawned demo processes inherit it), matched in /proc/*/environ;
#  - /dev/shm: where unshare(1) is allowed, the soak runs in a private mount namespace with a
#    tmpfs of its own on /dev/shm, so every entry there is one of its runs'; elsewhere, a new
#    entry counts when its name holds the pid of a process of the run (seen while it ran);
#  - fds: this script's own.
# RSS: while each run goes on, the peak RSS (VmHWM) of the CLI and the summed RSS of the runner
# and its children are sampled every 50 ms; a scenario whose later runs need much more than
# its first ones (median of the second half > 1.25 x median of the first half + 8 MB) is
# flagged as growth. Kills and Stops at random moments vary too much, so only whole runs and
# time-outs are compared. The engine's own shared memory is memfd (it dies with its last
# holder), so a leaked memfd shows as a leftover process or fd.
set -uo pipefail
cd "$(dirname "$0")/.."
if [[ -z ${PROCLAB_SOAK_NS:-} ]] && unshare --mount --propagation private true 2>/dev/null; then
    exec env PROCLAB_SOAK_NS=try unshare --mount --propagation private bash "$0" "$@"
fi
private_shm=0
if [[ ${PROCLAB_SOAK_NS:-} == try ]] &&
    mount -t tmpfs -o size=256m,mode=1777 proclab-soak-shm /dev/shm 2>/dev/null; then
    private_shm=1
fi
unset PROCLAB_SOAK_NS
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

# Pids of live or zombie processes carrying the tag (one grep; this script itself does not).
ours() {
    local f
    for f in $(grep -lsz -x -F "PROCLAB_SOAK=$tag" /proc/[0-9]*/environ); do
        f=${f#/proc/}; echo "${f%/environ}"
    done
}
# /dev/shm entries: all of them in the private tmpfs, else the names (sorted) to compare.
shm_names() { find /dev/shm -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort; }
# New entries of this run: in the private tmpfs every one; else those naming a pid of the run.
shm_new_of_run() {
    local name pid
    comm -13 <(printf '%s\n' "$1") <(shm_names) | while read -r name; do
        [[ -z $name ]] && continue
        if (( private_shm )); then echo "$name"; continue; fi
        for pid in $seen_pids; do
            [[ $name =~ (^|[^0-9])$pid([^0-9]|$) ]] && { echo "$name"; break; }
        done
    done
}
# One RSS sample of the run's processes: the CLI's peak (VmHWM) and the sum of the others' RSS,
# kept as maxima over the run; every pid seen is remembered for the /dev/shm check.
sample() {
    local pid key value _ name hwm rss tree=0
    for pid in $(ours); do
        [[ " $seen_pids " == *" $pid "* ]] || seen_pids+=" $pid"
        name="" hwm=0 rss=0
        while read -r key value _; do
            case $key in Name:) name=$value ;; VmHWM:) hwm=$value ;; VmRSS:) rss=$value ;; esac
        done 2>/dev/null <"/proc/$pid/status"
        if [[ $name == proclab ]]; then
            (( hwm > cli_kb )) && cli_kb=$hwm
        else
            tree=$((tree + rss))
        fi
    done
    (( tree > tree_kb )) && tree_kb=$tree
}
# Samples every 50 ms while $1 lives.
watch_run() {
    while kill -0 "$1" 2>/dev/null; do
        sample; sleep 0.05
    done
}
# This script's fds below 10: bash keeps its own saved copies (of stdin for a background job,
# of a pipe) at 10 and above, which come and go without any leak of ours. Counted in this shell
# (a glob, no subshell): a $(...) would hold a pipe of its own while counting.
count_fds() {
    local f n=0
    for f in /proc/$$/fd/*; do
        f=${f##*/}
        (( f < 10 )) && n=$((n + 1))
    done
    fd_now=$n
}
# Samples for a random 50-550 ms while $1 runs, for kills and stops at varied moments.
pause() {
    local end=$(( $(date +%s%N) / 1000000 + 50 + RANDOM % 500 ))
    while kill -0 "$1" 2>/dev/null && (( $(date +%s%N) / 1000000 < end )); do
        sample; sleep 0.05
    done
}

rss_log=$(mktemp /tmp/proclab-soak-rss.XXXXXX)
count_fds
fd0=$fd_now
declare -A outcome=()
leaked_procs=0 zombies=0 shm_left=0 fd_left=0 unexpected=0

for ((i = 0; i < runs; i++)); do
    spec=${scenarios[$((i % ${#scenarios[@]}))]}
    mode=RUN
    case $spec in TIMEOUT*|KILLCLI*|KILLRUNNER*|STOP*) mode=${spec%% *}; spec=${spec#* } ;; esac
    shm_before=$(shm_names) seen_pids="" cli_kb=0 tree_kb=0
    # shellcheck disable=SC2086
    case $mode in
    RUN|TIMEOUT)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1 &
        cli=$!; watch_run "$cli"; wait "$cli"; code=$? ;;
    KILLCLI)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1 &
        cli=$!; pause "$cli"; kill -9 "$cli" 2>/dev/null; wait "$cli" 2>/dev/null; code=$? ;;
    KILLRUNNER)
        env PROCLAB_SOAK="$tag" "$proclab" run $spec >>"$log" 2>&1 &
        cli=$!; pause "$cli"
        runner=$(ps -o pid= --ppid "$cli" | head -n1)
        [[ -n $runner ]] && kill -9 $runner 2>/dev/null
        watch_run "$cli"; wait "$cli" 2>/dev/null; code=$? ;;
    STOP)
        env PROCLAB_SOAK="$tag" "$engine" run $spec >/dev/null 2>>"$log" &
        runner=$!; pause "$runner"; kill -TERM "$runner" 2>/dev/null; wait "$runner" 2>/dev/null; code=$? ;;
    esac
    echo "$((i % ${#scenarios[@]})) $mode $cli_kb $tree_kb" >>"$rss_log"
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
    shm_left_now=$(shm_new_of_run "$shm_before")
    if [[ -n $shm_left_now ]]; then
        shm_left=$((shm_left + 1))
        echo "soak: run $i ($mode $spec) left /dev/shm entries:" $shm_left_now >&2
        (( private_shm )) && (cd /dev/shm && rm -f -- $shm_left_now)
    fi
    count_fds
    if (( fd_now > fd0 )); then
        fd_left=$((fd_left + 1)); fd0=$fd_now
        echo "soak: run $i: this script has one more fd: $(ls -l /proc/$$/fd | tail -n +2 | tr '\n' ' ')" >&2
    fi
done

mix=""
for m in RUN TIMEOUT KILLCLI KILLRUNNER STOP; do mix+="${m,,} ${outcome[$m]:-0}, "; done
# Peaks over all runs, and growth per scenario (whole runs and time-outs only): the median of
# the second half of its runs against that of the first half, for the CLI and the processes.
read -r cli_peak tree_peak growth < <(awk '
    function median(list, n,   a, i, j, t) {
        split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { if ($3 > cli) cli = $3; if ($4 > tree) tree = $4 }
    $2 == "RUN" || $2 == "TIMEOUT" { n[$1]++; c[$1, n[$1]] = $3; t[$1, n[$1]] = $4 }
    END {
        for (s in n) {
            if (n[s] < 4) continue
            h = int(n[s] / 2)
            for (k = 0; k < 2; k++) {
                first = ""; second = ""
                for (i = 1; i <= n[s]; i++) {
                    v = k ? t[s, i] : c[s, i]
                    if (i <= h) first = first " " v; else second = second " " v
                }
                m1 = median(first, h); m2 = median(second, n[s] - h)
                if (m2 > 1.25 * m1 + 8192) {
                    grew++
                    printf "soak: scenario %d: %s RSS grew from %d to %d kB (medians)\n", s, k ? "processes" : "CLI", m1, m2 > "/dev/stderr"
                }
            }
        }
        printf "%d %d %d\n", cli / 1024, tree / 1024, grew
    }' "$rss_log")
status=PASS
(( leaked_procs + zombies + shm_left + fd_left + unexpected + growth > 0 )) && status=FAIL
shm_how="own /dev/shm"
(( private_shm )) || shm_how="/dev/shm by pid"
echo "soak: $runs runs (${mix%, }): leftover processes $leaked_procs, zombies $zombies," \
     "$shm_how $shm_left, fds $fd_left, unexpected exits $unexpected," \
     "peak RSS CLI $cli_peak MB, runner+children $tree_peak MB (sampled), RSS growth $growth: $status (log $log)"
rm -f "$rss_log"
[[ $status == PASS ]] && rm -f "$log"
[[ $status == PASS ]]
