// Topic: the statistical annexes of the section (phụ lục, biểu số liệu):
// tables of dossier figures in the layout of Biểu số 06/VPCP/KSTT — of a
// unit by field, and of a roll-up by unit grouped by level with subtotals
// and a total — and of the catalogue by service level. The layout of a
// table is a Form, configuration and not code; every total, subtotal and
// rate in a table is derived from its rows.

package tthc

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// ColumnFigure names what one column of an annex table holds: the row's
// number (STT), its name, or one of its figures. The figures of dossier
// tables are those of Counts; those of catalogue tables those of Catalogue.
type ColumnFigure string

// The figures of annex tables. A column of a dossier table takes the
// labels and the dossier figures; a column of a catalogue table the labels
// and the catalogue figures.
const (
	// FigureNumber is the row's number (STT): 1, 2 … for units and fields,
	// restarting in each group; I, II … for groups; empty for the total.
	FigureNumber ColumnFigure = "number"
	// FigureName is the row's name: the field (lĩnh vực), unit or group,
	// or the form's TotalLabel.
	FigureName ColumnFigure = "name"

	// FigureReceived is online + in person + carried over.
	FigureReceived ColumnFigure = "received"
	// FigureReceivedInPeriod is online + in person.
	FigureReceivedInPeriod ColumnFigure = "received_in_period"
	// FigureOnline is Counts.Online.
	FigureOnline ColumnFigure = "online"
	// FigureInPerson is Counts.InPerson.
	FigureInPerson ColumnFigure = "in_person"
	// FigureCarriedOver is Counts.CarriedOver.
	FigureCarriedOver ColumnFigure = "carried_over"
	// FigureResolved is early + on time + late.
	FigureResolved ColumnFigure = "resolved"
	// FigureEarly is Counts.Early; empty in every row when one row does
	// not split early from on time.
	FigureEarly ColumnFigure = "early"
	// FigureOnTime is Counts.OnTime; when one row does not split early
	// from on time, early and on time together in every row.
	FigureOnTime ColumnFigure = "on_time"
	// FigureEarlyOrOnTime is early + on time.
	FigureEarlyOrOnTime ColumnFigure = "early_or_on_time"
	// FigureLate is Counts.Late.
	FigureLate ColumnFigure = "late"
	// FigurePending is Counts.Pending.
	FigurePending ColumnFigure = "pending"
	// FigurePendingInTime is the pending dossiers still in time
	// (Counts.InTime).
	FigurePendingInTime ColumnFigure = "pending_in_time"
	// FigurePendingOverdue is the pending dossiers overdue
	// (Counts.Overdue).
	FigurePendingOverdue ColumnFigure = "pending_overdue"
	// FigureOther is Counts.Other (withdrawn, returned, refused).
	FigureOther ColumnFigure = "other"

	// FigureProcedures is the number of procedures of the catalogue's
	// scheme (Catalogue.Total).
	FigureProcedures ColumnFigure = "procedures"
	// FigureFull is OnlineServices.Full (toàn trình).
	FigureFull ColumnFigure = "full"
	// FigurePartial is OnlineServices.Partial (một phần).
	FigurePartial ColumnFigure = "partial"
	// FigureInformationOnly is OnlineServices.InformationOnly.
	FigureInformationOnly ColumnFigure = "information_only"
	// FigureEligibleFull is OnlineServices.EligibleFull.
	FigureEligibleFull ColumnFigure = "eligible_full"
	// FigureLevel1 to FigureLevel4 are the procedures at mức độ 1 to 4
	// (Levels).
	FigureLevel1 ColumnFigure = "level_1"
	// FigureLevel2 is Levels.Level2.
	FigureLevel2 ColumnFigure = "level_2"
	// FigureLevel3 is Levels.Level3.
	FigureLevel3 ColumnFigure = "level_3"
	// FigureLevel4 is Levels.Level4.
	FigureLevel4 ColumnFigure = "level_4"
)

