#!/usr/bin/env bash
# bench/run.sh: every performance figure of the project, each next to its target and, where the
# issue asks, its ratio to the reference evaluator (docs/method.md in plain Java).
#
#   bench/run.sh            fast mode: one JMH fork, few iterations, one national run (minutes)
#   bench/run.sh --quick    the targets only: fewest JMH iterations (single dossier, edition 2023,
#                           identical results), 3 cold runs, one national run (a few minutes)
#   bench/run.sh --full     three JMH forks, more iterations, three national runs
#   bench/run.sh --jmh-only | --process-only
#
# 1. builds the tool, label-cli/target/label.jar, and the benchmarks, label-bench/target/label-bench.jar
#    (mvn -B -q -pl label-cli,label-bench -am package -DskipTests); the tool's jar holds no benchmark;
# 2. JMH (fr.label.bench.jmh.BenchmarkRunner): single dossier of 20, 60 and 200 actions, the example
#    edition 2023, 10,000 generated dossiers, on 1 and 2 threads, each against the reference in the
#    same run; then checks that results are identical on 1 and 2 threads;
# 3. whole processes under /usr/bin/time -v: `./label evaluate` of one dossier, cold; the national
#    scale (35,000 dossiers of 5 to 200 actions, generated once into target/bench/) with
#    `./label palmares FILE > /dev/null` (the text palmarès), then once with `--format json`; and
#    its evaluation part against the reference in the same JVM (fr.label.bench.NationalScale); and
#    `./label test label-examples/src/test/scenarios --edition 2023 --mutants`, the 2023 mutant run.
#
# Figures are medians of repeated runs; the spread (min-max) shows the noise of a shared machine.
# Everything is written under target/bench/; the summary is also in target/bench/summary.txt.
# Exit status: 0 when every figure was measured (met or not), 1 when a run failed or results differ.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
out="$root/target/bench"
jar="$root/label-cli/target/label.jar"          # the tool, as users run it
bench_jar="$root/label-bench/target/label-bench.jar" # the benchmarks, the reference and the generator
mode=fast
run_jmh=true
run_process=true
for arg in "$@"; do
    case "$arg" in
        --full) mode=full ;;
        --fast) mode=fast ;;
        --quick) mode=quick ;;
        --jmh-only) run_process=false ;;
        --process-only) run_jmh=false ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done
case $mode in
    full) cold_runs=10; national_runs=3 ;;
    quick) cold_runs=3; national_runs=1 ;;
    *) cold_runs=5; national_runs=1 ;;
esac
# The targets of the issue on performance, round 2 (a 2-core machine).
cold_target=0.8            # seconds, ./label evaluate of one dossier, cold
national_wall_target=8     # seconds, ./label palmares of the national edition (aim: 5)
national_rss_target_mb=1024
national_dossiers=35000
national_file="$out/national-2023-${national_dossiers}.json"
dossier_file="$out/dossier-60-actions.json"
# A national run that has not finished after this long is reported as such, not waited for.
national_timeout=${BENCH_NATIONAL_TIMEOUT:-$([[ $mode == full ]] && echo 1800 || echo 900)}
mkdir -p "$out"
failed=0

# ---------------------------------------------------------------- tools

