#!/usr/bin/env bash
# Runs a command against the packaged application (the jar users get, the back office as Vite built it, served by
# Quinoa), started in demo mode (demo accounts and data, embedded PostgreSQL), then stops it.
#
#   deploy/benchmarks/packaged-demo.sh node backoffice-ui/e2e/page-load.bench.mjs          # docs/benchmarks/page-load.md
#   SCREENSHOT_DIR=$PWD/docs/screenshots deploy/benchmarks/packaged-demo.sh npm --prefix backoffice-ui run e2e
#
# The jar is built with the dev profile (`-Dquarkus.profile=dev`): the demo operators are a Flyway location fixed at
# build time, and demo accounts are refused by the production profile. Everything the browser receives is the
# production build. SKIP_BUILD=1 reuses api/target/quarkus-app. PORT (default 8090) is where it listens; the command
# gets PARCOURS_BASE_URL.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${PORT:-8090}"
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
LOG="${LOG:-$ROOT/target/packaged-demo.log}"
mkdir -p "$(dirname "$LOG")"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl domain,api -am package -DskipTests -Dquarkus.profile=dev -Dquarkus.quinoa.run-tests=false)
fi

# A packaged jar has no generated key pair, whatever its profile: one is made for the run.
KEYS="$(mktemp -d)"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/jwt-private.pem" 2>/dev/null
openssl rsa -in "$KEYS/jwt-private.pem" -pubout -out "$KEYS/jwt-public.pem" 2>/dev/null

QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$KEYS/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEYS/jwt-public.pem" \
  java -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; rm -rf "$KEYS"' EXIT
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "not ready after 10 minutes" >&2; exit 1; }

cd "$ROOT"
PARCOURS_BASE_URL="http://127.0.0.1:$PORT" "$@"
