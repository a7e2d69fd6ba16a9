// Topic: the dossier figures by field (số liệu theo lĩnh vực), the optional
// rows under the unit's totals in sub-item đ ("Lĩnh vực Hộ tịch: tiếp nhận
// … hồ sơ"). Their type, rules and checks against the totals, roll-up, and
// the "-" bullet of each row.

package tthc

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// FieldCounts is one row of dossier figures by field (số liệu theo lĩnh
// vực), e.g. "Hộ tịch".
type FieldCounts struct {
	// Field is the name of the field (tên lĩnh vực) as the report writes it.
	Field string `json:"field" validate:"required"`
	Counts
}

// The codes of the findings about the rows by field (mã kiểm tra). Rules
// documents each one with its default severity and its source.
const (
	// CodeDossierFields: the rows by field do not add up to the totals.
	CodeDossierFields finding.Code = "tthc.dossier.fields"
	// CodeDossierFieldsDuplicate: a field appears in two rows.
	CodeDossierFieldsDuplicate finding.Code = "tthc.dossier.fields.duplicate"
)

// The rules of the checks of the rows by field, one per code: built once,
// never changed.
var (
	ruleDossierFields = finding.Rule{Code: CodeDossierFields, Severity: finding.Error,
		Summary: "Số hồ sơ theo lĩnh vực cộng lại không bằng tổng số của đơn vị.",
		Doc:     "Each figure summed over the rows by field (lĩnh vực) equals the unit's figure, where every row and the total give it."}
	ruleDossierFieldsDuplicate = finding.Rule{Code: CodeDossierFieldsDuplicate, Severity: finding.Warning,
		Summary: "Một lĩnh vực xuất hiện ở hai dòng số liệu.",
		Doc:     "Rows by field name each field once (compared after NFC normalization and trimming)."}
)

// checkFields checks the rows by field against the totals.
func (d *Dossiers) checkFields(path string, l *finding.List) {
	if len(d.Fields) == 0 {
		return
	}
	d.checkFieldRows(path, l)
	for _, fg := range d.fieldFigures() {
		d.checkFieldSum(fg, path, l)
	}
}

// checkFieldRows checks the identities of each row, and reports a field
// named in two rows.
func (d *Dossiers) checkFieldRows(path string, l *finding.List) {
	seen := make(map[string]int, len(d.Fields))
	for i, r := range d.Fields {
		rp := finding.Index(finding.Join(path, "fields"), i)
		checkCounts(r.Counts, rp, l)
		key := fieldKey(r.Field)
		if j, dup := seen[key]; dup {
			l.Add(ruleDossierFieldsDuplicate.At(finding.Join(rp, "field"),
				vn.NFC(fmt.Sprintf("Lĩnh vực %q xuất hiện ở hai dòng số liệu (dòng %d và dòng %d).", strings.TrimSpace(r.Field), j+1, i+1))).
				WithRelated(finding.Join(finding.Index(finding.Join(path, "fields"), j), "field")).
				WithValues(finding.Value{Name: "field", Value: r.Field}))
		} else {
			seen[key] = i
		}
	}
}

// fieldFigure is one figure the rows by field add up to: its JSON name, its
// label, and how to read it from a row (false when the row does not give
// it).
type fieldFigure struct {
	name, label string
	get         func(Counts) (int64, bool)
}

// plainFigure reads a figure every row has.
func plainFigure(f func(Counts) int64) func(Counts) (int64, bool) {
	return func(c Counts) (int64, bool) { return f(c), true }
}

// optFigure reads a figure a row may lack.
func optFigure(f func(Counts) *int64) func(Counts) (int64, bool) {
	return func(c Counts) (int64, bool) {
		if v := f(c); v != nil {
			return *v, true
		}
		return 0, false
	}
}

// fieldFigures lists the figures the rows must add up to, in order.
func (d *Dossiers) fieldFigures() []fieldFigure {
	figures := []fieldFigure{
		{"online", "số hồ sơ tiếp nhận trực tuyến", plainFigure(func(c Counts) int64 { return c.Online })},
		{"in_person", "số hồ sơ tiếp nhận trực tiếp", plainFigure(func(c Counts) int64 { return c.InPerson })},
		{"carried_over", "số hồ sơ kỳ trước chuyển sang", plainFigure(func(c Counts) int64 { return c.CarriedOver })},
	}
	figures = append(figures, d.onTimeFigures()...)
	return append(figures,
		fieldFigure{"late", "số hồ sơ giải quyết quá hạn", plainFigure(func(c Counts) int64 { return c.Late })},
		fieldFigure{"pending", "số hồ sơ đang giải quyết", plainFigure(func(c Counts) int64 { return c.Pending })},
		fieldFigure{"pending_in_time", "số hồ sơ đang giải quyết trong hạn", optFigure(func(c Counts) *int64 { return c.PendingInTime })},
		fieldFigure{"pending_overdue", "số hồ sơ đang giải quyết quá hạn", optFigure(func(c Counts) *int64 { return c.PendingOverdue })},
		fieldFigure{"other", "số hồ sơ rút, trả lại, từ chối", optFigure(func(c Counts) *int64 { return c.Other })},
	)
}