// The figures each kind of table knows, in the order of the constants:
// built once, never changed.
var (
	dossierFigureList = []ColumnFigure{FigureReceived, FigureReceivedInPeriod, FigureOnline, FigureInPerson,
		FigureCarriedOver, FigureResolved, FigureEarly, FigureOnTime, FigureEarlyOrOnTime, FigureLate,
		FigurePending, FigurePendingInTime, FigurePendingOverdue, FigureOther}
	catalogueFigureList = []ColumnFigure{FigureProcedures, FigureFull, FigurePartial, FigureInformationOnly,
		FigureEligibleFull, FigureLevel1, FigureLevel2, FigureLevel3, FigureLevel4}
)

// FormColumn is one column of a Form.
type FormColumn struct {
	// Heads are the column's heads from the top row of the head down,
	// e.g. ["Số hồ sơ nhận giải quyết", "Trong đó", "Số mới tiếp nhận trực
	// tuyến"]. Neighbouring columns whose heads start alike share those
	// head cells, merged across them as on paper; a column with fewer
	// heads than the deepest has its last head spanning the rows below.
	Heads []string `json:"heads"`
	// Figure is what the column holds.
	Figure ColumnFigure `json:"figure"`
	// Per, when set, makes the column a rate: Figure / Per as a
	// percentage with the form's RatePlaces, e.g. Figure "full" per
	// "procedures". A rate in a total row is derived again from the summed
	// figures, never summed.
	Per ColumnFigure `json:"per,omitempty"`
	// Width is the column's relative width; zero counts as 1.
	Width int `json:"width,omitempty"`
}

// Form is the layout of an annex table (mẫu biểu): its title, the form's
// code and source, the unit of measure, and the columns. It is
// configuration: Form06 is Biểu số 06/VPCP/KSTT; a province whose system
// follows a newer form (a circular under Nghị định 118/2025/NĐ-CP may have
// changed it; that is not confirmed) or a vendor's variant gives its own
// columns, in Go or as JSON.
type Form struct {
	// Title is the table's title in sentence case, printed in capitals as
	// the appendix title.
	Title string `json:"title"`
	// Code is the form's code, e.g. "Biểu số 06/VPCP/KSTT"; optional.
	Code string `json:"code,omitempty"`
	// Source is the document that issues the form, e.g. "Thông tư số
	// 01/2020/TT-VPCP"; optional.
	Source string `json:"source,omitempty"`
	// Unit is the unit of measure (đơn vị tính), e.g. "Số hồ sơ TTHC";
	// optional.
	Unit string `json:"unit,omitempty"`
	// Columns are the columns from left to right.
	Columns []FormColumn `json:"columns"`
	// ColumnNumbers adds the row of column numbers "(1)", "(2)" … under the
	// heads, as forms print it.
	ColumnNumbers bool `json:"column_numbers,omitempty"`
	// TotalLabel is the name of the total row, e.g. "Tổng cộng".
	TotalLabel string `json:"total_label"`
	// TotalAtEnd puts the total row after the rows it adds up; by default
	// it comes first, under the head, as statistical forms print it.
	TotalAtEnd bool `json:"total_at_end,omitempty"`
	// RatePlaces is the number of decimals of rate columns.
	RatePlaces int32 `json:"rate_places,omitempty"`
}

