#!/usr/bin/env bash
# The restore drill (issue 15, docs/adr/0035): follows the runbook of deploy/README.md ("Backup and restore") on a real
# PostgreSQL 15 server and checks that what it restores is what was there.
#
#   A. Point-in-time recovery: WAL archiving on, data loaded and written through the application, a base backup
#      (pg_basebackup), more writes, a recorded target time, more writes; then a restore of the base backup into a
#      fresh data directory with restore_command and recovery_target_time, the application started on it, and:
#      every table as it was at the target time (row counts and a digest of every row, compared), nothing written
#      after it, the audit trail verifies, every attestation PDF still hashes to its stored SHA-256, and a PDF
#      downloaded before the backup comes back identical.
#   B. The small-site path: pg_dump -Fc, pg_restore into a fresh database, the same checks.
#
#   deploy/backup/drill.sh           # builds the jar first if it is absent
#
# Options (environment): PERSONS (region-scale data set, 1000), PORT_PG (55498), PORT_RESTORED (55499), PORT_APP (18111),
# PORT_MGMT (18211), KEEP=1. Raw files in api/target/backup-drill/; prints PASS/FAIL lines, exits non-zero on a FAIL.
# Needs the PostgreSQL 15 server binaries, python3 with requests, curl, openssl; run as root (the servers run as postgres).
# Roles as in docs/operations.md: the schema's owner is called parcours here (parcours_owner in the runbook), the
# application's role parcours_app.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/deploy/backup"
SCALE="$ROOT/deploy/benchmarks/region-scale"
PGBIN=/usr/lib/postgresql/15/bin
WORK="${WORK:-$ROOT/api/target/backup-drill}"
PERSONS="${PERSONS:-1000}"
PORT_PG="${PORT_PG:-55498}"
PORT_RESTORED="${PORT_RESTORED:-55499}"
PORT_APP="${PORT_APP:-18111}"
PORT_MGMT="${PORT_MGMT:-18211}"
PGDATA_ROOT="${PGDATA_ROOT:-/tmp/parcours-backup-drill}"
PGLOG="$PGDATA_ROOT/postgres.log"
ARCHIVE="$PGDATA_ROOT.wal-archive"      # where archive_command copies each WAL segment
BACKUPS="$PGDATA_ROOT.backups"          # base backups and dumps
RESTORED="$PGDATA_ROOT.restored"        # the fresh data directory of the point-in-time restore
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
# shellcheck source=../benchmarks/lib/cluster.sh
source "$ROOT/deploy/benchmarks/lib/cluster.sh"
RESTORED_STARTED=""
cleanup_drill() {
  [ -n "${KEEP:-}" ] && return 0
  stop_app
  [ -n "$RESTORED_STARTED" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$RESTORED" -m fast stop >/dev/null 2>&1
  stop_pg
}
trap cleanup_drill EXIT

log() { echo "[$(date -u +%T)] $*" >&2; }
export WORK RESULTS="$WORK/results.tsv" API="http://127.0.0.1:$PORT_APP/api/v1"
result() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"; echo "$2  $1: $3"; }

if [ ! -f "$JAR" ]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -o -B -q package -DskipTests -Dquarkus.quinoa=false -pl domain,api -am)
fi
check_ready_to_run
rm -rf "$WORK" "$ARCHIVE" "$BACKUPS" "$RESTORED" "$RESTORED.log"; mkdir -p "$WORK" "$ARCHIVE" "$BACKUPS"
chown postgres "$ARCHIVE" "$BACKUPS"
: >"$RESULTS"

# The application on database $1 of the server on port $2 (sealing and purges off: nothing but the drill writes).
start_app_on() {
  keys
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$2/$1" \
  QUARKUS_DATASOURCE_USERNAME=parcours_app QUARKUS_DATASOURCE_PASSWORD=parcours-app \
  QUARKUS_FLYWAY_USERNAME=parcours QUARKUS_FLYWAY_PASSWORD=parcours \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
  QUARKUS_HTTP_PORT="$PORT_APP" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$PORT_MGMT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  PARCOURS_PRODUCTION_CHECKS_ENABLED=false PARCOURS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT_APP" \
  PARCOURS_AUDIT_SEAL_EVERY=off PARCOURS_IDEMPOTENCY_PURGE_EVERY=off PARCOURS_SIGN_IN_ATTEMPTS_PER_MINUTE=0 \
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" >>"$WORK/app-$1-$2.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 900); do
    curl -fs "http://127.0.0.1:$PORT_MGMT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app-$1-$2.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "the application did not start" >&2; exit 1
}

