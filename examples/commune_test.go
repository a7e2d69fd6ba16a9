package examples_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// The commune report is made up but shaped like the reports of a commune on
// the two-level structure of local government (from 01/7/2025): Báo cáo số
// 125/BC-UBND of Ủy ban nhân dân xã Bình Hòa, tỉnh An Giang, for quý III năm
// 2025. Its header gives the level ("level": "commune") and nothing else
// about its layout, and the level decides:
//   - the header lines "ỦY BAN NHÂN DÂN" / "XÃ BÌNH HÒA" (the name is split
//     before the unit, as Nghị định 30/2020/NĐ-CP prints a People's
//     Committee), with no parent agency, in every format alike;
//   - the signature "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for a
//     Phó Chủ tịch whose authority lines the report leaves out;
//   - the checks of the level, which it passes: a commune (xã) in a period
//     after 01/7/2025, signed for the committee.
//
// The commune's one-stop work is done at its Trung tâm Phục vụ hành chính
// công; II.3, II.4, II.5 and I.4 are left out.
const (
	communeJSON = "commune-binh-hoa.json"
	communeStem = "commune-binh-hoa"
)

// communeHeader is how every format prints the commune's agency: two lines,
// never "ỦY BAN NHÂN / DÂN XÃ BÌNH HÒA".
var communeHeader = []string{"ỦY BAN NHÂN DÂN", "XÃ BÌNH HÒA"}

func TestCommuneReport(t *testing.T) {
	t.Parallel()
	r := loadReport(t, communeJSON)
	assert.Equal(t, reform.LevelCommune, r.Header.Level)

	// Every figure the report states agrees with its data: 15/24 = 62,5%;
	// 1.846 + 512 + 37 = 2.395 received = 2.314 resolved + 81 pending;
	// 1.210 + 1.098 + 6 = 2.314; (1.210 + 1.098)/2.314 = 99,74% → 99,7%;
	// 1.846/(1.846 + 512) = 78,29% → 78,3%; 79 + 2 = 81 pending. The level
	// has nothing to say either: a xã, in quý III năm 2025, signed for the
	// committee by its usual lines.
	assert.Empty(t, r.Validate())

	d, err := r.Document()
	require.NoError(t, err)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	assert.Empty(t, l.Header.ParentAgency, "a People's Committee has no parent agency line")
	assert.Equal(t, strings.Join(communeHeader, "\n"), l.Header.IssuingAgency)
	assert.Equal(t, []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, l.Closing.Authority)

	out := renderAll(t, communeStem, d)
	assertHeaderLines(t, out, nil, communeHeader)
	txt := textLines(t, d)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA\n",
		"Bình Hòa, ngày 18 tháng 9 năm 2025",
		"Công tác cải cách hành chính quý III năm 2025",
		"Ủy ban nhân dân xã Bình Hòa báo cáo công tác cải cách hành chính quý III năm 2025",
		"đã hoàn thành 15/24 nhiệm vụ",
		"đạt tỷ lệ 62,5%",
		"tiếp nhận 2.395 hồ sơ",
		"1.210 hồ sơ trước hạn, 1.098 hồ sơ đúng hạn, 06 hồ sơ quá hạn",
		"\nV. KIẾN NGHỊ, ĐỀ XUẤT\n",
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Mỹ Linh",
	} {
		assert.Contains(t, txt, want)
	}
	// The docProps name the agency on one line.
	assert.Contains(t, string(docxGolden(t, l, out["docx"])), "<Company>ỦY BAN NHÂN DÂN XÃ BÌNH HÒA</Company>")

	t.Run("real clients", func(t *testing.T) {
		pdfPath, raw := checkDOCX(t, communeStem, out["docx"])
		flat := squash(raw)
		for _, want := range []string{"ỦYBANNHÂNDÂNXÃBÌNHHÒA", "Số:125/BC-UBND", "V.KIẾNNGHỊ,ĐỀXUẤT", "KT.CHỦTỊCH", "TrầnThịMỹLinh"} {
			assert.Contains(t, flat, want)
		}
		assertPageOneHeader(t, rendertest.PDFText(t, pdfPath, 1), communeHeader)
	})
}

