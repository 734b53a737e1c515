#!/usr/bin/env bash
# Builds the notification service and the benchmark, and runs the reminder-delivery benchmark (BENCHMARKS.md):
# 100k reminders due in one minute, the notification service in its own JVM with -Xmx512m.
#
#   bench/reminders.sh                       one run with the service's own settings (name "default")
#   bench/reminders.sh --quick               10k reminders
#   bench/reminders.sh --pair                two runs back to back: the settings as shipped, then the tuned ones in
#                                            BENCH_TUNED_ARGS (compare reminder-results-shipped/-tuned.*)
#   bench/reminders.sh --spread=PT0S --service-args='--clinic.reminders.dispatch.threads=4'
#
# Options: --reminders, --spread, --warmup, --heap, --service-args, --limit-seconds, --name, --keep-data
# (ReminderBenchOptions.java). BENCH_SKIP_BUILD=1 reuses the jars; MVN_FLAGS adds Maven flags (e.g. -o).
# Results: bench/target/reminder-results-<name>.json and .md; the service's log beside them.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    ./mvnw -q -B ${MVN_FLAGS:-} -pl bench,notification-service -am package -DskipTests -Dspotless.check.skip=true
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null)" ]]; then
    commit="${commit}+changes"
fi

run() {
    java ${BENCH_JAVA_OPTS:--Xmx2g} -Daxoniq.update-checker.disabled=true \
        -Dloader.main=com.migrainecare.bench.reminder.ReminderBenchmark \
        -jar bench/target/bench.jar --commit="$commit" "$@"
}

args=()
pair=0
for arg in "$@"; do
    if [[ "$arg" == "--pair" ]]; then pair=1; else args+=("$arg"); fi
done

if [[ "$pair" == "1" ]]; then
    run --name=shipped "${args[@]}"
    run --name=tuned --service-args="${BENCH_TUNED_ARGS:?set BENCH_TUNED_ARGS to the settings to compare}" \
        "${args[@]}"
else
    run "${args[@]}"
fi