# The content of every logged table of database $1 on port $2: name, rows, digest of the rows (sorted). UNLOGGED tables
# (rate-limit buckets, sign-in failures: ADR 0027) are empty after any restore by design and left out.
capture() {
  psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$2" -U postgres -d "$1" <<'SQL'
select format('select %L, count(*), md5(coalesce(string_agg(md5(x::text), '''' order by md5(x::text)), '''')) from %I x',
              c.relname, c.relname)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and c.relkind = 'r' and c.relpersistence = 'p'
order by c.relname
\gexec
SQL
}
compare() { # compare NAME EXPECTED ACTUAL WHEN
  local tables rows differ
  tables=$(wc -l <"$2"); rows=$(awk '{s += $2} END {print s}' "$2")
  differ=$(diff "$2" "$3" | grep -c '^>' || true)
  if [ "$differ" = 0 ] && [ "$tables" -gt 20 ]; then
    result "$1: every table as it was $4" PASS "$tables tables, $rows rows: counts and row digests identical"
  else
    result "$1: every table as it was $4" FAIL "$differ of $tables tables differ: $(diff "$2" "$3" | grep '^>' | cut -d' ' -f2 | head -5 | tr '\n' ' ')"
  fi
}
notes() { # notes DB PORT PHASE: postings of that phase in the database
  psql -X -q -At -h 127.0.0.1 -p "$2" -U postgres -d "$1" -c "select count(*) from attendance_annotation where note like 'drill-$3-%'"
}
attestations_of() { # attestations_of DB PORT PHASE: how many of the attestations issued in that phase are in the database
  local numbers
  numbers=$(python3 -c "import json; print(','.join(\"'%s'\" % n for n in json.load(open('$WORK/phase-$3.json'))['attestations']))")
  psql -X -q -At -h 127.0.0.1 -p "$2" -U postgres -d "$1" -c "select count(*) from attestation where number in ($numbers)"
}
audit_sql() { # the audit trail's days over the whole data set, with deploy/audit-verify.sh
  PGHOST=127.0.0.1 PGPORT="$2" PGDATABASE="$1" PGUSER=parcours_app PGPASSWORD=parcours-app \
    "$ROOT/deploy/audit-verify.sh" "$(date -u -d '11 years ago' +%F)" >"$WORK/audit-verify-$1-$2.txt" 2>&1 \
    && result "$3: audit trail verifies (deploy/audit-verify.sh, 11 years)" PASS "$(grep -c '| INTACT' "$WORK/audit-verify-$1-$2.txt") days INTACT, $(tail -1 "$WORK/audit-verify-$1-$2.txt")" \
    || result "$3: audit trail verifies (deploy/audit-verify.sh, 11 years)" FAIL "$(tail -2 "$WORK/audit-verify-$1-$2.txt" | tr '\n' ' ')"
}

# --- The server as production runs it: WAL archiving on (runbook step 1) ----------------------------------------------------
log "PostgreSQL 15 on $PORT_PG with WAL archiving into $ARCHIVE"
new_cluster <<EOF
shared_buffers = 128MB
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $ARCHIVE/%f && cp %p $ARCHIVE/%f'
archive_timeout = 60
EOF
psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c "create role parcours_app login password 'parcours-app'"
start_app_on parcours "$PORT_PG"; stop_app
log "loading $PERSONS persons"
psql_ -v persons="$PERSONS" -v today="$(date -u +%F)" -f "$SCALE/generate.sql" >"$WORK/generate.log"
# the generator's scratch schema goes; the table its operators' script creates (as postgres) goes to the schema's owner
psql_ -c "drop schema bench cascade" -c "alter table if exists demo_generation owner to parcours" >/dev/null 2>&1
psql_ -f "$SCALE/accounts.sql" >/dev/null
# a supervisor for every CRI (the benchmark's accounts have CRIPEL's only), to issue attestations of any CRI
psql_ -c "insert into user_account (id, username, password_hash, display_name, role, cri_code, created_at)
    select gen_random_uuid(), 'superviseur.' || lower(code), u.password_hash, 'Superviseur ' || code || ' (drill)',
           'CRI_SUPERVISOR', code, now()
    from cri, user_account u where u.username = 'superviseur.cripel' and code <> 'CRIPEL'" >/dev/null
