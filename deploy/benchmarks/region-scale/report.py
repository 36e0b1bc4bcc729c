#!/usr/bin/env python3
"""Writes the region-scale report from the runner's results: report.py RESULTS.tsv REPORT.md COMMAND COMMIT"""
import datetime
import os
import re
import subprocess
import sys

results_path, report_path, command, commit = sys.argv[1:5]
rows = [line.rstrip('\n').split('\t', 2) for line in open(results_path) if line.strip()]
sizes = []
values = {}
for size, what, value in rows:
    if size not in sizes:
        sizes.append(size)
    values[(size, what)] = value


COUNT, P50, P99, ERRORS, HTTP = r'count=(\d+)', r'p50=([\d.]+)', r'p99=([\d.]+)', r'errors=(\d+)', r'HTTP (\S+)'


def num(pattern, text):
    m = re.search(pattern, text or '')
    return float(m.group(1).replace(',', '')) if m else None


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return '?'


def targets(values, sizes, lines):
    header = '| Figure | Target | ' + ' | '.join(f'{int(s):,} persons' for s in sizes) + ' |'
    lines += [header, '|---|---|' + '---|' * len(sizes)]


    def row(name, target, cell):
        lines.append(f'| {name} | {target} | ' + ' | '.join(cell(s) for s in sizes) + ' |')


    base = sizes[0]
    for q in ['queue=atRisk', 'queue=overdue', 'queue=reviewDue', 'queue=new', 'pageSize=50', 'state=IN_PROGRESS']:
        key = f'seq GET /caseFiles?{q}'

        def cell(s, key=key):
            v = values.get((s, key))
            p50, p95 = num(r'p50=([\d.]+)', v), num(r'p95=([\d.]+)', v)
            b95 = num(r'p95=([\d.]+)', values.get((base, key)))
            if p95 is None:
                return '—'
            ratio = f'; {p95 / b95:.1f}× the p95 at {int(base):,}' if b95 and s != base else ''
            count = num(COUNT, v)
            return f'p50 {p50:.0f} / p95 {p95:.0f} ms ({count:.0f} req{ratio})'
        row(f'`GET /caseFiles?{q}` (agent.cripel)', '≤ 50 ms p95, ≤ 2× at 2,000', cell)


    def read_cell(s):
        rps = num(r'Requests/sec: ([\d.]+)', values.get((s, 'wrk GET /caseFiles/{id} 8 connections')))
        tps = num(r'tps = ([\d.]+)', values.get((s, 'pgbench read statements 8 clients')))
        if rps is None or tps is None:
            return '—'
        return f'{rps:,.0f} req/s vs pgbench {tps:,.0f} tps → **{rps / tps:.2f}**'


    row('`GET /caseFiles/{id}`, 8 connections (wrk) vs pgbench of its statements, 8 clients', '≥ 0.25', read_cell)


    def open_cell(s):
        v = values.get((s, 'open 200/s GET /caseFiles/{id}'))
        if not v:
            return '—'
        p50, p99, errors = num(P50, v), num(P99, v), num(ERRORS, v)
        if p50 is None:
            return v
        a = values.get((s, 'pgbench open 200/s read statements'))
        a50, a99 = num(P50, a), num(P99, a)
        anchor = f'; pgbench of its statements at 200 tps: p50 {a50:.1f} / p99 {a99:.1f} ms' if a99 is not None else ''
        return f'p50 {p50:.1f} / **p99 {p99:.1f}** ms ({errors:.0f} errors{anchor})'


    row('`GET /caseFiles/{id}` at 200 req/s open load (from the intended send time)', 'p99 ≤ 10 ms', open_cell)
    for n in ['6000', '50000']:
        def imp(s, n=n):
            v = values.get((s, f'import {n} over HTTP'))
            c = values.get((s, f'import {n} anchor: COPY of {n} rows'))
            h = values.get((s, f'import {n} heap MiB (before / peak / after)'))
            t, ct = num(r'in ([\d.]+) s', v), num(r'([\d.]+) s', c)
            if ct is None:
                return '—'
            if t is None:
                return f'{v} vs COPY {ct:.2f} s'
            status = re.search(HTTP, v).group(1)
            if status != '200':
                return f'**did not complete** (HTTP {status}) after {t:.0f} s; COPY {ct:.2f} s'
            return f'{t:.1f} s (HTTP {status}) vs COPY {ct:.2f} s → **{t / ct:.0f}×**; heap before / peak / after {h} MiB'
        row(f'Operator import, {int(n):,} lines over HTTP vs `COPY` of as many rows', '≤ 10×, heap flat', imp)

        def replay(s, n=n):
            v = values.get((s, f'import {n} replayed'))
            return v if v else '—'
        row(f'The same {int(n):,}-line file sent again (same key, then a new key)', 'records nothing', replay)
    for name, key, anchor, target in [
            ('Person search (`POST /persons/query`, "amra")', 'seq POST /persons/query amra', 'pgbench search statements', '≤ 50 ms'),
            ('Statistics (agent, 12 months)', 'seq GET /statistics/caseFiles (agent, 12 months)', 'pgbench statistics statements', '≤ 50 ms'),
            ('Statistics (analyst, whole region, 12 months)', 'seq GET /statistics/caseFiles (analyst, region, 12 months)', None, '≤ 50 ms'),
            ('Transmissions feed, one page of 50 (commune-62063)', 'seq GET /transmissions?since=<middle>&limit=50 (commune-62063)', 'pgbench feed statements', '≤ 20 ms')]:
        def cell(s, key=key, anchor=anchor):
            v = values.get((s, key))
            p95 = num(r'p95=([\d.]+)', v)
            if p95 is None:
                return '—'
            a = num(r'p95=([\d.]+)', values.get((s, anchor))) if anchor else None
            return f'**p95 {p95:.1f} ms**' + (f' (its SQL in pgbench: p95 {a:.2f} ms)' if a is not None else '')
        row(name, f'p95 {target}', cell)




