#!/usr/bin/env bash
# Runs the whole system: the booking service (which hosts the embedded store unless MONGODB_URI is set)
# and the notification service. Usage: ./run.sh [--demo]   (--demo seeds a demo chain and demo users)
set -euo pipefail
cd "$(dirname "$0")"

profile=""
for arg in "$@"; do
  case "$arg" in
    --demo) profile="demo" ;;
    -h|--help) sed -n '2,3p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (try --demo)" >&2; exit 2 ;;
  esac
done

export CLINIC_DATA_DIR="${CLINIC_DATA_DIR:-$PWD/data}"
store_port="${CLINIC_STORE_PORT:-27018}"
mkdir -p "$CLINIC_DATA_DIR"

echo "Building (tests are run by ./mvnw verify)..."
./mvnw -q -B -pl booking-service,notification-service -am package -DskipTests -Dspotless.check.skip=true

java_opts=(-Daxoniq.update-checker.disabled=true)
[ -n "$profile" ] && java_opts+=("-Dspring.profiles.active=$profile")

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait; }
trap stop EXIT INT TERM

java "${java_opts[@]}" -jar booking-service/target/booking-service-*-exec.jar &
pids+=($!)

echo "Waiting for the booking service..."
for _ in $(seq 1 120); do
  if curl -fsS http://localhost:${PORT:-8080}/actuator/health/readiness >/dev/null 2>&1; then break; fi
  kill -0 "${pids[0]}" 2>/dev/null || { echo "the booking service stopped" >&2; exit 1; }
  sleep 1
done

# the notification service uses the same stores: the event database (CLINIC_DB_URL, else the H2 file in the
# data directory, which the booking service serves over loopback) and the read store (MONGODB_URI, else the
# booking service's embedded one)
MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:${store_port}}" PORT=8081 \
  java "${java_opts[@]}" -jar notification-service/target/notification-service-*-exec.jar &
pids+=($!)

cat <<INFO
Booking service:      http://localhost:${PORT:-8080}  (API docs: /swagger-ui.html)
Notification service: http://localhost:8081
Data directory:       $CLINIC_DATA_DIR
$( [ -n "$profile" ] && echo "Demo users: admin, manager, frontdesk, therapist, client (password: demo)" )
Press Ctrl-C to stop both.
INFO
wait -n
