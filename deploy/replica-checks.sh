#!/usr/bin/env bash
# Multi-instance checks: starts `REPLICAS=2 deploy/run` on ports offset from the defaults (PORT_OFFSET, 500), then
#  1. spreads progress-update writes over both plan-service instances and kill -9s the outbox leader half-way:
#     every write answered 2xx must have exactly one event on Kafka (distinct CloudEvent ids), in write order per
#     action, and the other instance must take over publishing within TAKEOVER_LIMIT seconds;
#  2. holds one SSE client on each instance (the one on the killed instance reconnects to the other with
#     Last-Event-ID, as a browser behind a load balancer would): each must receive every event;
#  3. makes actions due for a digest and asks both notification-service instances to scan at the same moment:
#     each recipient must get exactly one message on the SMTP server (the local inbox's JSON API).
# Prints a verdict per check and exits non-zero if one fails. A check, not a test: it is not run by `mvn verify`.
# Needs curl, kcat and python3 (standard library only). Builds the jars with `mvn package` if they are missing
# (never `mvn install`); BUILD=1 forces it.
#
# Usage: deploy/replica-checks.sh     Options (environment): PORT_OFFSET, WRITE_SECONDS (20), WRITERS (4),
#        TAKEOVER_LIMIT (5), ACTIONS (8), BUILD
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$REPO_ROOT/deploy/.run"
RESULTS="$RUN_DIR/replica-checks"
INFRA_MODULE="$REPO_ROOT/deploy/local-infra"
INFRA_CLASSPATH_FILE="$RUN_DIR/local-infra.classpath"
OFFSET="${PORT_OFFSET:-500}"

export REPLICAS=2
export REPLICA_PORT_STEP="${REPLICA_PORT_STEP:-100}"
export PG_PORT=$((15432 + OFFSET)) KAFKA_PORT=$((19092 + OFFSET)) SMTP_PORT=$((13025 + OFFSET))
export MAIL_WEB_PORT=$((18085 + OFFSET))
export PLAN_SERVICE_PORT=$((8081 + OFFSET)) NOTIFICATION_SERVICE_PORT=$((8082 + OFFSET))
# A database of its own, emptied at every start, so that the counts concern this run only.
export INFRA_DATA_DIR="$RUN_DIR/replica-checks-data"
export WRITE_SECONDS="${WRITE_SECONDS:-20}" WRITERS="${WRITERS:-4}" TAKEOVER_LIMIT="${TAKEOVER_LIMIT:-5}"
export ACTIONS="${ACTIONS:-8}"
export LOG_DIR="$RUN_DIR/logs" RUN_DIR

log() { printf '[replica-checks] %s\n' "$*"; }
fail() { printf '[replica-checks] ERROR: %s\n' "$*" >&2; exit 2; }

for tool in curl kcat python3 java mvn; do
  command -v "$tool" >/dev/null || fail "$tool is not on the PATH"
done

