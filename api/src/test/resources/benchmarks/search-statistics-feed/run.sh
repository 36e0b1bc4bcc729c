#!/bin/bash
# One pgbench run of a script of this folder: run.sh <database> <script> <transactions> <label> [-D var=value ...]
# Connection from PGHOST, PGPORT, PGUSER; per-transaction latencies in logs/<label>/ (percentiles.py reads them).
here=$(cd "$(dirname "$0")" && pwd)
db=$1; script=$2; n=$3; label=$4; shift 4
dir=${LOGS:-$PWD/logs}/$label; rm -rf "$dir"; mkdir -p "$dir"
(cd "$dir" && pgbench -n -M prepared -c 1 -t "$n" -l -f "$here/$script" "$@" "$db" > pgbench.out 2>&1) \
    || { cat "$dir/pgbench.out"; exit 1; }
