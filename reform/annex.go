package reform

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// This file assembles the statistical annexes (phụ lục số liệu) built from
// data: the tables come from the domain packages that own their figures
// (tthc.UnitTable, tthc.CatalogueTable), laid out by a tthc.Form; here they
// become appendices of a report, under the lines of the form and the period.
// An annex is a doc.Appendix: append it to the document's appendices, after
// those the report writes itself:
//
//	d, err := r.Document()
//	a, err := r.DossierFieldAnnex(tthc.Form06())
//	d.Appendices = append(d.Appendices, a)
//
// Lay numbers the appendices ("Phụ lục I", "Phụ lục II") and prints under
// each title the line "(Kèm theo Báo cáo số … ngày … của …)".

// ErrNoAnnexFigures is the error of an annex with nothing to show: a report
// without rows of dossiers by field, a roll-up without units.
var ErrNoAnnexFigures = errors.New("reform: annex: no figures to show")

// AnnexGroup is a group of units in a roll-up annex, e.g. the Sở, ban,
// ngành or the communes of a province: the table prints a row with the
// group's subtotal, then a row per unit.
type AnnexGroup struct {
	// Name is the group's name, e.g. "Cấp tỉnh" or "Ủy ban nhân dân cấp
	// xã"; a roll-up of one group with an empty name has no group row.
	Name string
	// Units are the units' reports, in the order they are printed. A
	// unit's row is named by its agency (Header.Agency).
	Units []*Report
}

// DossierFieldAnnex returns the appendix of the report's dossier results by
// field (kết quả giải quyết hồ sơ theo lĩnh vực) in the layout of form
// (tthc.Form06 for Biểu số 06/VPCP/KSTT): the form's title, code, the period
// and the unit of measure, then the table, whose total row is derived from
// the fields. It returns ErrNoAnnexFigures when the report has no rows by
// field, and the error of tthc.UnitTable for a form that is not one.
func (r *Report) DossierFieldAnnex(form tthc.Form) (doc.Appendix, error) {
	var d *tthc.Dossiers
	if r != nil && r.Results != nil && r.Results.Procedures != nil {
		d = r.Results.Procedures.Dossiers
	}
	t, err := d.FieldTable(form)
	if errors.Is(err, tthc.ErrNoFigures) {
		return doc.Appendix{}, ErrNoAnnexFigures
	}
	if err != nil {
		return doc.Appendix{}, err
	}
	return annex(form, r.Period, t), nil
}

// DossierUnitAnnex returns the appendix of the dossier results of units,
// grouped (by level, say), in the layout of form: per group a row with the
// group's subtotal and then its units, and a total row; every subtotal and
// total is derived from the units' figures, never copied from a roll-up's.
// A unit without dossier figures has an empty row, and the totals of a
// figure some unit lacks are empty too (never a partial sum).
//
// Every unit must report for period p, which the annex prints: a unit of
// another period is an error naming it, as figures of two periods in one
// table mean nothing. A nil report is an error too. It returns
// ErrNoAnnexFigures when there is no unit.
//
// The name column keeps the form's head ("Lĩnh vực, công việc giải quyết
// theo cấp" in tthc.Form06); a roll-up by unit may give it another, e.g.
// "Cơ quan, đơn vị".
func DossierUnitAnnex(p Period, groups []AnnexGroup, form tthc.Form) (doc.Appendix, error) {
	rows := make([]tthc.UnitGroup, len(groups))
	for i, g := range groups {
		rows[i].Name = g.Name
		for j, u := range g.Units {
			path := fmt.Sprintf("groups[%d].units[%d]", i, j)
			if u == nil {
				return doc.Appendix{}, fmt.Errorf("reform: annex: %s: no report (nil)", path)
			}
			if !samePeriod(u.Period, p) {
				return doc.Appendix{}, fmt.Errorf("reform: annex: %s (%s): the report is for %s, the annex for %s",
					path, u.Header.Agency, u.Period.Label(), p.Label())
			}
			var c *tthc.Counts
			if u.Results != nil && u.Results.Procedures != nil && u.Results.Procedures.Dossiers != nil {
				c = &u.Results.Procedures.Dossiers.Counts
			}
			rows[i].Units = append(rows[i].Units, tthc.NamedCounts{Name: u.Header.Agency, Counts: c})
		}
	}
	t, err := tthc.UnitTable(rows, form)
	if errors.Is(err, tthc.ErrNoFigures) {
		return doc.Appendix{}, ErrNoAnnexFigures
	}
	if err != nil {
		return doc.Appendix{}, err
	}
	return annex(form, p, t), nil
}

