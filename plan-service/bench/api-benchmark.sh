#!/usr/bin/env bash
# Measures plan-service against the raw PostgreSQL ceiling on this machine, and prints figures:
#  - POST /actions/{id}/updates: requests/s, p50/p99 (wrk, CONNECTIONS connections, DURATION)
#  - GET /actions?planId=..&status=..&size=100 (a page of 100 filtered actions): requests/s, p50/p99
#  - pgbench: single-row INSERT+COMMIT transactions/s at the same concurrency on the same database
#  - pgbench: the SQL of one POST update alone (post-update-transaction.sql), the database's share of the request
#  - the service's resident memory (peak RSS) under that load, and its time from start to ready
# It starts its own PostgreSQL/Kafka (deploy/local-infra) and the service jar on spare ports and
# stops them when done. Needs wrk and pgbench (Debian: apt-get install wrk postgresql-client).
# Usage: plan-service/bench/api-benchmark.sh   (env: CONNECTIONS=10 DURATION=30s WARMUP=40s; HEAP=128m overrides the heap of
#        deploy/plan-service.jvm-options, the options deploy/run starts the service with)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
WORK="$(mktemp -d /tmp/plan-bench.XXXXXX)"
CONNECTIONS="${CONNECTIONS:-10}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-40s}"
HEAP="${HEAP:-}"
JVM_OPTIONS=($(grep -v '^#' "$REPO_ROOT/deploy/plan-service.jvm-options") ${HEAP:+-Xms$HEAP -Xmx$HEAP})
ACTIONS="${ACTIONS:-300}"
export PG_PORT="${BENCH_PG_PORT:-25432}" KAFKA_PORT="${BENCH_KAFKA_PORT:-29092}"
export SMTP_PORT="${BENCH_SMTP_PORT:-23025}" MAIL_WEB_PORT="${BENCH_MAIL_WEB_PORT:-28085}"
export INFRA_DATA_DIR="$WORK/data" INFRA_READY_FILE="$WORK/infra.ready"
SERVICE_PORT="${BENCH_SERVICE_PORT:-28081}"
PIDS=()

cleanup() {
  local pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    pid="${PIDS[$i]}"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk pgbench curl java mvn; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install wrk postgresql-client)" >&2; exit 1; }
done

if [[ ! -f "$REPO_ROOT/plan-service/target/quarkus-app/quarkus-run.jar" ]]; then
  (cd "$REPO_ROOT" && mvn -B -q -DskipTests install -pl plan-service -am)
