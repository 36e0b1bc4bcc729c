"""The crash-safety benchmark's report: reads the raw files of a run and writes docs/benchmarks/crash-safety.md.

python3 report.py WORK REPORT COMMAND COMMIT PERSONS THREADS DURATION KILL_AFTER DOWN CRASHES
"""
import collections
import datetime
import os
import platform
import sys

work, report, command, commit, persons, threads, duration, kill_after, down, crashes = sys.argv[1:11]


def rows(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.rstrip('\n').split('\t') for line in f if line.strip()]


def pairs(name):
    return dict(line.split('=', 1) for line in (r[0] for r in rows(name)) if '=' in line)


def pct(values, q):
    if not values:
        return 0
    values = sorted(values)
    return values[max(0, min(len(values) - 1, int(len(values) * q / 100 + 0.999) - 1))]


times = collections.OrderedDict((r[0], int(r[1])) for r in rows('times.tsv'))
acks = {r[0]: r for r in rows('acks.tsv')}
ledger = collections.defaultdict(list)
for note, entry in rows('ledger.tsv'):
    ledger[note].append(entry)
events = rows('events.tsv')
probes = [(int(r[0]), r[1], r[2], r[4] if len(r) > 4 else '') for r in rows('probe.tsv')]
summary = {k: int(v) for k, v in pairs('summary.txt').items()}
app = pairs('app.txt')
machine = pairs('machine.txt')
keys_stored = int((rows('keys.txt') or [['0']])[0][0])
totals_differing = int((rows('totals.txt') or [['-1']])[0][0])

acknowledged = len(acks)
in_ledger = sum(1 for k in acks if len(ledger.get(k, [])) >= 1)
lost = [k for k in acks if k not in ledger]
duplicated = [k for k, entries in ledger.items() if len(entries) > 1]
mismatched = [k for k, a in acks.items() if k in ledger and a[1] not in ledger[k]]
unacknowledged = [k for k in ledger if k not in acks]
replayed = sum(1 for a in acks.values() if a[3] == 'true')
retried = sum(1 for a in acks.values() if int(a[4]) > 1)

by_outcome = collections.Counter(e[2] for e in events)
five_oh_three = [e for e in events if e[2] == '503']
with_retry_after = [e for e in five_oh_three
                    if e[4] and e[5].startswith('application/problem+json') and e[6].endswith(':service-unavailable')]
latency_503 = [int(e[3]) for e in five_oh_three]
five_hundreds = sum(n for outcome, n in by_outcome.items() if outcome.startswith('5') and outcome != '503')
retry_after_values = sorted({e[4] for e in five_oh_three if e[4]})

crash_rows = []
for n in range(1, int(crashes) + 1):
    killed = times.get(f'crash {n}: kill -9 of the postmaster')
    restart = times.get(f'crash {n}: restart')
    accepting = times.get(f'crash {n}: PostgreSQL accepts connections')
    if killed is None or accepting is None:
        continue
    last_ok = max((t for t, _, read, _ in probes if t < killed and read == '200'), default=None)
    first_ok = min((t for t, _, read, _ in probes if t > killed and read == '200'), default=None)
    during = [p for p in probes if last_ok is not None and first_ok is not None and last_ok < p[0] < first_ok]
    reads = collections.Counter(read for _, _, read, _ in during)
    readiness = collections.Counter(ready for _, ready, _, _ in during)
    sign_ins = collections.Counter(sign_in for _, _, _, sign_in in during)
    first_ack = min((int(a[6]) for a in acks.values() if int(a[6]) > accepting), default=None)
    crash_rows.append({
        'n': n,
        'down': (accepting - killed) / 1000,
        'restart_to_accepting': (accepting - restart) / 1000,
        'api_down': (first_ok - last_ok) / 1000 if first_ok and last_ok else None,
        'recover': (first_ok - accepting) / 1000 if first_ok else None,
        'first_ack': (first_ack - accepting) / 1000 if first_ack else None,
        'reads': dict(reads),
        'readiness': dict(readiness),
        'sign_ins': dict(sign_ins),
    })

