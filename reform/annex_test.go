package reform_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/tthc"
)

// districts returns the quý III 2024 reports of the three districts of the
// roll-up example.
func districts(t testing.TB) []*reform.Report {
	t.Helper()
	var out []*reform.Report
	for _, name := range []string{"district-an-thanh.json", "district-phu-hung.json", "district-tan-lap.json"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", "testdata", name))
		require.NoError(t, err)
		r, err := reform.Decode(data)
		require.NoError(t, err)
		out = append(out, r)
	}
	return out
}

// tableRows returns the text of each row of the appendix's table.
func tableRows(a doc.Appendix) []string {
	var out []string
	for _, b := range a.Body {
		t, ok := b.(*doc.Table)
		if !ok {
			continue
		}
		out = append(out, testutil.TableRows(t.Rows,
			func(c doc.Cell) []doc.Run { return c.Runs },
			func(r doc.Run) string { return r.Text })...)
	}
	return out
}

// The dossier results of the districts of a roll-up, as an appendix in the
// layout of Biểu số 06/VPCP/KSTT: the totals are derived from the units'
// figures (4.384 + 3.025 + 1.670 = 9.079 received), not copied from the
// roll-up, and the appendix is appended to the roll-up's document.
func ExampleDossierUnitAnnex() {
	var units []*reform.Report
	for _, name := range []string{"district-an-thanh.json", "district-phu-hung.json", "district-tan-lap.json"} {
		r, err := readExample(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		units = append(units, r)
	}
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	a, err := reform.DossierUnitAnnex(units[0].Period, []reform.AnnexGroup{{Name: "Cấp huyện", Units: units}}, form)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	for _, b := range a.Body {
		if p, ok := b.(*doc.Paragraph); ok {
			fmt.Println(p.Runs[0].Text)
		}
	}
	for _, r := range tableRows(a)[:3] {
		fmt.Println(strings.TrimSpace(r))
	}
	// Output:
	// Kết quả giải quyết thủ tục hành chính tại cơ quan, đơn vị trực tiếp giải quyết thủ tục hành chính
	// (Biểu số 06/VPCP/KSTT ban hành kèm theo Thông tư số 01/2020/TT-VPCP)
	// Kỳ báo cáo: quý III năm 2024 (từ ngày 15/6/2024 đến ngày 14/9/2024)
	// Đơn vị tính: Số hồ sơ TTHC
	// | Tổng cộng | 9.079 | 4.965 | 3.903 | 211 | 8.763 | 2.404 | 6.302 | 57 | 316 |  |
	// I | Cấp huyện | 9.079 | 4.965 | 3.903 | 211 | 8.763 | 2.404 | 6.302 | 57 | 316 |  |
	// 1 | Ủy ban nhân dân huyện An Thạnh | 4.384 | 2.415 | 1.873 | 96 | 4.133 | 1.204 | 2.917 | 12 | 251 | 239 | 12
}

func TestDossierUnitAnnex(t *testing.T) {
	units := districts(t)
	p := units[0].Period
	a, err := reform.DossierUnitAnnex(p, []reform.AnnexGroup{{Units: units}}, tthc.Form06())
	require.NoError(t, err)
	rows := tableRows(a)
	require.Len(t, rows, 4, "the total and three units, no group row for one unnamed group")
	// Phú Hưng and Tân Lập do not split their pending dossiers: the
	// totals of those columns are empty, never a partial sum.
	assert.Equal(t, " | Tổng cộng | 9.079 | 4.965 | 3.903 | 211 | 8.763 | 2.404 | 6.302 | 57 | 316 |  | ", rows[0])
	assert.Equal(t, "3 | Ủy ban nhân dân huyện Tân Lập | 1.670 | 1.020 | 610 | 40 | 1.650 | 400 | 1.250 | 0 | 20 |  | ", rows[3])

	// The annex lays out, with the report's own appendices numbered with it.
	r := units[0]
	d, err := r.Document()
	require.NoError(t, err)
	d.Appendices = append(d.Appendices, a, a)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	require.Len(t, l.Appendices, 2)
	assert.Equal(t, "Phụ lục II", l.Appendices[1].Label)
	assert.Equal(t, "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", l.Appendices[0].Title)

	// A unit without dossier figures has an empty row.
	bare := *units[1]
	bare.Results = nil
	a, err = reform.DossierUnitAnnex(p, []reform.AnnexGroup{{Units: []*reform.Report{units[0], &bare}}}, tthc.Form06())
	require.NoError(t, err)
	assert.Equal(t, "2 | Ủy ban nhân dân huyện Phú Hưng |  |  |  |  |  |  |  |  |  |  | ", tableRows(a)[2])
}

func TestDossierUnitAnnexErrors(t *testing.T) {
	units := districts(t)
	other := *units[2]
	other.Period.N = 2
	_, err := reform.DossierUnitAnnex(units[0].Period, []reform.AnnexGroup{{Name: "Cấp huyện", Units: []*reform.Report{units[0], &other}}}, tthc.Form06())
	require.Error(t, err)
	assert.Equal(t, "reform: annex: groups[0].units[1] (Ủy ban nhân dân huyện Tân Lập): the report is for quý II năm 2024, the annex for quý III năm 2024", err.Error())

	_, err = reform.DossierUnitAnnex(units[0].Period, []reform.AnnexGroup{{Units: []*reform.Report{nil}}}, tthc.Form06())
	assert.EqualError(t, err, "reform: annex: groups[0].units[0]: no report (nil)")

	_, err = reform.DossierUnitAnnex(units[0].Period, nil, tthc.Form06())
	assert.ErrorIs(t, err, reform.ErrNoAnnexFigures)

	f := tthc.Form06()
	f.Columns = nil
	_, err = reform.DossierUnitAnnex(units[0].Period, []reform.AnnexGroup{{Units: units}}, f)
	assert.ErrorContains(t, err, "tthc: form.columns")
}

func TestDossierFieldAnnex(t *testing.T) {
	r := districts(t)[0]
	_, err := r.DossierFieldAnnex(tthc.Form06())
	assert.ErrorIs(t, err, reform.ErrNoAnnexFigures, "the district gives no rows by field")

	d := r.Results.Procedures.Dossiers
	d.Fields = []tthc.FieldCounts{
		{Field: "Đất đai", Counts: tthc.Counts{Online: 1415, InPerson: 1073, CarriedOver: 70, Early: count64(604), OnTime: 1700, Late: 10, Pending: 244}},
		{Field: "Hộ tịch", Counts: tthc.Counts{Online: 1000, InPerson: 800, CarriedOver: 26, Early: count64(600), OnTime: 1217, Late: 2, Pending: 7}},
	}
	a, err := r.DossierFieldAnnex(tthc.Form06())
	require.NoError(t, err)
	rows := tableRows(a)
	assert.Equal(t, " | Tổng cộng | 4.384 | 2.415 | 1.873 | 96 | 4.133 | 1.204 | 2.917 | 12 | 251 |  | ", rows[0])
	assert.Len(t, rows, 3)
	assert.Empty(t, r.Validate().WithCode(tthc.CodeDossierFields), "the fields add up to the district's figures")
}

func TestCatalogueAnnex(t *testing.T) {
	units := districts(t)
	rows := []tthc.NamedCatalogue{{Name: "Cấp huyện", Catalogue: units[0].Results.Procedures.Catalogue}}
	a, err := reform.CatalogueAnnex(units[0].Period, rows, tthc.CatalogueForm())
	require.NoError(t, err)
	assert.Equal(t, []string{"1 | Cấp huyện | 283 | 98 | 34,63% | 143 | 50,53% | 42 | 14,84%"}, tableRows(a))
	assert.Equal(t, "Thủ tục hành chính theo mức độ cung cấp dịch vụ công trực tuyến", a.Title)
	_, err = reform.CatalogueAnnex(units[0].Period, nil, tthc.CatalogueForm())
	assert.ErrorIs(t, err, reform.ErrNoAnnexFigures)
}

func TestPeriodCaption(t *testing.T) {
	tests := []struct {
		p    reform.Period
		want string
	}{
		{reform.Period{Kind: reform.Quarter, Year: 2024, N: 3}, "quý III năm 2024 (từ ngày 15/6/2024 đến ngày 14/9/2024)"},
		{reform.Period{Kind: reform.Year, Year: 2024}, "năm 2024 (từ ngày 15/12/2023 đến ngày 14/12/2024)"},
		{reform.Period{Kind: reform.FirstMonths, Year: 2024, N: 11}, "11 tháng đầu năm 2024 (từ ngày 15/12/2023 đến ngày 14/11/2024)"},
		{reform.Period{Kind: reform.Quarter, Year: 2024, N: 7}, "quý VII năm 2024"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, reform.PeriodCaption(tc.p))
	}
}

func count64(n int64) *int64 { return &n }

// An appendix of the JSON can ask for an annex built from the report's own
// figures; one the report has no figures for prints "Không có số liệu." and
// is an error finding; a title replaces the form's.
func TestAppendixAnnexFromJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "district-an-thanh.json"))
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	raw["appendices"] = []any{
		map[string]any{"annex": "catalogue"},
		map[string]any{"annex": "dossiers_by_field", "title": "Kết quả giải quyết hồ sơ theo lĩnh vực"},
	}
	data, err = json.Marshal(raw)
	require.NoError(t, err)
	r, err := reform.Decode(data)
	require.NoError(t, err)

	d, err := r.Document()
	require.NoError(t, err)
	require.Len(t, d.Appendices, 2)
	assert.Equal(t, "Thủ tục hành chính theo mức độ cung cấp dịch vụ công trực tuyến", d.Appendices[0].Title)
	assert.Equal(t, []string{"1 | Ủy ban nhân dân huyện An Thạnh | 283 | 98 | 34,63% | 143 | 50,53% | 42 | 14,84%"}, tableRows(d.Appendices[0]))
	assert.Equal(t, "Kết quả giải quyết hồ sơ theo lĩnh vực", d.Appendices[1].Title)
	require.Len(t, d.Appendices[1].Body, 1)
	assert.Equal(t, "Không có số liệu.", d.Appendices[1].Body[0].(*doc.Paragraph).Runs[0].Text)

	fs := r.Validate().WithCode(reform.CodeAnnexFigures)
	require.Len(t, fs, 1, "the district gives no rows by field")
	assert.Equal(t, "appendices[1].annex", fs[0].Path)
}

// An annex and a table of its own in one appendix, or an appendix with
// neither a title nor an annex, are field findings.
func TestAppendixAnnexFields(t *testing.T) {
	r := districts(t)[0]
	r.Appendices = []reform.Appendix{
		{Annex: reform.AnnexCatalogue, Table: &reform.Table{Columns: []string{"A"}}},
		{},
	}
	paths := map[string]bool{}
	for _, f := range r.Validate() {
		paths[f.Path] = true
	}
	assert.True(t, paths["appendices[0].table"], "a table beside an annex")
	assert.True(t, paths["appendices[1].title"], "neither title nor annex")

	// A blank title beside an annex keeps the form's title.
	r.Appendices = []reform.Appendix{{Annex: reform.AnnexCatalogue, Title: "  "}}
	for _, f := range r.Validate() {
		assert.NotEqual(t, "appendices[0].title", f.Path, "%s", f.Message)
	}
	d, err := r.Document()
	require.NoError(t, err)
	assert.Equal(t, "Thủ tục hành chính theo mức độ cung cấp dịch vụ công trực tuyến", d.Appendices[0].Title)
}
