#!/usr/bin/env bash
# Recomputes the stored deadlines of every case file (or of one CRI's) after a release that changes the deadline
# rules, or after a bulk load (ADR 0017). Signs in as an administrator, calls POST /api/v1/deadlineRecomputations
# and prints the answer: {files, changed, durationMillis}. Running it again is harmless.
#
#   PARCOURS_URL=https://parcours.wallonie.be PARCOURS_ADMIN=admin PARCOURS_ADMIN_PASSWORD=… \
#     deploy/ops/recompute-deadlines.sh [CRI]
#
# The password is read from PARCOURS_ADMIN_PASSWORD, or asked for when it is not set. Needs curl and jq.
set -euo pipefail

url="${PARCOURS_URL:-http://localhost:8080}"
admin="${PARCOURS_ADMIN:-admin}"
cri="${1:-}"

if [[ -z "${PARCOURS_ADMIN_PASSWORD:-}" ]]; then
    read -r -s -p "Password of $admin: " PARCOURS_ADMIN_PASSWORD
    echo >&2
fi

token=$(jq -n --arg u "$admin" --arg p "$PARCOURS_ADMIN_PASSWORD" '{grantType: "password", username: $u, password: $p}' \
    | curl -fsS "$url/api/v1/auth/token" -H 'Content-Type: application/json' --data-binary @- \
    | jq -r .accessToken)

body=$(jq -n --arg cri "$cri" 'if $cri == "" then {} else {cri: $cri} end')
echo "Recomputing the stored deadlines of ${cri:-every CRI} at $url..." >&2
# a whole Region takes minutes: no client timeout
curl -fsS -X POST "$url/api/v1/deadlineRecomputations" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary "$body" | jq .
