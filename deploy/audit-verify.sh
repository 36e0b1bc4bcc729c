#!/usr/bin/env bash
# Checks the audit trail against its seals, straight in PostgreSQL (docs/adr/0028): each day (UTC) from FROM to TO that
# holds audit rows, refusals or administrators' changes, with its status, then "intact" or the first broken day and,
# when one can be named, its first altered row. Exit status 0 when every day holds, 1 when a day is broken, 2 on error.
#
#   PGHOST=db.internal PGDATABASE=parcours PGUSER=parcours_auditor deploy/audit-verify.sh [FROM [TO]]
#
# FROM and TO are days (YYYY-MM-DD); by default the last 31 days up to today. The role needs only SELECT on the audit
# tables and audit_seal (the application's role will do; the owner too). psql reads PGHOST, PGPORT, PGDATABASE, PGUSER
# and PGPASSWORD (or ~/.pgpass) as usual. Compare the chain of the last seal with the one the application logged when
# it sealed that day ("Audit trail sealed: day …, chain …"): a database owner who rewrote rows and sealed again cannot
# match the log. Statuses: INTACT, OPEN (not sealed yet: today and yesterday), ROW_ALTERED, ROWS_CHANGED, CHAIN_BROKEN,
# UNSEALED_ROWS (see V017's audit_verify).
set -euo pipefail

to="${2:-$(date -u +%F)}"
from="${1:-$(date -u -d "$to - 30 days" +%F)}"
for day in "$from" "$to"; do
    [[ "$day" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "Not a day (YYYY-MM-DD): $day" >&2; exit 2; }
done

psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
checked="audit_verify(date '$from', date '$to')"

echo "Audit trail from $from to $to (UTC days):"
psql_ -P footer=off -c "select day, status, rows_sealed, rows_found, broken_trail, broken_row
    from $checked" || exit 2
broken=$(psql_ -At -c "select day || ' ' || status || coalesce(' ' || broken_trail || ' ' || broken_row, '')
    from $checked where status not in ('INTACT', 'OPEN') order by day limit 1") || exit 2
head=$(psql_ -At -c "select day || ' chain ' || encode(chain, 'hex') from audit_seal order by day desc limit 1") || exit 2
echo "Last seal: ${head:-none}"
if [[ -n "$broken" ]]; then
    echo "BROKEN: first broken day $broken"
    exit 1
fi
echo "intact"