// Form06 returns the layout of Biểu số 06/VPCP/KSTT of Thông tư số
// 01/2020/TT-VPCP, the results of handling dossiers, in its 13 columns:
// STT; field; received (total; online, in person or by post, carried
// over); resolved (total; early, on time, late); pending (total; in time,
// overdue); with the row of column numbers and the total first.
func Form06() Form {
	received := "Số hồ sơ nhận giải quyết"
	inPeriod := "Trong đó"
	result := "Kết quả giải quyết"
	resolved := "Số hồ sơ đã giải quyết"
	pending := "Số hồ sơ đang giải quyết"
	return Form{
		Title:  "Kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải quyết thủ tục hành chính",
		Code:   "Biểu số 06/VPCP/KSTT",
		Source: "Thông tư số 01/2020/TT-VPCP",
		Unit:   "Số hồ sơ TTHC",
		Columns: []FormColumn{
			{Heads: []string{"STT"}, Figure: FigureNumber, Width: 4},
			{Heads: []string{"Lĩnh vực, công việc giải quyết theo cấp"}, Figure: FigureName, Width: 24},
			{Heads: []string{received, "Tổng số"}, Figure: FigureReceived, Width: 7},
			{Heads: []string{received, inPeriod, "Số mới tiếp nhận trực tuyến"}, Figure: FigureOnline, Width: 7},
			{Heads: []string{received, inPeriod, "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính"}, Figure: FigureInPerson, Width: 7},
			{Heads: []string{received, inPeriod, "Số kỳ trước chuyển qua"}, Figure: FigureCarriedOver, Width: 7},
			{Heads: []string{result, resolved, "Tổng số"}, Figure: FigureResolved, Width: 7},
			{Heads: []string{result, resolved, "Trả trước hạn"}, Figure: FigureEarly, Width: 7},
			{Heads: []string{result, resolved, "Trả đúng thời hạn"}, Figure: FigureOnTime, Width: 7},
			{Heads: []string{result, resolved, "Trả quá hạn"}, Figure: FigureLate, Width: 7},
			{Heads: []string{result, pending, "Tổng số"}, Figure: FigurePending, Width: 7},
			{Heads: []string{result, pending, "Trong hạn"}, Figure: FigurePendingInTime, Width: 7},
			{Heads: []string{result, pending, "Quá hạn"}, Figure: FigurePendingOverdue, Width: 7},
		},
		ColumnNumbers: true,
		TotalLabel:    "Tổng cộng",
	}
}

// CatalogueForm returns the layout of a table of procedures by online
// service (Nghị định 42/2022/NĐ-CP): number and share of toàn trình, một
// phần and information only, one row per level or unit.
func CatalogueForm() Form {
	online := "Dịch vụ công trực tuyến"
	return Form{
		Title: "Thủ tục hành chính theo mức độ cung cấp dịch vụ công trực tuyến",
		Unit:  "Số thủ tục hành chính",
		Columns: []FormColumn{
			{Heads: []string{"STT"}, Figure: FigureNumber, Width: 4},
			{Heads: []string{"Cấp, cơ quan, đơn vị"}, Figure: FigureName, Width: 24},
			{Heads: []string{"Tổng số thủ tục hành chính"}, Figure: FigureProcedures, Width: 8},
			{Heads: []string{online, "Toàn trình", "Số lượng"}, Figure: FigureFull, Width: 7},
			{Heads: []string{online, "Toàn trình", "Tỷ lệ"}, Figure: FigureFull, Per: FigureProcedures, Width: 7},
			{Heads: []string{online, "Một phần", "Số lượng"}, Figure: FigurePartial, Width: 7},
			{Heads: []string{online, "Một phần", "Tỷ lệ"}, Figure: FigurePartial, Per: FigureProcedures, Width: 7},
			{Heads: []string{"Chỉ cung cấp thông tin", "Số lượng"}, Figure: FigureInformationOnly, Width: 7},
			{Heads: []string{"Chỉ cung cấp thông tin", "Tỷ lệ"}, Figure: FigureInformationOnly, Per: FigureProcedures, Width: 7},
		},
		ColumnNumbers: true,
		TotalLabel:    "Tổng cộng",
		RatePlaces:    2,
	}
}

