#!/usr/bin/env bash
# Fault probes: starts the whole system with deploy/run on ports offset from the defaults (PROBE_PORT_OFFSET, 300)
# and a fresh data directory, then, with bounded load on loopback:
#   1. kill -9 of plan-service under writes (deploy/run restarts it);
#   2. Kafka and SMTP frozen (SIGSTOP of the infrastructure JVM, then SIGCONT) under writes;
#   3. a PostgreSQL restart (its own pg_ctl, as its unprivileged user) under writes;
#   4. kill -9 of notification-service 0.7 s into a scan of many digests (deploy/run restarts it);
#   5. hostile requests to both services (malformed JSON, bad bytes, long URLs, control characters in headers).
# It prints a verdict per probe with counts: writes sent / 201 / lost / events duplicated; digests expected / sent /
# duplicated (of them with the same Message-ID, and of those resent in doubt) / in-doubt resends / late. Probe 4's
# verdict is PASS with every digest once, DOUBT when each second copy is a logged in-doubt resend with the same
# Message-ID (accepted by SMTP just before the kill, not yet recorded as sent), FAIL otherwise. Not part of `mvn verify`: it takes a few minutes. It builds with `mvn package` (never install).
#
# Options (environment): PROBE_PORT_OFFSET (300), SKIP_BUILD=1, PROBE_WRITE_RATE (per second, 40),
# PROBE_WRITE_SECONDS (12), PROBE_DIGESTS (200), PROBE_LATE_SECONDS (a digest later than this after the kill is
# late, 60).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$REPO_ROOT/deploy/.run"
PROBE_DIR="$REPO_ROOT/deploy/.probe"
OFFSET="${PROBE_PORT_OFFSET:-300}"
export PG_PORT=$((15432 + OFFSET)) KAFKA_PORT=$((19092 + OFFSET)) SMTP_PORT=$((13025 + OFFSET))
export MAIL_WEB_PORT=$((18085 + OFFSET)) PLAN_SERVICE_PORT=$((8081 + OFFSET))
export NOTIFICATION_SERVICE_PORT=$((8082 + OFFSET))
export INFRA_DATA_DIR="$PROBE_DIR/data"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

log() { printf '[probes] %s\n' "$*"; }

RUN_PID=""
stop_system() {
  if [[ -n "$RUN_PID" ]] && kill -0 "$RUN_PID" 2>/dev/null; then
    log "stopping the system (deploy/run PID $RUN_PID)"
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
}
trap stop_system EXIT

mkdir -p "$PROBE_DIR" "$RUN_DIR"
rm -rf "$INFRA_DATA_DIR"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building (mvn package, tests skipped)"
  (cd "$REPO_ROOT" && mvn -B -q -DskipTests package)
  (cd "$REPO_ROOT/deploy/local-infra" && mvn -B -q "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$RUN_DIR/local-infra.classpath")
fi
CLASSPATH_INFRA="$REPO_ROOT/deploy/local-infra/target/classes:$(cat "$RUN_DIR/local-infra.classpath")"

log "starting the system on ports offset by $OFFSET (log: deploy/.probe/run.log)"
SKIP_BUILD=1 SKIP_DEMO_DATA=1 MAX_RESTARTS=5 "$REPO_ROOT/deploy/run" >"$PROBE_DIR/run.log" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 600); do
  grep -q 'running; press Ctrl-C' "$PROBE_DIR/run.log" && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$PROBE_DIR/run.log"; exit 1; }
  sleep 1
done
grep -q 'running; press Ctrl-C' "$PROBE_DIR/run.log" || { tail -n 40 "$PROBE_DIR/run.log"; exit 1; }
TOKEN="$(grep -o 'export TOKEN=[^ ]*' "$PROBE_DIR/run.log" | head -n 1 | cut -d= -f2)"
PG_RESTART="$(grep '^pg restart' "$RUN_DIR/infra.ready" | sed 's/^pg restart *//' || true)"
log "system up; running the probes"

TOKEN="$TOKEN" PG_RESTART="$PG_RESTART" RUN_DIR="$RUN_DIR" CLASSPATH_INFRA="$CLASSPATH_INFRA" \
  python3 - <<'PYTHON'
import concurrent.futures, datetime, glob, json, os, re, signal, socket, subprocess, threading, time, urllib.error
import urllib.request, uuid