if [[ ! -x /usr/bin/time ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing GNU time (/usr/bin/time)..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
    else
        echo "bench: /usr/bin/time (GNU time) is missing: apt-get install -y time" >&2
        exit 1
    fi
fi
command -v java >/dev/null || { echo "bench: java not found" >&2; exit 1; }
command -v mvn >/dev/null || { echo "bench: mvn not found" >&2; exit 1; }

# ---------------------------------------------------------------- build

echo "bench: building label.jar and label-bench.jar..." >&2
(cd "$root" && mvn -B -q -Dstyle.color=never -pl label-cli,label-bench -am package -DskipTests) >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; echo "bench: the build failed" >&2; exit 1; }
touch "$jar"                          # as ./label does: the jar is up to date, no rebuild mid-measure
"$root/label" --version >/dev/null 2>&1 || true   # would rebuild here, not during a timed run

# ---------------------------------------------------------------- machine

machine="$out/machine.txt"
{
    echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpus:    $(nproc) ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'))"
    echo "memory:  $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    echo "java:    $(java -version 2>&1 | head -2 | tr '\n' ' ')"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
    echo "mode:    $mode"
} >"$machine"
cat "$machine"

# ---------------------------------------------------------------- JMH

jmh_table="$out/jmh.txt"
if $run_jmh; then
    echo "bench: JMH benchmarks ($mode mode; the log is in $out/jmh.log)..." >&2
    if ! java -cp "$bench_jar" fr.label.bench.jmh.BenchmarkRunner "--$mode" --out "$jmh_table" >"$out/jmh.log" 2>&1; then
        [[ -s $jmh_table ]] || tail -40 "$out/jmh.log" >&2
        echo "bench: a JMH benchmark failed or results differ (see $out/jmh.log)" >&2
        failed=1
    fi
    grep -q "NOT MET" "$jmh_table" 2>/dev/null && failed=1
fi

# ---------------------------------------------------------------- whole processes

# Runs a command under /usr/bin/time -v; appends "wall_seconds max_rss_kb exit_status" to a file.
timed() {
    local results="$1"; shift
    local report="$out/time.$$.txt"
    local status=0
    /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$out/last-stderr.txt" || status=$?
    awk -v status="$status" '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /Maximum resident set size/ { rss = $NF }
        END { printf "%.2f %d %d\n", wall, rss, status }' "$report" >>"$results"
    rm -f "$report"
}

# Median, min and max of one column of a results file: "median min max".
stats() {
    sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}

# One line of the whole-process table: figure, median, spread, target, status.
process_row() {
    printf '%-50s %12s %21s %12s %9s  %-14s %s\n' "$1" "$2" "$3" "" "" "$4" "$5" | tee -a "$process_table" >&2
}

process_table="$out/process.txt"
if $run_process; then
    printf '%-50s %12s %21s %12s %9s  %-14s %s\n' "figure (whole process, /usr/bin/time -v)" "median" \
        "spread (min-max)" "reference" "ratio" "target" "status" >"$process_table"

    echo "bench: ./label evaluate, cold, $cold_runs runs..." >&2
    java -cp "$bench_jar" fr.label.bench.SyntheticEditions --single --actions 60..60 --out "$dossier_file" >/dev/null
    cold="$out/cold-evaluate.txt"
    : >"$cold"
    for _ in $(seq "$cold_runs"); do
        timed "$cold" "$root/label" evaluate "$dossier_file"
    done
    if awk '$3 != 0 { bad = 1 } END { exit !bad }' "$cold"; then
        echo "bench: ./label evaluate failed: $(cat "$out/last-stderr.txt")" >&2
        failed=1
    fi
    read -r wall wall_min wall_max < <(stats "$cold" 1)
    read -r rss rss_min rss_max < <(stats "$cold" 2)
    status=$(awk -v w="$wall" -v t="$cold_target" 'BEGIN { print (w <= t) ? "met" : "not met" }')
    process_row "./label evaluate, 1 dossier of 60 actions: wall" "$wall s" "$wall_min - $wall_max s" "<= $cold_target s" "$status"
    process_row "./label evaluate, 1 dossier: max RSS" "$((rss / 1024)) MB" \
        "$((rss_min / 1024)) - $((rss_max / 1024)) MB" "no target" ""

    # The mutant run of the 2023 scenarios (issue 15), as a tester runs it: every mutant of the 2023
    # rules against the project's 2023 scenarios, the scenarios themselves run first.
    echo "bench: ./label test --mutants, edition 2023, once..." >&2
    mutant_run="$out/mutants-2023.txt"
    : >"$mutant_run"
    timed "$mutant_run" "$root/label" test "$root/label-examples/src/test/scenarios" --edition 2023 --mutants
    read -r wall _ _ < <(stats "$mutant_run" 1)
    read -r _ _ exit_status < "$mutant_run"
    if [[ $exit_status != 0 ]]; then
        echo "bench: ./label test --mutants failed: $(cat "$out/last-stderr.txt")" >&2
        failed=1
    fi
    process_row "./label test --mutants, edition 2023: wall" "$wall s" "one run" "<= 120 s" \
        "$(awk -v w="$wall" 'BEGIN { print (w <= 120) ? "met" : "not met" }')"

    if [[ ! -s "$national_file" ]]; then
        echo "bench: generating the national edition once ($national_dossiers dossiers)..." >&2
        java -cp "$bench_jar" fr.label.bench.SyntheticEditions --edition 2023 --dossiers "$national_dossiers" \
            --actions 5..200 --seed 42 --out "$national_file" >&2
    fi

    echo "bench: ./label palmares (national), $national_runs run(s), at most ${national_timeout}s each..." >&2
    national="$out/national-palmares.txt"
    : >"$national"
    gc_log="$out/national-gc.log" # the collector's log of the last run (a line per pause: cheap)
    for _ in $(seq "$national_runs"); do
        LABEL_JAVA_OPTS="${LABEL_JAVA_OPTS:-} -Xlog:gc:file=$gc_log" \
            timed "$national" timeout "$national_timeout" "$root/label" palmares "$national_file"
    done
    read -r wall wall_min wall_max < <(stats "$national" 1)
    read -r rss rss_min rss_max < <(stats "$national" 2)
    exit_status=$(awk '$3 != 0 { s = $3 } END { print s + 0 }' "$national")
    if [[ $exit_status -ne 0 ]]; then
        note="exit $exit_status$([[ $exit_status -eq 124 ]] && echo ": stopped after ${national_timeout}s"): $(tail -c 300 "$out/last-stderr.txt" | tr '\n' ' ')"
        process_row "national 35,000 dossiers, ./label palmares: wall" ">= $wall s" "" "<= $national_wall_target s" "not met ($note)"
        failed=1
    else
        status=$(awk -v w="$wall" -v t="$national_wall_target" 'BEGIN { print (w <= t) ? "met" : "not met" }')
        process_row "national 35,000 dossiers, ./label palmares: wall" "$wall s" "$wall_min - $wall_max s" "<= $national_wall_target s" "$status"
    fi
    status=$(awk -v r="$rss" -v t="$national_rss_target_mb" 'BEGIN { print (r <= t * 1024) ? "met" : "not met" }')
    process_row "national 35,000 dossiers: peak RSS" "$((rss / 1024)) MB" \
        "$((rss_min / 1024)) - $((rss_max / 1024)) MB" "<= $national_rss_target_mb MB" "$status"
    if [[ -s $gc_log ]]; then
        gc=$(awk '/Pause/ && $NF ~ /ms$/ { n++; t += $NF + 0; if ($0 ~ /Pause Full/) { f++; ft += $NF + 0 } }
                  END { printf "%d pauses, %.1f s (%d full, %.1f s)", n, t / 1000, f, ft / 1000 }' "$gc_log")
        process_row "  its collector (-Xlog:gc, last run)" "$gc" "" "no target" ""
    fi

    if [[ $mode != quick ]]; then
    echo "bench: ./label palmares (national) --format json, once..." >&2
    national_json="$out/national-palmares-json.txt"
    : >"$national_json"
    timed "$national_json" timeout "$national_timeout" "$root/label" palmares "$national_file" --format json
    read -r wall _ _ < <(stats "$national_json" 1)
    read -r rss _ _ < <(stats "$national_json" 2)
    process_row "  the same, every result as JSON (1.7 GB): wall" "$wall s" "one run" "no target" ""
    process_row "  the same, every result as JSON: peak RSS" "$((rss / 1024)) MB" "one run" "<= 1,536 MB" \
        "$(awk -v r="$rss" 'BEGIN { print (r <= 1.5 * 1024 * 1024) ? "met" : "not met" }')"

    echo "bench: national evaluation, rules against the reference in one JVM..." >&2
    scale="$out/national-scale.txt"
    if ! timeout "$national_timeout" java -cp "$bench_jar" fr.label.bench.NationalScale "$national_file" >"$scale" 2>&1; then
        echo "bench: NationalScale failed or found a difference (see $scale)" >&2
        failed=1
    fi
    cat "$scale" >&2
    line=$(grep '^national evaluation:' "$scale" || true)
    if [[ $line =~ rules\ ([0-9.]+)\ s,\ reference\ ([0-9.]+)\ s,\ ratio\ ([0-9.]+)x ]]; then
        ratio=${BASH_REMATCH[3]}
        status=$(awk -v r="$ratio" 'BEGIN { print (r <= 5) ? "met" : "not met" }')
        printf '%-50s %12s %21s %12s %8sx  %-14s %s\n' "national evaluation, in one JVM, 2 threads" \
            "${BASH_REMATCH[1]} s" "one run" "${BASH_REMATCH[2]} s" "$ratio" "<= 5x ref." "$status" >>"$process_table"
        identical=$(sed -n 's/^rules and reference: \(.*\)/\1/p' "$scale")
        process_row "national: rules and reference decide the same" "${identical%% *}" "" "identical" \
            "$([[ $identical == identical ]] && echo met || echo "NOT MET")"
    elif [[ $line =~ rules\ FAILED\ \((.*)\),\ reference\ ([0-9.]+)\ s ]]; then
        printf '%-50s %12s %21s %12s %9s  %-14s %s\n' "national evaluation, in one JVM, 2 threads" "FAILED" \
            "" "${BASH_REMATCH[2]} s" "" "<= 5x ref." "not met (${BASH_REMATCH[1]:0:120})" >>"$process_table"
    else
        process_row "national evaluation, in one JVM" "not measured" "" "<= 5x ref." "see $scale"
    fi
    line=$(grep '^national dossiers alone' "$scale" || true)
    if [[ $line =~ rules\ ([0-9.]+)\ s,\ reference\ ([0-9.]+)\ s,\ ratio\ ([0-9.]+)x.*thread\(s\),\ (.*) ]]; then
        printf '%-50s %12s %21s %12s %8sx  %-14s %s\n' "  of which dossiers alone (no caps)" "${BASH_REMATCH[1]} s" \
            "one run" "${BASH_REMATCH[2]} s" "${BASH_REMATCH[3]}" "no target" "${BASH_REMATCH[4]%% *}" >>"$process_table"
    fi
    fi # not quick
fi

# ---------------------------------------------------------------- summary

summary="$out/summary.txt"
{
    echo
    echo "== machine"
    cat "$machine"
    echo "   load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    if $run_jmh && [[ -f $jmh_table ]]; then echo; echo "== JMH ($mode mode)"; cat "$jmh_table"; fi
    if $run_process && [[ -f $process_table ]]; then echo; echo "== whole processes ($mode mode)"; cat "$process_table"; fi
} | tee "$summary"
exit "$failed"
