#!/usr/bin/env bash
# The crash-safety benchmark (issue 12): trainers post hours continuously with Idempotency-Keys and retries while the
# PostgreSQL server is killed (kill -9 of the postmaster) and restarted under them; afterwards every posting
# acknowledged with a 2xx must be in the ledger exactly once, the API must have answered 503 problems with Retry-After
# (never 500) while the database was away, and it must have recovered by itself, without a restart of the application.
# Writes the report to docs/benchmarks/crash-safety.md (REPORT=... to change) and the raw files to
# api/target/crash-safety/.
#
#   ./mvnw -o -B -q package -DskipTests -pl domain,api -am      # the jar, once
#   deploy/benchmarks/crash-safety.sh
#
# Options (environment): PERSONS (data set of region-scale/generate.sql, 2000), THREADS (posting clients, 8), DURATION
# (seconds of postings, 120), KILL_AFTER (seconds of postings before the kill, 40), DOWN (seconds the server stays
# down, 10), CRASHES (kills, each DOWN seconds, KILL_AFTER apart, 1), PORT_PG (55493), PORT_APP (18093), APP_XMX (1g),
# KEEP=1 (leave the server and the application running). Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/benchmarks/crash-safety"
SCALE="$ROOT/deploy/benchmarks/region-scale"
PGBIN=/usr/lib/postgresql/15/bin
WORK="${WORK:-$ROOT/api/target/crash-safety}"
REPORT="${REPORT:-$ROOT/docs/benchmarks/crash-safety.md}"
PERSONS="${PERSONS:-2000}"
THREADS="${THREADS:-8}"
DURATION="${DURATION:-120}"
KILL_AFTER="${KILL_AFTER:-40}"
DOWN="${DOWN:-10}"
CRASHES="${CRASHES:-1}"
PORT_PG="${PORT_PG:-55493}"
PORT_APP="${PORT_APP:-18093}"
# the management interface of the packaged application: health and metrics (docs/operations.md)
PORT_MGMT="${PORT_MGMT:-18193}"
APP_XMX="${APP_XMX:-1g}"
PGDATA_ROOT="${PGDATA_ROOT:-/tmp/parcours-crash-safety}"
PGLOG="$PGDATA_ROOT/postgres.log"
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT_APP"
MGMT="http://127.0.0.1:$PORT_MGMT"
API="$BASE/api/v1"
PASSWORD='Bench-Parcours-2026'
# shellcheck source=lib/cluster.sh
source "$ROOT/deploy/benchmarks/lib/cluster.sh"
TODAY="$(date -u +%F)"
COMMAND="$(env | grep -E '^(PERSONS|THREADS|DURATION|KILL_AFTER|DOWN|CRASHES)=' | sort | tr '\n' ' ' || true)deploy/benchmarks/crash-safety.sh"

rm -rf "$WORK"; mkdir -p "$WORK"
TIMES="$WORK/times.tsv"
: >"$TIMES"
log() { echo "[$(date -u +%T)] $*" >&2; }
ms() { date +%s%3N; }
mark() { printf '%s\t%s\n' "$1" "$(ms)" >>"$TIMES"; log "$1"; }

check_ready_to_run

# --- PostgreSQL 15: a fresh cluster, durable as in production (fsync, full page writes, synchronous commit) ------------
start_pg() {
  new_cluster <<EOF
shared_buffers = 512MB
work_mem = 16MB
maintenance_work_mem = 256MB
random_page_cost = 1.1
EOF
}

