#!/usr/bin/env python3
"""One line per finding of a file, for reading a rule's effect at a glance:
python3 scripts/show-findings.py FILE [MINUTES_BINARY]"""
import json, os, subprocess, sys
f=sys.argv[1]
t=open(f,encoding='utf-8').read().encode()
binary=sys.argv[2] if len(sys.argv)>2 else os.path.join(os.path.dirname(__file__),'..','target','release','minutes')
r=json.loads(subprocess.run([binary,'analyse','--format','json',f],capture_output=True,check=True).stdout)
def q(s): return t[s['start']:s['end']].decode()
for i in r['indicators']:
    cmp=','.join(f"{c['kind'][:4]}={c['value']:g}" for c in i['comparisons'])
    prev=i['previous']['value'] if i['previous'] else ''
    alt=','.join(f'{v:g}' for v in i['alt_values'])
    print(f"I {q(i['value_span']):>8} {i['unit'][:5]:5} {i['role'][:4]} {i['category'][:18]:18} dir={i['direction'] or '-':4} prev={prev} per={i['period']} alt={alt} cmp={cmp} | {i['metric'][:60]}")
for a in r['actions']:
    print(f"A {a['kind'][:3]} owner={a['owner']} due={a['due']} | {q(a['span'])[:110]!r}")
for c in r['concerns']:
    print(f"C {c['severity']:6} {c.get('topic')} | {q(c['span'])[:110]!r}")
