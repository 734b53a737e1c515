#!/usr/bin/env bash
# Builds the booking benchmark and runs it (see BENCHMARKS.md at the repository root).
#
#   bench/run.sh                      full run: 10,000 bookings preloaded, 1,000 per measurement, 4 threads
#   bench/run.sh --quick              smoke run (1,000 preloaded, 200 per measurement)
#   bench/run.sh --preload=5000 --measure=500 --threads=2 --nocache=false
#
# Options (also as -Dbench.<name>=... in BENCH_JAVA_OPTS): preload, measure, threads, warmup, searches,
# reschedules, inserts, finds, nocache-measure, nocache (true/false), clients-per-site, cache-size, out, quick.
# BENCH_SKIP_BUILD=1 reuses bench/target/bench.jar; MVN_FLAGS adds Maven flags (e.g. -o to stay offline).
# Results: printed, and written to bench/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    ./mvnw -q -B ${MVN_FLAGS:-} -pl bench -am package -DskipTests
fi

# 2 GB is plenty for a 10k preload (the in-memory store holds ~60k documents); G1 is the default collector
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx4g} -Daxoniq.update-checker.disabled=true \
    -jar bench/target/bench.jar "$@"
