// Turning the data rows into units and fields (tthc.Dossiers), with the
// identities of each data row checked by tthc's own rules.

package kstt

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// Unit is the dossier figures of one unit read from an export: a unit's
// row, or the rows by field of a unit (the sheet's own unit, or a row with
// rows under it). Its JSON is that of a section's "unit" and "dossiers"
// (tthc.Section), with the group the unit is listed under.
type Unit struct {
	// Name is the unit's name as the export writes it; for a table by
	// field with no unit row, Mapping.Unit.
	Name string `json:"unit"`
	// Group is the name of the group (level) the unit is listed under,
	// e.g. "Cấp tỉnh"; empty when none.
	Group string `json:"group,omitempty"`
	// Row is the sheet row of the unit's own row; 0 for the sheet's unit.
	Row int `json:"-"`
	// Dossiers are its figures: the unit's row, or the sum of its rows by
	// field (Fields), derived, with the rows.
	Dossiers tthc.Dossiers `json:"dossiers"`
}

// Import is what a reading found: the sheet, the units' figures and the
// findings about the export.
type Import struct {
	// Sheet is the name of the sheet read.
	Sheet string `json:"sheet"`
	// Units are the units in the order of their rows.
	Units []Unit `json:"units"`
	// Findings are the findings about the export, each at its cell
	// (Finding.Path, "Sheet1!E7") with its row and column named for a clerk
	// (Finding.Place); Rules documents their codes.
	Findings finding.List `json:"-"`
}

// unitsMode reports whether the rows are read as units: the mapping says
// so, or the head of the name column names units and not fields.
func (t *table) unitsMode() bool {
	if t.m.Rows != "" {
		return t.m.Rows == RowsUnits
	}
	ws := words(strings.Join(t.lay.nameHeads, " "))
	if containsWords(ws, words("lĩnh vực")) {
		return false
	}
	for _, p := range []string{"đơn vị", "cơ quan", "địa phương"} {
		if containsWords(ws, words(p)) {
			return true
		}
	}
	return false
}

// role is where a data row goes: the item of its unit (-1 for the sheet's
// unit), the item of its group (-1 for none), and whether it is a field of
// its unit or the unit itself.
type role struct {
	unit, group int
	field       bool
}

// roleOf returns the role of data row i.
func (t *table) roleOf(i int, units bool) role {
	p := t.lines[i].parent
	gp := -1
	if p >= 0 {
		gp = t.lines[p].parent
	}
	switch {
	case !units:
		return role{unit: p, group: gp, field: true}
	case p < 0:
		return role{unit: i, group: -1}
	case gp < 0:
		return role{unit: i, group: p}
	}
	return role{unit: p, group: gp, field: true}
}

// units returns the units of the table's data rows, checking each row's
// identities and reporting rows without figures and fields named twice.
func (t *table) units() []Unit {
	leaves := t.leaves()
	if len(leaves) == 0 {
		return t.totalOnly()
	}
	mode := t.unitsMode()
	var out []Unit
	var rows [][]int // the sheet rows of each unit's fields
	index := map[int]int{}
	for _, i := range leaves {
		ln := t.lines[i]
		c := t.countsOf(ln.vals)
		t.checkRow(ln, c)
		r := t.roleOf(i, mode)
		k, ok := index[r.unit]
		if !ok {
			k, index[r.unit] = len(out), len(out)
			out, rows = append(out, t.newUnit(r)), append(rows, nil)
		}
		if r.field {
			out[k].Dossiers.Fields = append(out[k].Dossiers.Fields, tthc.FieldCounts{Field: ln.name, Counts: c})
			rows[k] = append(rows[k], ln.row)
		} else {
			out[k].Dossiers.Counts = c
		}
	}
	for k := range out {
		if fs := out[k].Dossiers.Fields; len(fs) > 0 {
			out[k].Dossiers.Counts = sumCounts(fs)
			t.checkDuplicates(fs, rows[k], out[k].Name)
		}
	}
	return out
}

// totalOnly returns the unit of a table without data rows: the figures of
// its first total row that gives any, checked as a data row's; none when
// there is no such row.
func (t *table) totalOnly() []Unit {
	for _, ln := range t.lines {
		if ln.kind != itemLine && ln.given {
			c := t.countsOf(ln.vals)
			t.checkRow(ln, c)
			return []Unit{{Name: strings.TrimSpace(t.m.Unit), Dossiers: tthc.Dossiers{Counts: c}}}
		}
	}
	return nil
}

// newUnit returns the unit of role r, without figures.
func (t *table) newUnit(r role) Unit {
	u := Unit{Name: strings.TrimSpace(t.m.Unit)}
	if r.unit >= 0 {
		u.Name, u.Row = t.lines[r.unit].name, t.lines[r.unit].row
	}
	if r.group >= 0 {
		u.Group = t.lines[r.group].name
	}
	return u
}

