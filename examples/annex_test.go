package examples_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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

// The statistical annexes of the provincial roll-up (phụ lục số liệu): the
// dossier results of the three districts in the layout of Biểu số
// 06/VPCP/KSTT, grouped under their level with its subtotal, and the
// districts' catalogue by online service, taken once for the level. Every
// total is derived from the units' figures; the annexes are appended to the
// roll-up's document and rendered as DOCX and as a workbook.
const annexStem = "rollup-annex-quy-III-2024"

// rollupAnnexes returns the roll-up's document with its two annexes, and
// the units and the roll-up.
func rollupAnnexes(t *testing.T) (*doc.Document, []*reform.Report, *reform.Report) {
	t.Helper()
	units, sum := rollup(t)
	provincePart(sum)
	d, err := sum.DocumentWith(provinceWording())
	require.NoError(t, err)
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	dossiers, err := reform.DossierUnitAnnex(sum.Period, []reform.AnnexGroup{{Name: "Cấp huyện", Units: units}}, form)
	require.NoError(t, err)
	catalogue, err := reform.CatalogueAnnex(sum.Period,
		[]tthc.NamedCatalogue{{Name: "Cấp huyện (thủ tục thuộc thẩm quyền của Ủy ban nhân dân cấp huyện)", Catalogue: sum.Results.Procedures.Catalogue}},
		tthc.CatalogueForm())
	require.NoError(t, err)
	d.Appendices = append(d.Appendices, dossiers, catalogue)
	return d, units, sum
}

