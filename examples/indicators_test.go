package examples_test

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/xlsx"
	"github.com/cchc-go/cchc/tthc"
)

// The province's roll-up with its annexes by unit, as "cchc aggregate
// --annex" makes them: the units grouped by the level of their header (the
// 18 Sở, ban, ngành as "Cấp tỉnh", the 102 communes as "Cấp xã"); the
// dossier results of the units that resolve procedures in the layout of
// Biểu số 06/VPCP/KSTT (three departments resolve none and have no section
// II.2: no row); the catalogue by level, each level's taken once; and the
// indicators of the other sections by unit (DefaultIndicators, less the
// law dissemination no unit reports on). Every total is derived from the
// units; the test recomputes the staff total and the online share apart
// from package reform.
const provinceAnnexStem = "province-annex-quy-III-2025"

// provinceAnnexes returns the province's roll-up document with its three
// annexes, the units and the roll-up.
func provinceAnnexes(t *testing.T) (*doc.Document, []*reform.Report, *reform.Report) {
	t.Helper()
	units, _, _, sum, w := provinceRollUp(t)
	d, err := sum.DocumentWith(w)
	require.NoError(t, err)
	groups := reform.AnnexGroupsByLevel(sum.Period, units)
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	dossiers, err := reform.DossierUnitAnnex(sum.Period, reform.ProcedureGroups(groups), form)
	require.NoError(t, err)
	catalogue, err := reform.CatalogueAnnex(sum.Period, reform.LevelCatalogues(groups), tthc.CatalogueForm())
	require.NoError(t, err)
	indicators, err := reform.IndicatorAnnex(sum.Period, groups, reform.GivenIndicators(groups, reform.DefaultIndicators()))
	require.NoError(t, err)
	d.Appendices = append(d.Appendices, dossiers, catalogue, indicators)
	return d, units, sum
}

func TestProvinceIndicators(t *testing.T) {
	t.Parallel()
	d, units, sum := provinceAnnexes(t)
	tl := tallyProvince(units)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	require.Len(t, l.Appendices, 3)
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II", "Phụ lục III"},
		[]string{l.Appendices[0].Label, l.Appendices[1].Label, l.Appendices[2].Label})
	dump := doc.Dump(l)
	rendertest.Golden(t, filepath.Join("golden", provinceAnnexStem+".dump.txt"), []byte(dump[strings.Index(dump, "appendix: "):]))

	// The workbook: the annexes as the last three sheets.
	var buf bytes.Buffer
	require.NoError(t, xlsx.Write(&buf, l))
	rendertest.WriteOut(t, provinceAnnexStem+".xlsx", buf.Bytes())
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	rendertest.Golden(t, filepath.Join("golden", provinceAnnexStem+".xlsx.txt"), workbookGolden(t, f))
	sheets := f.GetSheetList()
	require.GreaterOrEqual(t, len(sheets), 3)
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II", "Phụ lục III"}, sheets[len(sheets)-3:])

	t.Run("Biểu 06 is the roll-up's sum", func(t *testing.T) {
		// 120 − 3 units resolve procedures: the total row is the roll-up's
		// figure, the one II.2 prints.
		row := findRow(t, f, "Phụ lục I", "Tổng cộng")
		assert.Equal(t, strconv.FormatInt(tl.received(), 10), raw(t, f, "Phụ lục I", 3, row))
		c := sum.Results.Procedures.Dossiers.Counts
		assert.Equal(t, tl.received(), must(c.Received()))
	})
	t.Run("catalogue by level", func(t *testing.T) {
		// Each level once: 1.519 (the departments' parts) + 358 (the one
		// list of the 102 communes), the frame's 1.877.
		for name, n := range map[string]int64{"Cấp tỉnh": tl.departmentCatalogue.total(), "Cấp xã": communeCatalogue.total(),
			"Tổng cộng": tl.departmentCatalogue.plus(communeCatalogue).total()} {
			assert.Equal(t, strconv.FormatInt(n, 10), raw(t, f, "Phụ lục II", 3, findRow(t, f, "Phụ lục II", name)), name)
		}
		total, _ := sum.Results.Procedures.Catalogue.Total()
		assert.Equal(t, int64(1877), total)
	})
	t.Run("staff total", func(t *testing.T) {
		// Column 3 is the staff: the total is the sum of the 120 units'
		// headcounts, a formula over the levels' rows.
		row := findRow(t, f, "Phụ lục III", "Tổng cộng")
		assert.Equal(t, strconv.FormatInt(tl.staff, 10), raw(t, f, "Phụ lục III", 3, row))
		formula, err := f.GetCellFormula("Phụ lục III", ref(3, row))
		require.NoError(t, err)
		assert.Equal(t, "SUM("+ref(3, findRow(t, f, "Phụ lục III", "Cấp tỉnh"))+","+ref(3, findRow(t, f, "Phụ lục III", "Cấp xã"))+")", formula)
	})
	t.Run("online share", func(t *testing.T) {
		// 766's 3.3 over the province: the summed online dossiers over the
		// summed dossiers received in the period, recomputed with math/big;
		// the mean of the units' own shares, 71%, is not it.
		col := len(reform.GivenIndicators(reform.AnnexGroupsByLevel(sum.Period, units), reform.DefaultIndicators())) + 2
		row := findRow(t, f, "Phụ lục III", "Tổng cộng")
		// The cell is a number, the fraction, shown as a percentage.
		got, err := strconv.ParseFloat(raw(t, f, "Phụ lục III", col, row), 64)
		require.NoError(t, err)
		want := percentOf(tl.online, tl.online+tl.inPerson, false)
		assert.Equal(t, strings.ReplaceAll(strings.TrimSuffix(want, "%"), ",", "."), strconv.FormatFloat(got*100, 'f', -1, 64))
		assert.Equal(t, "71,3%", want)
		assert.NotEqual(t, tl.mean("online"), want)
	})

	t.Run("docx", func(t *testing.T) {
		var out bytes.Buffer
		require.NoError(t, docx.WriteLayout(&out, l))
		rendertest.WriteOut(t, provinceAnnexStem+".docx", out.Bytes())
		pdfPath, text := checkDOCX(t, provinceAnnexStem, out.Bytes())
		flat := squash(text)
		for _, w := range []string{"Phụ lục III", "MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH THEO CƠ QUAN, ĐƠN VỊ",
			"Chỉ số theo Quyết định số 766/QĐ-TTg", thousands(tl.staff), "71,3%"} {
			assert.Contains(t, flat, squash(w))
		}
		sizes := pageSizes(t, pdfPath)
		assert.Greater(t, sizes[len(sizes)-1][0], sizes[len(sizes)-1][1], "the annexes are on landscape pages")
	})
}

// ref is the A1 reference of a cell, from column and row 1.
func ref(col, row int) string {
	r, _ := excelize.CoordinatesToCellName(col, row)
	return r
}

// raw is a cell's raw value.
func raw(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref(col, row), excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	return v
}