cpu = sh("lscpu | sed -n 's/^Model name: *//p' | head -1")
mem = sh("free -g | awk '/Mem:/ {print $2}'")
lines = [
    '# Benchmark: region scale (issue 11)',
    '',
    f'{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; commit `{commit}`; {sh("nproc")} CPUs ({cpu}), {mem} GiB of memory '
    '(shared with other work: figures are of one run). PostgreSQL 15 (Debian) on loopback, `shared_buffers` 2 GB, '
    f'the application jar in the production profile (`-Xmx{os.environ.get("APP_XMX", "1g")}`), data set of '
    '`deploy/benchmarks/region-scale/generate.sql`.',
    '',
    f'Reproduce: `./mvnw -o -B -q package -DskipTests -pl domain,api -am && {command}` '
    '(how it works: [README](README.md#region-scale)).',
    '',
    'What the figures say, target by target (met, missed, why, and what would reach them): '
    '[`region-scale-reading.md`](region-scale-reading.md), written after the reference run.',
    '',
    '## Targets, each against its anchor of the same run',
    '',
]
targets(values, sizes, lines)
before_path = os.environ.get('BEFORE_RESULTS', os.path.join(os.path.dirname(report_path), 'region-scale-before.tsv'))
if os.path.exists(before_path) and os.path.abspath(before_path) != os.path.abspath(results_path):
    before_rows = [line.rstrip('\n').split('\t', 2) for line in open(before_path) if line.strip() and not line.startswith('#')]
    before_values = {(a, b): c for a, b, c in before_rows}
    before_sizes = []
    for a, _, _ in before_rows:
        if a not in before_sizes:
            before_sizes.append(a)
    head = open(before_path).readline()
    lines += ['', '### Before the region-scale work', '',
              'The same harness on the code before the stored deadlines, the ledger\'s running totals and the set-based import '
              f'(`{before_path.split("/")[-1]}`: {head.lstrip("# ").strip()}):', '']
    targets(before_values, before_sizes, lines)
lines += ['', '## Data sets and load times', '']
keys = [w for _, w, _ in rows if w.startswith(('rows:', 'load', 'database size', 'app start'))]
seen = []
for k in keys:
    if k not in seen:
        seen.append(k)
lines += ['| | ' + ' | '.join(f'{int(s):,}' for s in sizes) + ' |', '|---|' + '---|' * len(sizes)]
for k in seen:
    lines.append(f'| {k} | ' + ' | '.join(values.get((s, k), '—') for s in sizes) + ' |')
lines += ['', '## Every raw figure', '']
for s in sizes:
    lines += [f'### {int(s):,} persons', '', '| What | Measured |', '|---|---|']
    for size, what, value in rows:
        if size == s:
            lines.append(f'| {what} | {value.replace("|", "/")} |')
    lines.append('')
open(report_path, 'w').write('\n'.join(lines) + '\n')
