package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/render/xlsx"
	"github.com/cchc-go/cchc/tthc"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// The round trip of the statistical annexes: the annexes of Biểu số
// 06/VPCP/KSTT that reform builds (DossierFieldAnnex, DossierUnitAnnex)
// and reform/render/xlsx writes, read back by tthc/kstt, the reader of
// one-stop systems' exports, give the figures they were made from: per
// field of a Sở, and per unit of the province example (its 117 units
// with dossiers, by level). LibreOffice's CSV of the same workbook reads
// back the same. Where the spec is silent: the three units of the
// province without any dossier figure are left out of the table by unit,
// since the annex then leaves the level's subtotal and the total empty
// (never a partial sum) and the round trip would check no subtotal.

// annexWorkbook lays out the report's document with the appendix a after
// its own and writes it as a workbook; it returns the bytes and the name
// of the annex's sheet, the last.
func annexWorkbook(t *testing.T, r *reform.Report, a doc.Appendix) ([]byte, string) {
	t.Helper()
	d, err := r.Document()
	require.NoError(t, err)
	d.Appendices = append(d.Appendices, a)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, xlsx.Write(&buf, l))
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	sheets := f.GetSheetList()
	return buf.Bytes(), sheets[len(sheets)-1]
}

// readAnnex reads the sheet of a workbook with kstt.
func readAnnex(t *testing.T, data []byte, sheet string, m kstt.Mapping) *kstt.Import {
	t.Helper()
	imp, err := kstt.ReadXLSX(bytes.NewReader(data), int64(len(data)), kstt.Options{Sheet: sheet, Mapping: m})
	require.NoError(t, err)
	require.NoError(t, kstt.Rules().Check(imp.Findings))
	return imp
}

// withFields gives the Sở Tư pháp of the province its dossiers by field:
// four fields whose figures add up to its own, each balanced (received =
// resolved + pending) as the unit is.
func withFields(t *testing.T) *reform.Report {
	t.Helper()
	r := loadReport(t, filepath.Join(provinceDir, "so-tu-phap.json"))
	d := r.Results.Procedures.Dossiers
	c := d.Counts
	require.Equal(t, must(c.Received()), must(c.Resolved())+c.Pending, "the Sở balances")
	whole := []int64{c.Online, c.InPerson, c.CarriedOver, *c.Early, c.OnTime, c.Late, *c.PendingOverdue}
	shares := []int64{50, 30, 15, 5}
	var used [7]int64
	for i, name := range []string{"Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Quốc tịch"} {
		v := make([]int64, len(whole))
		for k, n := range whole {
			v[k] = n * shares[i] / 100
			if i == len(shares)-1 {
				v[k] = n - used[k]
			}
			used[k] += v[k]
		}
		pending := v[0] + v[1] + v[2] - v[3] - v[4] - v[5]
		inTime := pending - v[6]
		require.GreaterOrEqual(t, inTime, int64(0), name)
		d.Fields = append(d.Fields, tthc.FieldCounts{Field: name, Counts: tthc.Counts{Online: v[0], InPerson: v[1],
			CarriedOver: v[2], Early: &v[3], OnTime: v[4], Late: v[5], Pending: pending, PendingInTime: &inTime, PendingOverdue: &v[6]}})
	}
	return r
}

// TestAnnexRoundTripByField writes a Sở's dossiers by field as the annex
// of Biểu 06 and reads it back: the fields' figures, and the unit's as
// their sum, with no finding.
func TestAnnexRoundTripByField(t *testing.T) {
	t.Parallel()
	r := withFields(t)
	a, err := r.DossierFieldAnnex(tthc.Form06())
	require.NoError(t, err)
	data, sheet := annexWorkbook(t, r, a)
	imp := readAnnex(t, data, sheet, kstt.Mapping{Unit: r.Header.Agency})
	assert.Empty(t, imp.Findings)
	require.Len(t, imp.Units, 1)
	u := imp.Units[0]
	assert.Equal(t, "Sở Tư pháp", u.Name)
	assert.Equal(t, r.Results.Procedures.Dossiers.Fields, u.Dossiers.Fields)
	assert.Equal(t, sameFigures(r.Results.Procedures.Dossiers.Counts), sameFigures(u.Dossiers.Counts))
}