// TestHeaderByLevel lays out one report as each level issues it and checks
// the header lines the level gives, in every format and, as LibreOffice
// and the module's PDF writer print page 1, side by side with the national
// title. With CCHC_OUT the pages are written as PNG: header-<level>-1.png
// (LibreOffice's conversion of the DOCX) and header-<level>-pdfwriter-1.png (the
// PDF writer).
func TestHeaderByLevel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(r *reform.Report)
		parent []string
		issuer []string
		sign   string
	}{
		{"province", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency, r.Header.Place, r.Header.SentTo = reform.LevelProvince, "Ủy ban nhân dân tỉnh An Giang", "An Giang", "Bộ Nội vụ"
			r.Closing.Signer.Title = "Chủ tịch"
		}, nil, []string{"ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"}, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"},
		{"department", func(r *reform.Report) {
			r.Header.Level, r.Header.ParentAgency, r.Header.Agency, r.Header.AgencyCode = reform.LevelDepartment, "Ủy ban nhân dân tỉnh An Giang", "Sở Tư pháp", "STP"
			r.Header.Number, r.Header.Place = "412/BC-STP", "An Giang"
			r.Closing.Signer.Title = "Phó Giám đốc"
		}, []string{"UBND TỈNH AN GIANG"}, []string{"SỞ TƯ PHÁP"}, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"},
		{"department-long-name", func(r *reform.Report) {
			r.Header.Level, r.Header.ParentAgency, r.Header.Agency, r.Header.AgencyCode = reform.LevelDepartment, "Ủy ban nhân dân tỉnh An Giang", "Sở Nông nghiệp và Môi trường", "SNNMT"
			r.Header.Number, r.Header.Place = "530/BC-SNNMT", "An Giang"
			r.Closing.Signer.Title = "Giám đốc"
		}, []string{"UBND TỈNH AN GIANG"}, []string{"SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"}, "\nGIÁM ĐỐC\n"},
		{"district", func(r *reform.Report) {
			r.Header.Level, r.Header.Agency, r.Header.Place = reform.LevelDistrict, "Ủy ban nhân dân huyện Châu Thành", "Châu Thành"
			r.Period = reform.Period{Kind: reform.Quarter, Year: 2025, N: 2}
			r.Header.Date = reform.NewDate(2025, 6, 18)
		}, nil, []string{"ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"}, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"},
		{"commune-typed-break", func(r *reform.Report) {
			// No level: the break typed in the name breaks the header, and
			// only the header.
			r.Header.Level, r.Header.Agency = "", "Ủy ban nhân dân\nxã Bình Hòa"
			r.Closing.Signer.Authority = []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}
		}, nil, communeHeader, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := loadReport(t, communeJSON)
			tt.change(r)
			for _, f := range r.Validate() {
				assert.NotContains(t, string(f.Code), "reform.header.level", "%s: %s", f.Code, f.Message)
			}
			d, err := r.Document()
			require.NoError(t, err)
			l, err := doc.Lay(d)
			require.NoError(t, err)
			assert.Equal(t, strings.Join(tt.parent, "\n"), l.Header.ParentAgency)
			assert.Equal(t, strings.Join(tt.issuer, "\n"), l.Header.IssuingAgency)

			out := map[string][]byte{}
			for _, f := range formats() {
				var b bytes.Buffer
				require.NoError(t, f.Write(&b, l), f.Name)
				out[f.Name] = b.Bytes()
			}
			assertHeaderLines(t, out, tt.parent, tt.issuer)
			txt := textLines(t, d)
			assert.Contains(t, txt, tt.sign)
			assert.Contains(t, txt, " báo cáo công tác cải cách hành chính ", "the name reads on one line in the text")
			assert.NotContains(t, txt, "dân\nxã", "a typed break stays in the header")

			t.Run("real clients", func(t *testing.T) {
				stem := "header-" + tt.name
				pdfPath, _ := checkDOCX(t, stem, out["docx"])
				assertPageOneHeader(t, rendertest.PDFText(t, pdfPath, 1), append(append([]string(nil), tt.parent...), tt.issuer...))

				var own bytes.Buffer
				require.NoError(t, pdf.WriteLayout(&own, l))
				path := filepath.Join(t.TempDir(), stem+".pdf")
				require.NoError(t, os.WriteFile(path, own.Bytes(), 0o644))
				rendertest.PNG(t, path, rendertest.OutDir(t), stem+"-pdfwriter")
				assertPageOneHeader(t, rendertest.PDFText(t, path, 1), append(append([]string(nil), tt.parent...), tt.issuer...))
			})
		})
	}
}