func TestRollUpAnnex(t *testing.T) {
	t.Parallel()
	d, units, sum := rollupAnnexes(t)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	require.Len(t, l.Appendices, 2)
	assert.Equal(t, "Phụ lục I", l.Appendices[0].Label)
	assert.Equal(t, "(Kèm theo Báo cáo số 1987/BC-SNV ngày 30/9/2024 của Sở Nội vụ)", l.Appendices[0].Reference)
	// The golden file holds the annexes as laid out, not the report above
	// them, which the roll-up's golden files hold.
	dump := doc.Dump(l)
	dump = dump[strings.Index(dump, "appendix: "):]
	rendertest.Golden(t, filepath.Join("golden", annexStem+".dump.txt"), []byte(dump))

	// The workbook: one sheet per annex, twice the same bytes.
	var x1, x2 bytes.Buffer
	require.NoError(t, xlsx.Write(&x1, l))
	require.NoError(t, xlsx.Write(&x2, l))
	require.True(t, bytes.Equal(x1.Bytes(), x2.Bytes()), "two writes of the workbook differ")
	rendertest.WriteOut(t, annexStem+".xlsx", x1.Bytes())
	f, err := excelize.OpenReader(bytes.NewReader(x1.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	rendertest.Golden(t, filepath.Join("golden", annexStem+".xlsx.txt"), workbookGolden(t, f))
	assert.Equal(t, []string{"Phụ lục I", "Phụ lục II"}, f.GetSheetList())

	// The total row of Biểu 06 is derived from the districts and is the
	// roll-up's own sum, figure by figure; the cells are numbers, the sums
	// formulas over the level's row.
	c := sum.Results.Procedures.Dossiers.Counts
	want := []int64{must(c.Received()), c.Online, c.InPerson, c.CarriedOver, must(c.Resolved()), *c.Early, c.OnTime, c.Late, c.Pending}
	row := findRow(t, f, "Phụ lục I", "Tổng cộng")
	for i, w := range want {
		ref, _ := excelize.CoordinatesToCellName(3+i, row)
		raw, err := f.GetCellValue("Phụ lục I", ref, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		assert.Equal(t, strconv.FormatInt(w, 10), raw, ref)
		formula, err := f.GetCellFormula("Phụ lục I", ref)
		require.NoError(t, err)
		sub, _ := excelize.CoordinatesToCellName(3+i, row+1)
		assert.Equal(t, "SUM("+sub+")", formula, ref)
	}
	// Only An Thạnh splits its pending dossiers into in time and overdue:
	// the total of those columns is empty, not An Thạnh's alone.
	ref, _ := excelize.CoordinatesToCellName(12, row)
	raw, err := f.GetCellValue("Phụ lục I", ref)
	require.NoError(t, err)
	assert.Empty(t, raw)
	assert.Len(t, units, 3)

	t.Run("docx", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, docx.WriteLayout(&buf, l))
		rendertest.WriteOut(t, annexStem+".docx", buf.Bytes())
		_, text := checkDOCX(t, annexStem, buf.Bytes())
		for _, w := range []string{"Phụ lục I", "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "9.079", "Đơn vị tính: Số hồ sơ TTHC"} {
			assert.Contains(t, text, w)
		}
	})

	path := filepath.Join(t.TempDir(), annexStem+".xlsx")
	require.NoError(t, os.WriteFile(path, x1.Bytes(), 0o644))
	t.Run("xlsx validator", func(t *testing.T) {
		for _, e := range rendertest.ValidateOOXML(t, path) {
			t.Errorf("ooxml-validator: %s at %s %s: %s", e.ErrorType, e.Path, e.XPath, e.Description)
		}
	})
	t.Run("libreoffice", func(t *testing.T) {
		pdf := filepath.Join(libreOffice(t, path, "pdf"), annexStem+".pdf")
		if out := rendertest.OutDir(t); out != "" {
			data, err := os.ReadFile(pdf)
			require.NoError(t, err)
			rendertest.WriteOut(t, annexStem+".xlsx.pdf", data)
			rendertest.PNG(t, pdf, out, annexStem+".xlsx")
		}
		text := squash(rendertest.PDFRawText(t, pdf, 1, rendertest.PDFPages(t, pdf)))
		assert.Contains(t, text, squash("Cấp huyện 9.079 4.965 3.903 211 8.763 2.404 6.302 57 316"))
		dir := libreOffice(t, path, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`)
		data, err := os.ReadFile(filepath.Join(dir, annexStem+"-Phụ lục I.csv"))
		require.NoError(t, err)
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		require.NoError(t, err)
		var total []string
		for _, r := range rows {
			if len(r) > 10 && r[1] == "Tổng cộng" {
				total = r[2:11]
			}
		}
		assert.Equal(t, []string{"9079", "4965", "3903", "211", "8763", "2404", "6302", "57", "316"}, total, "the derived numbers, as numbers")
	})
}

// findRow returns the row (from 1) of the sheet whose column B is name.
func findRow(t *testing.T, f *excelize.File, sheet, name string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	for i, r := range rows {
		if len(r) > 1 && r[1] == name {
			return i + 1
		}
	}
	t.Fatalf("%s: no row %q", sheet, name)
	return 0
}

// workbookGolden writes a workbook as text for a golden file: per sheet its
// page setup, print titles, column widths and merged ranges, then every
// cell that holds something: its reference, "n" for a number or "s" for
// text, its raw value, its formula and its number format.
func workbookGolden(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var b strings.Builder
	titles := map[string]string{}
	for _, n := range f.GetDefinedName() {
		titles[n.Scope] += n.Name + "=" + n.RefersTo
	}
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "==> %s <==\n", sheet)
		p, err := f.GetPageLayout(sheet)
		require.NoError(t, err)
		fmt.Fprintf(&b, "page: size %d, %s, fit %d×%d, first page %d; %s\n", *p.Size, *p.Orientation, *p.FitToWidth, *p.FitToHeight, *p.FirstPageNumber, titles[sheet])
		cols, err := f.GetCols(sheet)
		require.NoError(t, err)
		var widths []string
		for i := range cols {
			name, _ := excelize.ColumnNumberToName(i + 1)
			w, err := f.GetColWidth(sheet, name)
			require.NoError(t, err)
			widths = append(widths, strconv.FormatFloat(w, 'f', -1, 64))
		}
		fmt.Fprintf(&b, "widths: %s\n", strings.Join(widths, " "))
		merges, err := f.GetMergeCells(sheet)
		require.NoError(t, err)
		var ms []string
		for _, m := range merges {
			ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		fmt.Fprintf(&b, "merged: %s\n", strings.Join(ms, " "))
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		for i, r := range rows {
			for j, v := range r {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				typ, err := f.GetCellType(sheet, ref)
				require.NoError(t, err)
				kind := "n"
				if typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
					kind = "s"
				}
				line := fmt.Sprintf("%s %s %q", ref, kind, v)
				if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
					line += " =" + formula
				}
				if id, err := f.GetCellStyle(sheet, ref); err == nil {
					if st, err := f.GetStyle(id); err == nil && st.CustomNumFmt != nil {
						line += " fmt " + *st.CustomNumFmt
					}
				}
				b.WriteString(line + "\n")
			}
		}
	}
	return []byte(b.String())
}

// libreOffice converts the file at path with LibreOffice to filter and
// returns the folder of the result. LibreOffice reads a workbook only with
// Calc installed (Debian: libreoffice-calc-nogui): without it the test is
// skipped, or fails when tools are required.
func libreOffice(t *testing.T, path, filter string) string {
	t.Helper()
	bin := rendertest.Tool(t, "soffice")
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.Join(t.TempDir(), "profile"),
		"--headless", "--convert-to", filter, "--outdir", out, path)
	msg, err := cmd.CombinedOutput()
	if strings.Contains(string(msg), "source file could not be loaded") {
		if rendertest.Required() {
			t.Fatalf("LibreOffice cannot read %s: is Calc (libreoffice-calc-nogui) installed?\n%s", path, msg)
		}
		t.Skipf("LibreOffice cannot read workbooks here (Calc, libreoffice-calc-nogui, is not installed): %s", msg)
	}
	require.NoError(t, err, "%s", msg)
	return out
}
