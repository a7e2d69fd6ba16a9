#!/usr/bin/env bash
# Counts the pairs of places the workplace's `duplicates` tool reports,
# split into the pairs that repeat logic and those that repeat the shape of
# declarations, for issue 22 ("far fewer real duplicate pairs"). Not run by
# CI; needs `duplicates` on PATH, git and python3.
#
# Method: the tree at REV (a commit, or WORK for the working tree) is copied
# to a temporary folder; the lines inside grouped import blocks are blanked
# (the tool passes over `import "x"` lines but not the lines of an
# `import ( … )` block, so two test files importing the same packages make a
# pair), and the HTML golden files under testdata/ are left out (expected
# output, data that the tool counts because of their ending). Then
# `duplicates --most 200` runs over the copy; the rows it marks boilerplate
# are left out, and classify.py splits the others: a declaration row is one
# where at least 80 % of the code lines of both sides are declarations
# (const and var specs, struct fields, composite-literal fields and rows,
# string continuations, finding.Rule declarations, switches that map a
# value to a word); every other row repeats logic.
#
# Usage: internal/dupreal/real.sh REV|WORK [v]   (v lists the rows)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
d=$(mktemp -d)
trap 'rm -rf "$d" "$d.out" "$d.rows"' EXIT
cd "$root"
if [ "$1" = WORK ]; then
	git ls-files -co --exclude-standard | while read -r f; do
		[ -f "$f" ] && mkdir -p "$d/$(dirname "$f")" && cp "$f" "$d/$f"
	done
else
	git archive "$1" | tar -x -C "$d"
fi
find "$d" -name '*.go' | while read -r f; do
	awk 'BEGIN{inb=0} /^import \($/{inb=1; print ""; next} inb && /^\)$/{inb=0; print ""; next} inb{print ""; next} {print}' "$f" >"$f.tmp" && mv "$f.tmp" "$f"
done
find "$d" -path '*testdata*' -name '*.html' -delete
(cd "$d" && git init -q && git add -A >/dev/null 2>&1 && duplicates --most 200 --seconds 200) >"$d.out"
head -1 "$d.out"
grep '^D' "$d.out" | grep -v boilerplate >"$d.rows" || true
python3 "$here/classify.py" "$d" "$d.rows" ${2:+"$2"}
