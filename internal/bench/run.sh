#!/usr/bin/env bash
# Reproduces the measurements of issue 18 (performance) on this machine and
# prints them as ratios: absolute times on a shared machine mean little, the
# ratio of two things measured side by side does. Not run by CI.
#
# Method: every figure is the CPU time (user + system, every thread, garbage
# collection included) per document after a warm-up, measured in a process
# of its own (internal/bench/measure for the Go side, peer/peer.mjs for npm
# docx). The things compared run one after the other in each round,
# alternating, for ROUNDS rounds; each figure is the median of its rounds,
# and each ratio the ratio of the medians. The whole-process comparison
# times `cchc render` and `pandoc -f markdown -t docx` on the same report
# (the Markdown that `cchc render -f md` writes), alternating, medians again:
# wall and CPU time and peak resident memory from the kernel's accounting of
# each child (internal/bench/proc, small so that its own size does not count
# in a child's peak; /usr/bin/time -v prints the same figures, once each at
# the end, at a coarser resolution). Beside them, what every cchc process
# pays before it reads a report: `cchc --help` timed the same way, and the
# package initialisation GODEBUG=inittrace=1 reports (its sum, and that of
# excelize, which every command links for XLSX). The roll-up figures come
# from `go test -bench Aggregate` in reform (per-unit time and bytes at
# 1.000, 10.000 and 100.000 units, and a province of 20 Sở and 3.321
# communes, with and without the sources of its figures), medians of -count
# runs, each at least 2 s long: a roll-up of 1.000 units takes some 25 ms,
# and one such run on a shared machine is mostly noise, so the small sizes
# are averaged over ~80 roll-ups per run while 100.000 units is one.
#
# Needs Go, Node with npm (peer/ installs npm docx 9.15.2 on first use) and
# pandoc (apt-get install -y pandoc) for the last part, which is skipped
# without it.
#
# Usage: internal/bench/run.sh   (ROUNDS=7 N=200 LARGE_N=20 COUNT=3 to change)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-7}
N=${N:-200}
LARGE_N=${LARGE_N:-20}
COUNT=${COUNT:-3}
report=examples/testdata/380-BC-STP.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== building"
go build -o "$tmp/measure" ./internal/bench/measure
go build -o "$tmp/proc" ./internal/bench/proc
CGO_ENABLED=0 go build -o "$tmp/cchc" ./cmd/cchc # static, as the README installs it
if [ ! -d internal/bench/peer/node_modules/docx ]; then
	(cd internal/bench/peer && npm install --no-audit --no-fund --silent)
fi
"$tmp/measure" -export-layout "$tmp/layout.json" "$report"

# median FILE COLUMN: the median of a column of numbers.
median() {
	sort -g -k"$2","$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {if (NR%2) print v[(NR+1)/2]; else printf "%.15g\n", (v[NR/2]+v[NR/2+1])/2}'
}
# ratio A B: A/B to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
ms() { awk -v a="$1" 'BEGIN {printf "%.3f ms", a/1e6}'; }
# mib KIB: kibibytes as mebibytes to one decimal.
mib() { awk -v m="$1" 'BEGIN {printf "%.1f MiB", m/1024}'; }
# child FILE: the medians of the wall time, CPU time and peak resident
# memory that internal/bench/proc wrote to FILE, a line a run.
child() { echo "wall $(ms "$(median "$1" 3)"), CPU $(ms "$(median "$1" 2)"), peak RSS $(mib "$(median "$1" 4)")"; }

echo "== in-process, $ROUNDS rounds of $N documents (the 20x report: $LARGE_N)"
for r in $(seq "$ROUNDS"); do
	"$tmp/measure" -n "$N" pipeline "$report" >>"$tmp/pipeline"
	node internal/bench/peer/peer.mjs "$tmp/layout.json" "$N" >>"$tmp/npm"
	"$tmp/measure" -n "$N" json "$report" >>"$tmp/json"
	"$tmp/measure" -n "$N" decode "$report" >>"$tmp/decode"
	"$tmp/measure" -n "$N" validate "$report" >>"$tmp/validate"
	"$tmp/measure" -n "$N" validate-checks "$report" >>"$tmp/checks"
	"$tmp/measure" -n "$LARGE_N" -warmup 5 -scale 20 pipeline "$report" >>"$tmp/large"
	"$tmp/measure" -n "$LARGE_N" -warmup 5 -scale 20 json "$report" >>"$tmp/largejson"
	echo "round $r done"
