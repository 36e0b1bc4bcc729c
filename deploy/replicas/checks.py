"""The HTTP checks of deploy/replicas/run.sh: each appends PASS or FAIL lines to $RESULTS (name, verdict, what was seen)
and keeps its raw figures in $WORK/<check>.json for the report.

   python3 checks.py idempotent-replay | shared-limits | revocation | transmissions | load TERM|KILL SECONDS | graceful PID

Replica A, replica B and nginx (LB) are the environment's API_A, API_B, API_LB; SQL runs through $PSQL as postgres.
"""
import datetime
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid

import requests

API = {"A": os.environ["API_A"], "B": os.environ["API_B"], "LB": os.environ["API_LB"]}
MGMT = {"A": os.environ["MGMT_A"], "B": os.environ["MGMT_B"]}
WORK = os.environ["WORK"]
PASSWORD = os.environ["PASSWORD"]
TIMEOUT = 10


def ms():
    return time.monotonic() * 1000


def result(name, ok, detail):
    verdict = "PASS" if ok else "FAIL"
    with open(os.environ["RESULTS"], "a") as out:
        out.write(f"{name}\t{verdict}\t{detail}\n")
    print(f"{verdict}  {name}: {detail}", flush=True)
    return ok


def keep(check, figures):
    with open(os.path.join(WORK, check + ".json"), "w") as out:
        json.dump(figures, out, indent=1, default=str)


def sql(statement):
    return subprocess.check_output(os.environ["PSQL"].split() + ["-c", statement], text=True).strip()


def address():
    """A client address of its own (X-Forwarded-For, believed from 127.0.0.1: PARCOURS_HTTP_TRUSTED_PROXIES)."""
    return f"198.51.100.{random.randint(1, 254)}"


def sign_in(api, username, password=PASSWORD, xff=None):
    headers = {"X-Forwarded-For": xff or address()}
    return requests.post(api + "/auth/token", json={"grantType": "password", "username": username,
                                                    "password": password}, headers=headers, timeout=TIMEOUT)


def token(api, username, xff=None):
    answer = sign_in(api, username, xff=xff)
    answer.raise_for_status()
    return answer.json()["accessToken"]


def client_token(api, client_id):
    answer = requests.post(api + "/auth/token", json={"grantType": "client_credentials", "clientId": client_id,
                                                      "clientSecret": PASSWORD},
                           headers={"X-Forwarded-For": address()}, timeout=TIMEOUT)
    answer.raise_for_status()
    return answer.json()["accessToken"]


def bearer(t, **more):
    return {"Authorization": "Bearer " + t, **more}


def enrolments():
    with open(os.path.join(WORK, "enrolments.txt")) as lines:
        return [(i, datetime.date.fromisoformat(d)) for i, d in (line.strip().split(";") for line in lines if line.strip())]


# --- 1. an idempotent posting sent to A and replayed on B ------------------------------------------------------------
def idempotent_replay():
    trainer = token(API["A"], "formateur.forem")
    enrolment, day = enrolments()[0]
    key = "replica-replay-" + uuid.uuid4().hex
    body = {"sessionDate": str(day + datetime.timedelta(days=300)), "hours": 1.5, "note": key}
    url = "/enrolments/" + enrolment + "/attendance"
    entries_before = int(sql(f"select count(*) from attendance_entry where enrolment_id = '{enrolment}'"))
    answers = {}
    for where in ("A", "B", "LB"):
        answers[where] = requests.post(API[where] + url, json=body, timeout=TIMEOUT,
                                       headers=bearer(trainer, **{"Idempotency-Key": key}))
    other = requests.post(API["B"] + url, json={**body, "hours": 2}, timeout=TIMEOUT,
                          headers=bearer(trainer, **{"Idempotency-Key": key}))
    entries_after = int(sql(f"select count(*) from attendance_entry where enrolment_id = '{enrolment}'"))
    notes = int(sql(f"select count(*) from attendance_annotation where note = '{key}'"))
    keys = int(sql(f"select count(*) from idempotency_record where idempotency_key = '{key}'"))
    first = answers["A"]
    same = all(a.status_code == first.status_code and a.json() == first.json() for a in answers.values())
    replayed = [w for w in ("B", "LB") if answers[w].headers.get("Idempotency-Replayed") == "true"]
    keep("idempotent-replay", {"statuses": {w: a.status_code for w, a in answers.items()},
                               "replayed": replayed, "another-body": other.status_code,
                               "another-body-type": other.headers.get("Content-Type"),
                               "entries": [entries_before, entries_after], "notes": notes, "keys": keys})
    result("idempotent posting replayed on the other replica",
           first.status_code == 201 and same and replayed == ["B", "LB"] and entries_after == entries_before + 1
           and notes == 1 and keys == 1,
           f"A answered {first.status_code}; B and nginx answered the same body with Idempotency-Replayed "
           f"({', '.join(replayed) or 'none'}); ledger entries {entries_before} -> {entries_after}, "
           f"1 key row ({keys}), 1 note ({notes})")
    result("same key, another body, on the other replica",
           other.status_code == 409 and "idempotency-key-reused" in other.text
           and int(sql(f"select count(*) from attendance_entry where enrolment_id = '{enrolment}'")) == entries_after,
           f"B answered {other.status_code} idempotency-key-reused, nothing recorded")


