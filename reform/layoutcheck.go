package reform

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of what Document or doc.Lay would refuse, told with the
// report's own JSON paths. A blank required text (only spaces) and a report
// without a date are field.required, as an empty required text is.
const (
	// CodePartDepth: a part lies deeper than the heading levels of the
	// layout (I., 1., 1.1., a)).
	CodePartDepth finding.Code = "reform.part.depth"
	// CodePartLetters: more parts at the level numbered a), b), c) than
	// there are điểm letters.
	CodePartLetters finding.Code = "reform.part.letters"
	// CodeListLetters: a list of letters with more items than there are
	// điểm letters.
	CodeListLetters finding.Code = "reform.narrative.letters"
	// CodeTableRow: a row of an appendix table with more cells than the
	// table has columns.
	CodeTableRow finding.Code = "reform.appendix.row"
	// CodeCustomLayout: a department's section whose content the layout
	// refuses.
	CodeCustomLayout finding.Code = "reform.custom.layout"
	// CodeLayout: Document or doc.Lay refuses the report for a reason no
	// other finding names.
	CodeLayout finding.Code = "reform.layout"
)

// The rules of checkLayout, each declared once: built when the package is
// initialised and never changed.
var (
	rulePartDepth = finding.Rule{Code: CodePartDepth, Severity: finding.Error, Summary: "Tiểu mục lồng sâu hơn số cấp đề mục của thể thức văn bản.",
		Doc: "A part (parts[i].parts[j]…) lies deeper than the four heading levels I., 1., 1.1., a) of the layout (Nghị định 30/2020/NĐ-CP, Phụ lục I); the document cannot be laid out."}
	rulePartLetters = finding.Rule{Code: CodePartLetters, Severity: finding.Error, Summary: "Số tiểu mục đánh a), b), c) nhiều hơn số chữ cái a … y.",
		Doc: "The parts at the level numbered by letter exceed the 23 điểm letters (no f, j, w, z); the finding is at the first part without a letter."}
	ruleListLetters = finding.Rule{Code: CodeListLetters, Severity: finding.Error, Summary: "Danh sách a), b), c) có nhiều mục hơn số chữ cái a … y.",
		Doc: "An entry's letters list has more items than the 23 điểm letters; the finding is at the first item without a letter."}
	ruleTableRow = finding.Rule{Code: CodeTableRow, Severity: finding.Error, Summary: "Dòng của bảng phụ lục có nhiều ô hơn số cột.",
		Doc: "A row of appendices[i].table has more cells than the table has columns; the document cannot be laid out."}
	ruleCustomLayout = finding.Rule{Code: CodeCustomLayout, Severity: finding.Error, Summary: "Nội dung của mục bổ sung không trình bày được theo thể thức.",
		Doc: "A department's section (Report.Insert) returns blocks that doc.Lay refuses at its place in the outline."}
	ruleLayout = finding.Rule{Code: CodeLayout, Severity: finding.Error, Summary: "Báo cáo không dựng được thành văn bản theo thể thức.",
		Doc: "Document, doc.Lay or a renderer refuses the report for a reason no other finding names. Validate builds the document to look for it only when it finds no other error, so that a report without error findings always renders."}
	ruleRequired = finding.FieldRule("required")
)

// layoutRules documents the codes of checkLayout.
func layoutRules() finding.Catalogue {
	return finding.Catalogue{rulePartDepth, rulePartLetters, ruleListLetters, ruleTableRow, ruleCustomLayout, ruleLayout}
}

// layoutStyle is the style sheet Document leaves its documents with: Lay
// uses the default.
func layoutStyle() doc.Style { return doc.DefaultStyle() }

