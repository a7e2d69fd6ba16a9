package main

import (
	"errors"
	"fmt"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/tthc"
)

// annexUsage is the help of "cchc aggregate --annex".
const annexUsage = "append to the rendered roll-up its annexes by unit, grouped by level (Cấp tỉnh: the Sở, ban, ngành; " +
	"Cấp huyện; Cấp xã): the dossier results in the layout of Biểu số 06/VPCP/KSTT, the catalogue of procedures by level " +
	"(each level's taken once) and the indicators of the other sections by unit. The annexes need the units, which the " +
	"roll-up's JSON does not carry: they are produced only when rendering (-o FILE.docx, .xlsx, .pdf …, or -f), never as JSON"

// rollUpDocument lays out the roll-up sum with wording w and, when annex is
// set, appends its annexes by unit (rollUpAnnexes), saying on standard
// error which part of them has no figures.
func (e *env) rollUpDocument(c command, annex bool, sum *reform.Report, w reform.Wording, units []unitReport) (*doc.Document, error) {
	d, err := sum.DocumentWith(w)
	if err != nil || !annex {
		return d, err
	}
	annexes, notes, err := rollUpAnnexes(sum.Period, reports(units))
	if err != nil {
		return nil, err
	}
	for _, n := range notes {
		fmt.Fprintf(e.stderr, "cchc %s: --annex: %s\n", c.name, n)
	}
	d.Appendices = append(d.Appendices, annexes...)
	return d, nil
}

// noAnnexInJSON says on standard error, when --annex is given, that the
// JSON roll-up carries no annex.
func (e *env) noAnnexInJSON(c command, annex bool) {
	if annex {
		fmt.Fprintf(e.stderr, "cchc %s: --annex: the roll-up is written as JSON, which carries no annex by unit "+
			"(the annexes need the units); render it (-o FILE.docx, .xlsx, .pdf …) to append them\n", c.name)
	}
}

// rollUpAnnexes returns the annexes by unit of a roll-up for period p of
// units, grouped by level (reform.AnnexGroupsByLevel; units of another
// period are left out, as from the sum): the dossier results in the layout
// of Biểu số 06/VPCP/KSTT of the units that resolve procedures, the
// catalogue by level, and the indicators of the default list that some
// unit gives. It returns, besides, a note for
// each annex or row left without figures.
func rollUpAnnexes(p reform.Period, units []*reform.Report) ([]doc.Appendix, []string, error) {
	groups := reform.AnnexGroupsByLevel(p, units)
	if len(groups) == 0 {
		return nil, []string{fmt.Sprintf("no unit reports for %s: no annex", p.Label())}, nil
	}
	out, notes, err := dossierAnnex(p, groups)
	if err != nil {
		return nil, nil, err
	}
	catalogue, more, err := catalogueAnnex(p, groups)
	if err != nil {
		return nil, nil, err
	}
	if notes = append(notes, more...); catalogue != nil {
		out = append(out, *catalogue)
	}
	cols := reform.GivenIndicators(groups, reform.DefaultIndicators())
	if len(cols) == 0 {
		return out, append(notes, "no unit gives an indicator of the other sections: no table of indicators"), nil
	}
	indicators, err := reform.IndicatorAnnex(p, groups, cols)
	return append(out, indicators), notes, err
}

// dossierAnnex returns the annex of the dossier results by unit in the
// layout of Biểu số 06/VPCP/KSTT, its rows the units that report on
// procedures (reform.ProcedureGroups), with a note on the units left out;
// none when no unit reports on them.
func dossierAnnex(p reform.Period, groups []reform.AnnexGroup) ([]doc.Appendix, []string, error) {
	resolving := reform.ProcedureGroups(groups)
	var notes []string
	if n, m := unitCount(groups), unitCount(resolving); n > m {
		notes = append(notes, fmt.Sprintf("%d of the %d units have no section II.2 (they resolve no procedure): "+
			"they are not rows of Biểu số 06/VPCP/KSTT", n-m, n))
	}
	if len(resolving) == 0 {
		return nil, notes, nil
	}
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	a, err := reform.DossierUnitAnnex(p, resolving, form)
	return []doc.Appendix{a}, notes, err
}

// unitCount returns the number of units of groups.
func unitCount(groups []reform.AnnexGroup) int {
	n := 0
	for _, g := range groups {
		n += len(g.Units)
	}
	return n
}

// catalogueAnnex returns the annex of the catalogue by level, one row per
// group, and a note for each group without one; nil when no group has one.
func catalogueAnnex(p reform.Period, groups []reform.AnnexGroup) (*doc.Appendix, []string, error) {
	rows := reform.LevelCatalogues(groups)
	var notes []string
	for _, r := range rows {
		if r.Catalogue == nil {
			notes = append(notes, fmt.Sprintf("%s: the units give no catalogue of procedures, or different ones: "+
				"the level's row of the catalogue annex is empty", r.Name))
		}
	}
	if len(notes) == len(rows) {
		return nil, []string{"no level has a catalogue of procedures: no catalogue annex"}, nil
	}
	a, err := reform.CatalogueAnnex(p, rows, catalogueForm(rows))
	if errors.Is(err, reform.ErrNoAnnexFigures) {
		return nil, notes, nil
	}
	return &a, notes, err
}

// catalogueForm returns the layout of the rows' scheme of service levels:
// mức độ 1–4 when some row counts by it and none by online service, toàn
// trình / một phần otherwise.
func catalogueForm(rows []tthc.NamedCatalogue) tthc.Form {
	levels, online := false, false
	for _, r := range rows {
		if r.Catalogue != nil {
			levels = levels || r.Catalogue.Levels != nil
			online = online || r.Catalogue.Online != nil
		}
	}
	if levels && !online {
		return tthc.CatalogueLevelsForm()
	}
	return tthc.CatalogueForm()
}