psql_ -c "select attendance_totals_rebuild()" >/dev/null
psql_ -c "delete from case_file_count" -c "insert into case_file_count (cri_code, opened_month, state, files)
            select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3" >/dev/null
psql_ -At -c "select e.id || ';' || (e.start_date + 1) from enrolment e join case_file c on c.id = e.case_file_id
    where e.operator_code = 'FOREM-LIEGE' and e.axis = 'FRENCH' and e.status = 'ACTIVE' and c.state = 'IN_PROGRESS'
      and e.start_date < current_date - 400 and not exists (select 1 from attendance_entry a where a.enrolment_id = e.id)
    order by e.id limit 10" >"$WORK/enrolments.txt"
# the closed days of the generated audit trail sealed, as the application's hourly job would (as the owner)
psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U parcours -d parcours -c "select count(*) from audit_seal()" >/dev/null
export PSQL="psql -X -q -At -h 127.0.0.1 -p $PORT_PG -U postgres -d parcours"
start_app_on parcours "$PORT_PG"
python3 "$HERE/drill.py" write base 30 3
python3 "$HERE/drill.py" pdf "$WORK/before-backup.pdf"

# --- Runbook step 2: the base backup ------------------------------------------------------------------------------------
t=$(date +%s%3N)
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$PORT_PG" -U postgres -D "$BACKUPS/base" -Ft -z -X stream \
  -c fast --label="parcours drill" 2>"$WORK/basebackup.log"
echo "basebackup_ms=$(($(date +%s%3N) - t)) size=$(du -sh "$BACKUPS/base" | cut -f1)" >"$WORK/timings.txt"
log "base backup: $(ls "$BACKUPS/base" | tr '\n' ' ')"

