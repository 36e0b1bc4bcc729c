#!/usr/bin/env bash
# The region-scale benchmark (issue 11): for each size, a fresh PostgreSQL 15 server, the ten-year data set loaded by
# deploy/benchmarks/region-scale/generate.sql, the application jar as shipped (production profile) on it, and every
# figure of the issue's Targets table measured against an anchor of the same run. Writes the report to
# docs/benchmarks/region-scale.md (REPORT=... to change) and the raw figures to api/target/region-scale/.
#
#   ./mvnw -o -B -q package -DskipTests -pl domain,api -am      # the jar, once
#   deploy/benchmarks/region-scale.sh [persons...]             # default: 2000 20000 200000
#
# Options (environment): LOAD_ONLY=1 (load and count, no benchmark), VERIFY=0 (skip the check of every foreign key
# after the load: 15 s at 200,000 persons), KEEP=1 (leave the last server and app running;
# they are stopped otherwise, also on failure or Ctrl-C), SEQ_COUNT (timed sequential requests per line, 300),
# SEQ_BUDGET (seconds at most per line, 60), DURATION (seconds of wrk/pgbench/open load, 20), PORT_PG, PORT_APP,
# APP_XMX (1g), IMPORT_TIMEOUT (seconds an import may take, 900). Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OVERRIDES="$(env | grep -E '^(SEQ_COUNT|SEQ_WARMUP|SEQ_BUDGET|DURATION|IMPORT_TIMEOUT|APP_XMX)=' | sort | tr '\n' ' ' || true)"
HERE="$ROOT/deploy/benchmarks/region-scale"
PGBIN=/usr/lib/postgresql/15/bin
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(2000 20000 200000)
WORK="${WORK:-$ROOT/api/target/region-scale}"
REPORT="${REPORT:-$ROOT/docs/benchmarks/region-scale.md}"
PORT_PG="${PORT_PG:-55491}"
PORT_APP="${PORT_APP:-18091}"
# the management interface of the packaged application: health and metrics (docs/operations.md)
PORT_MGMT="${PORT_MGMT:-18191}"
SEQ_COUNT="${SEQ_COUNT:-300}"
SEQ_WARMUP="${SEQ_WARMUP:-30}"
SEQ_BUDGET="${SEQ_BUDGET:-60}"
DURATION="${DURATION:-20}"
APP_XMX="${APP_XMX:-1g}"
PGDATA_ROOT="${PGDATA_ROOT:-/tmp/parcours-region-scale}"
PGLOG="$PGDATA_ROOT/postgres.log"
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT_APP"
MGMT="http://127.0.0.1:$PORT_MGMT"
API="$BASE/api/v1"
PASSWORD='Bench-Parcours-2026'
# shellcheck source=lib/cluster.sh
source "$ROOT/deploy/benchmarks/lib/cluster.sh"
TODAY="$(date -u +%F)"

mkdir -p "$WORK"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
log() { echo "[$(date -u +%T)] $*" >&2; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }
result() { printf '%s\t%s\t%s\n' "$SIZE" "$1" "$2" >>"$RESULTS"; log "$SIZE $1: $2"; }

check_ready_to_run
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# --- PostgreSQL: a fresh cluster per size, tuned modestly for 2 cores and 24 GiB ---------------------------------------
start_pg() {
  new_cluster <<EOF
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 32MB
maintenance_work_mem = 1GB
max_parallel_maintenance_workers = 2
max_parallel_workers_per_gather = 1
random_page_cost = 1.1
effective_io_concurrency = 100
wal_level = minimal
max_wal_senders = 0
max_wal_size = 16GB
checkpoint_timeout = 30min
wal_compression = on
EOF
}