// CatalogueAnnex returns the appendix of the procedures by service level,
// one row per level of government or unit, in the layout of form
// (tthc.CatalogueForm for toàn trình / một phần, tthc.CatalogueLevelsForm
// for mức độ 1–4). Each row is one catalogue, taken once: the communes of a
// province serve one commune-level catalogue, which is one row, never the
// sum of the communes' reports. The total adds up the rows, which hold
// different procedures. It returns ErrNoAnnexFigures when there is no row.
func CatalogueAnnex(p Period, rows []tthc.NamedCatalogue, form tthc.Form) (doc.Appendix, error) {
	t, err := tthc.CatalogueTable(rows, form)
	if errors.Is(err, tthc.ErrNoFigures) {
		return doc.Appendix{}, ErrNoAnnexFigures
	}
	if err != nil {
		return doc.Appendix{}, err
	}
	return annex(form, p, t), nil
}

// annex returns the appendix of table t laid out by form for period p.
func annex(form tthc.Form, p Period, t *doc.Table) doc.Appendix {
	return doc.Appendix{Title: strings.TrimSpace(form.Title), Body: form.Blocks(PeriodCaption(p), t)}
}

// PeriodCaption returns the period as an annex states it: its label and its
// cut-off window, "quý III năm 2024 (từ ngày 15/6/2024 đến ngày
// 14/9/2024)"; the label alone when the period has no window.
func PeriodCaption(p Period) string {
	from, to, err := p.Window()
	if err != nil {
		return p.Label()
	}
	return fmt.Sprintf("%s (từ ngày %s đến ngày %s)", p.Label(), vn.CitationDate(from), vn.CitationDate(to))
}

// AnnexKind names an annex a report builds from its own figures: the
// "annex" of an appendix in the JSON.
type AnnexKind string

// The annexes a report builds from its own figures. A roll-up's table by
// unit needs the units, which a report does not carry: DossierUnitAnnex
// builds it from them (cchc aggregate --annex).
const (
	// AnnexDossiersByField is the dossier results by field in the layout of
	// Biểu số 06/VPCP/KSTT (DossierFieldAnnex with tthc.Form06).
	AnnexDossiersByField AnnexKind = "dossiers_by_field"
	// AnnexCatalogue is the report's procedures by service level, one row
	// named by its agency, in the layout of its scheme (CatalogueAnnex with
	// tthc.CatalogueForm or tthc.CatalogueLevelsForm).
	AnnexCatalogue AnnexKind = "catalogue"
)

// The rule of the annexes a report asks for, declared once.
var ruleAnnexFigures = finding.Rule{Code: CodeAnnexFigures, Severity: finding.Error,
	Summary: "An appendix asks for an annex the report has no figures for.",
	Doc: "appendices[i].annex names a table built from the report's figures (dossiers by field, the catalogue by service " +
		"level), and the report has none of them: the appendix prints its title and \"Không có số liệu.\"."}

// CodeAnnexFigures is the code of an annex without figures.
const CodeAnnexFigures finding.Code = "reform.annex.figures"

// annexRules documents the codes of checkAnnexes.
func annexRules() finding.Catalogue { return finding.Catalogue{ruleAnnexFigures} }