PLAN = "http://127.0.0.1:%s" % os.environ["PLAN_SERVICE_PORT"]
NOTIFY = "http://127.0.0.1:%s" % os.environ["NOTIFICATION_SERVICE_PORT"]
MAIL = "http://127.0.0.1:%s" % os.environ["MAIL_WEB_PORT"]
TOKEN = os.environ["TOKEN"]
RUN_DIR = os.environ["RUN_DIR"]
RATE = int(os.environ.get("PROBE_WRITE_RATE", "40"))
SECONDS = int(os.environ.get("PROBE_WRITE_SECONDS", "12"))
DIGESTS = int(os.environ.get("PROBE_DIGESTS", "200"))
LATE_SECONDS = int(os.environ.get("PROBE_LATE_SECONDS", "60"))
RUN = uuid.uuid4().hex[:8]
verdicts = []


def verdict(line):
    verdicts.append(line)
    print("[probes] " + line, flush=True)


def call(method, url, body=None, timeout=15):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + TOKEN, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
    except Exception:
        return 0, {}, b""


def created(method, url, body):
    status, _, content = call(method, url, body)
    if status != 201:
        raise SystemExit("setup failed: %s %s answered %s %s" % (method, url, status, content[:300]))
    return json.loads(content)["id"]


def pid_of(name):
    with open(os.path.join(RUN_DIR, name + ".pid")) as file:
        return int(file.read().strip())


def wait_ready(base, seconds=240):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/q/health/ready", timeout=5) as response:
                if response.status == 200:
                    return True
        except Exception:
            pass
        time.sleep(0.5)
    return False


def topic_events():
    output = subprocess.run(["java", "-cp", os.environ["CLASSPATH_INFRA"], "org.actiontracker.infra.TopicDump",
                             "127.0.0.1:%s" % os.environ["KAFKA_PORT"], "plan-events"],
                            capture_output=True, text=True, timeout=120).stdout
    events = []
    for line in output.splitlines():
        if "\t" in line:
            try:
                events.append(json.loads(line.split("\t", 1)[1]))
            except ValueError:
                pass
    return events


organisation = created("POST", PLAN + "/api/v1/organisations",
                       {"code": "P" + RUN, "name": "Probeshire Police " + RUN, "kind": "POLICE_FORCE"})
plan = created("POST", PLAN + "/api/v1/plans", {
    "organisationId": organisation, "sourceId": "5a1c0000-0000-4000-8000-000000000001",
    "title": "Probe plan " + RUN, "state": "PUBLISHED", "reportingIntervalDays": 90,
    "executiveLead": {"name": "Exec Lead", "role": "DCC", "email": "exec-%s@probe.example" % RUN}})
write_targets = [created("POST", PLAN + "/api/v1/plans/%s/actions" % plan, {
    "recommendationNumber": "7", "description": "Probe writes %d" % n, "status": "IN_PROGRESS",
    "targetDate": (datetime.date.today() + datetime.timedelta(days=200)).isoformat(),
    "owner": {"name": "Writer", "email": "writer-%s@probe.example" % RUN}}) for n in range(4)]


def write_load(label, fault, fault_at):
    """RATE writes a second for SECONDS seconds; fault() runs fault_at seconds in; returns the outcome."""
    results = []
    lock = threading.Lock()

    def one(n):
        status, _, content = call("POST", PLAN + "/api/v1/actions/%s/updates" % write_targets[n % len(write_targets)],
                                  {"period": "Probe", "text": "%s write %d (%s)" % (label, n, RUN)})
        update_id = json.loads(content).get("id") if status == 201 else None
        with lock:
            results.append((status, update_id))

    total = RATE * SECONDS
    start = time.time()
    fault_thread = threading.Thread(target=lambda: (time.sleep(fault_at), fault()))
    fault_thread.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        for n in range(total):
            delay = start + n / RATE - time.time()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, n)
    fault_thread.join()
    return results