done
pipe=$(median "$tmp/pipeline" 2)
npm=$(median "$tmp/npm" 2)
json=$(median "$tmp/json" 2)
dec=$(median "$tmp/decode" 2)
val=$(median "$tmp/validate" 2)
checks=$(median "$tmp/checks" 2)
large=$(median "$tmp/large" 2)
largejson=$(median "$tmp/largejson" 2)
echo
echo "CPU time per document (medians):"
echo "  pipeline (JSON bytes -> checked DOCX)   $(ms "$pipe")"
echo "  npm docx 9.15.2 (build DOCX only)       $(ms "$npm")"
echo "  encoding/json into any                  $(ms "$json")"
echo "  Decode (strict)                         $(ms "$dec")"
echo "  Validate                                $(ms "$val")"
echo "  Validate, SkipDocument                  $(ms "$checks")"
echo "  pipeline, report 20x                    $(ms "$large")"
echo "  encoding/json, report 20x               $(ms "$largejson")"
echo "Ratios:"
echo "  npm docx / pipeline                     $(ratio "$npm" "$pipe")   (issue: >= 10)"
echo "  pipeline / encoding/json                $(ratio "$pipe" "$json")   (issue: <= 6)"
echo "  Decode / encoding/json                  $(ratio "$dec" "$json")"
echo "  Validate / encoding/json                $(ratio "$val" "$json")   (issue: <= 1.5)"
echo "  Validate (SkipDocument) / encoding/json $(ratio "$checks" "$json")"
echo "  pipeline 20x / pipeline                 $(ratio "$large" "$pipe")   (issue: <= 20)"
echo "  encoding/json 20x / encoding/json       $(ratio "$largejson" "$json")"

echo
echo "== roll-up: go test -bench Aggregate, count $COUNT"
go test ./reform -run '^$' -bench 'BenchmarkAggregate/|BenchmarkAggregateProvince' -benchtime 2s -count "$COUNT" | tee "$tmp/agg.txt" | grep '^Benchmark' || true
for u in 1000 10000 100000; do
	grep "units=$u-" "$tmp/agg.txt" | awk -v u="$u" '{print $3/u, $7/u}' >"$tmp/agg.$u"
done
# per_unit COLUMN UNIT: the medians of COLUMN at each number of units.
per_unit() {
	echo "1.000 units $(median "$tmp/agg.1000" "$1") $2, 10.000 units $(median "$tmp/agg.10000" "$1") $2, 100.000 units $(median "$tmp/agg.100000" "$1") $2"
}
# growth COLUMN: the median of COLUMN at 100.000 units over that at 1.000.
growth() { ratio "$(median "$tmp/agg.100000" "$1")" "$(median "$tmp/agg.1000" "$1")"; }
if [ -s "$tmp/agg.1000" ]; then
	echo "per-unit cost: $(per_unit 1 ns)"
	echo "per-unit bytes: $(per_unit 2 B)"
	echo "  100.000 / 1.000 per unit, time          $(growth 1)   (issue: <= 1.1)"
	echo "  100.000 / 1.000 per unit, bytes         $(growth 2)"
fi
for s in false true; do
	grep "AggregateProvince/sources=$s-" "$tmp/agg.txt" | awk '{print $5, $7/3341}' >"$tmp/prov.$s"
	if [ -s "$tmp/prov.$s" ]; then
		echo "province (20 Sở + 3.321 communes), sources=$s: $(median "$tmp/prov.$s" 1) ns, $(median "$tmp/prov.$s" 2) B per unit"
	fi
done

if ! command -v pandoc >/dev/null; then
	echo "pandoc not installed: whole-process comparison skipped"
	exit 0
fi
echo
echo "== whole process: cchc render vs pandoc -f markdown -t docx, $ROUNDS rounds"
"$tmp/cchc" render -f md -o "$tmp/report.md" "$report" 2>/dev/null
for r in $(seq "$ROUNDS"); do
	"$tmp/proc" "$tmp/cchc" render --force -o "$tmp/a.docx" "$report" >>"$tmp/cchc.proc"
	"$tmp/proc" pandoc -f markdown -t docx -o "$tmp/b.docx" "$tmp/report.md" >>"$tmp/pandoc.proc"
	"$tmp/proc" "$tmp/cchc" --help >>"$tmp/start.proc"
	GODEBUG=inittrace=1 "$tmp/cchc" --help 2>&1 >/dev/null |
		awk '/^init / {all += $5; if ($2 ~ /excelize/) x += $5} END {print "init", all, x}' >>"$tmp/init"
done
cc=$(median "$tmp/cchc.proc" 2)
cw=$(median "$tmp/cchc.proc" 3)
pc=$(median "$tmp/pandoc.proc" 2)
pw=$(median "$tmp/pandoc.proc" 3)
echo "  cchc render: $(child "$tmp/cchc.proc")"
echo "  pandoc:      $(child "$tmp/pandoc.proc")"
echo "  cchc --help: $(child "$tmp/start.proc")   (what every command pays before it reads a report)"
echo "  package initialisation (inittrace, median): $(median "$tmp/init" 2) ms, of which excelize $(median "$tmp/init" 3) ms"
echo "  pandoc / cchc, wall                     $(ratio "$pw" "$cw")   (issue: >= 15)"
echo "  pandoc / cchc, CPU                      $(ratio "$pc" "$cc")"
echo "  cchc peak memory (median)               $(mib "$(median "$tmp/cchc.proc" 4)")   (issue: <= 15 MiB)"
echo "  /usr/bin/time -v, one run each:"
/usr/bin/time -v "$tmp/cchc" render --force -o "$tmp/a.docx" "$report" 2>&1 >/dev/null | grep -E 'Maximum resident|Elapsed' | sed 's/^/    cchc:   /'
/usr/bin/time -v pandoc -f markdown -t docx -o "$tmp/b.docx" "$tmp/report.md" 2>&1 | grep -E 'Maximum resident|Elapsed' | sed 's/^/    pandoc: /'