// provinceGroups returns the province's units with dossier figures in the
// annex's two groups: the Sở, ban, ngành and the communes.
func provinceGroups(t *testing.T) []reform.AnnexGroup {
	t.Helper()
	units, _ := provinceUnitReports(t)
	groups := []reform.AnnexGroup{{Name: "Cấp tỉnh"}, {Name: "Cấp xã"}}
	for _, u := range units {
		if u.Results == nil || u.Results.Procedures == nil || u.Results.Procedures.Dossiers == nil {
			continue
		}
		g := 1
		if u.Header.Level == reform.LevelDepartment {
			g = 0
		}
		groups[g].Units = append(groups[g].Units, u)
	}
	return groups
}

// figures are the figures of Biểu 06 a table shows of a row of counts.
type figures struct {
	received, online, inPerson, carried, resolved, earlyOrOnTime, late, pending, inTime, overdue int64
}

// sameFigures returns the figures of c as the form shows them; a figure
// not known is -1.
func sameFigures(c tthc.Counts) figures {
	inTime, ok := c.InTime()
	if !ok {
		inTime = -1
	}
	overdue, ok := c.Overdue()
	if !ok {
		overdue = -1
	}
	return figures{must(c.Received()), c.Online, c.InPerson, c.CarriedOver, must(c.Resolved()), must(c.EarlyOrOnTime()),
		c.Late, c.Pending, inTime, overdue}
}

// TestAnnexRoundTripByUnit writes the province's dossiers by unit as the
// annex of Biểu 06, grouped by level with subtotals and a total, and reads
// it back, from the workbook and from LibreOffice's CSV of it: every unit
// under its level with its figures, the subtotals checked and no finding.
func TestAnnexRoundTripByUnit(t *testing.T) {
	t.Parallel()
	groups := provinceGroups(t)
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	a, err := reform.DossierUnitAnnex(provincePeriod(), groups, form)
	require.NoError(t, err)
	frame := loadReport(t, filepath.Join(provinceDir, "frame.json"))
	data, sheet := annexWorkbook(t, frame, a)

	check := func(t *testing.T, imp *kstt.Import) {
		assert.Empty(t, imp.Findings)
		n := 0
		for _, g := range groups {
			for _, u := range g.Units {
				require.Less(t, n, len(imp.Units))
				got := imp.Units[n]
				assert.Equal(t, u.Header.Agency, got.Name)
				assert.Equal(t, g.Name, got.Group, u.Header.Agency)
				assert.Equal(t, sameFigures(u.Results.Procedures.Dossiers.Counts), sameFigures(got.Dossiers.Counts), u.Header.Agency)
				n++
			}
		}
		assert.Len(t, imp.Units, n)
		assert.Equal(t, 117, n)
	}
	t.Run("xlsx", func(t *testing.T) {
		imp := readAnnex(t, data, sheet, kstt.Mapping{})
		check(t, imp)
		// The same workbook with a subtotal off by one: the reader says
		// where.
		f, err := excelize.OpenReader(bytes.NewReader(data))
		require.NoError(t, err)
		defer f.Close()
		row := findRow(t, f, sheet, "Cấp xã")
		ref, _ := excelize.CoordinatesToCellName(10, row)
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		require.NoError(t, f.SetCellValue(sheet, ref, must(int64Of(v))+1))
		var buf bytes.Buffer
		require.NoError(t, f.Write(&buf))
		bad := readAnnex(t, buf.Bytes(), sheet, kstt.Mapping{})
		require.Len(t, bad.Findings, 1)
		assert.Equal(t, kstt.CodeSubtotalSum, bad.Findings[0].Code)
		assert.Equal(t, "'"+sheet+"'!"+ref, bad.Findings[0].Path)
	})
	t.Run("libreoffice csv", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "phu-luc.xlsx")
		require.NoError(t, os.WriteFile(path, data, 0o644))
		dir := rendertest.ConvertWorkbook(t, path, rendertest.CSVFilter)
		csvData, err := os.ReadFile(filepath.Join(dir, "phu-luc-"+sheet+".csv"))
		require.NoError(t, err)
		imp, err := kstt.ReadCSV(bytes.NewReader(csvData), kstt.Options{Name: sheet})
		require.NoError(t, err)
		check(t, imp)
	})
}

// int64Of reads a cell's raw value as a count.
func int64Of(s string) (int64, error) {
	var n int64
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, assert.AnError
		}
		n = n*10 + int64(r-'0')
	}
	return n, nil
}
