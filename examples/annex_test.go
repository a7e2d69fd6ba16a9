package examples_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
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
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/pdf"
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

	// Both annexes are too wide for a portrait page: Lay turns them, the
	// tables at 12 pt, every column as wide as its widest word.
	for _, a := range l.Appendices {
		assert.True(t, a.Landscape, a.Label)
		for _, p := range a.Body {
			if p.Table != nil {
				assert.Equal(t, doc.Points(12), p.Table.Size, a.Label)
			}
		}
	}

	t.Run("docx", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, docx.WriteLayout(&buf, l))
		rendertest.WriteOut(t, annexStem+".docx", buf.Bytes())
		pdfPath, text := checkDOCX(t, annexStem, buf.Bytes())
		for _, w := range []string{"Phụ lục I", "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "9.079", "Đơn vị tính: Số hồ sơ TTHC"} {
			assert.Contains(t, text, w)
		}
		checkAnnexPages(t, pdfPath, "LibreOffice")
	})
	t.Run("html", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, html.WriteLayout(&buf, l))
		rendertest.WriteOut(t, annexStem+".html", buf.Bytes())
		path := filepath.Join(t.TempDir(), annexStem+".html")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		pdfPath := rendertest.PrintToPDF(t, path)
		rendertest.OutPDF(t, pdfPath, annexStem+"-html")
		checkAnnexPages(t, pdfPath, "Chromium")
	})
	t.Run("pdf", func(t *testing.T) {
		var buf bytes.Buffer
		require.NoError(t, pdf.WriteLayout(&buf, l))
		path := filepath.Join(t.TempDir(), annexStem+".pdf")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		rendertest.OutPDF(t, path, annexStem+"-native")
		checkAnnexPages(t, path, "the PDF writer")
	})

	path := filepath.Join(t.TempDir(), annexStem+".xlsx")
	require.NoError(t, os.WriteFile(path, x1.Bytes(), 0o644))
	t.Run("xlsx validator", func(t *testing.T) {
		rendertest.CheckOOXML(t, path)
	})
	t.Run("libreoffice", func(t *testing.T) {
		pdf := filepath.Join(rendertest.ConvertWorkbook(t, path, "pdf"), annexStem+".pdf")
		rendertest.OutPDF(t, pdf, annexStem+".xlsx")
		text := squash(rendertest.PDFRawText(t, pdf, 1, rendertest.PDFPages(t, pdf)))
		assert.Contains(t, text, squash("Cấp huyện 9.079 4.965 3.903 211 8.763 2.404 6.302 57 316"))
		dir := rendertest.ConvertWorkbook(t, path, rendertest.CSVFilter)
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

// checkAnnexPages checks the pages of the roll-up with its annexes as one
// program printed them: the report on A4 portrait, each annex on A4
// landscape from its first page, the first annex's table whole under its
// title (its head printed once per page it runs onto) with its total row
// on the annex's first page, and the head's merged cells as on paper.
func checkAnnexPages(t *testing.T, pdfPath, by string) {
	t.Helper()
	sizes := pageSizes(t, pdfPath)
	first := -1
	for i := range sizes {
		if strings.Contains(squash(rendertest.PDFRawText(t, pdfPath, i+1, i+1)), squash("Phụ lục I KẾT QUẢ")) {
			first = i
			break
		}
	}
	require.GreaterOrEqual(t, first, 1, "%s: the first annex starts a page after the report", by)
	for i, s := range sizes {
		if i < first {
			assert.Less(t, s[0], s[1], "%s: page %d of the report is portrait", by, i+1)
			assert.InDelta(t, 595.3, s[0], 1, "%s: page %d is A4", by, i+1)
		} else {
			assert.Greater(t, s[0], s[1], "%s: page %d of the annexes is landscape", by, i+1)
			assert.InDelta(t, 841.9, s[0], 1, "%s: page %d is A4", by, i+1)
		}
	}
	// The head's cells in reading order; the rows, line by line, in the
	// layout of the page.
	page := squash(rendertest.PDFRawText(t, pdfPath, first+1, first+1))
	for _, w := range []string{"Số hồ sơ nhận giải quyết", "Kết quả giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải"} {
		assert.Contains(t, page, squash(w), "%s: the annex's first page", by)
	}
	page = squash(rendertest.PDFText(t, pdfPath, first+1))
	for _, w := range []string{"Tổng cộng 9.079 4.965 3.903 211 8.763 2.404 6.302 57 316", "I Cấp huyện 9.079"} {
		assert.Contains(t, page, squash(w), "%s: the annex's first page", by)
	}
	// "Kết quả giải quyết" spans seven columns: printed once on a page
	// (where the table runs onto a second page, there too), not once per
	// column as a head of one row would.
	all := squash(rendertest.PDFRawText(t, pdfPath, first+1, len(sizes)))
	assert.LessOrEqual(t, strings.Count(all, squash("Kết quả giải quyết")), len(sizes)-first, by)
	assert.Contains(t, all, squash("Ủy ban nhân dân huyện Tân Lập"), by)
}

// pageSizes returns the width and height in points of every page of a PDF.
func pageSizes(t *testing.T, pdfPath string) [][2]float64 {
	t.Helper()
	n := rendertest.PDFPages(t, pdfPath)
	out, err := exec.Command(rendertest.Tool(t, "pdfinfo"), "-f", "1", "-l", strconv.Itoa(n), pdfPath).Output()
	require.NoError(t, err)
	var sizes [][2]float64
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, "Page") || !strings.Contains(line, " size:") {
			continue
		}
		var w, h float64
		_, err := fmt.Sscanf(strings.TrimSpace(line[strings.Index(line, "size:")+5:]), "%g x %g", &w, &h)
		require.NoError(t, err, line)
		sizes = append(sizes, [2]float64{w, h})
	}
	require.Len(t, sizes, n)
	return sizes
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
