"""p50, p95 and max of the pgbench runs whose label starts with each argument (logs in $LOGS or ./logs)."""
import glob
import os
import sys

logs = os.environ.get('LOGS') or os.path.join(os.getcwd(), 'logs')
for label in sys.argv[1:]:
    latencies = sorted(int(line.split()[2]) / 1000
                       for path in glob.glob(f'{logs}/{label}*/pgbench_log.*') for line in open(path))
    if not latencies:
        print(label, 'no data')
        continue
    at = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    print(f'{label}: n={len(latencies)} p50={at(0.5):.1f} ms p95={at(0.95):.1f} ms max={latencies[-1]:.1f} ms')
