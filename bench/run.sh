#!/usr/bin/env bash
# Builds the booking benchmark and runs it (see BENCHMARKS.md at the repository root).
#
#   bench/run.sh            full run: levels 0, 50k, 200k and 1M events in the store (about 15-20 min on 2 cores)
#   bench/run.sh --quick    levels 0 and 50k, smaller measurements (about 3 min)
#   bench/run.sh --levels=0,100000 --real-preload-events=20000 --bulk=catch-up
#
# Every option is also -Dbench.<name>=... in BENCH_JAVA_OPTS (see BenchOptions.java for the list).
# BENCH_SKIP_BUILD=1 reuses bench/target/bench.jar; MVN_FLAGS adds Maven flags (e.g. -o to stay offline).
# Results: printed, and written to bench/target/results.json and bench/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    # the jar is its own repackaged self: without this, a build with unchanged benchmark classes keeps the
    # service code it packaged last time
    rm -f bench/target/bench.jar
    ./mvnw -q -B ${MVN_FLAGS:-} -pl bench -am package -DskipTests
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null)" ]]; then
    commit="${commit}+changes"
fi

# 1M events in H2 and the read models fit well in 2 GB; G1 is the default collector
exec java ${BENCH_JAVA_OPTS:--Xms2g -Xmx4g} -Daxoniq.update-checker.disabled=true \
    -jar bench/target/bench.jar --commit="$commit" "$@"
