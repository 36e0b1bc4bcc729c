#!/usr/bin/env python3
"""Turns the statements one request made, read from the PostgreSQL log (log_statement=all), into a pgbench script.

capture_sql.py LOG OFFSET OUT [FILE_ID PERSON_ID]

Reads the log from byte OFFSET, keeps the entries of the application's connections (not psql's), puts the logged
parameters in place of $n, and writes one statement per line. With FILE_ID and PERSON_ID, those ids become the pgbench
variables :fid and :pid (run the script with pgbench -M prepared, which binds them as parameters). Any other UUID\nliteral of an insert becomes gen_random_uuid(): a new audit row each time.
"""
import re
import sys

log, offset, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
file_id = sys.argv[4] if len(sys.argv) > 4 else None
person_id = sys.argv[5] if len(sys.argv) > 5 else None
with open(log, 'rb') as f:
    f.seek(offset)
    text = f.read().decode('utf-8', 'replace')

prefix = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (.*?) (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT):  (.*)$')
entries = []
for line in text.split('\n'):
    m = prefix.match(line)
    if m:
        entries.append([m.group(1), m.group(2), m.group(3), m.group(4)])
    elif entries:
        entries[-1][3] += '\n' + line
statements = []
for pid, app, level, message in entries:
    if app.startswith('psql') or app.startswith('pgbench'):
        continue
    if level == 'LOG':
        m = re.match(r'(?:execute [^:]+|statement): (.*)', message, re.S)
        if m:
            statements.append([m.group(1).strip(), {}])
    elif level == 'DETAIL' and statements and message.startswith('parameters:'):
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", message):
            statements[-1][1][int(name)] = value

uuid = re.compile(r"'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'")
lines = []
for sql, params in statements:
    if sql.upper() in ('SELECT 1', '') or sql.lower().startswith(('set ', 'show ')):
        continue
    for n in sorted(params, reverse=True):
        sql = re.sub(r'\$' + str(n) + r'(?!\d)', lambda _: params[n], sql)
    def swap(m, sql=sql):
        value = m.group(1)
        if file_id and value == file_id:
            return ':fid'
        if person_id and value == person_id:
            return ':pid'
        return 'gen_random_uuid()' if sql.lstrip().lower().startswith('insert') else m.group(0)
    sql = uuid.sub(swap, sql)
    lines.append(' '.join(sql.split()) + ';')
with open(out, 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines))
