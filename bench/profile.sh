#!/usr/bin/env bash
# bench/profile.sh: where the rules spend their time. Records a JFR profile of the engine
# evaluating the example edition 2023 over and over (fr.label.bench.ProfileWorkload), then
# aggregates its execution samples (the events `jfr print --events jdk.ExecutionSample` lists) by
# top frame, by library and by the project's methods and Drools' node kinds (fr.label.bench.HotFrames).
#
#   bench/profile.sh [seconds, default 30] [threads, default 2]
#
# Writes target/bench/engine.jfr and target/bench/profile.txt. Builds label-bench/target/label-bench.jar if it
# is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
out="$root/target/bench"
jar="$root/label-bench/target/label-bench.jar"
seconds="${1:-30}"
threads="${2:-2}"
mkdir -p "$out"
if [[ ! -f "$jar" ]]; then
    (cd "$root" && mvn -B -q -Dstyle.color=never -pl label-bench -am package -DskipTests)
fi
java -XX:StartFlightRecording=filename="$out/engine.jfr",settings=profile \
    -cp "$jar" fr.label.bench.ProfileWorkload "$seconds" "$threads" 2>&1 | grep -v '^\[' || true
java -cp "$jar" fr.label.bench.HotFrames "$out/engine.jfr" 30 | tee "$out/profile.txt"
