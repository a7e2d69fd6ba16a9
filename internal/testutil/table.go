package testutil

import "strings"

// TableRows writes each row of a table as one line, its cells joined by
// " | ": a cell is the text of its runs one after the other, runs giving the
// runs of a cell and text the text of a run.
func TableRows[C, R any](rows [][]C, runs func(C) []R, text func(R) string) []string {
	var out []string
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			var b strings.Builder
			for _, r := range runs(c) {
				b.WriteString(text(r))
			}
			cells[i] = b.String()
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}
