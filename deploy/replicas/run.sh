#!/usr/bin/env bash
# Two replicas, one database, proven (issue 15, docs/adr/0035): a real PostgreSQL 15 server, two instances of the
# packaged application (production profile, test keys) on two ports, nginx balancing round-robin between them, and
# the checks of docs/benchmarks/two-replicas.md, each printing PASS or FAIL. Exits non-zero if any check fails.
# Writes the report to docs/benchmarks/two-replicas.md (REPORT=... to change) and the raw files to api/target/replicas/.
#
#   deploy/replicas/run.sh           # builds the jar first if it is absent
#
# Options (environment): PERSONS (data set of region-scale/generate.sql, 1000), LOAD_SECONDS (postings of the stop
# checks, 20), PORT_PG (55497), PORT_A (18101), PORT_B (18102), PORT_LB (18100), management ports PORT_A+100 and
# PORT_B+100, APP_XMX (512m), KEEP=1 (leave everything running). Everything listens on 127.0.0.1 only.
# Needs: PostgreSQL 15 server binaries (postgresql-15), nginx (nginx-light), python3 with requests, curl, openssl;
# run as root (the PostgreSQL server runs as the postgres user).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/replicas"
SCALE="$ROOT/deploy/benchmarks/region-scale"
PGBIN=/usr/lib/postgresql/15/bin
WORK="${WORK:-$ROOT/api/target/replicas}"
REPORT="${REPORT:-$ROOT/docs/benchmarks/two-replicas.md}"
PERSONS="${PERSONS:-1000}"
LOAD_SECONDS="${LOAD_SECONDS:-20}"
PORT_PG="${PORT_PG:-55497}"
PORT_A="${PORT_A:-18101}"
PORT_B="${PORT_B:-18102}"
PORT_LB="${PORT_LB:-18100}"
APP_XMX="${APP_XMX:-512m}"
PGDATA_ROOT="${PGDATA_ROOT:-/tmp/parcours-replicas}"
PGLOG="$PGDATA_ROOT/postgres.log"
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
PORT_APP="$PORT_A" PORT_MGMT="$((PORT_A + 100))"
export PASSWORD='Bench-Parcours-2026'
# shellcheck source=../benchmarks/lib/cluster.sh
source "$ROOT/deploy/benchmarks/lib/cluster.sh"