// noAnnexFigures is the paragraph of an annex without figures.
const noAnnexFigures = "Không có số liệu."

// checkAnnexes reports each appendix whose annex has no figures.
func (r *Report) checkAnnexes() finding.List {
	var l finding.List
	for i, a := range r.Appendices {
		if a.Annex == "" {
			continue
		}
		if _, err := r.ownAnnex(a.Annex); errors.Is(err, ErrNoAnnexFigures) {
			l.Add(ruleAnnexFigures.At(fmt.Sprintf("appendices[%d].annex", i),
				fmt.Sprintf("Phụ lục thứ %d đề nghị lập %s nhưng báo cáo không có số liệu này.", i+1, annexNoun(a.Annex))))
		}
	}
	return l
}

// annexNoun names an annex in a message.
func annexNoun(k AnnexKind) string {
	if k == AnnexCatalogue {
		return "bảng thủ tục hành chính theo mức độ dịch vụ công trực tuyến"
	}
	return "bảng kết quả giải quyết hồ sơ theo lĩnh vực"
}

// appendix builds appendix i of the report: its text, then its table or
// its annex under the annex's lines.
func (r *Report) appendix(i int, a Appendix, figs figureSet) (doc.Appendix, error) {
	p := fmt.Sprintf("appendices[%d]", i)
	bs, err := a.Text.blocks(p+".text", figs)
	if err != nil {
		return doc.Appendix{}, err
	}
	out := doc.Appendix{Title: a.Title}
	switch {
	case a.Annex != "":
		out, err = r.annexAppendix(a, bs)
	case a.Table != nil:
		out.Body = append(bs, a.Table.block())
	default:
		out.Body = bs
	}
	if err != nil {
		return doc.Appendix{}, fmt.Errorf("reform: %s.annex: %w", p, err)
	}
	return out, nil
}

// annexAppendix builds the annex a asks for after the blocks of its text,
// under a's title when it has one; an annex without figures prints
// noAnnexFigures (checkAnnexes reports it).
func (r *Report) annexAppendix(a Appendix, text []doc.Block) (doc.Appendix, error) {
	out, err := r.ownAnnex(a.Annex)
	if errors.Is(err, ErrNoAnnexFigures) {
		out, err = doc.Appendix{Body: []doc.Block{&doc.Paragraph{Runs: []doc.Run{{Text: noAnnexFigures}}}}}, nil
	}
	if err != nil {
		return doc.Appendix{}, err
	}
	if strings.TrimSpace(a.Title) != "" || out.Title == "" {
		out.Title = a.Title
	}
	out.Body = append(text, out.Body...)
	return out, nil
}

// ownAnnex builds the annex of kind k from the report's own figures.
func (r *Report) ownAnnex(k AnnexKind) (doc.Appendix, error) {
	switch k {
	case AnnexDossiersByField:
		return r.DossierFieldAnnex(tthc.Form06())
	case AnnexCatalogue:
		return r.catalogueAnnex()
	}
	return doc.Appendix{}, fmt.Errorf("unknown annex %q; expected dossiers_by_field or catalogue", k)
}

// catalogueAnnex is the report's catalogue as a one-row annex in the
// layout of its scheme.
func (r *Report) catalogueAnnex() (doc.Appendix, error) {
	var c *tthc.Catalogue
	if r.Results != nil && r.Results.Procedures != nil {
		c = r.Results.Procedures.Catalogue
	}
	form := tthc.CatalogueForm()
	switch {
	case c == nil || (c.Levels == nil && c.Online == nil):
		return doc.Appendix{}, ErrNoAnnexFigures
	case c.Levels != nil:
		form = tthc.CatalogueLevelsForm()
	}
	return CatalogueAnnex(r.Period, []tthc.NamedCatalogue{{Name: r.Header.Name(), Catalogue: c}}, form)
}