# --- The application as shipped, production profile ----------------------------------------------------------------------
start_app() { # start_app LOG
  keys
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT_PG/parcours" \
  QUARKUS_DATASOURCE_USERNAME=parcours QUARKUS_DATASOURCE_PASSWORD=parcours \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
  QUARKUS_HTTP_PORT="$PORT_APP" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$PORT_MGMT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  PARCOURS_PRODUCTION_CHECKS_ENABLED=false \
  PARCOURS_SIGN_IN_ATTEMPTS_PER_MINUTE=0 PARCOURS_API_RATE_LIMIT_PER_MINUTE=0 PARCOURS_AUTH_ACCESS_TOKEN_LIFETIME=PT4H SMALLRYE_JWT_NEW_TOKEN_LIFESPAN=14400 \
  SMALLRYE_JWT_TIME_TO_LIVE=14400 PARCOURS_PUBLIC_BASE_URL="$BASE" \
    java -Xmx"$APP_XMX" -jar "$JAR" >"$1" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs "$MGMT/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$1" >&2; exit 1; }
    sleep 0.5
  done
  echo "the application did not start" >&2; tail -40 "$1" >&2; exit 1
}
token() {
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"grantType\":\"password\",\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$API/auth/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# --- The data: the region-scale data set, whose 64 enrolments reserved for imports receive the postings ----------------
load() {
  psql_ -v persons="$PERSONS" -v today="$TODAY" -f "$SCALE/generate.sql" >"$WORK/generate.log"
  psql_ -f "$SCALE/accounts.sql" >/dev/null
  psql_ -c "select attendance_totals_rebuild()" >/dev/null
  psql_ -c "delete from case_file_count" -c "insert into case_file_count (cri_code, opened_month, state, files)
              select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3" >/dev/null
  psql_ -c "vacuum (analyze)" >/dev/null
  psql_ -At -c "select e.id || ';' || (e.start_date + 1) from enrolment e join case_file c on c.id = e.case_file_id
      where e.operator_code = 'FOREM-LIEGE' and e.axis = 'FRENCH' and e.status = 'ACTIVE' and c.state = 'IN_PROGRESS'
        and e.start_date < current_date - 400
        and not exists (select 1 from attendance_entry a where a.enrolment_id = e.id)
      order by e.id" >"$WORK/enrolments.txt"
  log "enrolments that receive the postings: $(wc -l <"$WORK/enrolments.txt")"
  [ -s "$WORK/enrolments.txt" ] || { echo "no enrolment to post to" >&2; exit 1; }
}

# --- The crash: kill -9 of the postmaster, then a restart (crash recovery) DOWN seconds later ------------------------------
crash() { # crash N
  local postmaster children waited
  postmaster=$(head -1 "$PGDATA/postmaster.pid")
  children=$(pgrep -P "$postmaster" | tr '\n' ' ' || true)
  mark "crash $1: kill -9 of the postmaster"
  kill -9 "$postmaster"
  sleep "$DOWN"
  # the server's own processes notice their postmaster died and exit; the new one starts when none is left
  waited=0
  for pid in $postmaster $children; do
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
  done
  mark "crash $1: restart"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" start >/dev/null
  for _ in $(seq 1 1200); do
    pg_isready -q -h 127.0.0.1 -p "$PORT_PG" && break
    sleep 0.1
  done
  mark "crash $1: PostgreSQL accepts connections"
}

log "PostgreSQL 15 on port $PORT_PG, the application on port $PORT_APP"
start_pg
start_app "$WORK/app-migrate.log"; stop_app
load
start_app "$WORK/app.log"
APP_STARTED_PID=$APP_PID
TOKEN=$(token formateur.forem)
echo "load-at-start=$(cut -d' ' -f1-3 /proc/loadavg)" >"$WORK/machine.txt"
mark "postings start"
PARCOURS_HEALTH_URL="$MGMT/q/health/ready" java "$HERE/PostingClient.java" "$API" "$TOKEN" "$WORK/enrolments.txt" "$THREADS" "$DURATION" "$WORK" \
  formateur.forem "$PASSWORD" \
  >"$WORK/client.log" 2>&1 &
CLIENT=$!
for n in $(seq 1 "$CRASHES"); do
  sleep "$KILL_AFTER"
  crash "$n"
done
wait "$CLIENT" || { cat "$WORK/client.log" >&2; exit 1; }
mark "postings end"
echo "load-at-end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/machine.txt"

# --- The checks ----------------------------------------------------------------------------------------------------------
[ "$APP_PID" = "$APP_STARTED_PID" ] && kill -0 "$APP_PID" 2>/dev/null && echo "same-process=yes" >"$WORK/app.txt" \
  || echo "same-process=no" >"$WORK/app.txt"
echo "ready-at-end=$(curl -s -o /dev/null -w '%{http_code}' "$MGMT/q/health/ready")" >>"$WORK/app.txt"
echo "unexpected-failures-logged=$(grep -c 'Unexpected failure' "$WORK/app.log" || true)" >>"$WORK/app.txt"
echo "database-unavailable-logged=$(grep -c 'Database unavailable on' "$WORK/app.log" || true)" >>"$WORK/app.txt"
psql_ -At -F $'\t' -c "select a.note, e.id from attendance_annotation a join attendance_entry e on e.id = a.entry_id
    where a.operator_code = 'FOREM-LIEGE' and a.note like 'crash-%'" >"$WORK/ledger.tsv"
psql_ -At -c "select count(*) from idempotency_record where tenant = 'FOREM-LIEGE' and idempotency_key like 'crash-%'" \
  >"$WORK/keys.txt"
# the running totals (V013, kept by a trigger) must still be the sums of the entries
psql_ -At -c "select count(*) from attendance_person_day_total t
    full join (select person_id, session_date, sum(hours) hours from attendance_entry group by 1, 2) e
      on e.person_id = t.person_id and e.session_date = t.day
    where t.hours is distinct from e.hours" >"$WORK/totals.txt"
python3 "$HERE/report.py" "$WORK" "$REPORT" "$COMMAND" \
  "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- api domain || echo '+changes')" \
  "$PERSONS" "$THREADS" "$DURATION" "$KILL_AFTER" "$DOWN" "$CRASHES"
log "report: $REPORT"