probe_5xx = sum(1 for p in probes for status in (p[2], p[3]) if status.startswith('5') and status != '503')

start = times.get('postings start')
end = times.get('postings end')
ok = (not lost and not duplicated and not mismatched and five_hundreds == 0 and probe_5xx == 0
      and app.get('unexpected-failures-logged') == '0' and five_oh_three and len(with_retry_after) == len(five_oh_three)
      and app.get('same-process') == 'yes' and app.get('ready-at-end') == '200' and totals_differing == 0
      and all(c['recover'] is not None for c in crash_rows))


def secs(value):
    return 'never' if value is None else f'{value:.1f} s'


lines = [
    '# Crash safety: the database killed under load',
    '',
    f'Run of {datetime.date.today().isoformat()} on commit `{commit}`, {platform.node() or "the build machine"} '
    f'({os.cpu_count()} cores, shared with other builds: load average {machine.get("load-at-start", "?")} at the '
    f'start, {machine.get("load-at-end", "?")} at the end), by [`deploy/benchmarks/crash-safety.sh`]'
    '(../../deploy/benchmarks/crash-safety.sh); how to read it and what the harness does: '
    '[README](README.md#crash-safety). Reproduce with:',
    '',
    '```bash',
    './mvnw -o -B -q package -DskipTests -pl domain,api -am',
    command,
    '```',
    '',
    f'{threads} trainers of FOREM-LIEGE post a quarter hour each (`POST /enrolments/{{id}}/attendance`, a new '
    f'`Idempotency-Key` per posting, sent again with the same key until it is answered 2xx) for {duration} s, on '
    f'PostgreSQL 15 (fsync, full page writes and synchronous commit on) with the region-scale data set at {persons} '
    f'persons. The postmaster is killed (`kill -9`) {kill_after} s after the postings start'
    f'{"" if crashes == "1" else f", {crashes} times, {kill_after} s apart,"} and started again {down} s later '
    '(crash recovery from the WAL). The application, the jar as shipped in the production profile, is never '
    'restarted.',
    '',
    f'**Verdict: {"every check holds" if ok else "A CHECK FAILED"}.**',
    '',
    '## The ledger',
    '',
    '| Figure | Value |',
    '|---|---|',
    f'| postings started | {summary.get("postings", 0):,} |',
    f'| acknowledged with a 2xx | {acknowledged:,} ({acknowledged / max(1, int(duration)):.0f} a second) |',
    f'| of them answered after a retry | {retried:,} (replayed, `Idempotency-Replayed: true`: {replayed:,}) |',
    f'| acknowledged and in the ledger | {in_ledger:,} |',
    f'| **lost** (acknowledged, not in the ledger) | **{len(lost)}** |',
    f'| **duplicated** (a key with two entries or more) | **{len(duplicated)}** |',
    f'| acknowledged entry id not the ledger\'s | {len(mismatched)} |',
    f'| in the ledger, never acknowledged (the client gave up) | {len(unacknowledged)} (gave up: '
    f'{summary.get("gave-up", 0)}) |',
    f'| idempotency keys stored for these postings | {keys_stored:,} |',
    f'| person-day running totals differing from the entries | {totals_differing} |',
    '',
    '## What the API answered',
    '',
    '| Figure | Value |',
    '|---|---|',
    f'| 503 answers | {len(five_oh_three):,} |',
    f'| of them `application/problem+json`, type `service-unavailable`, with `Retry-After` | '
    f'{len(with_retry_after):,} (Retry-After: {", ".join(retry_after_values) or "none"} s) |',
    f'| 503 latency p50 / p95 / max | {pct(latency_503, 50)} / {pct(latency_503, 95)} / {max(latency_503, default=0)} ms |',
    f'| **500 answers** (or any 5xx but 503) | **{five_hundreds}** |',
    f'| the prober\'s reads and sign-ins answered 500 (or any 5xx but 503) | {probe_5xx} |',
    f'| unexpected failures in the application\'s log | {app.get("unexpected-failures-logged")} |',
    f'| timeouts (10 s) / connection errors | {summary.get("timeout", 0)} / {summary.get("connection-error", 0)} |',
    f'| other answers | {", ".join(f"{k}: {v}" for k, v in sorted(by_outcome.items()) if k not in ("503", "timeout") and not k.startswith("connection-error") and not k.startswith("5")) or "none"} |',
    f'| the same application process throughout / readiness at the end | {app.get("same-process")} / '
    f'{app.get("ready-at-end")} |',
    '',
    '## Downtime and recovery',
    '',
    'Measured by a prober that reads the readiness check and one enrolment, and signs in (`POST /auth/token`), one '
    'after the other, every 250 ms (a probe lasts longer while the database is away).',
    '',
    '| Crash | killed → PostgreSQL accepts connections | of which the restart (crash recovery) | API reads failing '
    '(last 200 before → first 200 after) | time to recover (PostgreSQL accepting → first 200 read) | first posting '
    'acknowledged after PostgreSQL accepts | reads during the outage | readiness during the outage | sign-ins during '
    'the outage |',
    '|---|---|---|---|---|---|---|---|---|',
]
for c in crash_rows:
    lines.append(f'| {c["n"]} | {secs(c["down"])} | {secs(c["restart_to_accepting"])} | {secs(c["api_down"])} | '
                 f'{secs(c["recover"])} | {secs(c["first_ack"])} | '
                 f'{", ".join(f"{k}: {v}" for k, v in sorted(c["reads"].items()))} | '
                 f'{", ".join(f"{k}: {v}" for k, v in sorted(c["readiness"].items()))} | '
                 f'{", ".join(f"{k}: {v}" for k, v in sorted(c["sign_ins"].items()))} |')