def check_events(label, results, after_fault=None):
    accepted = {update_id for status, update_id in results if status == 201}
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    deadline = time.time() + 120
    drained_at = None
    while True:
        events = topic_events()
        # For each update accepted in this probe: the ids of the events that recorded it.
        recorded = {}
        for event in events:
            if event["type"] == "org.actiontracker.update.recorded":
                resource = (event.get("data") or {}).get("resource") or {}
                if resource.get("id") in accepted:
                    recorded.setdefault(resource.get("id"), []).append(event["id"])
        lost = [u for u in accepted if u not in recorded]
        if not lost:
            drained_at = time.time()
        if not lost or time.time() > deadline:
            break
        time.sleep(3)
    # An event published twice (same id) and two events for one update both count as duplicates.
    duplicated = sum(len(ids) - 1 for ids in recorded.values())
    republished = sum(len(ids) - len(set(ids)) for ids in recorded.values())
    ok = not lost and duplicated == 0 and statuses.get(500, 0) == 0
    drain = "" if after_fault is None or drained_at is None else ", backlog drained %.1f s after the fault ended" \
        % (drained_at - after_fault)
    verdict("%s %s: writes sent %d / 201 %d / lost %d / events duplicated %d (same event id republished %d);"
            " answers %s%s" % (
        "PASS" if ok else "FAIL", label, len(results), len(accepted), len(lost), duplicated, republished,
        ", ".join("%s: %d" % ("refused" if s == 0 else s, c) for s, c in sorted(statuses.items())), drain))


# 1. kill -9 of plan-service under writes
def kill_plan_service():
    os.kill(pid_of("plan-service"), signal.SIGKILL)


results = write_load("kill-9-plan-service", kill_plan_service, SECONDS / 3)
wait_ready(PLAN)
check_events("1 kill -9 plan-service under writes", results)

# 2. Kafka and SMTP frozen under writes
frozen = {}


def freeze_infra():
    infra = pid_of("infra")
    os.kill(infra, signal.SIGSTOP)
    time.sleep(SECONDS / 2)
    os.kill(infra, signal.SIGCONT)
    frozen["until"] = time.time()