// countsOf returns the figures of a data row as tthc counts. A figure
// every row has is 0 when the row leaves it empty; early, pending in time
// and overdue are not given then; the other bucket is given when a column
// holds it. A column of early-or-on-time (without one of on time) is on
// time, early taken out when given; without a column of pending, pending
// is in time + overdue.
func (t *table) countsOf(v [nFigures]val) tthc.Counts {
	opt := func(i int) *int64 {
		if !v[i].ok {
			return nil
		}
		n := v[i].n
		return &n
	}
	c := tthc.Counts{Online: v[iOnline].n, InPerson: v[iInPerson].n, CarriedOver: v[iCarriedOver].n,
		Early: opt(iEarly), OnTime: v[iOnTime].n, Late: v[iLate].n, Pending: v[iPending].n,
		PendingInTime: opt(iInTime), PendingOverdue: opt(iOverdue)}
	if eot := v[iEarlyOrOnTime]; len(t.lay.cols[iOnTime]) == 0 && eot.ok {
		if c.Early != nil && *c.Early <= eot.n {
			c.OnTime = eot.n - *c.Early
		} else {
			c.Early, c.OnTime = nil, eot.n
		}
	}
	if len(t.lay.cols[iPending]) == 0 && c.PendingInTime != nil && c.PendingOverdue != nil {
		c.Pending = *c.PendingInTime + *c.PendingOverdue
	}
	if len(t.lay.cols[iOther]) > 0 {
		n := v[iOther].n
		c.Other = &n
	}
	return c
}

// sumCounts adds up the rows by field of a unit: counts add; early, the
// pending split and the other bucket add when every row gives them, and
// early otherwise merges into on time. The limits keep the sums far from
// the int64 range.
func sumCounts(fs []tthc.FieldCounts) tthc.Counts {
	var c tthc.Counts
	var early, inTime, overdue, other int64
	all := [4]bool{true, true, true, true}
	for _, f := range fs {
		c.Online, c.InPerson, c.CarriedOver = c.Online+f.Online, c.InPerson+f.InPerson, c.CarriedOver+f.CarriedOver
		c.OnTime, c.Late, c.Pending = c.OnTime+f.OnTime, c.Late+f.Late, c.Pending+f.Pending
		for k, p := range []*int64{f.Early, f.PendingInTime, f.PendingOverdue, f.Other} {
			all[k] = all[k] && p != nil
		}
		early, inTime, overdue, other = early+deref(f.Early), inTime+deref(f.PendingInTime), overdue+deref(f.PendingOverdue), other+deref(f.Other)
	}
	given := func(k int, n int64) *int64 {
		if !all[k] {
			return nil
		}
		return &n
	}
	c.Early, c.PendingInTime, c.PendingOverdue, c.Other = given(0, early), given(1, inTime), given(2, overdue), given(3, other)
	if c.Early == nil {
		c.OnTime += early
	}
	return c
}

func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// checkRow checks the identities of a data row with tthc's checks of a
// unit's dossiers (the row's totals as declared figures), placing each
// finding at the row's cell; a row without figures is named.
func (t *table) checkRow(ln line, c tthc.Counts) {
	if !ln.given {
		at := ref(t.g.name, t.lay.name, ln.row)
		t.l.Add(ruleRowEmpty.At(at, fmt.Sprintf("Dòng %d “%s” không có số liệu nào; đọc là 0.", ln.row, vn.Excerpt(ln.name, 60))))
		return
	}
	opt := func(i int) *int64 {
		if !ln.vals[i].ok {
			return nil
		}
		n := ln.vals[i].n
		return &n
	}
	d := &tthc.Dossiers{Counts: c, Declared: tthc.DeclaredDossiers{
		Received: opt(iReceived), ReceivedInPeriod: opt(iReceivedInPeriod), Resolved: opt(iResolved)}}
	for _, f := range (&tthc.Section{Unit: "kstt", Dossiers: d}).Validate() {
		if slices.Contains(sharedCodes, f.Code) {
			t.l.Add(t.relocate(f, ln))
		}
	}
}

// relocate places a finding of tthc about a row at the row's cells: its
// path and related paths ("dossiers.declared.received") become the cells
// of their columns.
func (t *table) relocate(f finding.Finding, ln line) finding.Finding {
	cellOf := func(path string) (string, string) {
		name := path[strings.LastIndexByte(path, '.')+1:]
		if i := figureIndex(tthc.ColumnFigure(name)); i >= 0 && len(t.lay.cols[i]) > 0 {
			return ref(t.g.name, t.lay.cols[i][0], ln.row), t.lay.labels[i][0]
		}
		return ref(t.g.name, t.lay.name, ln.row), ""
	}
	var head string
	f.Path, head = cellOf(f.Path)
	related := make([]string, 0, len(f.Related))
	for _, p := range f.Related {
		if r, _ := cellOf(p); r != f.Path && !slices.Contains(related, r) {
			related = append(related, r)
		}
	}
	f.Related = related
	f.Place = placeOf(ln.row, ln.name, head)
	return f
}

// checkDuplicates reports a field named twice under the unit called unit,
// with tthc's rule of rows by field; rows are the fields' sheet rows.
func (t *table) checkDuplicates(fs []tthc.FieldCounts, rows []int, unit string) {
	seen := map[string]bool{}
	for k, f := range fs {
		key := strings.ToLower(vn.NFC(strings.TrimSpace(f.Field)))
		if !seen[key] {
			seen[key] = true
			continue
		}
		at := ref(t.g.name, t.lay.name, rows[k])
		msg := fmt.Sprintf("Lĩnh vực “%s” xuất hiện ở hai dòng số liệu", vn.Excerpt(f.Field, 60))
		if unit != "" {
			msg += " của " + unit
		}
		t.l.Add(ruleDossierFieldsDuplicate.At(at, msg+"; hai dòng được đọc là hai lĩnh vực.").
			WithValues(finding.Value{Name: "field", Value: f.Field}))
	}
}
