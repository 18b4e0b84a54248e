#!/usr/bin/env bash
# Times one scan (POST /api/v1/scans) of notification-service, running as a jar under the prod
# profile, over 100,000 and then 1,000,000 tracked actions, and samples its resident memory.
# Targets: <= 5 s for 1,000,000 actions, RSS <= 256 MB.
#
# Usage: notification-service/bench/scan-benchmark.sh [sizes...]   (default: 100000 1000000)
# Needs: the event-contract and local-infra artifacts installed (see the README), psql, curl.
# Environment: JAVA_OPTS for the service (default below: a 64 MB heap, serial GC, C1 only, which keep
# the JVM's own overhead small); CONCURRENCY (default 8): digests sent at once.
#
# The data stand for years of action plans: 43 forces, 10,000 plans, 8,600 owners, 430 executive
# leads; 85% of actions complete or closed; open ones due from 120 days ago to 600 days ahead, last
# updated 0 to 150 days ago, reporting interval 90 days. The first scan on such data is a backfill:
# every overdue and stale action is reported at once. The "next day" scan after it is a daily one.
set -euo pipefail

MODULE_DIR="$(cd "$(dirname "$0")/.." && pwd)"
WORK_DIR="$MODULE_DIR/target/bench"
SIZES=("${@:-100000 1000000}")
read -r -a SIZES <<< "${SIZES[*]}"
JAVA_OPTS="${JAVA_OPTS:--Xms16m -Xmx64m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1}"
CONCURRENCY="${CONCURRENCY:-8}"
AS_OF="2030-03-04"
NEXT_DAY="2030-03-05"
SERVICE_PORT="${SERVICE_PORT:-18082}"

infra_pid=""
service_pid=""
cleanup() {
  set +e
  if [[ -n "$service_pid" ]]; then kill "$service_pid" 2>/dev/null; wait "$service_pid" 2>/dev/null; fi
  if [[ -n "$infra_pid" ]]; then kill "$infra_pid" 2>/dev/null; wait "$infra_pid" 2>/dev/null; fi
}
trap cleanup EXIT

echo "== Building the service jar and the benchmark's infrastructure launcher"
cd "$MODULE_DIR"
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$MODULE_DIR/target/bench-classpath.txt"
rm -rf "$WORK_DIR" && mkdir -p "$WORK_DIR"

echo "== Starting PostgreSQL and Kafka (local-infra) and an SMTP sink"
java -Xmx1g -cp "$MODULE_DIR/target/test-classes:$(cat "$MODULE_DIR/target/bench-classpath.txt")" \
  org.actiontracker.notification.bench.BenchmarkInfrastructure "$WORK_DIR" > "$WORK_DIR/infra.log" 2>&1 &
infra_pid=$!
for _ in $(seq 1 120); do [[ -f "$WORK_DIR/bench.env" ]] && break; sleep 1; done
[[ -f "$WORK_DIR/bench.env" ]] || { echo "infrastructure did not start; see $WORK_DIR/infra.log"; exit 1; }
# shellcheck disable=SC1091
source "$WORK_DIR/bench.env"

echo "== Starting notification-service: java $JAVA_OPTS; delivery concurrency $CONCURRENCY"
HTTP_PORT="$SERVICE_PORT" UNSUBSCRIBE_SECRET="bench-only-unsubscribe-secret-0123456789abcdef" \
DELIVERY_POLL_INTERVAL=1h NOTIFICATION_DELIVERY_CONCURRENCY="$CONCURRENCY" SCAN_CRON=off \
  java $JAVA_OPTS -jar "$MODULE_DIR/target/quarkus-app/quarkus-run.jar" > "$WORK_DIR/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$SERVICE_PORT/q/health/ready" > /dev/null && break
  kill -0 "$service_pid" 2>/dev/null || { echo "service exited; see $WORK_DIR/service.log"; exit 1; }
  sleep 1
done

psql_run() { PGPASSWORD="$DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U "$DB_USER" notifications "$@"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$service_pid/status"; }
# User plus system CPU time of the service, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$service_pid/stat"; }

load_actions() {
  local count=$1
  psql_run <<SQL
truncate notification, digest, tracked_action, tracked_plan, recipient_preference, processed_event cascade;
insert into tracked_action (id, plan_id, organisation_id, organisation_name, recommendation_number, sub_point_ref,
    description, owner_name, owner_email, executive_lead_email, target_date, status, latest_update_at, created_at,
    reporting_interval_days, stale_after, deleted, version, updated_at)
select md5('action' || i)::uuid, md5('plan' || (i % 10000))::uuid, md5('force' || (i % 10000 % 43))::uuid,
       'Force ' || (i % 10000 % 43), (1 + i % 20)::text, (1 + i % 20) || '.' || (1 + i % 5),
       'Action ' || i || ': review custody records and report to the board',
       'Owner ' || owner, 'owner-' || owner || '@example.org', 'lead-' || (i % 10000 % 430) || '@example.org',
       date '$AS_OF' + (abs(hashtext('target' || i)) % 721) - 120,
       case when abs(hashtext('status' || i)) % 100 < 85
            then (array['COMPLETE', 'CLOSED'])[1 + i % 2]
            else (array['NOT_STARTED', 'ON_TRACK', 'IN_PROGRESS', 'DELAYED'])[1 + i % 4] end,
       updated, updated - interval '200 days', 90, updated::date + 90, false, 1, now()
from (select i, abs(hashtext('owner' || i)) % 8600 as owner,
             (date '$AS_OF' - (abs(hashtext('update' || i)) % 151))::timestamp + interval '10 hours' as updated
      from generate_series(1, $count) as i) as generated;
vacuum analyze tracked_action;
SQL
}

scan() {
  local as_of=$1 max_rss=0 rss started ended cpu_before cpu_after
  local before; before=$(rss_kb)
  cpu_before=$(cpu_ticks)
  ( while kill -0 "$service_pid" 2>/dev/null; do rss_kb; sleep 0.05; done ) > "$WORK_DIR/rss.samples" &
  local sampler=$!
  started=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"asOf\":\"$as_of\"}" "http://localhost:$SERVICE_PORT/api/v1/scans" > "$WORK_DIR/scan.json"
  ended=$(date +%s.%N)
  cpu_after=$(cpu_ticks)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  for rss in $(cat "$WORK_DIR/rss.samples") "$(rss_kb)"; do (( rss > max_rss )) && max_rss=$rss; done
  printf '  scan as of %s: %6.2f s (service CPU %.1f s); RSS before %d MB, max during scan %d MB\n' "$as_of" \
    "$(echo "$ended - $started" | bc)" "$(echo "($cpu_after - $cpu_before) / $(getconf CLK_TCK)" | bc -l)" \
    $((before / 1024)) $((max_rss / 1024))
  printf '    %s\n' "$(cat "$WORK_DIR/scan.json")"
  printf '    %s\n' "$(grep -o 'claims took [0-9]* ms, sending [0-9]* ms' "$WORK_DIR/service.log" | tail -1)"
}

for size in "${SIZES[@]}"; do
  echo "== $size tracked actions"
  load_actions "$size"
  echo "  open actions: $(psql_run -tA -c 'select count(*) from tracked_action where open'); machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
  scan "$AS_OF"
  scan "$NEXT_DAY"
done