// CatalogueLevelsForm returns the layout of a table of procedures by mức
// độ 1–4 (Nghị định 43/2011/NĐ-CP), number and share of each level.
func CatalogueLevelsForm() Form {
	f := Form{
		Title: "Thủ tục hành chính theo mức độ dịch vụ công trực tuyến",
		Unit:  "Số thủ tục hành chính",
		Columns: []FormColumn{
			{Heads: []string{"STT"}, Figure: FigureNumber, Width: 4},
			{Heads: []string{"Cấp, cơ quan, đơn vị"}, Figure: FigureName, Width: 24},
			{Heads: []string{"Tổng số thủ tục hành chính"}, Figure: FigureProcedures, Width: 8},
		},
		ColumnNumbers: true,
		TotalLabel:    "Tổng cộng",
		RatePlaces:    2,
	}
	for i, lv := range []ColumnFigure{FigureLevel1, FigureLevel2, FigureLevel3, FigureLevel4} {
		head := "Mức độ " + strconv.Itoa(i+1)
		f.Columns = append(f.Columns,
			FormColumn{Heads: []string{head, "Số lượng"}, Figure: lv, Width: 6},
			FormColumn{Heads: []string{head, "Tỷ lệ"}, Figure: lv, Per: FigureProcedures, Width: 6})
	}
	return f
}

// NamedCounts are the dossier figures of one row of a roll-up table: a
// unit's, or a field's. Nil Counts leave the row's figures empty, and with
// them the totals over the row (a total is derived only when every row it
// adds up gives the figure).
type NamedCounts struct {
	// Name is the unit's or the field's name.
	Name string
	// Counts are its figures; nil when it gives none.
	Counts *Counts
}

// UnitGroup is a group of units in a roll-up table, e.g. "Cấp tỉnh" and
// its departments, "Cấp xã" and its communes: a group row carrying the
// group's subtotal, then its units.
type UnitGroup struct {
	// Name is the group's name; a table of one group with an empty name
	// has no group row, only its units and the total.
	Name string
	// Units are the group's units in the order they are printed.
	Units []NamedCounts
}

// NamedCatalogue is the catalogue of one row of a catalogue table: a
// level's or a unit's.
type NamedCatalogue struct {
	// Name is the level's or the unit's name.
	Name string
	// Catalogue is its catalogue; nil leaves the row's figures empty.
	Catalogue *Catalogue
}

// FieldTable returns the table of the dossier results by field (lĩnh vực)
// in the layout of form (Form06 for Biểu số 06/VPCP/KSTT): one row per
// field in the order given and the total row, derived from the fields, not
// copied from the unit's totals (when the two differ, Validate reports
// tthc.dossier.fields). It returns ErrNoFigures when there are no rows by
// field, and an error naming the form's field when the form is not one
// (see Form).
func (d *Dossiers) FieldTable(form Form) (*doc.Table, error) {
	if d == nil || len(d.Fields) == 0 {
		return nil, ErrNoFigures
	}
	rows := make([]NamedCounts, len(d.Fields))
	for i := range d.Fields {
		rows[i] = NamedCounts{Name: d.Fields[i].Field, Counts: &d.Fields[i].Counts}
	}
	return UnitTable([]UnitGroup{{Units: rows}}, form)
}

// UnitTable returns the table of the dossier results of units grouped (by
// level, say) in the layout of form: per group a row with the group's
// subtotal and then its units, numbered from 1 in each group; the groups
// are numbered I, II …; a total row adds up the subtotals (or the units,
// for one group without a name). Every subtotal, total and rate is derived
// from the rows, and the table marks them (doc.Table.Totals) for a
// spreadsheet to write as formulas.
//
// When one row does not split early from on time (Counts.Early nil), no
// row does: the early column is empty and the on-time column counts early
// and on time together, so that every column adds up. A figure a row does
// not give is an empty cell, never 0. It returns ErrNoFigures when there is
// no unit, and an error naming the form's field or the row for a form that
// is not one or figures past the int64 range.
func UnitTable(groups []UnitGroup, form Form) (*doc.Table, error) {
	if err := form.check(dossierFigureList); err != nil {
		return nil, err
	}
	split := true
	n := 0
	for _, g := range groups {
		for _, u := range g.Units {
			n++
			split = split && u.Counts != nil && u.Counts.Early != nil
		}
	}
	if n == 0 {
		return nil, ErrNoFigures
	}
	named := len(groups) > 1 || len(groups) == 1 && strings.TrimSpace(groups[0].Name) != ""
	var entries []entry
	total := entry{kind: totalRow, name: form.TotalLabel}
	if !form.TotalAtEnd {
		entries = append(entries, total)
	}
	var totalOf []int
	for gi, g := range groups {
		var units []int
		group := -1
		if named {
			group = len(entries)
			totalOf = append(totalOf, group)
			entries = append(entries, entry{kind: groupRow, number: roman(gi + 1), name: g.Name})
		}
		for ui, u := range g.Units {
			units = append(units, len(entries))
			if !named {
				totalOf = append(totalOf, len(entries))
			}
			entries = append(entries, entry{kind: dataRow, number: strconv.Itoa(ui + 1), name: u.Name, src: dossierSource(u.Counts, split)})
		}
		if group >= 0 {
			entries[group].of = units
		}
	}
	if form.TotalAtEnd {
		entries = append(entries, total)
	}
	entries[totalIndex(entries)].of = totalOf
	return form.table(entries)
}

