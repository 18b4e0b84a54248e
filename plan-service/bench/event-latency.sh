#!/usr/bin/env bash
# Measures the latency from an accepted write (POST of a progress update, 201) to its event being readable on
# Kafka, beside the raw produce->consume latency of the same broker at the same rate in the same run, and prints
# p50/p99 of both and the difference (target: p99(accepted -> readable) <= p99(raw) + 20 ms at 100 writes/s).
# It starts its own PostgreSQL/Kafka (deploy/local-infra) and the service jar on spare ports, runs
# org.actiontracker.plan.bench.EventLatencyBenchmark and stops everything when done.
# Usage: plan-service/bench/event-latency.sh
#   env: RATE=100 (writes/s) MEASURED_SECONDS=30 (per phase, after WARMUP_SECONDS=60 at the same rate) HEAP (overrides deploy/plan-service.jvm-options) SKIP_BUILD=1 KEEP_WORK=1
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
WORK="$(mktemp -d /tmp/event-latency.XXXXXX)"
RATE="${RATE:-100}"
MEASURED_SECONDS="${MEASURED_SECONDS:-30}"
WARMUP_SECONDS="${WARMUP_SECONDS:-60}"
HEAP="${HEAP:-}"
JVM_OPTIONS=($(grep -v '^#' "$REPO_ROOT/deploy/plan-service.jvm-options") ${HEAP:+-Xms$HEAP -Xmx$HEAP})
export PG_PORT="${BENCH_PG_PORT:-35432}" KAFKA_PORT="${BENCH_KAFKA_PORT:-39092}"
export SMTP_PORT="${BENCH_SMTP_PORT:-33025}" MAIL_WEB_PORT="${BENCH_MAIL_WEB_PORT:-38085}"
export INFRA_DATA_DIR="$WORK/data" INFRA_READY_FILE="$WORK/infra.ready"
SERVICE_PORT="${BENCH_SERVICE_PORT:-38081}"
PIDS=()

cleanup() {
  local i pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    pid="${PIDS[$i]}"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [[ "${KEEP_WORK:-0}" == 1 ]] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

for tool in java javac mvn curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

# Tests are not compiled (-Dmaven.test.skip): the benchmark needs only its own class, compiled below.
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$REPO_ROOT" && mvn -B -q -DskipTests install -pl event-contract,deploy/local-infra -am \
    && mvn -B -q -Dmaven.test.skip=true package -pl plan-service)
fi
(cd "$REPO_ROOT/plan-service" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test.classpath")
BENCH_CLASSPATH="$WORK/classes:$(cat "$WORK/test.classpath")"
javac -d "$WORK/classes" -cp "$BENCH_CLASSPATH" \
  "$REPO_ROOT/plan-service/src/test/java/org/actiontracker/plan/bench/EventLatencyBenchmark.java"

echo "starting PostgreSQL and Kafka (ports $PG_PORT, $KAFKA_PORT)"
java -Xmx768m -cp "$BENCH_CLASSPATH" org.actiontracker.infra.LocalInfrastructure >"$WORK/infra.log" 2>&1 &
PIDS+=($!)
until [[ -f "$INFRA_READY_FILE" ]]; do kill -0 "${PIDS[0]}" || { cat "$WORK/infra.log"; exit 1; }; sleep 0.5; done

echo "starting plan-service (port $SERVICE_PORT)"
DB_REACTIVE_URL="postgresql://localhost:$PG_PORT/plans" DB_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/plans" \
  KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" PLAN_SERVICE_PORT="$SERVICE_PORT" \
  DEV_JWT_PUBLIC_KEY="$REPO_ROOT/deploy/local-infra/src/main/resources/dev-keys/public.pem" \
  env --chdir="$REPO_ROOT/plan-service/target/quarkus-app" MALLOC_ARENA_MAX=2 \
  java "${JVM_OPTIONS[@]}" -Dquarkus.profile=dev -Dquarkus.log.level=WARN -jar quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
PIDS+=("$SERVICE_PID")
until curl -fsS -o /dev/null "http://localhost:$SERVICE_PORT/q/health/ready" 2>/dev/null; do
  kill -0 "$SERVICE_PID" || { cat "$WORK/service.log"; exit 1; }
  sleep 0.2
done

echo "measuring at $RATE/s for ${MEASURED_SECONDS}s per phase (raw Kafka first, then the service)"
java -cp "$BENCH_CLASSPATH" -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dorg.jboss.logging.provider=jboss org.actiontracker.plan.bench.EventLatencyBenchmark \
  "http://localhost:$SERVICE_PORT/api/v1" "localhost:$KAFKA_PORT" "$RATE" "$MEASURED_SECONDS" "$WARMUP_SECONDS" 2> "$WORK/bench.log" \
  || { tail -n 40 "$WORK/bench.log"; tail -n 40 "$WORK/service.log"; exit 1; }
if grep -q "ERROR" "$WORK/service.log"; then
  echo "plan-service logged errors:"; grep "ERROR" "$WORK/service.log" | tail -n 5
fi