// checkLayout reports, with the report's JSON paths, what Document or
// doc.Lay would refuse in the parts of the report it owns: blank required
// texts, a missing date, parts too deep or past the letters, lists past the
// letters, table rows wider than their table. Each check calls the predicate
// Lay decides with (doc.Blank, Style.CheckHeading, Marker.Label,
// doc.RowWidth) on what Document would build; checkNarratives reports the
// narrative markup and placeholders, each section its own content.
func (r *Report) checkLayout() finding.List {
	var l finding.List
	st := layoutStyle()
	if r.Header.Date.IsZero() {
		l.Add(ruleRequired.At("header.date", "Chưa ghi ngày ban hành của báo cáo: dòng địa danh, ngày, tháng, năm cần có ngày ban hành.").
			WithValues(finding.Value{Name: "value", Value: ""}, finding.Value{Name: "rule", Value: "required"}))
	}
	blank := func(path, label, s string) {
		// An empty text is the field rule's to report.
		if s != "" && doc.Blank(s) {
			l.Add(ruleRequired.At(path, fmt.Sprintf("Chưa ghi %s: chỉ có khoảng trắng, chưa có nội dung.", label)).
				WithValues(finding.Value{Name: "value", Value: s}, finding.Value{Name: "rule", Value: "required"}))
		}
	}
	blank("header.agency", "tên cơ quan ban hành", r.Header.Agency)
	blank("header.place", "địa danh ở dòng ngày, tháng, năm", r.Header.Place)

	var parts func(path string, ps []Part, depth int)
	parts = func(path string, ps []Part, depth int) {
		for i, p := range ps {
			pp := fmt.Sprintf("%s[%d]", path, i)
			blank(pp+".title", "tiêu đề mục", p.Title)
			switch err := st.CheckHeading(depth, i+1); {
			case errors.Is(err, doc.ErrTooDeep):
				l.Add(rulePartDepth.At(pp, fmt.Sprintf("Tiểu mục “%s” nằm ở cấp đề mục thứ %d nhưng thể thức văn bản chỉ có %d cấp (I., 1., 1.1., a)); "+
					"hãy đưa tiểu mục này lên cấp trên hoặc viết thành danh sách gạch đầu dòng.", vn.Excerpt(p.Title, 40), depth, len(st.Levels))).
					WithValues(finding.Value{Name: "depth", Value: fmt.Sprint(depth)}, finding.Value{Name: "levels", Value: fmt.Sprint(len(st.Levels))}))
				continue // its own parts are deeper still: one finding says it
			case errors.Is(err, doc.ErrNoLetter) && i == doc.LetterCount:
				l.Add(rulePartLetters.At(pp, fmt.Sprintf("Có %d tiểu mục được đánh thứ tự bằng chữ cái a), b), c) nhưng chỉ có %d chữ cái (a … y); "+
					"từ tiểu mục thứ %d (“%s”) không còn chữ cái để đánh thứ tự, hãy gộp bớt hoặc chia thành nhiều mục.",
					len(ps), doc.LetterCount, i+1, vn.Excerpt(p.Title, 40))).
					WithValues(finding.Value{Name: "parts", Value: fmt.Sprint(len(ps))}, finding.Value{Name: "letters", Value: fmt.Sprint(doc.LetterCount)}))
			}
			parts(pp+".parts", p.Parts, depth+1)
		}
	}
	// The depth of each list of parts in the outline: II.1 and II.5 are at
	// depth 2, so their parts are at 3; the areas of IV at 2.
	if res := r.Results; res != nil {
		if in := res.Institutions; in != nil {
			parts("results.institutions.parts", in.Parts, 3)
		}
		if f := res.Finance; f != nil {
			parts("results.finance.parts", f.Parts, 3)
		}
	}
	if d := r.Directions; d != nil {
		parts("directions.areas", d.Areas, 2)
	}
	for i, e := range r.Extra {
		p := fmt.Sprintf("extra[%d]", i)
		blank(p+".title", "tiêu đề mục bổ sung", e.Title)
		parts(p+".parts", e.Parts, keyDepth(e.After)+1)
	}

	r.reformTexts(func(path string, t Text) {
		for i, e := range t {
			if len(e.Letters) == 0 {
				continue
			}
			if _, err := doc.Letters.Label(len(e.Letters)); err != nil {
				l.Add(ruleListLetters.At(fmt.Sprintf("%s[%d].letters[%d]", path, i, doc.LetterCount),
					fmt.Sprintf("Danh sách a), b), c) có %d mục nhưng chỉ có %d chữ cái (a … y) để đánh thứ tự; "+
						"hãy chia danh sách hoặc dùng gạch đầu dòng.", len(e.Letters), doc.LetterCount)).
					WithValues(finding.Value{Name: "items", Value: fmt.Sprint(len(e.Letters))}, finding.Value{Name: "letters", Value: fmt.Sprint(doc.LetterCount)}))
			}
		}
	})

	for i, a := range r.Appendices {
		p := fmt.Sprintf("appendices[%d]", i)
		if a.Annex == "" { // an annex's blank title is the form's
			blank(p+".title", "tên phụ lục", a.Title)
		}
		if a.Table == nil || len(a.Table.Columns) == 0 {
			continue // no column is the field rule's to report
		}
		t := a.Table.block()
		for j, row := range t.Rows {
			if w := doc.RowWidth(row); w > len(t.Columns) {
				l.Add(ruleTableRow.At(fmt.Sprintf("%s.table.rows[%d]", p, j),
					fmt.Sprintf("Dòng thứ %d của bảng trong phụ lục “%s” có %d ô nhưng bảng chỉ có %d cột.",
						j+1, vn.Excerpt(a.Title, 40), w, len(t.Columns))).
					WithRelated(p+".table.columns").
					WithValues(finding.Value{Name: "cells", Value: fmt.Sprint(w)}, finding.Value{Name: "columns", Value: fmt.Sprint(len(t.Columns))}))
			}
		}
	}
	blank("closing.signer.title", "chức vụ của người ký", r.Closing.Signer.Title)
	blank("closing.signer.name", "họ và tên người ký", r.Closing.Signer.Name)
	return l
}