# --- Writes after the backup, the point, writes after the point ---------------------------------------------------------
python3 "$HERE/drill.py" write before 30 3
capture parcours "$PORT_PG" >"$WORK/at-point.txt"
TARGET=$(psql_ -At -c "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
echo "target=$TARGET" >>"$WORK/timings.txt"
log "the point: $TARGET"
sleep 1.5
python3 "$HERE/drill.py" write after 30 2
segment=$(psql_ -At -c "select pg_walfile_name(pg_current_wal_lsn())")
psql_ -c "select pg_switch_wal()" >/dev/null
for _ in $(seq 1 300); do [ -f "$ARCHIVE/$segment" ] && break; sleep 0.1; done
[ -f "$ARCHIVE/$segment" ] || { echo "WAL segment $segment was not archived" >&2; exit 1; }
echo "archived_segments=$(ls "$ARCHIVE" | wc -l) archive_size=$(du -sh "$ARCHIVE" | cut -f1)" >>"$WORK/timings.txt"

# --- Small sites: the dump, taken now (runbook "pg_dump") ---------------------------------------------------------------
capture parcours "$PORT_PG" >"$WORK/at-dump.txt"
t=$(date +%s%3N)
PGPASSWORD=parcours pg_dump -h 127.0.0.1 -p "$PORT_PG" -U parcours -d parcours -Fc -f "$BACKUPS/parcours.dump"
echo "dump_ms=$(($(date +%s%3N) - t)) dump_size=$(du -sh "$BACKUPS/parcours.dump" | cut -f1)" >>"$WORK/timings.txt"
stop_app

# --- A. Point-in-time restore into a fresh data directory (runbook "Restore to a point in time") --------------------------
log "restoring the base backup to $TARGET"
t=$(date +%s%3N)
mkdir -p "$RESTORED" && chmod 700 "$RESTORED"
tar -xzf "$BACKUPS/base/base.tar.gz" -C "$RESTORED"
tar -xzf "$BACKUPS/base/pg_wal.tar.gz" -C "$RESTORED/pg_wal"
cat >>"$RESTORED/postgresql.conf" <<EOF
# --- restore drill ---
port = $PORT_RESTORED
unix_socket_directories = '$RESTORED'
archive_mode = off
restore_command = 'cp $ARCHIVE/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
EOF
touch "$RESTORED/recovery.signal"
chown -R postgres "$RESTORED"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$RESTORED" -l "$RESTORED.log" -w -t 600 start >/dev/null
RESTORED_STARTED=1
for _ in $(seq 1 600); do
  [ "$(psql -X -At -h 127.0.0.1 -p "$PORT_RESTORED" -U postgres -d parcours -c 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.2
done
echo "pitr_ms=$(($(date +%s%3N) - t))" >>"$WORK/timings.txt"
cp "$RESTORED.log" "$WORK/restored-postgres.log"
grep -E 'recovery stopping|last completed transaction|selected new timeline|archive recovery complete' \
  "$WORK/restored-postgres.log" | sed 's/^[^ ]* [^ ]* [^ ]* //' >"$WORK/recovery-lines.txt" || true
capture parcours "$PORT_RESTORED" >"$WORK/pitr.txt"
compare "point in time" "$WORK/at-point.txt" "$WORK/pitr.txt" "at the point"
b=$(notes parcours "$PORT_RESTORED" before); a=$(notes parcours "$PORT_RESTORED" after)
ib=$(attestations_of parcours "$PORT_RESTORED" before); ia=$(attestations_of parcours "$PORT_RESTORED" after)
[ "$b" = 30 ] && [ "$a" = 0 ] && [ "$ib" = 3 ] && [ "$ia" = 0 ] \
  && result "point in time: before it all, after it nothing" PASS "postings before the point $b of 30, after it $a of 30; attestations before $ib of 3, after $ia of 2" \
  || result "point in time: before it all, after it nothing" FAIL "postings before $b/30 after $a/30; attestations before $ib/3 after $ia/2"
export PSQL="psql -X -q -At -h 127.0.0.1 -p $PORT_RESTORED -U postgres -d parcours"
start_app_on parcours "$PORT_RESTORED"
result "point in time: the application starts on it" PASS "ready ($(curl -s "http://127.0.0.1:$PORT_MGMT/q/health/ready" | tr -d ' \n' | cut -c1-120)…)"
python3 "$HERE/drill.py" check "point in time" "$WORK/before-backup.pdf"
audit_sql parcours "$PORT_RESTORED" "point in time"
stop_app
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$RESTORED" -m fast stop >/dev/null; RESTORED_STARTED=""

# --- B. The dump restored into a fresh database (runbook "Small sites") ---------------------------------------------------
log "restoring the dump into a fresh database"
t=$(date +%s%3N)
psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c "create database parcours_restored owner parcours"
PGPASSWORD=parcours pg_restore -h 127.0.0.1 -p "$PORT_PG" -U parcours -d parcours_restored --no-owner --exit-on-error \
  "$BACKUPS/parcours.dump" 2>"$WORK/pg_restore.log"
echo "restore_ms=$(($(date +%s%3N) - t))" >>"$WORK/timings.txt"
capture parcours_restored "$PORT_PG" >"$WORK/dump-restored.txt"
compare "dump" "$WORK/at-dump.txt" "$WORK/dump-restored.txt" "when dumped"
export PSQL="psql -X -q -At -h 127.0.0.1 -p $PORT_PG -U postgres -d parcours_restored"
start_app_on parcours_restored "$PORT_PG"
result "dump: the application starts on it" PASS "ready"
python3 "$HERE/drill.py" check "dump" "$WORK/before-backup.pdf"
audit_sql parcours_restored "$PORT_PG" "dump"
stop_app

cat "$WORK/timings.txt"
failed=$(grep -c $'\tFAIL\t' "$RESULTS" || true)
echo "$(($(wc -l <"$RESULTS") - failed)) of $(wc -l <"$RESULTS") checks passed"
[ "$failed" = 0 ]