// CatalogueTable returns the table of the procedures by service level of
// levels or units in the layout of form (CatalogueForm for toàn trình /
// một phần, CatalogueLevelsForm for mức độ 1–4), one row each, with a
// total row when there are several. The rows' catalogues hold different
// procedures — one per level of government, each taken once, never the sum
// of the units that serve the same catalogue — so the total adds them up.
// A row whose catalogue follows the other scheme has empty cells in the
// scheme's columns: one scheme is never turned into the other; the number
// of procedures adds up whatever the scheme. Errors are those of
// UnitTable.
func CatalogueTable(rows []NamedCatalogue, form Form) (*doc.Table, error) {
	if err := form.check(catalogueFigureList); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, ErrNoFigures
	}
	var entries []entry
	withTotal := len(rows) > 1
	total := entry{kind: totalRow, name: form.TotalLabel}
	if withTotal && !form.TotalAtEnd {
		entries = append(entries, total)
	}
	var of []int
	for i, r := range rows {
		of = append(of, len(entries))
		entries = append(entries, entry{kind: dataRow, number: strconv.Itoa(i + 1), name: r.Name, src: catalogueSource(r.Catalogue)})
	}
	if withTotal {
		if form.TotalAtEnd {
			entries = append(entries, total)
		}
		entries[totalIndex(entries)].of = of
	}
	return form.table(entries)
}

// totalIndex returns the index of the total row among entries.
func totalIndex(entries []entry) int {
	for i, e := range entries {
		if e.kind == totalRow {
			return i
		}
	}
	return -1
}

// roman returns the Roman numeral of a group's number.
func roman(n int) string {
	s, err := vn.Roman(n)
	if err != nil { // past the numerals vn writes: the Arabic number
		return strconv.Itoa(n)
	}
	return s
}

// rowKind is what a row of an annex table is.
type rowKind int

const (
	dataRow  rowKind = iota // a unit, a field, a level
	groupRow                // a group's row with its subtotal
	totalRow                // the total
)

// source reads a count figure of a data row: its value, whether the row
// gives it, and an error for figures past the int64 range.
type source func(ColumnFigure) (int64, bool, error)

// entry is one row of an annex table before it is laid out.
type entry struct {
	kind         rowKind
	number, name string
	src          source // data rows
	of           []int  // group and total rows: the rows they add up
}