# --- 2. the limits count across replicas --------------------------------------------------------------------------------
def until_429(send, limit):
    """Sends alternately to A and B until a 429; returns (accepted before it, answers by replica, seconds)."""
    by = {"A": 0, "B": 0}
    start = time.monotonic()
    for n in range(limit * 3):
        where = "AB"[n % 2]
        answer = send(API[where])
        if answer.status_code == 429:
            return n, by, time.monotonic() - start, answer
        by[where] += 1
    return None, by, time.monotonic() - start, None


def shared_limits():
    figures = {}
    # the sign-in attempts of one address (30 a minute), whatever the account
    xff = address()
    n, by, seconds, refusal = until_429(lambda api: sign_in(api, "inconnu." + uuid.uuid4().hex[:8], "Wrong-password-12",
                                                             xff=xff), 30)
    allowed = 30 + int(seconds * 30 / 60) + 1
    figures["sign-in-per-address"] = {"accepted": n, "by": by, "seconds": round(seconds, 2),
                                      "retry-after": refusal.headers.get("Retry-After") if refusal is not None else None}
    result("sign-in attempts per address, across replicas", n is not None and 30 <= n <= allowed,
           f"{n} attempts answered (A {by['A']}, B {by['B']}) in {seconds:.1f} s, then 429 with Retry-After "
           f"{figures['sign-in-per-address']['retry-after']}: one budget of 30 a minute (+{allowed - 31} refilled "
           "at one every 2 s while the attempts ran), not 30 per replica")
    # the failures of one account from one address: 5 free, then each failure delays the next attempt
    xff = address()
    n, by, seconds, refusal = until_429(lambda api: sign_in(api, "bench.analyst", "Wrong-password-12", xff=xff), 10)
    figures["sign-in-account-delay"] = {"attempts-before-429": n, "by": by}
    result("sign-in delay of an account, across replicas", n == 6,
           f"failures alternately on A and B ({by['A']} + {by['B']}): the 7th attempt is delayed (429), "
           "after 5 free failures and one more, as on one replica")
    # the client limit of one principal (600 a minute)
    analyst = token(API["A"], "bench.analyst")
    remaining = []

    def read(api):
        answer = requests.get(api + "/me", headers=bearer(analyst), timeout=TIMEOUT)
        remaining.append(int(answer.headers.get("RateLimit-Remaining", -1)))
        return answer
    n, by, seconds, refusal = until_429(read, 600)
    allowed = 600 + int(seconds * 600 / 60) + 1
    figures["client-limit"] = {"accepted": n, "by": by, "seconds": round(seconds, 2), "remaining-first": remaining[:12]}
    result("client rate limit of one principal, across replicas", n is not None and 600 <= n <= allowed,
           f"{n} requests answered (A {by['A']}, B {by['B']}) in {seconds:.1f} s before the 429; RateLimit-Remaining "
           f"went {remaining[:6]} alternating A/B (refilled 10 a second): one budget of 600 a minute (+{allowed - 601} "
           "refilled), not 600 per replica")
    keep("shared-limits", figures)


