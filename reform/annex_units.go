package reform

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// This file builds the annex of a roll-up's indicators by unit (chỉ tiêu
// theo đơn vị): a row per unit, grouped by level with a subtotal row per
// group and a total row, and a column per indicator of the other sections
// (law dissemination, staff, digital government, the 766 indicators of
// procedures). Which indicators the Bộ Nội vụ's data annex asks for is not
// confirmed (domain.md §1), so the columns are configuration: a list of
// Indicator, DefaultIndicators the list a province would expect. Each unit's
// figure is derived by the section that owns it; a group's and the total's
// are derived from the units' as each indicator says: counts add, a rate is
// derived again from the summed numerators and denominators, a set is not
// totalled.

// IndicatorTotal says how the figures of an indicator combine over units in
// the group and total rows.
type IndicatorTotal int

// The ways figures combine over units.
const (
	// TotalSum adds the units' counts (số lớp, lượt người, nhân sự).
	TotalSum IndicatorTotal = iota
	// TotalRate derives the rate again from the units' numerators and
	// denominators, each summed: never the mean of the units' rates.
	TotalRate
	// TotalNone leaves the group and total cells empty: the figure is a
	// set, such as the procedures of a catalogue that the communes of a
	// province share, which no sum over units gives.
	TotalNone
)

// IndicatorRatePlaces is the number of decimals of the rates of an
// indicator table (domain.md §8: one decimal, ",0" dropped).
const IndicatorRatePlaces int32 = 1

// UnitFigure is a unit's figure of an indicator: a count N, or for a rate
// the numerator N over the denominator Of.
type UnitFigure struct {
	// N is the count, or the rate's numerator.
	N int64
	// Of is the rate's denominator; unused for a count.
	Of int64
}

// Indicator is one column of the table of indicators by unit.
type Indicator struct {
	// Name identifies the indicator, e.g. "personnel.staff": it names the
	// column in errors and lets a caller pick indicators from a list.
	Name string
	// Heads are the column's heads from the top row of the head down, as in
	// tthc.FormColumn: neighbouring columns whose heads start alike share
	// those head cells, e.g. ["Nhân sự", "Tổng số"] and ["Nhân sự", "Nữ"].
	Heads []string
	// Total says how the units' figures combine in group and total rows.
	Total IndicatorTotal
	// Figure returns a unit's figure, derived by the section that owns it
	// (never a figure the report declares), and false when the unit does
	// not give it: its cell is then empty, and so are the group's and the
	// total's (never a partial sum). It is called with non-nil reports.
	Figure func(*Report) (UnitFigure, bool)
	// Part, when set, says whether a unit takes part in the indicator: a
	// unit that does not report on its section at all (a department that
	// resolves no procedure has no section II.2) has an empty cell, and the
	// group's and total's figures add up the units that take part, as
	// Aggregate adds up the sections the units give, so that the annex's
	// totals are the roll-up's figures. Nil: every unit takes part.
	Part func(*Report) bool
	// Width is the column's relative width; zero counts as 1.
	Width int
}

// indicatorForm is the layout of the indicator annex around its columns:
// the title, the number and name columns and the total row of the other
// annexes.
func indicatorForm(cols []Indicator) tthc.Form {
	f := tthc.Form{
		Title: "Một số chỉ tiêu cải cách hành chính theo cơ quan, đơn vị",
		Columns: []tthc.FormColumn{
			{Heads: []string{"STT"}, Figure: tthc.FigureNumber, Width: 4},
			{Heads: []string{"Cơ quan, đơn vị"}, Figure: tthc.FigureName, Width: 22},
		},
		ColumnNumbers: true,
		TotalLabel:    "Tổng cộng",
	}
	for _, c := range cols {
		f.Columns = append(f.Columns, tthc.FormColumn{Heads: c.Heads, Width: c.Width})
	}
	return f
}