declare -A PID=()
NGINX_STARTED=""
cleanup_all() {
  [ -n "${KEEP:-}" ] && return 0
  local r
  for r in "${!PID[@]}"; do stop_replica "$r" TERM; done
  [ -n "$NGINX_STARTED" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
  stop_pg
}
trap cleanup_all EXIT

log() { echo "[$(date -u +%T)] $*" >&2; }
ms() { date +%s%3N; }

if [ ! -f "$JAR" ]; then
  log "building the jar (no back office: the checks use the API only)"
  (cd "$ROOT" && ./mvnw -o -B -q package -DskipTests -Dquarkus.quinoa=false -pl domain,api -am)
fi
check_ready_to_run
for port in "$PORT_B" "$((PORT_B + 100))" "$PORT_LB"; do
  if ss -ltn | grep -q "127.0.0.1:$port "; then echo "port $port is taken" >&2; exit 1; fi
done
# nginx is a Debian package: installed here when missing and the script may (root with apt), else named.
if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null
  else
    echo "nginx is missing: apt-get install nginx-light" >&2; exit 1
  fi
fi
rm -rf "$WORK"; mkdir -p "$WORK/nginx/logs"
export RESULTS="$WORK/results.tsv"
: >"$RESULTS"

# --- PostgreSQL: the schema owner (Flyway) and the application's role, as in production (docs/operations.md) ---------
start_database() {
  new_cluster <<EOF
shared_buffers = 128MB
max_connections = 100
EOF
  psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c "create role parcours_app login password 'parcours-app'"
  keys
}

# --- A replica: the jar in the production profile; A and B differ only by their ports ---------------------------------
port_of() { [ "$1" = A ] && echo "$PORT_A" || echo "$PORT_B"; }
mgmt_of() { echo $(($(port_of "$1") + 100)); }
start_replica() { # start_replica A|B [ENV=value ...]: starts it, does not wait
  local r=$1; shift
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT_PG/parcours" \
    QUARKUS_DATASOURCE_USERNAME=parcours_app QUARKUS_DATASOURCE_PASSWORD=parcours-app \
    QUARKUS_FLYWAY_USERNAME=parcours QUARKUS_FLYWAY_PASSWORD=parcours \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
    QUARKUS_HTTP_PORT="$(port_of "$r")" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="$(mgmt_of "$r")" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    PARCOURS_PRODUCTION_CHECKS_ENABLED=false PARCOURS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT_LB" \
    PARCOURS_HTTP_TRUSTED_PROXIES=127.0.0.1/32 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=10 \
    QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL=DEBUG \
    "$@" java -Xmx"$APP_XMX" -XX:TieredStopAtLevel=1 -jar "$JAR" >>"$WORK/replica-$r.log" 2>&1 3>&- &
  PID[$r]=$!
  echo "=== started $(date -u +%T.%3N) pid ${PID[$r]}" >>"$WORK/replica-$r.log"
}
wait_ready() { # wait_ready A|B: until /q/health/ready answers 200 (exits if the process died)
  local r=$1
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$(mgmt_of "$r")/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${PID[$r]}" 2>/dev/null || { tail -30 "$WORK/replica-$r.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "replica $r did not become ready" >&2; exit 1
}
stop_replica() { # stop_replica A|B TERM|KILL
  local r=$1 pid=${PID[$1]:-}
  [ -n "$pid" ] || return 0
  kill -"$2" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "PID[$r]"
}

# --- nginx in front, round-robin, as an unprivileged prefix of its own ----------------------------------------------
start_nginx() {
  cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log $WORK/nginx/logs/access.log;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream parcours {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=2s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PORT_LB;
    client_max_body_size 17m;
    location / {
      proxy_pass http://parcours;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # a replica that is stopping or gone: the next one answers (POSTs included: every posting carries a key)
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      add_header X-Replica \$upstream_addr always;
    }
  }
}
EOF
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  NGINX_STARTED=1
}

# --- The data: a small region-scale data set and the benchmark's accounts -----------------------------------------------
load_data() {
  psql_ -v persons="$PERSONS" -v today="$(date -u +%F)" -f "$SCALE/generate.sql" >"$WORK/generate.log"
  psql_ -f "$SCALE/accounts.sql" >/dev/null
  psql_ -c "select attendance_totals_rebuild()" \
    -c "delete from case_file_count" -c "insert into case_file_count (cri_code, opened_month, state, files)
              select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3" \
    -c "vacuum (analyze)" >/dev/null
  psql_ -At -c "select e.id || ';' || (e.start_date + 1) from enrolment e join case_file c on c.id = e.case_file_id
      where e.operator_code = 'FOREM-LIEGE' and e.axis = 'FRENCH' and e.status = 'ACTIVE' and c.state = 'IN_PROGRESS'
        and e.start_date < current_date - 400
        and not exists (select 1 from attendance_entry a where a.enrolment_id = e.id)
      order by e.id limit 40" >"$WORK/enrolments.txt"
  [ -s "$WORK/enrolments.txt" ] || { echo "no enrolment to post to" >&2; exit 1; }
}

export API_A="http://127.0.0.1:$PORT_A/api/v1" API_B="http://127.0.0.1:$PORT_B/api/v1" API_LB="http://127.0.0.1:$PORT_LB/api/v1"
export MGMT_A="http://127.0.0.1:$((PORT_A + 100))" MGMT_B="http://127.0.0.1:$((PORT_B + 100))"
export PSQL="psql -X -q -At -h 127.0.0.1 -p $PORT_PG -U postgres -d parcours" WORK
checks() { python3 "$HERE/checks.py" "$@"; }
result() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"; echo "$2  $1: $3"; }

log "PostgreSQL 15 on $PORT_PG; replicas A on $PORT_A and B on $PORT_B (management +100); nginx on $PORT_LB"
start_database