// dossierSource reads the figures of c; split says whether every row of
// the table splits early from on time.
func dossierSource(c *Counts, split bool) source {
	return func(f ColumnFigure) (int64, bool, error) {
		if c == nil {
			return 0, false, nil
		}
		sum := func(v int64, err error) (int64, bool, error) { return v, err == nil, err }
		opt := func(p *int64) (int64, bool, error) {
			if p == nil {
				return 0, false, nil
			}
			return *p, true, nil
		}
		switch f {
		case FigureReceived:
			return sum(c.Received())
		case FigureReceivedInPeriod:
			return sum(c.ReceivedInPeriod())
		case FigureOnline:
			return c.Online, true, nil
		case FigureInPerson:
			return c.InPerson, true, nil
		case FigureCarriedOver:
			return c.CarriedOver, true, nil
		case FigureResolved:
			return sum(c.Resolved())
		case FigureEarly:
			if !split {
				return 0, false, nil
			}
			return opt(c.Early)
		case FigureOnTime:
			if !split {
				return sum(c.EarlyOrOnTime())
			}
			return c.OnTime, true, nil
		case FigureEarlyOrOnTime:
			return sum(c.EarlyOrOnTime())
		case FigureLate:
			return c.Late, true, nil
		case FigurePending:
			return c.Pending, true, nil
		case FigurePendingInTime:
			v, ok := c.InTime()
			return v, ok, nil
		case FigurePendingOverdue:
			v, ok := c.Overdue()
			return v, ok, nil
		case FigureOther:
			return opt(c.Other)
		}
		return 0, false, nil
	}
}

// catalogueSource reads the figures of c.
func catalogueSource(c *Catalogue) source {
	return func(f ColumnFigure) (int64, bool, error) {
		if c == nil {
			return 0, false, nil
		}
		opt := func(p *int64) (int64, bool, error) {
			if p == nil {
				return 0, false, nil
			}
			return *p, true, nil
		}
		switch f {
		case FigureProcedures:
			if c.Levels != nil && c.Online != nil {
				return 0, false, nil
			}
			if c.Levels != nil {
				v, err := c.Levels.Total()
				return v, err == nil, err
			}
			if c.Online != nil {
				v, err := c.Online.Total()
				return v, err == nil, err
			}
		case FigureFull, FigurePartial, FigureInformationOnly, FigureEligibleFull:
			if o := c.Online; o != nil {
				switch f {
				case FigureFull:
					return o.Full, true, nil
				case FigurePartial:
					return o.Partial, true, nil
				case FigureInformationOnly:
					return o.InformationOnly, true, nil
				}
				return opt(o.EligibleFull)
			}
		case FigureLevel1, FigureLevel2, FigureLevel3, FigureLevel4:
			if l := c.Levels; l != nil {
				return opt([]*int64{l.Level1, l.Level2, l.Level3, l.Level4}[f[len(f)-1]-'1'])
			}
		}
		return 0, false, nil
	}
}

// check returns an error naming the first field of f that does not make a
// table whose figures are among known.
func (f Form) check(known []ColumnFigure) error {
	fail := func(path, format string, args ...any) error {
		return fmt.Errorf("tthc: form.%s: %s", path, fmt.Sprintf(format, args...))
	}
	if f.RatePlaces < 0 || f.RatePlaces > vn.MaxPlaces {
		return fail("rate_places", "%d decimals; expected 0 to %d", f.RatePlaces, vn.MaxPlaces)
	}
	isKnown := func(g ColumnFigure) bool {
		for _, k := range known {
			if g == k {
				return true
			}
		}
		return false
	}
	for i, c := range f.Columns {
		p := fmt.Sprintf("columns[%d]", i)
		for j, h := range c.Heads {
			if doc.Blank(h) {
				return fail(fmt.Sprintf("%s.heads[%d]", p, j), "a head needs text")
			}
		}
		label := c.Figure == FigureNumber || c.Figure == FigureName
		switch {
		case !label && !isKnown(c.Figure):
			return fail(p+".figure", "%q is not a figure of this table; expected %s", c.Figure, figureNames(known))
		case c.Per != "" && (label || !isKnown(c.Per)):
			return fail(p+".per", "%q per %q is not a rate of two figures of this table", c.Figure, c.Per)
		case c.Width < 0:
			return fail(p+".width", "width %d; widths are positive, or zero for 1", c.Width)
		}
	}
	_, err := f.head()
	return err
}

// figureNames lists figures for a message.
func figureNames(fs []ColumnFigure) string {
	names := make([]string, len(fs)+2)
	names[0], names[1] = string(FigureNumber), string(FigureName)
	for i, f := range fs {
		names[i+2] = string(f)
	}
	return strings.Join(names, ", ")
}

