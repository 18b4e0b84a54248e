#!/usr/bin/env bash
# Import benchmark: the time to detect and read one published plan, and the peak heap while doing so, per format
# (text export, HTML, Markdown, CSV, Word, Excel, PDF), including a 5 MB Word document and a 50-page PDF, printed
# beside the import limits (application.properties, imports.*) and the service's heap (deploy/plan-service.jvm-options).
# It runs org.actiontracker.plan.bench.ImportBenchmark in a JVM with the service's heap size, so a document that
# would not fit the service fails here too. No server or database is needed: this measures the reading, which is
# what grows with the document; writing the records is the API benchmark's subject.
# Usage: plan-service/bench/import-benchmark.sh      env: RUNS=5 SKIP_BUILD=1 (reuse target/ from an earlier build)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
WORK="$(mktemp -d /tmp/import-benchmark.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
RUNS="${RUNS:-5}"
PROPERTIES="$REPO_ROOT/plan-service/src/main/resources/application.properties"

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

# property NAME: its value in application.properties (the unprofiled line)
property() { grep -E "^$1=" "$PROPERTIES" | head -n 1 | cut -d= -f2; }
HEAP_MB="$(grep -E '^-Xmx[0-9]+m$' "$REPO_ROOT/deploy/plan-service.jvm-options" | tr -dc '0-9')"
LIMITS="$(property imports.max-document-bytes),$(property imports.max-decompressed-bytes),$(property imports.max-zip-entries),$(property imports.max-pdf-pages)"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$REPO_ROOT" && mvn -B -q -pl plan-service -am test-compile -Dquarkus.build.skip=true)
fi
(cd "$REPO_ROOT" && mvn -B -q -pl plan-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/test.classpath" -o 2>/dev/null \
  || mvn -B -q -pl plan-service -am dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/test.classpath")
CLASSPATH="$REPO_ROOT/plan-service/target/classes:$REPO_ROOT/plan-service/target/test-classes:$(cat "$WORK/test.classpath")"

echo "import benchmark: $RUNS runs per document after 2 warm-up runs, JVM heap -Xmx${HEAP_MB}m as the service's"
java -Xms"${HEAP_MB}m" -Xmx"${HEAP_MB}m" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
  -cp "$CLASSPATH" org.actiontracker.plan.bench.ImportBenchmark \
  "$REPO_ROOT/plan-service/src/test/resources/seeds" "$RUNS" "$LIMITS" "$HEAP_MB"
