#!/usr/bin/env bash
# Runs the image of deploy/image/build.sh with podman as production would (read-only root file system, a tmpfs /tmp,
# every capability dropped, no new privileges, the image's own non-root user, the production profile and its checks)
# against a real PostgreSQL 15 server started for the run, and passes the jar's smoke test: /q/health/ready on the
# management port, a sign-in, one read; plus what the image promises: the request id answered and carried by a JSON log
# line, the metrics, the user, a root file system that cannot be written.
#
#   deploy/image/build.sh && deploy/image/smoke.sh
#
# Needs root, podman and runc (apt-get install podman runc) and PostgreSQL 15's server (postgresql-15). Everything
# listens on 127.0.0.1 only (the container shares the host's network). Options (environment): PORT_PG (55495),
# PORT_APP (18095), PORT_MGMT (18195), KEEP=1 (leave the server and the container running).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ARCHIVE="$ROOT/target/parcours.oci.tar"
WORK="${WORK:-$ROOT/target/image/smoke}"
PGBIN=/usr/lib/postgresql/15/bin
PORT_PG="${PORT_PG:-55495}"
PORT_APP="${PORT_APP:-18095}"
PORT_MGMT="${PORT_MGMT:-18195}"
PGDATA_ROOT="${PGDATA_ROOT:-/tmp/parcours-image-smoke}"
PGLOG="$PGDATA_ROOT/postgres.log"
JAR="$ARCHIVE" # what check_ready_to_run requires to exist
NAME=parcours-smoke
API="http://127.0.0.1:$PORT_APP/api/v1"
MGMT="http://127.0.0.1:$PORT_MGMT"
# the benchmark accounts' bcrypt hash (deploy/benchmarks/region-scale/accounts.sql) and its password
HASH='$2a$10$RtWzCe4HpqfdKPL5Xmwelutx2eh5BZ0x0dpct4FPbWJd0vkLwFAfm'
PASSWORD='Bench-Parcours-2026'

# podman with the image's own storage (that of build.sh). On this machine's sandbox podman needs runc (crun refuses
# cgroups in hybrid mode), the cgroupfs manager, and explicit limits (its default raises them above the sandbox's,
# which setrlimit refuses); a normal host needs none of the three (deploy/README.md "Container and Kubernetes").
P=(podman --root "$ROOT/target/image/storage" --runroot "$ROOT/target/image/run" --storage-driver vfs
  --runtime runc --cgroup-manager cgroupfs)
LIMITS=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit "nproc=4096:4096")

mkdir -p "$WORK"
# shellcheck source=../benchmarks/lib/cluster.sh
source "$ROOT/deploy/benchmarks/lib/cluster.sh"
stop_container() { "${P[@]}" rm --force --time 20 "$NAME" >/dev/null 2>&1 || true; }
trap '[ -n "${KEEP:-}" ] || { stop_container; cleanup; }' EXIT
log() { echo "[$(date -u +%T)] $*" >&2; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; "${P[@]}" logs --tail 40 "$NAME" >&2 2>/dev/null || true; exit 1; }
ok() { echo "ok    $*"; }

[ -f "$ARCHIVE" ] || { echo "Build the image first: deploy/image/build.sh" >&2; exit 1; }
check_ready_to_run
stop_container