// IndicatorAnnex returns the appendix of the indicators cols of units,
// grouped (by level, say, as AnnexGroupsByLevel groups them): a total row,
// then per group a row with the group's subtotal and its units, numbered
// as in DossierUnitAnnex. Counts add up, rates are derived again from the
// summed numerator and denominator, sets are not totalled (see
// IndicatorTotal); a figure some unit of a group does not give leaves the
// group's and the total's cells empty, while a unit that takes no part in
// an indicator (Indicator.Part) is left out of its sums. Rates print with
// IndicatorRatePlaces decimals; a rate over nothing is empty.
//
// Every unit must report for period p, which the annex prints: a unit of
// another period is an error naming it, and so is a nil report. It returns
// ErrNoAnnexFigures when there is no unit, and an error naming the
// indicator for a list of columns that is empty or has a column without
// heads or figure, and for sums past the int64 range.
func IndicatorAnnex(p Period, groups []AnnexGroup, cols []Indicator) (doc.Appendix, error) {
	if err := checkIndicators(cols); err != nil {
		return doc.Appendix{}, err
	}
	if err := checkAnnexUnits(p, groups); err != nil {
		return doc.Appendix{}, err
	}
	// The columns and head rows are laid out as in every annex, by a
	// tthc.Form; the rows are the indicators'.
	form := indicatorForm(cols)
	t, err := form.Frame()
	if err != nil {
		return doc.Appendix{}, fmt.Errorf("reform: annex: indicators: %w", err)
	}
	if err := fillIndicators(t, form.TotalLabel, groups, cols); err != nil {
		return doc.Appendix{}, err
	}
	return annex(form, p, t), nil
}

// checkIndicators returns an error naming the first indicator that cannot
// make a column.
func checkIndicators(cols []Indicator) error {
	if len(cols) == 0 {
		return errors.New("reform: annex: indicators: a table needs at least one indicator")
	}
	for i, c := range cols {
		if err := c.check(); err != nil {
			return fmt.Errorf("reform: annex: indicators[%d] (%s): %w", i, c.Name, err)
		}
	}
	return nil
}

// check returns what keeps the indicator from making a column.
func (c Indicator) check() error {
	switch {
	case c.Figure == nil:
		return errors.New("no figure: the indicator needs a way to get a unit's figure")
	case len(c.Heads) == 0:
		return errors.New("a column needs at least one head")
	case c.Total < TotalSum || c.Total > TotalNone:
		return fmt.Errorf("unknown total %d", c.Total)
	case c.Width < 0:
		return fmt.Errorf("width %d; widths are positive, or zero for 1", c.Width)
	}
	for j, h := range c.Heads {
		if doc.Blank(h) {
			return fmt.Errorf("heads[%d]: a head needs text", j)
		}
	}
	return nil
}

// checkAnnexUnits returns an error naming the first unit of groups that is
// nil or reports for another period than p; ErrNoAnnexFigures when there
// is no unit.
func checkAnnexUnits(p Period, groups []AnnexGroup) error {
	n := 0
	for i, g := range groups {
		for j, u := range g.Units {
			path := fmt.Sprintf("groups[%d].units[%d]", i, j)
			if u == nil {
				return fmt.Errorf("reform: annex: %s: no report (nil)", path)
			}
			if !samePeriod(u.Period, p) {
				return fmt.Errorf("reform: annex: %s (%s): the report is for %s, the annex for %s",
					path, u.Header.Agency, u.Period.Label(), p.Label())
			}
			n++
		}
	}
	if n == 0 {
		return ErrNoAnnexFigures
	}
	return nil
}

// indicatorRow is a row of the indicator table before it is printed: its
// number, name and kind, its figures by column, and for a group or total
// row the rows it adds up.
type indicatorRow struct {
	number, name string
	total        bool
	figs         []figureCell
	of           []int
}

// figureCell is a figure of a row, whether the row has it, and whether
// the row takes no part in the indicator (a unit that does not report on
// its section, a group of such units).
type figureCell struct {
	UnitFigure
	ok, none bool
}

// fillIndicators replaces the rows of t, the table laid out by
// indicatorForm, with the total (named total), the groups and the units.
func fillIndicators(t *doc.Table, total string, groups []AnnexGroup, cols []Indicator) error {
	rows := indicatorRows(total, groups, cols)
	for i := range rows {
		if err := sumRow(rows, i, cols); err != nil {
			return err
		}
	}
	for i, r := range rows {
		t.Rows = append(t.Rows, r.cells(cols))
		if len(r.of) > 0 {
			t.Totals = append(t.Totals, doc.Total{Row: i, Of: r.of})
		}
	}
	return nil
}

// indicatorRows returns the rows of the table: the total (named total)
// first, then each group's row, when the groups are named, and its units,
// with the units' figures read and the rows each group and the total add
// up.
func indicatorRows(total string, groups []AnnexGroup, cols []Indicator) []indicatorRow {
	named := len(groups) > 1 || len(groups) == 1 && strings.TrimSpace(groups[0].Name) != ""
	rows := []indicatorRow{{name: total, total: true}}
	for gi, g := range groups {
		group := -1
		if named {
			group = len(rows)
			rows[0].of = append(rows[0].of, group)
			rows = append(rows, indicatorRow{number: roman(gi + 1), name: g.Name, total: true})
		}
		for ui, u := range g.Units {
			if group >= 0 {
				rows[group].of = append(rows[group].of, len(rows))
			} else {
				rows[0].of = append(rows[0].of, len(rows))
			}
			rows = append(rows, indicatorRow{number: strconv.Itoa(ui + 1), name: u.Header.Name(), figs: unitFigures(u, cols)})
		}
	}
	return rows
}