# 1. Both replicas at once against an empty database: one migrates, the other waits on Flyway's lock, both serve.
#    So that both surely reach Flyway while the other could still be migrating (their starts take 15 to 30 s on a busy
#    machine, the migrations 2 to 3 s), the script holds Flyway's own PostgreSQL advisory lock while they boot: both
#    must be seen waiting on it, and nothing migrated; then it lets go, and Flyway serialises them by itself.
#    Flyway's key (it retries pg_try_advisory_xact_lock): 77431708279161 + the Java hashCode of the history table's
#    name (Flyway's PostgreSQLAdvisoryLockTemplate).
FLYWAY_LOCK=$(python3 -c 'h = 0
for c in "\"public\".\"flyway_schema_history\"": h = (31 * h + ord(c)) & 0xFFFFFFFF
print(77431708279161 + (h - 2**32 if h >= 2**31 else h))')
mkfifo "$WORK/lock.fifo"
psql_ -At <"$WORK/lock.fifo" >"$WORK/lock.out" 2>&1 &
LOCKER=$!
exec 3>"$WORK/lock.fifo"
echo "select pg_advisory_lock($FLYWAY_LOCK); select 'held';" >&3
until grep -q held "$WORK/lock.out"; do sleep 0.1; done
t0=$(ms)
start_replica A
start_replica B
waiting=0
for _ in $(seq 1 1200); do   # both Flyways at the lock: their connections retry pg_try_advisory_lock
  waiting=$(psql_ -At -c "select count(distinct pid) from pg_stat_activity
    where usename = 'parcours' and query ilike '%pg_try_advisory%lock%'")
  [ "$waiting" = 2 ] && break
  sleep 0.2
done
sleep 2
early=$(cat "$WORK/replica-A.log" "$WORK/replica-B.log" | grep -c 'Migrating schema\|Current version of schema' || true)
echo "select pg_advisory_unlock($FLYWAY_LOCK);" >&3
echo '\q' >&3
exec 3>&-
wait "$LOCKER" || true
released=$(($(ms) - t0))
wait_ready A; ready_a=$(($(ms) - t0))
wait_ready B; ready_b=$(($(ms) - t0))
migrations=$(psql_ -At -c "select count(*) from flyway_schema_history where success")
applied_once=$(psql_ -At -c "select count(*) = count(distinct version) from flyway_schema_history where version is not null")
migrated_by="" waited_by=""
for r in A B; do
  grep -q 'Successfully applied' "$WORK/replica-$r.log" && migrated_by="$migrated_by$r"
  grep -q 'Schema "public" is up to date' "$WORK/replica-$r.log" && waited_by="$waited_by$r"
done
if [ "$waiting" = 2 ] && [ "$early" = 0 ] && [ ${#migrated_by} = 1 ] && [ ${#waited_by} = 1 ] && [ "$applied_once" = t ]; then
  result "empty database, both started at once" PASS \
    "both replicas waited on Flyway's lock ($waiting sessions retrying pg_try_advisory_xact_lock, nothing migrated) until it was free ${released} ms after the start; then replica $migrated_by applied the $migrations migrations while replica $waited_by waited, and found the schema up to date; each version applied once; both ready, ${ready_a} ms (A) and ${ready_b} ms (B) after the start"
else
  result "empty database, both started at once" FAIL "waiting on the lock: $waiting, migrated while it was held: $early, migrated by '$migrated_by', up to date in '$waited_by', each once: $applied_once"
fi
echo "ready_a=$ready_a ready_b=$ready_b released=$released" >"$WORK/race.txt"
for r in A B; do
  grep -E 'Database: jdbc|Successfully applied|up to date|Current version of schema|Creating Schema History' \
    "$WORK/replica-$r.log" | sed -E "s/^([0-9:.]+) INFO +\\[[^]]*\\] \\([^)]*\\)/\\1 $r:/" || true
done | sort >"$WORK/race-flyway.log" || true
stop_replica A TERM; stop_replica B TERM

log "loading $PERSONS persons"
load_data

# 2. Readiness: not ready while a migration of this version is not applied (the history without V019's row, the replica
#    started without migrating), then not ready while the database is away, ready again when it is back.
last=$(psql_ -At -c "select max(installed_rank) from flyway_schema_history")
psql_ -c "create table flyway_history_kept as select * from flyway_schema_history where installed_rank = $last" \
  -c "delete from flyway_schema_history where installed_rank = $last"
start_replica A QUARKUS_FLYWAY_MIGRATE_AT_START=false
for _ in $(seq 1 600); do curl -s -o /dev/null "$MGMT_A/q/health/live" && break; sleep 0.2; done
pending=$(curl -s "$MGMT_A/q/health/ready")
pending_status=$(curl -s -o /dev/null -w '%{http_code}' "$MGMT_A/q/health/ready")
psql_ -c "insert into flyway_schema_history select * from flyway_history_kept" -c "drop table flyway_history_kept"
stop_replica A TERM
echo "$pending" >"$WORK/readiness-pending.json"
if [ "$pending_status" = 503 ] && echo "$pending" | grep -q '"pending"'; then
  result "readiness with a migration not applied" PASS "503, $(echo "$pending" | python3 -c 'import json,sys; d=json.load(sys.stdin); print([c["data"] for c in d["checks"] if c["name"]=="Database migrations"][0])')"
else
  result "readiness with a migration not applied" FAIL "answered $pending_status: $pending"
fi

start_replica A; start_replica B; wait_ready A; wait_ready B
start_nginx
echo "load-at-start=$(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)" >"$WORK/machine.txt"

# 3. Readiness while the database is away: both replicas answer 503, and 200 again once it is back (the pool recovers).
ready_status() { curl -s -o /dev/null -w '%{http_code}' "$1/q/health/ready"; }
until_status() { # until_status URL CODE: milliseconds until readiness answers CODE (at most 30 s)
  local t; t=$(ms)
  while [ "$(ready_status "$1")" != "$2" ]; do
    [ $(($(ms) - t)) -gt 30000 ] && { echo never; return 0; }
    sleep 0.1
  done
  echo $(($(ms) - t))
}
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null
down_a=$(until_status "$MGMT_A" 503); down_b=$(until_status "$MGMT_B" 503)
away=$(curl -s "$MGMT_A/q/health/ready" | tr -d '\n' | cut -c1-400)
pg_up
up_a=$(until_status "$MGMT_A" 200); up_b=$(until_status "$MGMT_B" 200)
echo "$away" >"$WORK/readiness-away.json"
if [ "$down_a" != never ] && [ "$down_b" != never ] && [ "$up_a" != never ] && [ "$up_b" != never ]; then
  result "readiness while the database is away" PASS \
    "PostgreSQL stopped: readiness 503 on A after ${down_a} ms and on B after ${down_b} ms more; started again: 200 on A after ${up_a} ms, B ${up_b} ms more, without a restart of the replicas"
else
  result "readiness while the database is away" FAIL "down A $down_a B $down_b, up again A $up_a B $up_b"
fi

# 4. The checks through nginx and against each replica.
checks idempotent-replay || true
checks shared-limits || true
checks revocation || true
checks transmissions || true

# 5. Stopping a replica mid-load: SIGTERM (graceful: in-flight requests finish), then SIGKILL.
for signal in TERM KILL; do
  checks load "$signal" "$LOAD_SECONDS" >"$WORK/load-$signal.out" 2>&1 &
  LOADER=$!
  sleep $((LOAD_SECONDS / 3))
  t=$(ms)
  stop_replica A "$signal"
  echo "stopped_ms=$(($(ms) - t))" >"$WORK/stop-$signal.txt"
  sleep 2
  start_replica A; wait_ready A
  wait "$LOADER" || true
  cat "$WORK/load-$signal.out"
  grep -E '^(PASS|FAIL)' "$WORK/load-$signal.out" >/dev/null || result "stop mid-load ($signal)" FAIL "the client failed"
done

# 6. Graceful shutdown: a request in flight when SIGTERM arrives finishes; readiness is DOWN during the delay.
checks graceful "${PID[B]}" || true
wait "${PID[B]}" 2>/dev/null || true
unset "PID[B]"

python3 "$HERE/report.py" "$WORK" "$REPORT" "$PERSONS" "$LOAD_SECONDS" \
  "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- api domain || echo '+changes')"
log "report: $REPORT"
failed=$(grep -c $'\tFAIL\t' "$RESULTS" || true)
total=$(wc -l <"$RESULTS")
echo "$((total - failed)) of $total checks passed"
[ "$failed" = 0 ]