log "PostgreSQL 15 on 127.0.0.1:$PORT_PG: the schema owner parcours, the application's role parcours_app"
new_cluster </dev/null
psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c "create role parcours_app login password 'parcours-app-secret'"
keys
mkdir -p "$WORK/jwt" && cp "$WORK/jwt-private.pem" "$WORK/jwt-public.pem" "$WORK/jwt/" && chmod 0644 "$WORK"/jwt/*.pem

log "podman run (read-only root, tmpfs /tmp, cap-drop ALL, no-new-privileges)"
if ! "${P[@]}" run --detach --name "$NAME" --network host --read-only --tmpfs /tmp:rw,nosuid,nodev,size=64m \
  --cap-drop ALL --security-opt no-new-privileges "${LIMITS[@]}" \
  --volume "$WORK/jwt:/secrets/jwt:ro" \
  --env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT_PG/parcours" \
  --env QUARKUS_DATASOURCE_USERNAME=parcours_app --env QUARKUS_DATASOURCE_PASSWORD=parcours-app-secret \
  --env QUARKUS_FLYWAY_USERNAME=parcours --env QUARKUS_FLYWAY_PASSWORD=parcours \
  --env PARCOURS_EMBEDDED_DATABASE_ENABLED=false \
  --env SMALLRYE_JWT_SIGN_KEY_LOCATION=/secrets/jwt/jwt-private.pem \
  --env MP_JWT_VERIFY_PUBLICKEY_LOCATION=/secrets/jwt/jwt-public.pem \
  --env PARCOURS_PUBLIC_BASE_URL=https://parcours.example.be \
  --env QUARKUS_HTTP_HOST=127.0.0.1 --env QUARKUS_HTTP_PORT="$PORT_APP" \
  --env QUARKUS_MANAGEMENT_HOST=127.0.0.1 --env QUARKUS_MANAGEMENT_PORT="$PORT_MGMT" \
  "oci-archive:$ARCHIVE" >"$WORK/podman-run.log" 2>&1; then
  cat "$WORK/podman-run.log" >&2
  fail "podman could not run the image (the error above)"
fi

log "waiting for $MGMT/q/health/ready"
for _ in $(seq 1 180); do
  curl -fsS "$MGMT/q/health/ready" >"$WORK/ready.json" 2>/dev/null && break
  [ "$("${P[@]}" inspect --format '{{.State.Running}}' "$NAME" 2>/dev/null)" = true ] || fail "the container stopped"
  sleep 1
done
grep -q '"status": *"UP"' "$WORK/ready.json" || fail "not ready after 180 s"
ok "/q/health/ready is UP on the management port ($(tr -d '\n ' <"$WORK/ready.json" | head -c 120)…)"

psql_ -c "insert into user_account (id, username, password_hash, display_name, role, active, created_at)
          values (gen_random_uuid(), 'smoke.admin', '$HASH', 'Smoke test', 'ADMINISTRATOR', true, now())"
TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"grantType\":\"password\",\"username\":\"smoke.admin\",\"password\":\"$PASSWORD\"}" "$API/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])') || fail "sign-in refused"
ok "signed in as an administrator (a token of ${#TOKEN} characters)"

curl -fsS -D "$WORK/read.headers" -o "$WORK/read.json" -H "Authorization: Bearer $TOKEN" \
  -H 'X-Request-Id: smoke-read-0001' "$API/communes/62063" || fail "the read failed"
grep -q '"nisCode" *: *"62063"' "$WORK/read.json" || fail "the read answered $(head -c 200 "$WORK/read.json")"
ok "read GET /api/v1/communes/62063: $(head -c 80 "$WORK/read.json")…"
grep -qi '^x-request-id: smoke-read-0001' "$WORK/read.headers" || fail "X-Request-Id not answered"
ok "X-Request-Id answered"

# a write that logs a line (the administration's trail), under a request id of ours
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'X-Request-Id: smoke-write-0001' \
  -H 'Content-Type: application/json' \
  -d '{"username":"smoke.analyst","displayName":"Smoke","role":"REGION_ANALYST","password":"Smoke-test-password-2026"}' \
  "$API/users" || fail "the account was not created"
ok "a write: POST /api/v1/users"
"${P[@]}" logs "$NAME" >"$WORK/container.log" 2>&1
python3 - "$WORK/container.log" <<'PY' || fail "no JSON log line with the request id"
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("{")]
parsed = [json.loads(l) for l in lines]
assert parsed and all("level" in p and "message" in p for p in parsed), "no JSON line"
mine = [l for l, p in zip(lines, parsed) if p.get("mdc", {}).get("requestId") == "smoke-write-0001"]
assert mine, "no JSON line carries the request id smoke-write-0001"
print(f"ok    {len(parsed)} JSON log lines; the write's: {mine[0].strip()[:200]}")
PY

SPA_ID=0f0e0d0c-0000-4000-8000-00000000beef
curl -fsS -o "$WORK/page.html" "http://127.0.0.1:$PORT_APP/case-files/$SPA_ID" || fail "the back office did not answer"
grep -qi '<html' "$WORK/page.html" || fail "the back office's page is not HTML"
ok "the back office answers its page"
curl -fsS "$MGMT/q/metrics" >"$WORK/metrics.txt" || fail "no metrics"
for metric in 'http_server_requests_seconds_bucket{' 'agroal_active_count{' 'parcours_attendance_imports_total{'; do
  grep -qF "$metric" "$WORK/metrics.txt" || fail "metric $metric missing"
done
ok "/q/metrics: the route timer, the pool, the application's counters"
grep -q 'uri="/communes/{nis}"' "$WORK/metrics.txt" || fail "the REST route is not templated"
grep -q 'uri="/back-office"' "$WORK/metrics.txt" || fail "the back office's pages are not under /back-office"
grep -q "$SPA_ID" "$WORK/metrics.txt" && fail "a raw path is a metric's tag"
ok "timers tagged by route template (/communes/{nis}, /back-office), never a raw path"
curl -fsS -o /dev/null "http://127.0.0.1:$PORT_APP/q/metrics" 2>/dev/null && fail "/q/metrics answered on the public port"
ok "/q/metrics not on the public port"

user=$("${P[@]}" exec "$NAME" id -u) || fail "podman exec failed"
[ "$user" = 10001 ] || fail "the process runs as $user"
ok "the process runs as uid 10001"
if "${P[@]}" exec "$NAME" sh -c 'echo x > /deployments/x || echo x > /etc/x' 2>/dev/null; then
  fail "the root file system is writable"
fi
"${P[@]}" exec "$NAME" sh -c 'echo x > /tmp/x' || fail "/tmp is not writable"
ok "root file system read-only, /tmp writable"

log "stopping the container (SIGTERM)"
"${P[@]}" stop --time 30 "$NAME" >/dev/null
ok "stopped with exit code $("${P[@]}" inspect --format '{{.State.ExitCode}}' "$NAME")"
echo "smoke test of the image: passed"
