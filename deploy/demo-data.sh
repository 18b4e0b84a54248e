#!/usr/bin/env bash
# Loads demo data through the public API, so that every record also produces its events:
# an organisation with a published plan answering the stalking report (whose recommendations
# are reference data), actions across statuses and deadlines, and dated progress updates.
# Usage: deploy/demo-data.sh BASE_URL ADMIN_TOKEN
set -euo pipefail

BASE="$1"
TOKEN="$2"
STALKING_REPORT=5a1c0000-0000-4000-8000-000000000001

# post PATH JSON [IF_MATCH]: prints the id from the Location header; fails loudly on any non-2xx.
post() {
  local headers
  headers="$(curl -sS -o /dev/null -D - -X POST "$BASE$1" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$2" -w '%{http_code}\n')"
  if ! grep -qE '^20[01]$' <<<"$(tail -n 1 <<<"$headers")"; then
    echo "demo data: POST $1 failed:" >&2
    curl -sS -X POST "$BASE$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" >&2
    exit 1
  fi
  grep -i '^location:' <<<"$headers" | sed -E 's#.*/([0-9a-f-]{36}).*#\1#'
}

existing="$(curl -sS "$BASE/api/v1/organisations?size=500" | grep -o '"code":"DEMO"' || true)"
if [[ -n "$existing" ]]; then
  echo "demo data: already loaded"
  exit 0
fi

org="$(post /api/v1/organisations '{"code":"DEMO","name":"Demoshire Police","kind":"POLICE_FORCE"}')"
plan="$(post /api/v1/plans "{\"organisationId\":\"$org\",\"sourceId\":\"$STALKING_REPORT\",
  \"title\":\"Demoshire Police response to the police response to stalking\",
  \"versionLabel\":\"March 2026 Update\",\"governanceBody\":\"Public Protection Board\",
  \"state\":\"PUBLISHED\",\"reportingIntervalDays\":90,
  \"executiveLead\":{\"name\":\"Alex Morgan\",\"role\":\"Deputy Chief Constable\",\"email\":\"dcc@demoshire.police.example\"},
  \"operationalLead\":{\"name\":\"Sam Patel\",\"role\":\"Det Supt, Public Protection\",\"email\":\"ppu@demoshire.police.example\"}}")"

action() { # recommendation, sub-point or empty, description, status, label, rag, target date, owner
  local sub=""
  [[ -n "$2" ]] && sub="\"subPointRef\":\"$2\","
  post "/api/v1/plans/$plan/actions" "{\"recommendationNumber\":\"$1\",$sub\"description\":\"$3\",
    \"status\":\"$4\",\"statusLabel\":\"$5\",\"rag\":\"$6\",\"targetDate\":\"$7\",
    \"owner\":{\"name\":\"$8\",\"role\":\"Detective Inspector\",\"email\":\"$9\"}}"
}

overdue="$(action 7 "" "Change the crime recording system so secondary stalking crimes are searchable" \
  DELAYED "Delayed" RED 2025-03-27 "Jo Bloggs" jo.bloggs@demoshire.police.example)"
soon="$(action 14 "" "Make sure every stalking victim is told about their rights under the victims' code" \
  IN_PROGRESS "In Progress 50%" AMBER "$(date -d '+10 days' +%F)" "Jo Bloggs" jo.bloggs@demoshire.police.example)"
stale="$(action 12 "" "Use the stalking screening tool in all stalking and breach cases" \
  ON_TRACK "On Track" GREEN "$(date -d '+200 days' +%F)" "Chris Lee" chris.lee@demoshire.police.example)"
done_action="$(action 10 "" "Stalking training for all frontline officers" \
  COMPLETE "Action Complete" GREEN 2025-03-27 "Chris Lee" chris.lee@demoshire.police.example)"

post "/api/v1/actions/$overdue/updates" '{"period":"Oct 24","reportedOn":"2024-10-01","authorRole":"Det Supt Southbank","text":"Supplier engaged; system change scoped."}' >/dev/null
post "/api/v1/actions/$overdue/updates" '{"period":"March 2025 Update","reportedOn":"2025-03-27","authorRole":"DCI Safeguarding Governance","text":"Supplier release slipped to the autumn; interim intelligence flag in place.","newStatus":"DELAYED","newStatusLabel":"Delayed","newRag":"RED"}' >/dev/null
post "/api/v1/actions/$soon/updates" '{"period":"March 2026 Update","reportedOn":"2026-03-27","text":"Victim needs assessments audited monthly; 82% compliance.","newPercentComplete":50}' >/dev/null
post "/api/v1/actions/$done_action/updates" '{"period":"March 2025 Update","reportedOn":"2025-03-27","text":"All frontline officers completed the College of Policing e-learning.","newStatus":"COMPLETE","newStatusLabel":"Action Complete","newPercentComplete":100}' >/dev/null
echo "demo data: organisation $org, plan $plan, 4 actions, 4 updates (action $stale has none: stale)"