# --- The application, production profile --------------------------------------------------------------------------------
start_app() {
  keys
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT_PG/parcours" \
  QUARKUS_DATASOURCE_USERNAME=parcours QUARKUS_DATASOURCE_PASSWORD=parcours \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
  QUARKUS_HTTP_PORT="$PORT_APP" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$PORT_MGMT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  PARCOURS_PRODUCTION_CHECKS_ENABLED=false \
  PARCOURS_SIGN_IN_ATTEMPTS_PER_MINUTE=0 PARCOURS_API_RATE_LIMIT_PER_MINUTE=0 PARCOURS_AUTH_ACCESS_TOKEN_LIFETIME=PT4H SMALLRYE_JWT_NEW_TOKEN_LIFESPAN=14400 \
  SMALLRYE_JWT_TIME_TO_LIVE=14400 PARCOURS_PUBLIC_BASE_URL="$BASE" \
    java -Xmx"$APP_XMX" -jar "$JAR" >"$WORK/app-$SIZE.log" 2>&1 &
  APP_PID=$!
  # up to 30 min: the first start on a loaded database computes every file's stored deadlines
  for _ in $(seq 1 3600); do
    if curl -fs "$MGMT/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app-$SIZE.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the application did not start" >&2; tail -40 "$WORK/app-$SIZE.log" >&2; exit 1
}
token() { # token USER  |  token client CLIENT_ID
  local body
  if [ "$1" = client ]; then body="{\"grantType\":\"client_credentials\",\"clientId\":\"$2\",\"clientSecret\":\"$PASSWORD\"}"
  else body="{\"grantType\":\"password\",\"username\":\"$1\",\"password\":\"$PASSWORD\"}"; fi
  curl -fsS -H 'Content-Type: application/json' -d "$body" "$API/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# --- Load --------------------------------------------------------------------------------------------------------------
load() {
  local t0 t1 t2 t3
  t0=$(now)
  psql_ -v persons="$SIZE" -v today="$TODAY" -f "$HERE/generate.sql" >"$WORK/generate-$SIZE.log"
  t1=$(now)
  psql_ -f "$HERE/accounts.sql" >/dev/null
  psql_ -c "grant usage on schema bench to parcours" -c "alter default privileges in schema bench grant select on tables to parcours" \
        -c "grant select on all tables in schema bench to parcours" >/dev/null
  # derived data the database keeps by triggers, which the load bypassed: the ledger's running totals (ADR 0018) and
  # the statistics' counts (ADR 0019); the stored deadlines (ADR 0017) are left stale, computed at the next start
  t2=$(now)
  psql_ -c "select attendance_totals_rebuild()" >/dev/null
  psql_ -c "delete from case_file_count" -c "insert into case_file_count (cri_code, opened_month, state, files)
              select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3" >/dev/null
  result "load: running totals and counts rebuilt" "$(secs "$t2" "$(now)") s"
  t2=$(now)
  psql_ -c "vacuum (analyze)" >/dev/null
  t3=$(now)
  result "load: generate (rows, indexes)" "$(secs "$t0" "$t1") s"
  result "load: vacuum analyze" "$(secs "$t2" "$t3") s"
  if [ "${VERIFY:-1}" = 1 ]; then
    t0=$(now); local verified; verified=$(psql_ -f "$HERE/verify.sql" 2>&1 || true)
    grep -q 'every foreign key holds' <<<"$verified" || { echo "verify.sql failed: $verified" >&2; exit 1; }
    result "load: every foreign key checked" "$(secs "$t0" "$(now)") s"
  fi
  psql_ -At -F ' ' -c "select what, count from (
      select 1 o, 'persons' what, count(*) from person union all
      select 2, 'case files', count(*) from case_file union all
      select 3, 'case files at CRIPEL', count(*) from case_file where cri_code = 'CRIPEL' union all
      select 4, 'followed-up files at CRIPEL', count(*) from case_file where cri_code = 'CRIPEL'
                and state in ('OPENED','RECEPTION','CONVENTION_SIGNED','IN_PROGRESS','SUSPENDED') union all
      select 5, 'attendance entries', count(*) from attendance_entry union all
      select 6, 'attestations', count(*) from attestation union all
      select 7, 'transmissions', count(*) from transmission union all
      select 8, 'audit rows', count(*) from audit_event) x order by o" | while read -r what; do
    result "rows: ${what% *}" "${what##* }"
  done
  result "database size" "$(psql_ -At -c "select pg_size_pretty(pg_database_size('parcours'))")"
}
recompute_deadlines() {
  # the start computed every loaded file's stored deadlines (they were stale); this is the recomputation an
  # administrator runs after a change of the rules (ADR 0017), over every file of the Region
  local t0 answer; t0=$(now)
  answer=$(curl -fsS -X POST -H "Authorization: Bearer $(token bench.admin)" -H 'Content-Type: application/json' -d '{}' \
    "$API/deadlineRecomputations")
  result "recomputation of every file's stored deadlines (POST /deadlineRecomputations)" "$(secs "$t0" "$(now)") s: $answer"
}