// head returns the head rows of the form: the heads of the columns merged
// where neighbours share them, and the row of column numbers.
func (f Form) head() ([][]doc.Cell, error) {
	if len(f.Columns) == 0 {
		return nil, fmt.Errorf("tthc: form.columns: a table needs at least one column")
	}
	for i, c := range f.Columns {
		if len(c.Heads) == 0 {
			return nil, fmt.Errorf("tthc: form.columns[%d].heads: a column needs at least one head", i)
		}
	}
	depth := 0
	for _, c := range f.Columns {
		depth = max(depth, len(c.Heads))
	}
	rows := make([][]doc.Cell, depth)
	for k := range depth {
		for j := 0; j < len(f.Columns); {
			c := f.Columns[j]
			if len(c.Heads) <= k { // covered by its last head from above
				j++
				continue
			}
			end := j + 1
			for end < len(f.Columns) && samePrefix(f.Columns[end].Heads, c.Heads, k+1) {
				end++
			}
			if end-j > 1 {
				for m := j; m < end; m++ {
					if len(f.Columns[m].Heads) == k+1 {
						return nil, fmt.Errorf("tthc: form.columns[%d].heads: the head %q of the last row of the column is shared with its neighbours; give each column a head of its own under it",
							m, f.Columns[m].Heads[k])
					}
				}
			}
			cell := doc.Cell{Runs: []doc.Run{doc.Bold(strings.TrimSpace(c.Heads[k]))}, Span: end - j}
			if end-j == 1 && len(c.Heads) == k+1 {
				cell.RowSpan = depth - k
			}
			rows[k] = append(rows[k], cell)
			j = end
		}
	}
	if f.ColumnNumbers {
		var numbers []doc.Cell
		for j := range f.Columns {
			numbers = append(numbers, doc.Cell{Runs: doc.Text("(" + strconv.Itoa(j+1) + ")")})
		}
		rows = append(rows, numbers)
	}
	return rows, nil
}

// samePrefix reports whether the first n heads of a and b are the same
// (both have n at least).
func samePrefix(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := range n {
		if strings.TrimSpace(a[i]) != strings.TrimSpace(b[i]) {
			return false
		}
	}
	return true
}

// value is a figure of a row: its value and whether the row has it.
type value struct {
	n  int64
	ok bool
}

// Frame returns a table in the layout of f without rows: its columns and
// its head rows (the heads neighbours share merged, the row of column
// numbers), for a table whose rows another package fills, as reform's
// indicators by unit do. The columns' figures play no part in it.
func (f Form) Frame() (*doc.Table, error) {
	head, err := f.head()
	if err != nil {
		return nil, err
	}
	t := &doc.Table{Head: head}
	for _, c := range f.Columns {
		align := doc.AlignCenter
		if c.Figure == FigureName {
			align = doc.AlignLeft
		}
		t.Columns = append(t.Columns, doc.Column{Title: strings.TrimSpace(c.Heads[len(c.Heads)-1]), Width: c.Width, Align: align})
	}
	return t, nil
}