fi
(cd "$REPO_ROOT/deploy/local-infra" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/infra.classpath")
CLASSPATH_INFRA="$REPO_ROOT/deploy/local-infra/target/classes:$(cat "$WORK/infra.classpath")"

java -Xmx512m -cp "$CLASSPATH_INFRA" org.actiontracker.infra.LocalInfrastructure >"$WORK/infra.log" 2>&1 &
PIDS+=($!)
until [[ -f "$INFRA_READY_FILE" ]]; do kill -0 "${PIDS[0]}" || { cat "$WORK/infra.log"; exit 1; }; sleep 0.5; done

# Starts the service and sets SERVICE_PID and ready_ms, the time from launch to the readiness check passing.
start_service() {
  local started
  started=$(date +%s%N)
  DB_REACTIVE_URL="postgresql://localhost:$PG_PORT/plans" DB_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/plans" \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" PLAN_SERVICE_PORT="$SERVICE_PORT" \
    DEV_JWT_PUBLIC_KEY="$REPO_ROOT/deploy/local-infra/src/main/resources/dev-keys/public.pem" \
    env --chdir="$REPO_ROOT/plan-service/target/quarkus-app" MALLOC_ARENA_MAX=2 \
    java "${JVM_OPTIONS[@]}" -Dquarkus.profile=dev -Dquarkus.log.level=WARN -jar quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=("$SERVICE_PID")
  until curl -fsS -o /dev/null "http://localhost:$SERVICE_PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$SERVICE_PID" || { cat "$WORK/service.log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

start_service
first_ready_ms=$ready_ms
# Again, now that the schema is migrated: the time of every later start.
kill -TERM "$SERVICE_PID"
while kill -0 "$SERVICE_PID" 2>/dev/null; do sleep 0.1; done
start_service

API="http://localhost:$SERVICE_PORT/api/v1"
token() { java -cp "$CLASSPATH_INFRA" org.actiontracker.infra.DevTokens "$@"; }
ADMIN="$(token bench-admin admin)"
json_id() { sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/'; echo; }
org="$(curl -fsS -X POST "$API/organisations" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"code":"BENCH","name":"Benchmark Police","kind":"POLICE_FORCE"}' | json_id)"
plan="$(curl -fsS -X POST "$API/plans" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"organisationId\":\"$org\",\"sourceId\":\"5a1c0000-0000-4000-8000-000000000001\",\"title\":\"Benchmark plan\"}" | json_id)"
statuses=(IN_PROGRESS ON_TRACK DELAYED)
: >"$WORK/actions"
for i in $(seq "$ACTIONS"); do
  curl -fsS -X POST "$API/plans/$plan/actions" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"recommendationNumber\":\"$(( (i % 29) + 1 ))\",\"description\":\"Benchmark action $i\",\"status\":\"${statuses[$((i % 3))]}\",\"owner\":{\"name\":\"Owner $((i % 7))\",\"email\":\"owner$((i % 7))@bench.example\"}}" \
    | json_id >>"$WORK/actions"
done
export BENCH_ACTIONS_FILE="$WORK/actions" BENCH_TOKEN="$(token bench-editor editor "$org")"
export BENCH_GET_PATH="/api/v1/actions?planId=$plan&status=IN_PROGRESS,ON_TRACK&size=100&sort=targetDate"

psql -q "postgresql://postgres@localhost:$PG_PORT/plans" -c \
  "create table if not exists bench_insert (id bigserial primary key, action_id uuid not null, recorded_at timestamptz not null, text text not null)"

# One request of each kind first, so that a misconfigured run fails loudly instead of timing errors.
sanity() {
  local status
  status="$(curl -sS -o "$WORK/sanity.txt" -w '%{http_code}' "$@")"
  [[ "$status" =~ ^20[01]$ ]] || { echo "sanity check failed with $status: $*" >&2; cat "$WORK/sanity.txt" >&2; exit 1; }
}
sanity -X POST "$API/actions/$(head -n 1 "$WORK/actions")/updates" -H "Authorization: Bearer $BENCH_TOKEN" \
  -H 'Content-Type: application/json' -d '{"text":"sanity"}'
sanity -H "Authorization: Bearer $BENCH_TOKEN" "http://localhost:$SERVICE_PORT$BENCH_GET_PATH"

peak_rss() { awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status"; }
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }

# Warm-up: the JIT keeps compiling for about a minute of load; 10 s left the service at half its speed.
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/get-actions.lua" "http://localhost:$SERVICE_PORT" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/post-update.lua" "http://localhost:$SERVICE_PORT" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/post-update.lua" "http://localhost:$SERVICE_PORT" >"$WORK/post.txt"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/get-actions.lua" "http://localhost:$SERVICE_PORT" >"$WORK/get.txt"
rss=$(peak_rss)
pgbench -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f "$BENCH_DIR/insert.sql" \
  "postgresql://postgres@localhost:$PG_PORT/plans" >"$WORK/pgbench.txt" 2>&1 \
  || { echo "pgbench INSERT failed:" >&2; tail -n 20 "$WORK/pgbench.txt" >&2; exit 1; }
raw_tps=$(awk -F'= ' '/^tps/ {print int($2)}' "$WORK/pgbench.txt")
# The POST's own transaction, its SQL only: what the database leaves for the request whatever the service does.
psql -q "postgresql://postgres@localhost:$PG_PORT/plans" -c \
  "create table bench_action as select row_number() over (order by id) as n, id as action_id from action" \
  -c "create unique index on bench_action (n)"
pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -D actions="$(wc -l <"$WORK/actions")" \
  -f "$BENCH_DIR/post-update-transaction.sql" "postgresql://postgres@localhost:$PG_PORT/plans" >"$WORK/pgbench-post.txt" 2>&1 \
  || { echo "pgbench of the POST's SQL failed:" >&2; tail -n 20 "$WORK/pgbench-post.txt" >&2; exit 1; }
post_sql_tps=$(awk -F'= ' '/^tps/ {print int($2)}' "$WORK/pgbench-post.txt")
page_size=$(curl -fsS -H "Authorization: Bearer $BENCH_TOKEN" "http://localhost:$SERVICE_PORT$BENCH_GET_PATH" \
  | grep -o '"recommendationNumber"' | wc -l)
post_rate=$(rate "$WORK/post.txt")
errors=$(grep -h -E "Non-2xx|Socket errors" "$WORK/post.txt" "$WORK/get.txt" || true)

echo "plan-service benchmark: $(nproc) cores, $CONNECTIONS connections, $DURATION per run, $ACTIONS actions"
echo "JVM options: ${JVM_OPTIONS[*]}"
printf '%-44s %10s %10s %10s\n' "" "req/s" "p50" "p99"
printf '%-44s %10s %10s %10s\n' "POST /actions/{id}/updates" "$post_rate" "$(pct "$WORK/post.txt" 50%)" "$(pct "$WORK/post.txt" 99%)"
printf '%-44s %10s %10s %10s\n' "GET /actions filtered, page of $page_size" "$(rate "$WORK/get.txt")" "$(pct "$WORK/get.txt" 50%)" "$(pct "$WORK/get.txt" 99%)"
printf '%-44s %10s\n' "pgbench single-row INSERT+COMMIT (tps)" "$raw_tps"
printf '%-44s %10s\n' "pgbench the POST's own SQL transaction (tps)" "$post_sql_tps"
awk -v a="$post_rate" -v b="$raw_tps" 'BEGIN {printf "POST update / raw INSERT ratio: %.2f (target >= 0.5)\n", a / b}'
awk -v a="$post_sql_tps" -v b="$raw_tps" -v p="$post_rate" 'BEGIN {printf "its SQL alone / raw INSERT: %.2f; POST update / its SQL alone: %.2f\n", a / b, p / a}'
echo "peak resident memory of plan-service: ${rss} MB (target <= 256 MB)"
echo "start to ready: ${first_ready_ms} ms on an empty database (migrations included), ${ready_ms} ms on a restart (target <= 3000 ms, JVM)"
[[ -z "$errors" ]] || echo "wrk reported: $errors"
