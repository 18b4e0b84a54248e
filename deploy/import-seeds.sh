#!/usr/bin/env bash
# Imports every published plan in a folder through the public API (POST /api/v1/imports), so that each record is
# authorised and emits its events like any other write, and prints what each import found and did. Importing a
# folder again adds only what is new. The plans go to the organisations they name (created when missing, which
# needs an admin token) and are published, as their originals were.
# Usage: deploy/import-seeds.sh BASE_URL TOKEN [DIR]   (DIR defaults to plan-service/src/test/resources/seeds)
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 BASE_URL TOKEN [DIR]" >&2
  exit 2
fi
BASE="${1%/}"
TOKEN="$2"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${3:-$REPO_ROOT/plan-service/src/test/resources/seeds}"
[[ -d "$DIR" ]] || { echo "import seeds: no directory $DIR" >&2; exit 2; }

# number NAME JSON: the number a JSON field holds; text NAME JSON: the string, unquoted.
number() { grep -oE "\"$1\":[0-9]+" <<<"$2" | head -n 1 | cut -d: -f2; }
text() { grep -oE "\"$1\":\"([^\"\\\\]|\\\\.)*\"" <<<"$2" | head -n 1 | cut -d: -f2- | sed -E 's/^"|"$//g'; }

failed=0
imported=0
for file in "$DIR"/*; do
  name="$(basename "$file")"
  # the folder's own notes are not plans
  [[ -f "$file" && ! "$name" =~ ^(README|\.) ]] || continue
  # uploaded as a browser sends a file; the service tells the format (text, HTML, Word, Excel, PDF...) by content
  response="$(curl -sS -X POST "$BASE/api/v1/imports?state=PUBLISHED" \
    -H "Authorization: Bearer $TOKEN" -F "file=@$file" -w '\n%{http_code}')" \
    || { echo "$name: request failed" >&2; failed=$((failed + 1)); continue; }
  status="$(tail -n 1 <<<"$response")"
  body="$(sed '$d' <<<"$response")"
  if [[ "$status" != 200 && "$status" != 201 ]]; then
    echo "$name: HTTP $status $(text detail "$body" || true)" >&2
    failed=$((failed + 1))
    continue
  fi
  organisation="$(text name "$(grep -oE '"organisation":\{[^}]*\}' <<<"$body")")"
  plan="$(text outcome "$(grep -oE '"plan":\{"id":"[^"]*","outcome":"[A-Z]+"' <<<"$body")")"
  counts="$(grep -oE '"counts":\{[^}]*\}' <<<"$body")"
  printf '%s: %s, plan %s: %s recommendations, %s actions, %s updates (%s dated, %s undated); added %s actions and %s updates, changed %s actions; %s rows unplaced, %s warnings\n' \
    "$name" "$organisation" "$plan" "$(number recommendations "$counts")" "$(number actions "$counts")" \
    "$(number updates "$counts")" "$(number datedUpdates "$counts")" "$(number undatedUpdates "$counts")" \
    "$(number newActions "$counts")" "$(number newUpdates "$counts")" "$(number changedActions "$counts")" \
    "$(number unplacedRows "$counts")" "$(number warnings "$counts")"
  imported=$((imported + 1))
done

echo "import seeds: $imported imported, $failed failed, from $DIR"
[[ "$failed" -eq 0 ]]