// table lays the entries out in the form's columns, with the figures of
// group and total rows added up from the rows they name.
func (f Form) table(entries []entry) (*doc.Table, error) {
	t, err := f.Frame()
	if err != nil {
		return nil, err
	}
	var figs []ColumnFigure // the count figures the columns need, each once
	need := func(g ColumnFigure) {
		for _, h := range figs {
			if h == g {
				return
			}
		}
		figs = append(figs, g)
	}
	for _, c := range f.Columns {
		if c.Figure != FigureNumber && c.Figure != FigureName {
			need(c.Figure)
			if c.Per != "" {
				need(c.Per)
			}
		}
	}
	vals, err := values(entries, figs)
	if err != nil {
		return nil, err
	}
	at := func(row int, g ColumnFigure) value {
		for k, h := range figs {
			if h == g {
				return vals[row][k]
			}
		}
		return value{}
	}
	for i, e := range entries {
		cells := make([]doc.Cell, len(f.Columns))
		for j, c := range f.Columns {
			var text string
			switch {
			case c.Figure == FigureNumber:
				text = e.number
			case c.Figure == FigureName:
				text = strings.TrimSpace(e.name)
			case c.Per != "":
				num, den := at(i, c.Figure), at(i, c.Per)
				if num.ok && den.ok {
					text, _ = vn.Percent(num.n, den.n, f.RatePlaces) // empty for no base
				}
			default:
				if v := at(i, c.Figure); v.ok {
					text = vn.Int(v.n)
				}
			}
			run := doc.Plain(text)
			run.Bold = e.kind != dataRow
			cells[j] = doc.Cell{Runs: []doc.Run{run}}
		}
		t.Rows = append(t.Rows, cells)
		if e.kind != dataRow && len(e.of) > 0 {
			t.Totals = append(t.Totals, doc.Total{Row: i, Of: append([]int(nil), e.of...)})
		}
	}
	return t, nil
}

// values returns the figures figs of every entry: read from the data rows,
// added up for group and total rows from the rows they name. A sum is
// given only when every row it adds up gives the figure.
func values(entries []entry, figs []ColumnFigure) ([][]value, error) {
	vals := make([][]value, len(entries))
	var fill func(i int) error
	fill = func(i int) error {
		if vals[i] != nil {
			return nil
		}
		e := entries[i]
		row := make([]value, len(figs))
		for k, g := range figs {
			if e.kind == dataRow {
				v, ok, err := e.src(g)
				if err != nil {
					return fmt.Errorf("tthc: row %d (%s): %s: %w", i+1, strings.TrimSpace(e.name), g, err)
				}
				row[k] = value{v, ok}
				continue
			}
			sum := value{ok: len(e.of) > 0}
			for _, j := range e.of {
				if err := fill(j); err != nil {
					return err
				}
				part := vals[j][k]
				if !part.ok {
					sum = value{}
					break
				}
				n, err := finding.Sum(sum.n, part.n)
				if err != nil {
					return fmt.Errorf("tthc: row %d (%s): %s: %w", i+1, strings.TrimSpace(e.name), g, err)
				}
				sum.n = n
			}
			row[k] = sum
		}
		vals[i] = row
		return nil
	}
	for i := range entries {
		if err := fill(i); err != nil {
			return nil, err
		}
	}
	return vals, nil
}

// Blocks returns the lines an annex table stands under, then the table:
// the form's code and source ("Biểu số 06/VPCP/KSTT ban hành kèm theo
// Thông tư số 01/2020/TT-VPCP"), the period ("Kỳ báo cáo: quý III năm
// 2024 (từ ngày 15/6/2024 đến ngày 14/9/2024)"; empty leaves it out) and
// the unit of measure ("Đơn vị tính: Số hồ sơ TTHC", on the right). The
// title is the appendix's (doc.Appendix.Title = f.Title).
func (f Form) Blocks(period string, t *doc.Table) []doc.Block {
	line := func(s string, a doc.Align) *doc.Paragraph {
		return &doc.Paragraph{Runs: []doc.Run{doc.Italic(s)}, Align: a, NoIndent: true}
	}
	var out []doc.Block
	switch code, src := strings.TrimSpace(f.Code), strings.TrimSpace(f.Source); {
	case code != "" && src != "":
		out = append(out, line("("+code+" ban hành kèm theo "+src+")", doc.AlignCenter))
	case code != "":
		out = append(out, line("("+code+")", doc.AlignCenter))
	}
	if p := strings.TrimSpace(period); p != "" {
		out = append(out, line("Kỳ báo cáo: "+p, doc.AlignCenter))
	}
	if u := strings.TrimSpace(f.Unit); u != "" {
		out = append(out, line("Đơn vị tính: "+u, doc.AlignRight))
	}
	if t != nil {
		out = append(out, t)
	}
	return out
}