// assertHeaderLines checks that every format prints the agency lines of the
// header as the layout decided them, each line whole and in order: parent
// then issuer.
func assertHeaderLines(t *testing.T, out map[string][]byte, parent, issuer []string) {
	t.Helper()
	lines := append(append([]string(nil), parent...), issuer...)
	assert.True(t, strings.HasPrefix(string(out["txt"]), strings.Join(lines, "\n")+"\n"), "txt: %.80q", out["txt"])

	// HTML: a name in lines is written white-space: pre, so that the
	// browser keeps each line whole in its narrower column.
	html := string(out["html"])
	style := func(lines []string) string {
		if len(lines) > 1 {
			return ` style="white-space:pre"`
		}
		return ""
	}
	if len(parent) > 0 {
		assert.Contains(t, html, `<p class="agency"`+style(parent)+`>`+strings.Join(parent, "\n")+"</p>", "html")
	}
	assert.Contains(t, html, `<p class="agency issuer"`+style(issuer)+`><span class="ruled short">`+strings.Join(issuer, "\n")+"</span></p>", "html")

	// The left cell of the Markdown header's first row, one item per line.
	cell := strings.TrimPrefix(strings.SplitN(string(out["md"]), " | ", 2)[0], "| ")
	var md []string
	for _, item := range strings.Split(cell, "<br>") {
		if item = strings.Trim(item, "* "); item != "" {
			md = append(md, item)
		}
	}
	assert.Equal(t, lines, md, "md")

	z, err := zip.NewReader(bytes.NewReader(out["docx"]), int64(len(out["docx"])))
	require.NoError(t, err)
	rc, err := z.Open("word/document.xml")
	require.NoError(t, err)
	body, err := io.ReadAll(rc)
	require.NoError(t, err)
	require.NoError(t, rc.Close())
	for _, group := range [][]string{parent, issuer} {
		if len(group) == 0 {
			continue
		}
		// One paragraph per name, its lines separated by breaks.
		assert.Contains(t, string(body), "<w:t>"+strings.Join(group, "</w:t><w:br/><w:t>")+"</w:t></w:r></w:p>", "docx")
	}
}

// assertPageOneHeader checks page 1 of a PDF in reading layout: the agency
// lines start the page, one to a line, beside the national title and the
// motto.
func assertPageOneHeader(t *testing.T, page string, lines []string) {
	t.Helper()
	var got []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			got = append(got, l)
		}
	}
	require.GreaterOrEqual(t, len(got), len(lines))
	right := []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
	for i, want := range lines {
		line := got[i]
		if i < len(right) {
			// The agency line and the right column's line share a row.
			assert.Regexp(t, "^"+regexp.QuoteMeta(want)+`\s{2,}`+regexp.QuoteMeta(right[i])+"$", line, "page 1, line %d", i+1)
			continue
		}
		assert.Equal(t, want, line, "page 1, line %d", i+1)
	}
}
