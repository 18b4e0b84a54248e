#!/usr/bin/env bash
# Benchmark of the pages (not a test; prints figures beside their targets):
#   1. the national matrix page for 43 forces x 29 recommendations x 5 actions, under wrk at 10 connections, taking
#      gzip as browsers do and not:
#      p50/p99 latency (target p99 <= 50 ms) and throughput;
#   2. POST of a progress update -> the matrix cell changing colour in a subscribed headless Chromium: p50/p99
#      (target p99 <= 1 s).
# Starts its own PostgreSQL, Kafka, GreenMail, Keycloak and both packaged services on free ports (as the browser
# tests do), so it needs the services packaged: mvn -B -DskipTests package (from the repository root).
# Needs wrk, chromium and chromium-driver (.ci/install-browser.sh installs the latter two).
# Usage: system-tests/bench/pages-benchmark.sh   (LIVE_SAMPLES=30 by default)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/system-tests"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
[[ -f "$ROOT/plan-service/target/quarkus-app/quarkus-run.jar" ]] \
  || { echo "package the services first: (cd $ROOT && mvn -B -DskipTests package)" >&2; exit 1; }
# With -am the services are in the reactor, for system-tests to resolve their poms; system-tests, last, writes the
# classpath file last.
CLASSPATH_FILE="$MODULE/target/bench.classpath"
(cd "$ROOT" && mvn -B -q -pl system-tests -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CLASSPATH_FILE" -Dexec.skip=true)
exec java -Xmx512m -Drepository.root="$ROOT" -Dbench.liveSamples="${LIVE_SAMPLES:-30}" \
  -Dscreenshots.dir="$MODULE/target/bench-screenshots" \
  -cp "$MODULE/target/test-classes:$ROOT/deploy/local-infra/target/classes:$(cat "$CLASSPATH_FILE")" \
  org.actiontracker.system.bench.PagesBenchmark