lines += [
    '',
    'PostgreSQL "accepts connections" when the script\'s `pg_isready`, polled every 0.1 s, first succeeds; a negative '
    'time to recover means the API read succeeded first: the pool opened a new connection at the first request after '
    'the restart.',
    '',
    '## Reading',
    '',
    '- The requests under way when the postmaster died failed on their connection (SQLState `57P01`, "terminating '
    'connection due to unexpected postmaster exit"), those sent while it was down could not connect (`08001`), and '
    'those sent during the crash recovery were refused (`57P03`, "the database system is starting up"): all were '
    'answered 503 with `Retry-After`, rolled back, and sent again by the client with the same key. A posting is '
    'recorded in the transaction that completes its key (ADR 0014), so a key is either recorded with its entry or '
    'free: a retry records it once, or answers its first answer (`Idempotency-Replayed`) when the commit had reached '
    'the server before the connection broke.',
    '- A 503 during the outage takes about 2 s: the pool (Agroal) tries to open a connection, waits a second, tries '
    'once more, then gives up, well within the acquisition timeout (5 s) and the client\'s timeout (10 s). The '
    'readiness check answers 503 meanwhile.',
    '- When PostgreSQL accepts connections again, the next request opens a new connection: the application was not '
    'restarted, and the first posting acknowledged after the restart waited only for its client\'s `Retry-After`.',
    '- Throughput is not a target here (the machine was shared with other builds); the counts are.',
    '',
]
if lost or duplicated or mismatched:
    lines += ['## Keys in error', '', '```']
    lines += [f'lost {k}' for k in lost[:20]] + [f'duplicated {k}' for k in duplicated[:20]]
    lines += [f'mismatched {k}' for k in mismatched[:20]] + ['```', '']
with open(report, 'w') as f:
    f.write('\n'.join(lines))
print('\n'.join(lines))
sys.exit(0 if ok else 1)
