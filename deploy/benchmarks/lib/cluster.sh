# shellcheck shell=bash
# What the benchmark scripts share (sourced, not run): a throw-away PostgreSQL 15 cluster on 127.0.0.1, the
# application jar in the production profile, and stopping both on exit, failure or Ctrl-C (unless KEEP=1).
# The caller sets PGBIN, PGDATA_ROOT, PGLOG, PORT_PG, PORT_APP, WORK and JAR before sourcing it.

PGDATA="$PGDATA_ROOT/data"
APP_PID=""
PG_STARTED=""

psql_() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT_PG" -U postgres -d parcours "$@"; }

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
stop_pg() {
  if [ -n "$PG_STARTED" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
  fi
  PG_STARTED=""
}
cleanup() { [ -n "${KEEP:-}" ] && return 0; stop_app; stop_pg; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# The jar is built and the ports (database, application, management) are free.
check_ready_to_run() {
  [ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -o -B -q package -DskipTests -pl domain,api -am" >&2; exit 1; }
  local port
  for port in "$PORT_PG" "$PORT_APP" ${PORT_MGMT:+"$PORT_MGMT"}; do
    if ss -ltn | grep -q "127.0.0.1:$port "; then echo "port $port is taken: set PORT_PG / PORT_APP" >&2; exit 1; fi
  done
}

pg_up() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w -t 120 start >/dev/null; }

# new_cluster < settings: a fresh cluster with the settings read from standard input appended to postgresql.conf,
# started, with the database parcours owned by the role parcours (password parcours) and pg_trgm.
new_cluster() {
  rm -rf "$PGDATA_ROOT"; mkdir -p "$PGDATA_ROOT"; chown postgres "$PGDATA_ROOT"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PORT_PG"
    echo "unix_socket_directories = '$PGDATA_ROOT'"
    echo "max_connections = 100"
    echo "logging_collector = off"
    echo "log_line_prefix = '%m [%p] %a '"
    echo "jit = off"
    cat
  } >>"$PGDATA/postgresql.conf"
  pg_up
  PG_STARTED=1
  psql -X -q -h 127.0.0.1 -p "$PORT_PG" -U postgres -c "create database parcours" \
    -c "create role parcours login password 'parcours'" -c "alter database parcours owner to parcours"
  psql_ -c "create extension if not exists pg_trgm" -c "grant all on schema public to parcours"
}

# The token signing keys of the production profile, made once per work directory.
keys() {
  [ -f "$WORK/jwt-private.pem" ] && return 0
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
  openssl rsa -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem" 2>/dev/null
}