// roman returns the Roman numeral of a group's number; the Arabic number
// past the numerals vn writes.
func roman(n int) string {
	if s, err := vn.Roman(n); err == nil {
		return s
	}
	return strconv.Itoa(n)
}

// unitFigures reads the figures of unit u.
func unitFigures(u *Report, cols []Indicator) []figureCell {
	out := make([]figureCell, len(cols))
	for k, c := range cols {
		if c.Part != nil && !c.Part(u) {
			out[k] = figureCell{none: true}
			continue
		}
		f, ok := c.Figure(u)
		out[k] = figureCell{UnitFigure: f, ok: ok}
	}
	return out
}

// sumRow derives the figures of row i, a group's or the total, from the
// rows it adds up, which come after it or are groups derived on the way.
func sumRow(rows []indicatorRow, i int, cols []Indicator) error {
	r := &rows[i]
	if !r.total || r.figs != nil {
		return nil
	}
	for _, j := range r.of {
		if err := sumRow(rows, j, cols); err != nil {
			return err
		}
	}
	r.figs = make([]figureCell, len(cols))
	for k, c := range cols {
		cell, err := sumColumn(rows, r.of, k, c.Total)
		if err != nil {
			return fmt.Errorf("reform: annex: %s: %s: %w", strings.TrimSpace(r.name), c.Name, err)
		}
		r.figs[k] = cell
	}
	return nil
}

// sumColumn adds up figure k of the rows of: counts and rates' numerators
// and denominators, when every row that takes part gives the figure and the
// indicator adds up at all. A sum of rows none of which takes part takes
// no part either.
func sumColumn(rows []indicatorRow, of []int, k int, total IndicatorTotal) (figureCell, error) {
	if total == TotalNone || len(of) == 0 {
		return figureCell{}, nil
	}
	sum := figureCell{none: true}
	for _, j := range of {
		part := rows[j].figs[k]
		if part.none {
			continue
		}
		if !part.ok {
			return figureCell{}, nil
		}
		sum.ok, sum.none = true, false
		var err1, err2 error
		sum.N, err1 = finding.Sum(sum.N, part.N)
		sum.Of, err2 = finding.Sum(sum.Of, part.Of)
		if err := errors.Join(err1, err2); err != nil {
			return figureCell{}, err
		}
	}
	return sum, nil
}

// cells prints the row: its number, its name and its figures, bold in a
// group or total row.
func (r indicatorRow) cells(cols []Indicator) []doc.Cell {
	texts := []string{r.number, strings.TrimSpace(r.name)}
	for k, c := range cols {
		texts = append(texts, r.figs[k].text(c.Total))
	}
	cells := make([]doc.Cell, len(texts))
	for j, s := range texts {
		run := doc.Plain(s)
		run.Bold = r.total
		cells[j] = doc.Cell{Runs: []doc.Run{run}}
	}
	return cells
}

// text prints a figure: a count, a rate in percent, or nothing when the
// row does not have it or a rate has no base.
func (f figureCell) text(total IndicatorTotal) string {
	switch {
	case !f.ok:
		return ""
	case total == TotalRate:
		s, _ := vn.Percent(f.N, f.Of, IndicatorRatePlaces) // empty for no base
		return s
	}
	return vn.Int(f.N)
}

// GivenIndicators returns the indicators of cols that at least one unit of
// groups gives, in their order: the columns worth printing of a default
// list, when the units report on some sections only. Nil units are
// skipped.
func GivenIndicators(groups []AnnexGroup, cols []Indicator) []Indicator {
	var out []Indicator
	for _, c := range cols {
		if c.Figure != nil && anyGives(groups, c) {
			out = append(out, c)
		}
	}
	return out
}

// anyGives reports whether some unit of groups gives indicator c.
func anyGives(groups []AnnexGroup, c Indicator) bool {
	for _, g := range groups {
		for _, u := range g.Units {
			if u == nil || c.Part != nil && !c.Part(u) {
				continue
			}
			if _, ok := c.Figure(u); ok {
				return true
			}
		}
	}
	return false
}