# --- Measurements ------------------------------------------------------------------------------------------------------
seq_latency() { # seq_latency NAME URL TOKEN [BODY]
  local out
  out=$(java "$HERE/LoadClient.java" seq "$2" "$3" "$SEQ_WARMUP" "$SEQ_COUNT" "$SEQ_BUDGET" "${4:-}")
  result "seq $1" "$out"
}
capture() { # capture OUT METHOD URL TOKEN [BODY] [FILE_ID PERSON_ID]: the SQL one request runs, as a pgbench script
  local out=$1 method=$2 url=$3 tok=$4 body=${5:-} fid=${6:-} pid=${7:-} offset
  psql_ -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  sleep 1
  offset=$(stat -c %s "$PGLOG")
  if [ -n "$body" ]; then curl -sS -o /dev/null -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -d "$body" "$url" || true
  else curl -sS -o /dev/null -H "Authorization: Bearer $tok" "$url" || true; fi
  sleep 1
  psql_ -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  python3 "$HERE/capture_sql.py" "$PGLOG" "$offset" "$out" $fid $pid >/dev/null
}
pgbench_p95() { # pgbench_p95 NAME SCRIPT: one client, the per-transaction log, p50/p95 in ms
  local dir; dir=$(mktemp -d); chmod 777 "$dir"
  (cd "$dir" && pgbench -n -h 127.0.0.1 -p "$PORT_PG" -U parcours -c 1 -j 1 -T 10 -M prepared -l -f "$2" parcours \
     >"$WORK/pgbench-$SIZE-${2##*/}.log" 2>&1) || true
  result "pgbench $1" "$(cat "$dir"/pgbench_log.* 2>/dev/null | python3 -c '
import sys
v = sorted(int(l.split()[2]) for l in sys.stdin)
if not v: print("failed: see pgbench log"); sys.exit()
p = lambda q: v[max(0, min(len(v) - 1, int(len(v) * q / 100 + 0.999) - 1))] / 1000
print(f"p50={p(50):.2f} p95={p(95):.2f} p99={p(99):.2f} count={len(v)}")')"
  rm -rf "$dir"
}

