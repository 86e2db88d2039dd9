#!/usr/bin/env bash
# The test command (README, .ci/run): installs everything, starts a real Kafka broker from the
# Maven Central jars, uses the PostgreSQL at DATABASE_URL / 127.0.0.1:5432 (or starts an embedded
# one), then lints, type-checks, builds and runs every project's tests, end-to-end included.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI="${CI:-true}" FORCE_COLOR=0
start=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - start )) s)"; }

step "install (npm ci)"
npm ci --no-audit --no-fund

step "Kafka broker jars (Maven Central)"
node tools/kafka/broker.js fetch

step "proto lint (buf)"
npx buf lint
step "REST views generated from proto/ are current"
node tools/gen-rest-views.js --check
step "format (prettier --check)"
npx prettier --check . --log-level warn
step "lint (eslint: module boundaries on project tags, TypeScript rules)"
npx nx reset >/dev/null # a project graph cached before a rename would map imports to the wrong project
npx nx show projects >/dev/null # the boundary rule reads the cached project graph
npx eslint . --max-warnings 0
step "type check"
npx tsc -p tsconfig.json --noEmit
step "build"
npx nx run-many -t build --output-style=static
step "OpenAPI document lint (redocly, rules in redocly.yaml)"
node tools/openapi.js dist/openapi.json
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint dist/openapi.json

step "infrastructure"
# the public labour-market page is checked in headless Chromium (Debian's package, driven by puppeteer-core)
bash tools/install-chromium.sh
KAFKA_DATA="$(mktemp -d -t siapkerja-ci-kafka-XXXXXX)"
cleanup() { node tools/kafka/broker.js down --data "$KAFKA_DATA" >/dev/null 2>&1 || true; rm -rf "$KAFKA_DATA"; }
trap cleanup EXIT
eval "$(node tools/kafka/broker.js up --data "$KAFKA_DATA" | grep '^KAFKA_BROKERS=')"
export KAFKA_BROKERS
echo "Kafka: $KAFKA_BROKERS"

step "tests (unit, integration, end-to-end)"
export TEST_SUMMARY_DIR="$(mktemp -d -t siapkerja-tests-XXXXXX)"
status=0
timeout 3600 npx nx run-many -t test --parallel=1 --output-style=stream || status=$?

node -e '
const fs = require("fs"), path = require("path");
const dir = process.env.TEST_SUMMARY_DIR;
let passed = 0, failed = 0, skipped = 0, suites = 0;
for (const f of fs.readdirSync(dir)) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  passed += r.passed; failed += r.failed; skipped += r.skipped; suites += r.suitesFailed;
  console.log(`  ${r.project.padEnd(28)} ${r.passed} passed, ${r.failed} failed${r.suitesFailed ? `, ${r.suitesFailed} suites failed` : ""}`);
}
if (suites && !failed) failed = suites;
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) process.exit(1);
' || status=1
echo "total time: $(( $(date +%s) - start )) s"
exit $status