// onTimeFigures are the figures of dossiers resolved in time. Early and on
// time are compared apart only where every row and the total split them;
// otherwise their sum is compared.
func (d *Dossiers) onTimeFigures() []fieldFigure {
	split := d.Early != nil
	for _, r := range d.Fields {
		split = split && r.Early != nil
	}
	if split {
		return []fieldFigure{
			{"early", "số hồ sơ giải quyết trước hạn", optFigure(func(c Counts) *int64 { return c.Early })},
			{"on_time", "số hồ sơ giải quyết đúng hạn", plainFigure(func(c Counts) int64 { return c.OnTime })},
		}
	}
	return []fieldFigure{{"on_time", "số hồ sơ giải quyết trước hạn và đúng hạn", func(c Counts) (int64, bool) {
		v, err := c.EarlyOrOnTime()
		return v, err == nil
	}}}
}

// checkFieldSum checks that the rows add up to the total of one figure,
// where the total and every row give it.
func (d *Dossiers) checkFieldSum(fg fieldFigure, path string, l *finding.List) {
	total, ok := fg.get(d.Counts)
	if !ok {
		return
	}
	parts := make([]finding.Part, 0, len(d.Fields))
	for i, r := range d.Fields {
		v, ok := fg.get(r.Counts)
		if !ok {
			return
		}
		parts = append(parts, finding.Part{Label: strings.TrimSpace(r.Field), Value: v,
			Path: finding.Join(finding.Index(finding.Join(path, "fields"), i), fg.name)})
	}
	if f, ok := finding.SumEquals(ruleDossierFields.Subject(finding.Join(path, fg.name), fg.label), total, parts...); ok {
		l.Add(f)
	}
}

// fieldKey is the key two rows of the same field share.
func fieldKey(s string) string { return strings.ToLower(vn.NFC(strings.TrimSpace(s))) }

// addFieldRows adds the rows by field of two units when both give them:
// rows of the same field add, the others are kept. It is nil when one unit
// gives none.
func addFieldRows(a *section.Adder, x, y []FieldCounts) []FieldCounts {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	out := make([]FieldCounts, 0, max(len(x), len(y))) // the same fields on both sides, as a rule
	index := make(map[string]int, len(x)+len(y))
	for _, rows := range [2][]FieldCounts{x, y} {
		for _, r := range rows {
			k := fieldKey(r.Field)
			if i, ok := index[k]; ok {
				out[i].Counts = addCounts(a, "dossiers.fields["+r.Field+"]", out[i].Counts, r.Counts)
				continue
			}
			index[k] = len(out)
			out = append(out, FieldCounts{Field: r.Field, Counts: cloneCounts(r.Counts)})
		}
	}
	return out
}

// zeroFieldRows returns the rows with their fields and optional counts,
// every count zero; nil when there is none.
func zeroFieldRows(rows []FieldCounts) []FieldCounts {
	var out []FieldCounts
	for _, r := range rows {
		out = append(out, FieldCounts{Field: r.Field, Counts: zeroCounts(r.Counts)})
	}
	return out
}

// fieldRowBlocks is the "-" list of the rows by field under the dossier
// paragraph; nil when no row writes anything.
func fieldRowBlocks(wr *section.Writer, rows []FieldCounts, f vn.Format, n Names) []doc.Block {
	var items []doc.Item
	for i, r := range rows {
		figs, err := dossierFigures(r.Counts, strings.TrimSpace(r.Field), finding.Index("dossiers.fields", i), n, f)
		wr.Fail(err)
		if t := wr.Text("FieldRow", figs); t != "" {
			items = append(items, doc.Item{Runs: []doc.Run{doc.Plain(t)}})
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{&doc.List{Marker: doc.Dash, Items: items}}
}

// fieldRowRules are the rules of the dossier rows by field.
func fieldRowRules() finding.Catalogue {
	return finding.Catalogue{ruleDossierFields, ruleDossierFieldsDuplicate}
}