if [[ "${BUILD:-0}" == 1 || ! -f "$REPO_ROOT/plan-service/target/quarkus-app/quarkus-run.jar" \
    || ! -f "$REPO_ROOT/notification-service/target/quarkus-app/quarkus-run.jar" || ! -f "$INFRA_CLASSPATH_FILE" ]]; then
  log "building the jars (mvn package, tests skipped)"
  (cd "$REPO_ROOT" && mvn -B -q -DskipTests package -pl plan-service,notification-service -am) || fail "build failed"
  mkdir -p "$RUN_DIR"
  (cd "$INFRA_MODULE" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$INFRA_CLASSPATH_FILE") || fail "no local-infra classpath"
fi

rm -rf "$INFRA_DATA_DIR" "$RESULTS"
mkdir -p "$RESULTS"
log "starting REPLICAS=2 deploy/run (PostgreSQL $PG_PORT, Kafka $KAFKA_PORT, plan-service $PLAN_SERVICE_PORT and" \
  "$((PLAN_SERVICE_PORT + REPLICA_PORT_STEP)), notification-service $NOTIFICATION_SERVICE_PORT and" \
  "$((NOTIFICATION_SERVICE_PORT + REPLICA_PORT_STEP)); output: ${RESULTS#"$REPO_ROOT"/}/run.log)"
SKIP_BUILD=1 SEEDS_DIR=/nonexistent "$REPO_ROOT/deploy/run" >"$RESULTS/run.log" 2>&1 &
RUN_PID=$!
stop_run() {
  if kill -0 "$RUN_PID" 2>/dev/null; then
    log "stopping deploy/run (PID $RUN_PID)"
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
}
trap stop_run EXIT
waited=0
until grep -q 'running; press Ctrl-C' "$RESULTS/run.log" 2>/dev/null; do
  kill -0 "$RUN_PID" 2>/dev/null || { tail -n 40 "$RESULTS/run.log" >&2; fail "deploy/run stopped (output above)"; }
  ((waited < 600)) || fail "deploy/run was not up within 300 s"
  sleep 0.5
  waited=$((waited + 1))
done
log "both instances of each service are up"

TOKEN="$(java -cp "$INFRA_MODULE/target/classes:$(cat "$INFRA_CLASSPATH_FILE")" \
  org.actiontracker.infra.DevTokens replica-checks admin)"
export TOKEN RESULTS

python3 - <<'PY'
import collections, http.client, json, os, re, statistics, subprocess, threading, time, uuid
from datetime import date, datetime, timedelta

E = os.environ
STEP = int(E["REPLICA_PORT_STEP"])
PLAN = [("plan-service", int(E["PLAN_SERVICE_PORT"])), ("plan-service-2", int(E["PLAN_SERVICE_PORT"]) + STEP)]
NOTIFY = [("notification-service", int(E["NOTIFICATION_SERVICE_PORT"])),
          ("notification-service-2", int(E["NOTIFICATION_SERVICE_PORT"]) + STEP)]
TOKEN, LOG_DIR, RUN_DIR, RESULTS = E["TOKEN"], E["LOG_DIR"], E["RUN_DIR"], E["RESULTS"]
RUN = uuid.uuid4().hex[:8]
STALKING_REPORT = "5a1c0000-0000-4000-8000-000000000001"
verdicts = []


def verdict(ok, name, detail):
    label = "INFO" if ok is None else ("PASS" if ok else "FAIL")
    verdicts.append(ok)
    print(f"[{label}] {name}: {detail}", flush=True)


def call(method, port, path, body=None, timeout=15):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Authorization": "Bearer " + TOKEN, "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    try:
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()


def created_id(port, path, body):
    status, headers, text = call("POST", port, path, body)
    if status not in (200, 201):
        raise SystemExit(f"POST {path} answered {status}: {text}")
    return headers.get("Location", headers.get("location")).rstrip("/").rsplit("/", 1)[1]


def pid_of(name):
    with open(f"{RUN_DIR}/{name}.pid") as f:
        return int(f.read().strip())


def peak_rss_mb(name):
    try:
        with open(f"/proc/{pid_of(name)}/status") as f:
            return int(next(l for l in f if l.startswith("VmHWM")).split()[1]) // 1024
    except (OSError, StopIteration, ValueError):
        return None


LOCK_LINE = "holds the publication lock"


def lock_times(name):
    """Wall-clock times (today, local) at which this instance's log says it took the outbox lock."""
    times = []
    with open(f"{LOG_DIR}/{name}.log", errors="replace") as f:
        for line in f:
            if LOCK_LINE in line:
                stamp = datetime.combine(date.today(), datetime.strptime(line[:12], "%H:%M:%S.%f").time())
                times.append(stamp.timestamp())
    return times


def kafka_records():
    """Every record of plan-events: (partition, offset, timestamp ms, key, CloudEvent)."""
    out = subprocess.run(["kcat", "-b", f"localhost:{E['KAFKA_PORT']}", "-t", "plan-events", "-C", "-o", "beginning",
                          "-e", "-q", "-f", "%p\t%o\t%T\t%k\t%s\n"], capture_output=True, text=True, check=True).stdout
    records = []
    for line in out.splitlines():
        partition, offset, stamp, key, value = line.split("\t", 4)
        records.append((int(partition), int(offset), int(stamp), key, json.loads(value)))
    return records


# --- fixtures: an organisation, a plan and actions of this run, due for an "approaching" digest -------------------
port0 = PLAN[0][1]
_, _, recs = call("GET", port0, f"/api/v1/sources/{STALKING_REPORT}/recommendations?size=100")
numbers = [item["number"] for item in json.loads(recs)["items"]][: int(E["ACTIONS"])]
org = created_id(port0, "/api/v1/organisations", {"code": "RC" + RUN.upper(), "name": f"Replica check {RUN}",
                                                   "kind": "POLICE_FORCE"})
plan = created_id(port0, "/api/v1/plans", {
    "organisationId": org, "sourceId": STALKING_REPORT, "title": f"Replica check plan {RUN}",
    "versionLabel": "Replica check", "governanceBody": "Board", "state": "PUBLISHED", "reportingIntervalDays": 90,
    "executiveLead": {"name": "Exec Lead", "role": "DCC", "email": f"exec-{RUN}@replica.example"},
    "operationalLead": {"name": "Ops Lead", "role": "Det Supt", "email": f"ops-{RUN}@replica.example"}})
due = (date.today() + timedelta(days=10)).isoformat()
actions = []
for n, number in enumerate(numbers):
    actions.append(created_id(port0, f"/api/v1/plans/{plan}/actions", {
        "recommendationNumber": number, "description": f"Replica check action {n}", "status": "IN_PROGRESS",
        "statusLabel": "In progress", "rag": "AMBER", "targetDate": due,
        "owner": {"name": f"Owner {n}", "role": "DI", "email": f"owner-{n}-{RUN}@replica.example"}}))
owners = {f"owner-{n}-{RUN}@replica.example" for n in range(len(actions))}

# --- SSE clients, one per plan-service instance; on failure each resumes on the other with Last-Event-ID ----------
stop_sse = threading.Event()


class SseClient(threading.Thread):
    def __init__(self, ports):
        super().__init__(daemon=True)
        self.ports, self.ids, self.last_id, self.reconnects, self.connected = ports, set(), None, 0, threading.Event()

    def run(self):
        index = 0
        while not stop_sse.is_set():
            port = self.ports[index % len(self.ports)]
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                headers = {"Authorization": "Bearer " + TOKEN, "Accept": "text/event-stream"}
                if self.last_id:
                    headers["Last-Event-ID"] = self.last_id
                connection.request("GET", "/api/v1/events", headers=headers)
                response = connection.getresponse()
                if response.status != 200:
                    raise OSError(f"status {response.status}")
                self.connected.set()
                event_id, data = None, []
                while not stop_sse.is_set():
                    line = response.fp.readline()
                    if not line:
                        raise OSError("stream ended")
                    line = line.decode().rstrip("\r\n")
                    if line.startswith("id:"):
                        event_id = line[3:].strip()
                    elif line.startswith("data:"):
                        data.append(line[5:].lstrip())
                    elif line == "" and data:
                        self.ids.add(json.loads("\n".join(data))["id"])
                        self.last_id = event_id or self.last_id
                        event_id, data = None, []
            except (OSError, http.client.HTTPException, ValueError):
                if stop_sse.is_set():
                    return
                self.reconnects += 1
                index += 1
                time.sleep(0.2)


sse = {name: SseClient([port, other]) for (name, port), (_, other) in zip(PLAN, reversed(PLAN))}
for client in sse.values():
    client.start()
for name, client in sse.items():
    if not client.connected.wait(30):
        raise SystemExit(f"the SSE client on {name} could not connect")

# --- writes spread over both instances; the leader is killed half-way ---------------------------------------------
leader = next((i for i, (name, _) in enumerate(PLAN) if lock_times(name)), None)
if leader is None:
    raise SystemExit("neither plan-service instance logged that it holds the outbox lock")
standby = 1 - leader
dead, writes, lock = set(), [], threading.Lock()
deadline = time.time() + int(E["WRITE_SECONDS"])
kill_at = time.time() + int(E["WRITE_SECONDS"]) / 2
killed = {}


def writer(worker):
    mine = actions[worker::int(E["WRITERS"])]
    turn, seq = worker, collections.Counter()
    while time.time() < deadline:
        for action in mine:
            alive = [i for i in range(len(PLAN)) if i not in dead]
            instance = alive[turn % len(alive)]
            turn += 1
            seq[action] += 1
            body = {"period": f"Replica check {RUN}", "text": f"{RUN} seq {seq[action]}"}
            sent = time.time()
            try:
                status, headers, _ = call("POST", PLAN[instance][1], f"/api/v1/actions/{action}/updates", body)
                update = (headers.get("Location") or headers.get("location") or "").rsplit("/", 1)[-1]
            except (OSError, http.client.HTTPException):
                status, update = None, None
                dead.add(instance)  # as a load balancer's health check would, after one refused connection
            with lock:
                writes.append({"action": action, "seq": seq[action], "instance": instance, "status": status,
                               "update": update, "sent": sent, "answered": time.time()})


def killer():
    time.sleep(max(0, kill_at - time.time()))
    killed["pid"] = pid_of(PLAN[leader][0])
    killed["at"] = time.time()
    os.kill(killed["pid"], 9)


threads = [threading.Thread(target=writer, args=(w,)) for w in range(int(E["WRITERS"]))]
threads.append(threading.Thread(target=killer))
for t in threads:
    t.start()
for t in threads:
    t.join()

answered = [w for w in writes if w["status"] is not None and 200 <= w["status"] < 300]
unanswered = [w for w in writes if w["status"] is None]
other = [w for w in writes if w["status"] is not None and not 200 <= w["status"] < 300]
wanted = {w["update"] for w in answered}

# Wait until every answered write's event is on Kafka (or 60 s).
ours = []
for _ in range(120):
    ours = [r for r in kafka_records() if r[4].get("type") == "org.actiontracker.update.recorded"
            and r[3] in set(actions)]
    if wanted <= {r[4]["data"]["resource"]["id"] for r in ours}:
        break
    time.sleep(0.5)
time.sleep(3)
ours = [r for r in kafka_records() if r[4].get("type") == "org.actiontracker.update.recorded" and r[3] in set(actions)]

by_update = collections.defaultdict(list)
for r in ours:
    by_update[r[4]["data"]["resource"]["id"]].append(r)
event_ids = collections.Counter(r[4]["id"] for r in ours)
missing = [u for u in wanted if u not in by_update]
duplicated_ids = {i: c for i, c in event_ids.items() if c > 1}
twice = [u for u, rs in by_update.items() if len({r[4]["id"] for r in rs}) > 1]
extra = [u for u in by_update if u not in wanted]
# When each copy of a duplicated event was published, relative to the kill: a batch sent to Kafka by the leader
# but not yet marked as published in PostgreSQL when it died is sent again by the instance taking over.
copies = "; ".join(
    f"{event_id[:8]}: " + ", ".join(f"{r[2] / 1000 - killed['at']:+.2f} s" for r in ours if r[4]["id"] == event_id)
    for event_id in list(duplicated_ids)[:5])
verdict(not missing and not duplicated_ids and not twice, "outbox failover, exactly one event per 2xx write",
        f"{len(writes)} writes ({len([w for w in answered if w['instance'] == 0])} via {PLAN[0][0]},"
        f" {len([w for w in answered if w['instance'] == 1])} via {PLAN[1][0]} answered 2xx,"
        f" {len(unanswered)} unanswered, {len(other)} other statuses); {len(event_ids)} distinct event ids on Kafka;"
        f" {len(missing)} 2xx writes without an event, {len(duplicated_ids)} event ids on Kafka more than once,"
        f" {len(twice)} updates with two event ids; {len(extra)} events of writes that got no answer"
        + (f"; copies published at (relative to the kill) {copies}" if copies else ""))
for i, (name, _) in enumerate(PLAN):
    latencies = sorted((w["answered"] - w["sent"]) * 1000 for w in answered if w["instance"] == i)
    if latencies:
        verdict(None, f"write latency via {name}", f"{len(latencies)} 2xx, p50 {statistics.median(latencies):.0f} ms,"
                f" p99 {latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]:.0f} ms")

raw_breaks, first_copy_breaks = 0, 0
for action in actions:
    records = sorted((r for r in ours if r[3] == action), key=lambda r: r[1])  # one key, one partition
    seqs = [int(re.search(r"seq (\d+)", r[4]["data"]["resource"]["text"]).group(1)) for r in records]
    raw_breaks += sum(1 for a, b in zip(seqs, seqs[1:]) if b <= a)
    seen, firsts = set(), []
    for r, seq in zip(records, seqs):
        if r[4]["id"] not in seen:
            seen.add(r[4]["id"])
            firsts.append(seq)
    first_copy_breaks += sum(1 for a, b in zip(firsts, firsts[1:]) if b <= a)
verdict(raw_breaks == 0, "order per key",
        f"{len(actions)} actions: {raw_breaks} records behind a later write in partition order;"
        f" {first_copy_breaks} when each event id is taken at its first copy (as a consumer that skips ids it has"
        f" seen does)")

taken = [t for t in lock_times(PLAN[standby][0]) if t >= killed["at"] - 0.5]
published_after = sorted(r[2] / 1000 for r in ours if r[2] / 1000 >= killed["at"])
lock_delay = taken[0] - killed["at"] if taken else None
publish_delay = published_after[0] - killed["at"] if published_after else None
limit = float(E["TAKEOVER_LIMIT"])
verdict(lock_delay is not None and publish_delay is not None and publish_delay <= limit,
        "takeover of publication",
        f"{PLAN[leader][0]} (outbox leader, PID {killed['pid']}) killed with SIGKILL; {PLAN[standby][0]} logged"
        f" holding the lock after {lock_delay if lock_delay is None else round(lock_delay, 2)} s and published the"
        f" first event after {publish_delay if publish_delay is None else round(publish_delay, 2)} s (limit {limit} s;"
        f" log times have millisecond resolution)")

published_at = {r[4]["data"]["resource"]["id"]: r[2] / 1000 for r in ours}
for i, (name, _) in enumerate(PLAN):
    role = "leader until killed" if i == leader else "not the leader until the kill"
    lags = sorted((published_at[w["update"]] - w["answered"]) * 1000 for w in answered
                  if w["instance"] == i and w["update"] in published_at and w["answered"] < killed["at"])
    if lags:
        verdict(None, f"2xx -> on Kafka via {name} ({role})",
                f"{len(lags)} writes before the kill: p50 {statistics.median(lags):.0f} ms, max {lags[-1]:.0f} ms")

time.sleep(3)
stop_sse.set()
expected = set(event_ids)
for name, client in sse.items():
    got = expected & client.ids
    verdict(got == expected, f"SSE client on {name}",
            f"{len(got)}/{len(expected)} events, {client.reconnects} reconnections with Last-Event-ID")

# --- digests: both notification-service instances scan at the same moment ------------------------------------------
for action in actions:
    for _ in range(120):
        if call("GET", NOTIFY[0][1], f"/api/v1/tracked-actions/{action}")[0] == 200:
            break
        time.sleep(0.5)
barrier, reports = threading.Barrier(len(NOTIFY)), {}


def scan(name, port):
    barrier.wait()
    reports[name] = call("POST", port, "/api/v1/scans", {}, timeout=120)[::2]


scanners = [threading.Thread(target=scan, args=(name, port)) for name, port in NOTIFY]
for t in scanners:
    t.start()
for t in scanners:
    t.join()


def inbox_counts():
    connection = http.client.HTTPConnection("127.0.0.1", int(E["MAIL_WEB_PORT"]), timeout=10)
    connection.request("GET", "/api/messages")
    messages = json.loads(connection.getresponse().read())
    counts = collections.Counter()
    for message in messages:
        for address in re.findall(r"[\w.+-]+@[\w.-]+", message["to"]):
            if address.endswith("@replica.example") and RUN in address:
                counts[address] += 1
    return counts


counts, stable_since, started = collections.Counter(), time.time(), time.time()
while time.time() - started < 120:
    now = inbox_counts()
    if now != counts:
        counts, stable_since = now, time.time()
    if owners <= set(counts) and time.time() - stable_since >= 10:
        break
    if time.time() - stable_since >= 45:
        break
    time.sleep(1)
twice = {a: c for a, c in counts.items() if c > 1}
unsent = owners - set(counts)
verdict(not twice and not unsent, "digests with two instances scanning at once",
        f"{len(owners)} owners due, {sum(counts.values())} messages to {len(counts)} recipients of this run,"
        f" {len(twice)} recipients with more than one {dict(twice) if twice else ''}, {len(unsent)} owners without one;"
        f" scan answers: " + "; ".join(f"{n} {s} {b[:160]}" for n, (s, b) in sorted(reports.items())))

for name, _ in PLAN + NOTIFY:
    rss = peak_rss_mb(name)
    verdict(None, f"peak RSS {name}", "killed" if rss is None else f"{rss} MB (VmHWM)")

with open(f"{RESULTS}/writes.json", "w") as f:
    json.dump(writes, f)
failed = sum(1 for v in verdicts if v is False)
print(f"{sum(1 for v in verdicts if v)} passed, {failed} failed", flush=True)
raise SystemExit(1 if failed else 0)
PY
