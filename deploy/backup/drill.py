"""The application side of deploy/backup/drill.sh: writes through the API, and the checks of a restored database.

   python3 drill.py write PHASE POSTINGS ISSUES     # postings with keys drill-PHASE-n, attestations issued by CRIPEL
   python3 drill.py pdf OUT                         # downloads one issued attestation's PDF (the first of phase base)
   python3 drill.py check NAME PDF                  # on the restored application: audit integrity, PDFs, the PDF again

API, MGMT, WORK, PSQL (as postgres, on the database under test) and RESULTS come from the environment.
"""
import base64
import datetime
import hashlib
import json
import os
import subprocess
import sys

import requests

API = os.environ["API"]
WORK = os.environ["WORK"]
PASSWORD = "Bench-Parcours-2026"


def sql(statement):
    return subprocess.check_output(os.environ["PSQL"].split() + ["-c", statement], text=True).strip()


def token(username):
    answer = requests.post(API + "/auth/token", json={"grantType": "password", "username": username,
                                                      "password": PASSWORD}, timeout=30)
    answer.raise_for_status()
    return {"Authorization": "Bearer " + answer.json()["accessToken"]}


def result(name, ok, detail):
    verdict = "PASS" if ok else "FAIL"
    with open(os.environ["RESULTS"], "a") as out:
        out.write(f"{name}\t{verdict}\t{detail}\n")
    print(f"{verdict}  {name}: {detail}", flush=True)


def write(phase, postings, issues):
    trainer = token("formateur.forem")
    enrolments = [line.strip().split(";") for line in open(os.path.join(WORK, "enrolments.txt")) if line.strip()]
    offset = {"base": 0, "before": 60, "after": 120}[phase]
    for n in range(postings):
        enrolment, first = enrolments[n % len(enrolments)]
        day = datetime.date.fromisoformat(first) + datetime.timedelta(days=offset + n // len(enrolments))
        key = f"drill-{phase}-{n}"
        answer = requests.post(f"{API}/enrolments/{enrolment}/attendance", timeout=30,
                               json={"sessionDate": str(day), "hours": 1, "note": key},
                               headers={**trainer, "Idempotency-Key": key})
        if answer.status_code != 201:
            sys.exit(f"posting {key}: {answer.status_code} {answer.text[:300]}")
    rows = sql(f"""select c.id || ' ' || lower(c.cri_code) from case_file c where c.state = 'COMPLETED'
        and not exists (select 1 from attestation a where a.case_file_id = c.id) order by c.id limit {issues}""")
    files = [row.split(" ") for row in rows.splitlines()]
    numbers = []
    for file_id, cri in files:
        supervisor = token("superviseur." + cri)
        read = requests.get(f"{API}/caseFiles/{file_id}", headers=supervisor, timeout=30)
        answer = requests.post(f"{API}/caseFiles/{file_id}/attestation", timeout=60,
                               headers={**supervisor, "If-Match": read.headers["ETag"]})
        if answer.status_code != 201:
            sys.exit(f"issue of {file_id}: {answer.status_code} {answer.text[:300]}")
        numbers.append(answer.json()["number"])
    with open(os.path.join(WORK, f"phase-{phase}.json"), "w") as out:
        json.dump({"postings": postings, "attestations": numbers, "files": files}, out)
    print(f"phase {phase}: {postings} postings, attestations {', '.join(numbers)}")


def pdf(out):
    file_id, cri = json.load(open(os.path.join(WORK, "phase-base.json")))["files"][0]
    answer = requests.get(f"{API}/caseFiles/{file_id}/attestation/pdf", headers=token("superviseur." + cri),
                          timeout=30)
    answer.raise_for_status()
    with open(out, "wb") as f:
        f.write(answer.content)
    print(f"PDF of {file_id}: {len(answer.content)} bytes, sha256 {hashlib.sha256(answer.content).hexdigest()}")


def check(name, kept_pdf):
    admin = token("bench.admin")
    # the audit trail, through the API (the last 31 days) and over the data set's ten years in SQL
    integrity = requests.get(f"{API}/audit/integrity", headers=admin, timeout=120)
    body = integrity.json() if integrity.status_code == 200 else {}
    days = body.get("days", [])
    statuses = sorted({d["status"] for d in days})
    result(f"{name}: audit trail verifies (GET /audit/integrity)", integrity.status_code == 200 and body.get("intact"),
           f"{integrity.status_code}, intact={body.get('intact')}, {len(days)} days {statuses}")
    # every stored PDF still has its hash
    counts = sql("select count(*) || ' ' || count(*) filter (where encode(sha256(pdf), 'hex') = pdf_sha256) "
                 "from attestation").split()
    result(f"{name}: attestation PDFs match their stored SHA-256", counts[0] == counts[1] and int(counts[0]) > 0,
           f"{counts[1]} of {counts[0]} PDFs hash to their stored pdf_sha256")
    # the PDF downloaded before the backup, downloaded again from the restored application
    file_id, cri = json.load(open(os.path.join(WORK, "phase-base.json")))["files"][0]
    again = requests.get(f"{API}/caseFiles/{file_id}/attestation/pdf", headers=token("superviseur." + cri),
                         timeout=30)
    before = open(kept_pdf, "rb").read()
    digest = hashlib.sha256(again.content)
    stored = sql(f"select pdf_sha256 from attestation where case_file_id = '{file_id}' and revoked_at is null")
    header = again.headers.get("Repr-Digest", "")
    result(f"{name}: a PDF downloaded before the backup is the same after the restore",
           again.status_code == 200 and again.content == before and digest.hexdigest() == stored
           and base64.b64encode(digest.digest()).decode() in header,
           f"{again.status_code}, {len(again.content)} bytes identical to the download before the backup: "
           f"{again.content == before}; its SHA-256 is the stored one and the Repr-Digest header's")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "write":
        write(args[0], int(args[1]), int(args[2]))
    elif command == "pdf":
        pdf(args[0])
    else:
        check(args[0], args[1])