// keyDepth returns the heading depth of the outline key a section follows:
// 1 for a mục ("", "I" … "V"), 2 for a sub-item ("I.1" … "II.6"). A
// section placed after it takes the same depth.
func keyDepth(key string) int {
	if strings.Contains(key, ".") {
		return 2
	}
	return 1
}

// checkCustomLayout reports the problems doc.Lay would find in the blocks
// of a department's section at its place in the outline.
func checkCustomLayout(p placed, bs []doc.Block) (finding.Finding, bool) {
	sec := &doc.Section{Title: p.section.Title(), Blocks: bs}
	err := layoutStyle().CheckBlocks([]doc.Block{sec}, keyDepth(p.after)-1)
	if err == nil {
		return finding.Finding{}, false
	}
	reason := err.Error()
	var de *doc.Error
	if errors.As(err, &de) {
		reason = strings.Join(de.Problems, "; ")
	}
	return ruleCustomLayout.At("custom."+p.section.Key(),
		fmt.Sprintf("Nội dung của mục “%s” không trình bày được theo thể thức văn bản: %s.", p.section.Title(), reason)).
		WithValues(finding.Value{Name: "reason", Value: reason}), true
}

// laidOut builds the report with wording w and lays it out as a renderer
// would; Validate reports a refusal that no other finding names
// (layoutFinding), so that a report without error findings always renders.
// The document comes back when only doc.Lay refuses it.
func (r *Report) laidOut(w Wording) (*doc.Document, *doc.Layout, error) {
	d, err := r.DocumentWith(w)
	if err != nil {
		return nil, nil, err
	}
	l, err := doc.Lay(d)
	if err != nil {
		return d, nil, err
	}
	return d, l, nil
}

// Checked is a report validated and built once, what Checker.Check
// returns: the findings, and the document Validate builds to check the
// report, laid out, ready for a renderer's WriteLayout (render.Format.Write).
type Checked struct {
	// Findings are the report's findings, exactly as Validate returns them.
	Findings finding.List
	// Document is the document tree built with the wording given, nil when
	// DocumentWith refuses the report (Err).
	Document *doc.Document
	// Layout is Document laid out by doc.Lay, nil when Document is nil or
	// doc.Lay refuses it (Err).
	Layout *doc.Layout
	// Err is what DocumentWith or doc.Lay refused, when Layout is nil.
	Err error
}

// Check validates r as Validate does and keeps the document it builds for
// the last check: the document tree built with wording w and its layout,
// so that a caller that validates and renders (cchc render, a service)
// builds and lays out the report once instead of twice. Findings are
// Validate's whatever w is: they are placed in the document of the default
// wording, which Check builds apart only when w is another wording (a
// wording may retitle the sections). With Checker.SkipDocument the findings
// have no places, as in Validate, and the document is built all the same.
func (c Checker) Check(r *Report, w Wording) Checked {
	l := c.checks(r)
	d, lay, err := r.laidOut(w)
	out := Checked{Findings: l, Document: d, Layout: lay, Err: err}
	if c.SkipDocument {
		return out
	}
	if !isDefault(w) {
		d, lay, err = r.laidOut(DefaultWording())
	}
	out.Findings = c.placed(l, d, lay, err)
	return out
}

// isDefault reports whether w is the default wording: a wording with a
// value reflect.DeepEqual cannot match (a function) counts as another one,
// which costs Check a second build, never a wrong place.
func isDefault(w Wording) bool { return reflect.DeepEqual(w, DefaultWording()) }

// layoutFinding is the finding of a refusal of Document or doc.Lay that no
// other check named.
func layoutFinding(err error) finding.Finding {
	return ruleLayout.At("", fmt.Sprintf("Không dựng được văn bản báo cáo theo thể thức từ dữ liệu này: %v.", err)).
		WithValues(finding.Value{Name: "reason", Value: err.Error()})
}