results = write_load("kafka-smtp-frozen", freeze_infra, 1)
check_events("2 Kafka+SMTP frozen %ds under writes" % (SECONDS // 2), results, frozen.get("until"))

# 3. PostgreSQL restart under writes
restart_output = {}


def restart_postgres():
    command = os.environ.get("PG_RESTART")
    if command:
        # The restarted server would keep captured pipes open: its output goes to its log file instead.
        restart_output["exit"] = subprocess.run(command, shell=True, stdin=subprocess.DEVNULL,
                                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                                timeout=120).returncode
    else:
        restart_output["exit"] = "no restart command (not running as root?)"


results = write_load("postgres-restart", restart_postgres, SECONDS / 3)
time.sleep(3)
check_events("3 PostgreSQL restart (pg_ctl exit %s) under writes" % restart_output.get("exit"), results)

# 4. kill -9 of notification-service mid-scan
overdue = (datetime.date.today() - datetime.timedelta(days=2)).isoformat()
digest_org = created("POST", PLAN + "/api/v1/organisations",
                     {"code": "D" + RUN, "name": "Digestshire Police " + RUN, "kind": "POLICE_FORCE"})
digest_plan = created("POST", PLAN + "/api/v1/plans", {
    "organisationId": digest_org, "sourceId": "5a1c0000-0000-4000-8000-000000000001",
    "title": "Digest probe " + RUN, "state": "PUBLISHED", "reportingIntervalDays": 90})
recipients = ["owner%03d-%s@probe.example" % (n, RUN) for n in range(DIGESTS)]
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    list(pool.map(lambda email: created("POST", PLAN + "/api/v1/plans/%s/actions" % digest_plan, {
        "recommendationNumber": "7", "description": "Overdue for " + email, "status": "IN_PROGRESS",
        "targetDate": overdue, "owner": {"name": "Owner", "email": email}}), recipients))
deadline = time.time() + 120
while time.time() < deadline:
    status, _, content = call("POST", NOTIFY + "/api/v1/scans", {"dryRun": True, "organisationId": digest_org})
    if status == 200 and len(json.loads(content).get("wouldSend", [])) >= DIGESTS:
        break
    time.sleep(2)
scan_result = {}
scan = threading.Thread(target=lambda: scan_result.update(
    answer=call("POST", NOTIFY + "/api/v1/scans", {"organisationId": digest_org}, timeout=120)[0]))
scan.start()
time.sleep(0.7)
os.kill(pid_of("notification-service"), signal.SIGKILL)
killed_at = time.time()
scan.join()
wait_ready(NOTIFY)
first_seen = {}
deadline = killed_at + LATE_SECONDS + 60
while time.time() < deadline:
    with urllib.request.urlopen(MAIL + "/api/messages", timeout=30) as response:
        messages = [m for m in json.loads(response.read()) if m["to"] in recipients]
    for message in messages:
        first_seen.setdefault(message["to"], time.time())
    if len(first_seen) >= DIGESTS:
        break
    time.sleep(1)
time.sleep(5)
with urllib.request.urlopen(MAIL + "/api/messages", timeout=30) as response:
    messages = [m for m in json.loads(response.read()) if m["to"] in recipients]
per_recipient = {}
for message in messages:
    per_recipient.setdefault(message["to"], []).append(message["messageId"])
late = sum(1 for seen in first_seen.values() if seen - killed_at > LATE_SECONDS)
# The digests the restarted service resent in doubt (an attempt had started, no outcome was recorded), by the id
# its log line names; the Message-ID <digest-{id}@...> names the same id.
in_doubt_ids = set()
for log_file in glob.glob(os.path.join(RUN_DIR, "logs", "notification-service.log*")):
    with open(log_file, errors="replace") as lines:
        in_doubt_ids.update(re.findall(r"Digest ([0-9a-f-]{36}) is in doubt", lines.read()))
digest_ids = {m["messageId"]: (re.search(r"<digest-([0-9a-f-]{36})@", m["messageId"] or "") or [None, None])[1]
              for m in messages}
# Every copy beyond a recipient's first is a duplicate; it is recognisable when it carries the first copy's
# Message-ID, and explained when, besides, the service logged that digest as an in-doubt resend.
duplicated = same_message_id = in_doubt_duplicates = 0
for ids in per_recipient.values():
    for copy in ids[1:]:
        duplicated += 1
        if copy == ids[0]:
            same_message_id += 1
            if digest_ids.get(copy) in in_doubt_ids:
                in_doubt_duplicates += 1
probe_in_doubt = {digest_ids[m["messageId"]] for m in messages} & in_doubt_ids
# PASS: every digest once. DOUBT: every digest arrived, and each second copy is a logged in-doubt resend with the
# same Message-ID (the window SMTP and the database cannot close together). FAIL: anything else.
# The window itself, as the restarted service timed it: SMTP acceptance to committed SENT record, per digest.
window = {}
with urllib.request.urlopen(NOTIFY + "/q/metrics", timeout=30) as response:
    for line in response.read().decode().splitlines():
        name, _, value = line.split(" # ", 1)[0].rpartition(" ")
        if name.startswith("notification_emails_sent_record_delay_seconds"):
            window[name[len("notification_emails_sent_record_delay_seconds"):]] = float(value)
complete = len(per_recipient) == DIGESTS and late == 0
outcome = ("PASS" if complete and duplicated == 0
           else "DOUBT" if complete and in_doubt_duplicates == duplicated else "FAIL")
verdict("%s 4 kill -9 notification-service 0.7 s into a scan (scan answered %s): digests expected %d / "
                "sent %d / duplicated %d (same Message-ID %d, of them in-doubt resends %d) / in-doubt resends %d"
                " / late (> %d s) %d; last digest %.1f s after the kill; acceptance to SENT record over %d digests:"
                " median %.1f ms, p99 %.1f ms, max %.1f ms"
                % (outcome, scan_result.get("answer", "?") or "no answer (killed)", DIGESTS,
                   len(per_recipient), duplicated, same_message_id, in_doubt_duplicates, len(probe_in_doubt),
                   LATE_SECONDS, late, (max(first_seen.values()) - killed_at) if first_seen else -1,
                   window.get("_count", 0), window.get('{quantile="0.5"}', -1) * 1000,
                   window.get('{quantile="0.99"}', -1) * 1000, window.get("_max", -1) * 1000))

# 5. hostile requests: every one is a 4xx problem, none a 5xx, no e-mail
victim = "hostile-%s@probe.example" % RUN
created("POST", PLAN + "/api/v1/plans/%s/actions" % digest_plan, {
    "recommendationNumber": "7", "description": "Hostile probe", "status": "IN_PROGRESS", "targetDate": overdue,
    "owner": {"name": "Owner", "email": victim}})
time.sleep(5)
scope = ('"organisationId":"%s"' % digest_org).encode()
update_path = ("/api/v1/actions/%s/updates" % write_targets[0]).encode()


def raw(port, request):
    with socket.create_connection(("127.0.0.1", int(port)), timeout=15) as connection:
        connection.sendall(request)
        chunks = []
        try:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except socket.timeout:
            pass
    return b"".join(chunks).decode("latin-1")


def post(port, path, body, extra=b""):
    return (b"POST " + path + b" HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN.encode()
            + b"\r\nContent-Type: application/json\r\nConnection: close\r\n" + extra + b"Content-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)


def get(port, path, extra=b""):
    return b"GET " + path + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extra + b"\r\n"


N, P = os.environ["NOTIFICATION_SERVICE_PORT"], os.environ["PLAN_SERVICE_PORT"]
scan_bodies = [b"{" + scope + b"} trailing", b"{" + scope + b"}}}}", b"{" + scope + b"}{" + scope + b"}",
               b"{" + scope + b',"sendTo":"all"}', b"{" + scope + b',"asOf":20260101}',
               b"{" + scope + b',"asOf":"+57440-04-10"}', b"{" + scope + b',"asOf":"2026-02-30"}',
               b"{" + scope + b',"asOf":true}', b"{" + scope + b',"dryRun":"yes"}', b"{" + scope + b"," + scope + b"}",
               b"{" + scope + b',"x":"\xc0\xaf"}', b"{" + scope + b',"x":"\xff"}', b"[" + b"{" + scope + b"}]",
               b'{"organisationId":' + b"[" * 5000 + b"]" * 5000 + b"}"]
update_bodies = [b'{"period":"p","text":"a\\u0000b"}', b'{"period":"a\\u0000","text":"b"}',
                 b'{"period":"p","text":"\xc0\xaf"}', b'{"period":"p","text":"\\ud800"}', b'{"period":"p","text":true}',
                 b'{"period":"p","text":"x","text":"y"}', b'{"period":"p","text":"x"} []',
                 b'{"period":"p","text":"x","reportedOn":20260101}', b'{"period":"p","text":"x","newStatus":1}']
requests = [(N, post(N, b"/api/v1/scans", body)) for body in scan_bodies]
requests += [(P, post(P, update_path, body)) for body in update_bodies]
for port, base in ((P, b"/api/v1/actions"), (N, b"/api/v1/notifications")):
    requests += [(port, get(port, base + b"?q=" + b"x" * 10000)),
                 (port, get(port, base, b"X-Probe: a\x00b\r\n")), (port, get(port, base, b"X-Probe: a\rb\r\n")),
                 (port, get(port, base, b"X-Probe: a\x07b\r\n")), (port, get(port, base + b"?ownerEmail=a%00b")),
                 (port, get(port, base, b"X-Big: " + b"y" * 20000 + b"\r\n"))]
answers = {"problem 4xx": 0, "other": 0}
others = []
for port, request in requests:
    response = raw(port, request)
    status = response[9:12]
    if status.startswith("4") and "application/problem+json" in response.lower():
        answers["problem 4xx"] += 1
    else:
        answers["other"] += 1
        others.append(status or "no answer")
time.sleep(3)
with urllib.request.urlopen(MAIL + "/api/messages", timeout=30) as response:
    mailed = [m for m in json.loads(response.read()) if m["to"] == victim]
ok = answers["other"] == 0 and not mailed
verdict("%s 5 hostile requests: sent %d / 4xx problems %d / other %d %s/ e-mails from them %d" % (
    "PASS" if ok else "FAIL", len(requests), answers["problem 4xx"], answers["other"],
    ("(" + ", ".join(others) + ") ") if others else "", len(mailed)))

print("\nVerdicts:")
for line in verdicts:
    print(line)
PYTHON
log "restarts and outages as deploy/run and the services logged them:"
grep -E 'killed by signal|restarting|running again' "$PROBE_DIR/run.log" | sed 's/^/  /' || true
grep -hE 'PostgreSQL is (unreachable|reachable)|Took over|is in doubt' "$RUN_DIR"/logs/*.log* 2>/dev/null | sed 's/^/  /' | head -n 20 || true