# --- 3. a revoked token and a deactivated account, seen by the other replica ----------------------------------------------
def refused_on(api, t, since):
    """Polls api with token t every 50 ms until a 401; milliseconds from since, and the 200s before it."""
    served = 0
    while ms() - since < 20000:
        answer = requests.get(api + "/me", headers=bearer(t), timeout=TIMEOUT)
        if answer.status_code == 401:
            return ms() - since, served
        served += 1
        time.sleep(0.05)
    return None, served


def revocation():
    figures = {}
    # logout on A
    agent = token(API["A"], "agent.cripel")
    warm = requests.get(API["B"] + "/me", headers=bearer(agent), timeout=TIMEOUT).status_code
    t0 = ms()
    logout = requests.post(API["A"] + "/auth/logout", headers=bearer(agent), timeout=TIMEOUT).status_code
    on_a = requests.get(API["A"] + "/me", headers=bearer(agent), timeout=TIMEOUT).status_code
    delay, served = refused_on(API["B"], agent, t0)
    figures["logout"] = {"warm-B": warm, "logout": logout, "A-after": on_a, "B-refused-after-ms": delay,
                         "B-served-meanwhile": served}
    result("logout on A ends the token on B within the cache (5 s)",
           warm == 200 and logout == 204 and on_a == 401 and delay is not None and delay <= 5300,
           f"A refused it at once ({on_a}); B served it {served} more times and refused it "
           f"{delay:.0f} ms after the logout" if delay else f"B never refused it ({served} answers)")
    # deactivation on A
    admin = token(API["A"], "bench.admin")
    username = "replica.check." + uuid.uuid4().hex[:6]
    account = {"username": username, "displayName": "Replica check", "role": "OPERATOR_TRAINER",
               "operator": "FOREM-LIEGE", "password": "Replica-Check-Password-2026"}
    created = requests.post(API["A"] + "/users", json=account, headers=bearer(admin), timeout=TIMEOUT)
    created.raise_for_status()
    user = sign_in(API["B"], username, account["password"]).json()["accessToken"]
    warm = requests.get(API["B"] + "/me", headers=bearer(user), timeout=TIMEOUT).status_code
    change = {"displayName": "Replica check", "role": "OPERATOR_TRAINER", "operator": "FOREM-LIEGE", "active": False}
    t0 = ms()
    deactivated = requests.put(API["A"] + "/users/" + created.json()["id"], json=change, timeout=TIMEOUT,
                               headers=bearer(admin, **{"If-Match": created.headers["ETag"]})).status_code
    sign_in_b = sign_in(API["B"], username, account["password"]).status_code
    delay, served = refused_on(API["B"], user, t0)
    figures["deactivation"] = {"warm-B": warm, "deactivated": deactivated, "sign-in-B-after": sign_in_b,
                               "B-refused-after-ms": delay, "B-served-meanwhile": served}
    result("deactivation on A ends the account's token on B within the cache (5 s)",
           warm == 200 and deactivated == 200 and sign_in_b == 401 and delay is not None and delay <= 5300,
           f"a new sign-in on B refused at once ({sign_in_b}); B served the old token {served} more times and "
           f"refused it {delay:.0f} ms after the deactivation" if delay else f"B never refused it ({served} answers)")
    keep("revocation", figures)


# --- 4. two pollers of the transmissions feed while attestations are issued and revoked on both replicas --------------
class Poller(threading.Thread):
    def __init__(self, name, apis, t):
        super().__init__(daemon=True)
        self.name_, self.apis, self.t = name, apis, t
        self.seen = []  # (id, cursor, revoked)
        self.polls = 0
        self.stop = threading.Event()
        self.errors = []

    def run(self):
        since, quiet = 0, 0
        while quiet < 2:
            api = self.apis[self.polls % len(self.apis)]
            self.polls += 1
            answer = requests.get(api + "/transmissions", params={"since": since, "limit": 50},
                                  headers=bearer(self.t), timeout=TIMEOUT)
            if answer.status_code != 200:
                self.errors.append(answer.status_code)
                time.sleep(0.2)
                continue
            feed = answer.json()
            self.seen += [(i["id"], i["cursor"], i["attestationRevoked"]) for i in feed["items"]]
            since = feed["nextCursor"]
            if not feed["items"]:
                quiet = quiet + 1 if self.stop.is_set() else 0
                time.sleep(0.15)