measure() {
  local agent trainer commune analyst ids_file fid pid from to since
  agent=$(token agent.cripel); trainer=$(token formateur.forem); commune=$(token client commune-62063)
  analyst=$(token bench.analyst)
  recompute_deadlines
  # 1,000 files of CRIPEL the benchmark reads (every state), the same for wrk, the open load and pgbench
  psql_ -c "create table bench.read_ids as select row_number() over (order by id) as k, id, person_id from
              (select id, person_id from case_file where cri_code = 'CRIPEL' order by md5(id::text) limit 1000) s" >/dev/null
  ids_file="$WORK/read-ids.txt"
  psql_ -At -c "select id from bench.read_ids order by k" >"$ids_file"
  local n_ids; n_ids=$(wc -l <"$ids_file")
  # the file whose read is captured for pgbench: one in training, whose read runs every statement (convention, enrolments,
  # interviews, hours); pgbench then runs them for every file, also where they find nothing
  read -r fid pid < <(psql_ -At -F ' ' -c "select r.id, r.person_id from bench.read_ids r join case_file c on c.id = r.id
                                          order by (c.state = 'IN_PROGRESS') desc, r.k limit 1")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $agent" "$API/caseFiles/$fid")
  result "check GET /caseFiles/{id}" "HTTP $status"
  local bad; bad=0
  while read -r id; do
    s=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $agent" "$API/caseFiles/$id")
    [ "$s" = 200 ] || bad=$((bad + 1))
  done < <(head -50 "$ids_file")
  result "check 50 files read" "$bad not 200"

  # 1. the work queues and the lists, one request at a time
  for q in "queue=new" "pageSize=50" "state=IN_PROGRESS" "queue=atRisk" "queue=overdue" "queue=reviewDue"; do
    seq_latency "GET /caseFiles?$q" "$API/caseFiles?$q" "$agent"
  done
  # 2. one file's read: wrk with 8 connections against pgbench with the same statements and 8 clients
  capture "$WORK/read.sql" GET "$API/caseFiles/$fid" "$agent" "" "$fid" "$pid"
  { echo "\\set k random(1, $n_ids)"; echo "select id as fid, person_id as pid from bench.read_ids where k = :k \\gset"; cat "$WORK/read.sql"; } >"$WORK/read-pgbench.sql"
  result "read statements (captured)" "$(grep -c ';' "$WORK/read.sql") (script: $WORK/read-pgbench.sql)"
  TOKEN="$agent" IDS="$ids_file" wrk -t2 -c8 -d"${DURATION}s" -s "$HERE/read.lua" "$API/caseFiles/" >"$WORK/wrk-$SIZE.txt" 2>&1 || true
  TOKEN="$agent" IDS="$ids_file" wrk -t2 -c8 -d"${DURATION}s" -s "$HERE/read.lua" "$API/caseFiles/" >"$WORK/wrk-$SIZE.txt" 2>&1 || true
  result "wrk GET /caseFiles/{id} 8 connections" "$(grep -E 'Requests/sec|Non-2xx|Latency ' "$WORK/wrk-$SIZE.txt" | tr -s ' ' | tr '\n' ' ')"
  pgbench -n -h 127.0.0.1 -p "$PORT_PG" -U parcours -c 8 -j 2 -T "$DURATION" -M prepared -f "$WORK/read-pgbench.sql" parcours \
    >"$WORK/pgbench-$SIZE-read.log" 2>&1 || true
  result "pgbench read statements 8 clients" "$(grep -E 'tps|failed|abort' "$WORK/pgbench-$SIZE-read.log" | tr -s ' ' | tr '\n' ' ')"
  # 3. the same read at 200 requests a second, open load
  result "open 200/s GET /caseFiles/{id}" "$(java "$HERE/LoadClient.java" open "$API/caseFiles/" "$ids_file" "$agent" 200 "$((DURATION + 10))" 10 2>"$WORK/open-$SIZE.err" || echo failed)"
  # its anchor: pgbench running the same statements at the same fixed rate (8 clients), each latency counted from the
  # transaction's scheduled start (pgbench's time plus its schedule lag), as the open-load client does
  local odir; odir=$(mktemp -d)
  (cd "$odir" && pgbench -n -h 127.0.0.1 -p "$PORT_PG" -U parcours -c 8 -j 2 -R 200 -T "$((DURATION + 10))" -M prepared -l \
     -f "$WORK/read-pgbench.sql" parcours >"$WORK/pgbench-$SIZE-read-open.log" 2>&1) || true
  result "pgbench open 200/s read statements" "$(cat "$odir"/pgbench_log.* 2>/dev/null | python3 -c '
import sys
v = sorted(int(f[2]) + (int(f[6]) if len(f) > 6 else 0) for f in (l.split() for l in sys.stdin))
if not v: print("failed: see pgbench log"); sys.exit()
p = lambda q: v[max(0, min(len(v) - 1, int(len(v) * q / 100 + 0.999) - 1))] / 1000
print(f"p50={p(50):.2f} p95={p(95):.2f} p99={p(99):.2f} count={len(v)}")')"
  rm -rf "$odir"
  # 4. person search, statistics, the transmissions feed; each against pgbench running its statements
  local body='{"nameFragment":"amra"}'
  seq_latency "POST /persons/query amra" "$API/persons/query?pageSize=50" "$agent" "$body"
  capture "$WORK/search.sql" POST "$API/persons/query?pageSize=50" "$agent" "$body"
  pgbench_p95 "search statements" "$WORK/search.sql"
  from=$(date -u -d "$TODAY -11 months" +%Y-%m); to=$(date -u -d "$TODAY" +%Y-%m)
  seq_latency "GET /statistics/caseFiles (agent, 12 months)" "$API/statistics/caseFiles?from=$from&to=$to" "$agent"
  capture "$WORK/statistics.sql" GET "$API/statistics/caseFiles?from=$from&to=$to" "$agent"
  pgbench_p95 "statistics statements" "$WORK/statistics.sql"
  seq_latency "GET /statistics/caseFiles (analyst, region, 12 months)" "$API/statistics/caseFiles?from=$from&to=$to" "$analyst"
  since=$(psql_ -At -c "select coalesce(percentile_disc(0.5) within group (order by feed_cursor), 0) from transmission where recipient_kind = 'COMMUNE' and recipient_nis = '62063'")
  seq_latency "GET /transmissions?since=<middle>&limit=50 (commune-62063)" "$API/transmissions?since=$since&limit=50" "$commune"
  capture "$WORK/feed.sql" GET "$API/transmissions?since=$since&limit=50" "$commune"
  pgbench_p95 "feed statements" "$WORK/feed.sql"
  # 5. the operator's import over HTTP against COPY of as many rows into a scratch copy of the ledger
  import_file 6000 0
  import_file 50000 1
}
import_file() { # import_file LINES PARITY: LINES lines of a quarter hour, 32 a person a day, for half of the import enrolments
  local lines=$1 first=$2 csv="$WORK/import-$1.csv" trainer before after peak t0 t1 out
  trainer=$(token formateur.forem)
  psql_ -At -c "copy (
      with c as (select e.id, e.start_date, row_number() over (order by e.id) as r from enrolment e
                 join case_file c on c.id = e.case_file_id
                 where e.operator_code = 'FOREM-LIEGE' and e.axis = 'FRENCH' and e.status = 'ACTIVE' and c.state = 'IN_PROGRESS'
                   and e.start_date < current_date - 400
                   and not exists (select 1 from attendance_entry a where a.enrolment_id = e.id)),
           e as (select id, start_date, row_number() over (order by id) - 1 as k from c where r % 2 = $first)
      select e.id || ';' || (e.start_date + 1 + (g / 32 / (select count(*) from e))::int) || ';0,25;BENCH-$lines-' || g
      from generate_series(0, $lines - 1) g join e on e.k = g % (select count(*) from e)
      order by g) to stdout" >"$csv.body"
  { echo 'enrolmentId;sessionDate;hours;reference'; cat "$csv.body"; } >"$csv"; rm -f "$csv.body"
  result "import $lines: lines in file" "$(($(wc -l <"$csv") - 1)) for $(cut -d';' -f1 "$csv" | tail -n +2 | sort -u | wc -l) enrolments"
  heap() { curl -fs "$MGMT/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}'; }
  before=$(heap); peak=$before
  ( while sleep 0.5; do h=$(heap) || break; echo "$h"; done ) >"$WORK/heap-$lines.txt" &
  local sampler=$!
  local key; key="bench-$SIZE-$lines-$(date +%s)"
  t0=$(now)
  out=$(curl -sS -o "$WORK/import-$lines-report.json" -w '%{http_code}' -X POST "$API/operators/FOREM-LIEGE/attendanceImports?mode=acceptValid" \
    -H "Authorization: Bearer $trainer" -H 'Content-Type: text/csv' -H "Idempotency-Key: $key" \
    --max-time "${IMPORT_TIMEOUT:-900}" --data-binary @"$csv") || out="none (no answer within ${IMPORT_TIMEOUT:-900} s)"
  t1=$(now)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  after=$(heap)
  peak=$( { echo "$before"; echo "$after"; cat "$WORK/heap-$lines.txt"; } | sort -n | tail -1)
  result "import $lines over HTTP" "HTTP $out in $(secs "$t0" "$t1") s; $(python3 -c "
import json
try:
    r = json.load(open('$WORK/import-$lines-report.json'))
    print({k: v for k, v in r.items() if not isinstance(v, list)})
except Exception as e:
    print('report unreadable')")"
  result "import $lines heap MiB (before / peak / after)" "$before / $peak / $after"
  # the same file sent again: under the same key it answers the first answer; under a new key every line is a
  # duplicate; neither records anything
  local entries same renewed entries_after
  entries=$(psql_ -At -c "select count(*) from attendance_entry")
  same=$(curl -sS -o "$WORK/import-$lines-replay.json" -w '%{http_code}' -X POST "$API/operators/FOREM-LIEGE/attendanceImports?mode=acceptValid" \
    -H "Authorization: Bearer $trainer" -H 'Content-Type: text/csv' -H "Idempotency-Key: $key" --max-time 600 --data-binary @"$csv") || same=none
  cmp -s "$WORK/import-$lines-report.json" "$WORK/import-$lines-replay.json" && same="$same, the first answer byte for byte" \
    || same="$same, NOT the first answer"
  renewed=$(curl -sS -X POST "$API/operators/FOREM-LIEGE/attendanceImports?mode=acceptValid" -H "Authorization: Bearer $trainer" \
    -H 'Content-Type: text/csv' -H "Idempotency-Key: $key-again" --max-time 600 --data-binary @"$csv" \
    | python3 -c "import json, sys; r = json.load(sys.stdin); print({k: v for k, v in r.items() if not isinstance(v, list)})" 2>&1)
  entries_after=$(psql_ -At -c "select count(*) from attendance_entry")
  result "import $lines replayed" "same key: HTTP $same; new key: $renewed; entries recorded by both: $((entries_after - entries))"
  # anchor: COPY of as many ledger rows (same columns, constraints and indexes) into a scratch copy of the table
  psql_ -c "drop table if exists bench.entry_scratch" -c "create table bench.entry_scratch (like attendance_entry including all)" >/dev/null
  psql_ -At -c "copy (select gen_random_uuid(), kind, enrolment_id, case_file_id, person_id, operator_code, axis, session_date,
                  hours, corrects, reason, recorded_by, recorded_at from attendance_entry limit $lines) to stdout" >"$WORK/copy-$lines.tsv"
  local copy_ms
  copy_ms=$(psql_ -c '\timing on' -c "\\copy bench.entry_scratch from '$WORK/copy-$lines.tsv'" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
  result "import $lines anchor: COPY of $lines rows" "$(python3 -c "print(f'{$copy_ms / 1000:.3f}')") s (psql \\copy, as timed by psql)"
  rm -f "$WORK/copy-$lines.tsv"
}

# --- The report --------------------------------------------------------------------------------------------------------
write_report() {
  python3 "$HERE/report.py" "$RESULTS" "$REPORT" "${OVERRIDES}deploy/benchmarks/region-scale.sh ${SIZES[*]}" "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- api domain || echo '+changes')"
  log "report: $REPORT"
}

for SIZE in "${SIZES[@]}"; do
  log "=== $SIZE persons"
  start_pg
  t0=$(now); start_app; result "app start and migrations (empty database)" "$(secs "$t0" "$(now)") s"; stop_app
  load
  if [ -n "${LOAD_ONLY:-}" ]; then stop_pg; continue; fi
  t0=$(now); start_app; result "app start (loaded database; computes every file's stored deadlines)" "$(secs "$t0" "$(now)") s"
  measure
  stop_app; stop_pg
done
[ -n "${LOAD_ONLY:-}" ] || write_report
