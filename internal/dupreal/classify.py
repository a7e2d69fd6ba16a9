#!/usr/bin/env python3
"""classify.py ROOT ROWS [v]: splits duplicates rows into logic and declaration
(see real.sh for the method); with v, each row with its class.

A row is a declaration row when, on both sides, at least 80 % of the lines
that are not blank, comments or lone punctuation are declarations: const or
var specs (Name [Type] = value), struct fields (Name Type [`tag`]),
composite-literal fields (Key: value,), string-literal continuations, or
`var (` / `const (` / `type X struct {` openers, and switches that map a
value to a word (case X: return "word").
"""
import re, sys
decl = [
    re.compile(r'^[A-Za-z_]\w*(\s+[\w.\[\]*]+)?\s*=\s*[^=].*$'),          # const/var spec
    re.compile(r'^[A-Z_]\w*(,\s*\w+)*\s+[\w.\[\]*{}]+(\s+`[^`]*`)?$'),     # struct field
    re.compile(r'^[a-z_]\w*(,\s*\w+)*\s+[\w.\[\]*{}]+(\s+`[^`]*`)?$'),     # unexported field
    re.compile(r'^\w+:\s.*[,}]?$'),                                        # literal field
    re.compile(r'^"([^"\\]|\\.)*"\s*(\+|[,})]*|:.*)?\s*$'),               # string continuation / map key
    re.compile(r'^\{\w+:.*,$'),                                            # {Code: X, Severity: Y,
    re.compile(r'^[A-Z]\w*$'),                                             # iota enumeration
    re.compile(r'^[\d, ]+,?$'),                                            # number table row
    re.compile(r'^[\w.]+\(("([^"\\]|\\.)*"|[\w.]+)(, ("([^"\\]|\\.)*"|[\w.]+))*\),?$'),  # row of literals
    re.compile(r'^`[^`]*`?\s*(\+|,)?$'),
    re.compile(r'^(var|const)\s*\($'),
    re.compile(r'^type\s+\w+\s+(struct\s*\{|\w+)$'),
    re.compile(r'^\{?"[^"]*",\s*.*\},?$'),                                 # table row {"a", ...},
    # a switch that maps a value to words: case X: return "word"
    re.compile(r'^case [^:]+:$'),
    re.compile(r'^default:$'),
    re.compile(r'^switch [\w.()]+ \{$'),
    re.compile(r'^return ("([^"\\]|\\.)*"|[\w.]+)(, (true|false|nil))?$'),
]
thin = re.compile(r'^[\s(){}\[\],;]*$')
def lines(root, spec):
    path, rng = spec.rsplit(':', 1)
    a, b = (int(x) for x in rng.split('-'))
    with open(f'{root}/{path}', encoding='utf-8', errors='replace') as f:
        ls = f.read().split('\n')[a-1:b]
    out = []
    for l in ls:
        s = l.strip()
        if not s or s.startswith('//') or thin.match(s):
            continue
        out.append(s)
    return out
def is_decl(root, spec):
    ls = lines(root, spec)
    if not ls:
        return True
    n = sum(1 for l in ls if any(p.match(l) for p in decl))
    return n >= 0.8 * len(ls)
root = sys.argv[1]
logic = decls = 0
for row in open(sys.argv[2], encoding='utf-8'):
    f = row.split()
    if len(f) < 4 or not f[0].startswith('D'):
        continue
    d = is_decl(root, f[1]) and is_decl(root, f[3])
    if d:
        decls += 1
    else:
        logic += 1
    if len(sys.argv) > 3:
        print(('DECL ' if d else 'LOGIC ') + ' '.join(f[:5]))
print(f'logic {logic} declaration {decls}')