def issue_and_revoke(api, files, outcome):
    supervisor = token(api, "superviseur.cripel")
    for file_id, action in files:
        read = requests.get(api + "/caseFiles/" + file_id, headers=bearer(supervisor), timeout=TIMEOUT)
        headers = bearer(supervisor, **{"If-Match": read.headers.get("ETag", "")})
        if action == "issue":
            answer = requests.post(api + "/caseFiles/" + file_id + "/attestation", headers=headers, timeout=30)
        else:
            answer = requests.post(api + "/caseFiles/" + file_id + "/attestation/revocation", headers=headers,
                                   json={"reason": "Contrôle des réplicas"}, timeout=30)
        outcome.append((action, answer.status_code, answer.text[:200] if answer.status_code >= 300 else ""))


def transmissions():
    commune = client_token(API["A"], "commune-62063")
    # the completed files of CRIPEL, their persons moved to Liège (test data) so that the copies reach its feed
    to_issue = sql("""select c.id from case_file c where c.cri_code = 'CRIPEL' and c.state = 'COMPLETED'
        and not exists (select 1 from attestation a where a.case_file_id = c.id) order by c.id limit 16""").split()
    if to_issue:
        sql("update person set commune_nis = '62063' where id in (select person_id from case_file where id in ("
            + ",".join(f"'{f}'" for f in to_issue) + "))")
    to_revoke = sql("""select a.case_file_id from attestation a join transmission t on t.attestation_id = a.id
        where a.cri_code = 'CRIPEL' and a.revoked_at is null and t.recipient_kind = 'COMMUNE'
          and t.recipient_nis = '62063' order by a.case_file_id limit 16""").split()
    work = [(f, "issue") for f in to_issue] + [(f, "revoke") for f in to_revoke]
    random.Random(15).shuffle(work)
    pollers = [Poller("through nginx", [API["LB"]], commune), Poller("A and B directly", [API["A"], API["B"]], commune)]
    for p in pollers:
        p.start()
    outcomes = {"A": [], "B": []}
    issuers = [threading.Thread(target=issue_and_revoke, args=(API[w], work[i::2], outcomes[w]))
               for i, w in enumerate("AB")]
    for t in issuers:
        t.start()
    for t in issuers:
        t.join()
    for p in pollers:
        p.stop.set()
    for p in pollers:
        p.join(timeout=60)
    final = {row.split("|")[0]: (int(row.split("|")[1]), row.split("|")[2] == "true") for row in sql(
        """select t.id || '|' || t.feed_cursor || '|' || (a.revoked_at is not null) from transmission t
           join attestation a on a.id = t.attestation_id
           where t.recipient_kind = 'COMMUNE' and t.recipient_nis = '62063'""").split()}
    done = {w: sum(1 for o in outcomes[w] if o[1] in (200, 201)) for w in "AB"}
    refused = [o for w in "AB" for o in outcomes[w] if o[1] not in (200, 201)]
    figures = {"work": len(work), "issues": len(to_issue), "revocations": len(to_revoke), "issued-or-revoked": done, "refused": refused[:10], "copies": len(final)}
    ok_all = True
    for p in pollers:
        cursors = [c for _, c, _ in p.seen]
        pairs = set((i, c) for i, c, _ in p.seen)
        last = {}
        for i, c, r in p.seen:
            last[i] = (c, r)
        twice = len(p.seen) - len(pairs)
        ordered = cursors == sorted(cursors)
        missing = [i for i in final if last.get(i) != final[i]]
        again = sum(1 for i in last if sum(1 for j, _, _ in p.seen if j == i) > 1)
        ok = twice == 0 and ordered and not missing and not p.errors
        ok_all &= ok
        figures[p.name_] = {"polls": p.polls, "items": len(p.seen), "copies": len(last), "twice": twice,
                            "missing-or-stale": len(missing), "seen-again-revoked": again, "errors": p.errors}
        result(f"transmissions feed, poller {p.name_}", ok,
               f"{len(p.seen)} items in {p.polls} polls: each of the {len(final)} copies seen, the last time with "
               f"its final cursor and revocation ({len(missing)} missing or stale), no cursor twice ({twice}), in "
               f"cursor order; {again} copies seen again after their revocation, as the feed's contract says")
    # acknowledgements: every copy acknowledged on A, then again on B: the same answer, one acknowledgement stored
    first, second, differ = {}, {}, 0
    for i in final:
        first[i] = requests.post(API["A"] + f"/transmissions/{i}/acknowledgements", headers=bearer(commune),
                                 timeout=TIMEOUT)
    for i in final:
        second[i] = requests.post(API["B"] + f"/transmissions/{i}/acknowledgements", headers=bearer(commune),
                                  timeout=TIMEOUT)
        differ += first[i].status_code != 200 or second[i].status_code != 200 or first[i].json() != second[i].json()
    stored = int(sql("""select count(*) from transmission where recipient_kind = 'COMMUNE' and recipient_nis = '62063'
        and acknowledged_at is not null"""))
    figures["acknowledgements"] = {"copies": len(final), "differ": differ, "stored": stored}
    result("acknowledgements on A then B are idempotent", differ == 0 and stored == len(final),
           f"{len(final)} copies acknowledged on A then again on B: {differ} different answers, {stored} acknowledged "
           "in the database")
    result("attestations issued and revoked on both replicas", done["A"] > 0 and done["B"] > 0 and not refused,
           f"{len(to_issue)} issues and {len(to_revoke)} revocations, {done['A']} on A, {done['B']} on B while the "
           f"pollers ran; refused: {len(refused)} {refused[:2]}")
    keep("transmissions", figures)


# --- 5. stopping a replica mid-load: clients retry on the other one with the same key ------------------------------------
def load(signal, seconds):
    trainer = token(API["A"], "formateur.forem")
    targets = enrolments()[1:]
    offset = 0 if signal == "TERM" else 150
    counter = iter(range(10 ** 9))
    lock = threading.Lock()
    acknowledged, retried, throttled, failures = {}, [0], [0], []
    end = time.monotonic() + seconds

    def post(thread):
        first = "AB"[thread % 2]
        while time.monotonic() < end:
            with lock:
                g = next(counter)
            enrolment, day = targets[g % len(targets)]
            key = f"replica-load-{signal}-{thread}-{g}"
            body = {"sessionDate": str(day + datetime.timedelta(days=offset + g // (8 * len(targets)))),
                    "hours": 0.25, "note": key}
            where, tries = first, 0
            while True:
                tries += 1
                try:
                    answer = requests.post(API[where] + "/enrolments/" + enrolment + "/attendance", json=body,
                                           headers=bearer(trainer, **{"Idempotency-Key": key}), timeout=TIMEOUT)
                    if 200 <= answer.status_code < 300:
                        acknowledged[key] = (where, tries, answer.headers.get("Idempotency-Replayed") == "true")
                        break
                    if answer.status_code == 429:  # the trainer's own limit (600 a minute): wait, send again
                        with lock:
                            throttled[0] += 1
                        time.sleep(float(answer.headers.get("Retry-After", "1")))
                        continue
                    if answer.status_code not in (502, 503):
                        failures.append((key, answer.status_code, answer.text[:200]))
                        break
                except requests.RequestException:
                    pass
                with lock:
                    retried[0] += 1
                where = "B" if where == "A" else "A"
                time.sleep(0.05)

    threads = [threading.Thread(target=post, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored = {}
    for note in sql(f"select note from attendance_annotation where note like 'replica-load-{signal}-%'").split():
        stored[note] = stored.get(note, 0) + 1
    lost = [k for k in acknowledged if k not in stored]
    doubled = [k for k, n in stored.items() if n > 1]
    moved = sum(1 for w, tries, _ in acknowledged.values() if tries > 1)
    replayed = sum(1 for _, _, r in acknowledged.values() if r)
    keep("load-" + signal, {"acknowledged": len(acknowledged), "stored": len(stored), "lost": lost[:10],
                            "doubled": doubled[:10], "retries": retried[0], "answered-after-retry": moved,
                            "replayed": replayed, "throttled": throttled[0], "failures": failures[:10]})
    result(f"stop mid-load (SIG{signal} of A)", not lost and not doubled and not failures and len(acknowledged) > 0,
           f"{len(acknowledged)} postings acknowledged, {len(stored)} stored, {len(lost)} lost, {len(doubled)} stored "
           f"twice; {retried[0]} sends retried on the other replica, {moved} postings answered after a retry "
           f"({replayed} of them replays of a posting recorded before the stop); {throttled[0]} sends waited for the "
           "trainer's rate limit (429, Retry-After)")


# --- 6. graceful shutdown of B: readiness down during the delay, a request in flight finishes ----------------------------
def graceful(pid):
    pid = int(pid)
    trainer = token(API["B"], "formateur.forem")
    enrolment, day = enrolments()[0]
    key = "replica-graceful-" + uuid.uuid4().hex
    body = json.dumps({"sessionDate": str(day + datetime.timedelta(days=301)), "hours": 1, "note": key}).encode()
    host, port = API["B"].split("//")[1].split("/")[0].split(":")
    head = (f"POST /api/v1/enrolments/{enrolment}/attendance HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Authorization: Bearer {trainer}\r\nContent-Type: application/json\r\nIdempotency-Key: {key}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    slow = socket.create_connection((host, int(port)), timeout=60)
    slow.sendall(head + body[:10])
    time.sleep(0.3)
    t0 = ms()
    os.kill(pid, 15)
    timeline = []
    ready_down_at, served_during_delay = None, None
    while ms() - t0 < 6500:
        try:
            status = requests.get(MGMT["B"] + "/q/health/ready", timeout=2).status_code
        except requests.RequestException:
            status = "refused"
        if status != 200 and ready_down_at is None:
            ready_down_at = ms() - t0
        if served_during_delay is None and ms() - t0 > 1000:
            served_during_delay = requests.get(API["B"] + "/cris", headers=bearer(trainer), timeout=2).status_code
        timeline.append((round(ms() - t0), status))
        time.sleep(0.25)
    try:
        late = requests.get(API["B"] + "/cris", headers=bearer(trainer), timeout=2)
        after_delay = f"{late.status_code} with Connection: {late.headers.get('Connection')}"
    except requests.RequestException as e:
        after_delay = type(e).__name__
    slow.sendall(body[10:])
    sent_at = ms() - t0
    answer = b""
    while True:
        chunk = slow.recv(65536)
        if not chunk:
            break
        answer += chunk
    status_line = answer.split(b"\r\n", 1)[0].decode()
    exited_at = None
    while ms() - t0 < 40000:
        try:
            with open(f"/proc/{pid}/status") as s:
                if "State:\tZ" in s.read():
                    exited_at = ms() - t0
                    break
        except FileNotFoundError:
            exited_at = ms() - t0
            break
        time.sleep(0.05)
    stored = int(sql(f"select count(*) from attendance_annotation where note = '{key}'"))
    keep("graceful", {"ready-down-after-ms": ready_down_at, "api-during-delay": served_during_delay,
                      "api-after-delay": after_delay, "rest-of-body-sent-at-ms": sent_at, "answer": status_line,
                      "exited-after-ms": exited_at, "stored": stored, "readiness-timeline": timeline[::4]})
    result("graceful shutdown (SIGTERM of B)",
           ready_down_at is not None and ready_down_at < 1500 and served_during_delay == 200
           and " 201 " in status_line and stored == 1 and exited_at is not None,
           f"readiness answered 503 {ready_down_at:.0f} ms after SIGTERM while the API still answered "
           f"({served_during_delay}) for the 5 s delay; after it, while draining, a new request got {after_delay}; a posting whose body "
           f"was still arriving ({sent_at / 1000:.1f} s after SIGTERM) finished: {status_line}, stored; the process "
           f"exited {exited_at / 1000:.1f} s after SIGTERM" if exited_at and ready_down_at
           else f"readiness down at {ready_down_at}, answer {status_line!r}, exited at {exited_at}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    try:
        {"idempotent-replay": idempotent_replay, "shared-limits": shared_limits, "revocation": revocation,
         "transmissions": transmissions, "load": lambda: load(args[0], int(args[1])),
         "graceful": lambda: graceful(args[0])}[command]()
    except Exception as e:  # a check that cannot run is a failure, and the run goes on with the next one
        result(command, False, f"could not run: {type(e).__name__}: {str(e)[:300]}")
        raise
