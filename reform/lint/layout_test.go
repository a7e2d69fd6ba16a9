package lint_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
)

const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// para writes a paragraph with its alignment and one run's properties.
func para(jc, rpr, text string) string {
	ppr := ""
	if jc != "" {
		ppr = `<w:pPr><w:jc w:val="` + jc + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// build writes a DOCX of body, with a footer holding the page number when
// footer is set.
func build(t *testing.T, body string, footer bool) []byte {
	t.Helper()
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	sect := `<w:sectPr>`
	parts := map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
	}
	if footer {
		rels += `<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
		sect += `<w:footerReference w:type="default" r:id="rIdF"/>`
		parts["word/footer1.xml"] = `<w:ftr ` + w + `><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`
	}
	parts["word/_rels/document.xml.rels"] = rels + `</Relationships>`
	sect += `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>`
	parts["word/document.xml"] = `<w:document ` + w + `><w:body>` + body + sect + `</w:body></w:document>`
	return testutil.Zip(t, parts)
}

// TestLayoutFindings lints a DOCX typed with the slips of layout that real
// ones have: Letter paper, 20 mm margins, the size pair broken, a regular
// issuing agency, a day without its zero, Arial 12 pt, the page number in
// the footer.
func TestLayoutFindings(t *testing.T) {
	tnr := `<w:rFonts w:ascii="Times New Roman"/>`
	cell := func(p string) string { return `<w:tc>` + p + `</w:tc>` }
	body := `<w:tbl><w:tr>` +
		cell(para("center", tnr+`<w:sz w:val="26"/>`, "SỞ TƯ PHÁP")) +
		cell(para("center", tnr+`<w:b/><w:sz w:val="26"/>`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")+para("center", tnr+`<w:b/><w:sz w:val="26"/>`, "Độc lập – Tự do – Hạnh phúc")) +
		`</w:tr><w:tr>` +
		cell(para("center", tnr+`<w:sz w:val="26"/>`, "Số: 05/BC-STP")) +
		cell(para("center", tnr+`<w:i/><w:sz w:val="28"/>`, "Long Xuyên, ngày 5 tháng 3 năm 2024")) +
		`</w:tr></w:tbl>` +
		para("center", tnr+`<w:sz w:val="28"/>`, "BÁO CÁO") +
		para("center", tnr+`<w:b/><w:sz w:val="28"/>`, "Công tác cải cách hành chính quý I năm 2024") +
		para("both", `<w:rFonts w:ascii="Arial"/><w:sz w:val="24"/>`, "UBND xã báo cáo kết quả công tác cải cách hành chính quý I năm 2024 như sau: "+strings.Repeat("nội dung ", 800)+"./.")
	res, err := lint.Bytes("bao-cao.docx", build(t, body, true), lint.Options{})
	require.NoError(t, err)
	got := map[finding.Code][]string{}
	for _, f := range res.Findings {
		got[f.Code] = append(got[f.Code], f.Path+": "+f.Message)
	}
	for _, code := range []finding.Code{lint.CodeLayoutPage, lint.CodeLayoutMargins, lint.CodeLayoutSize, lint.CodeLayoutStyle,
		lint.CodeLayoutFont, lint.CodeLayoutPageNumber, lint.CodeHeaderMotto, lint.CodeHeaderDate} {
		assert.NotEmpty(t, got[code], "%s expected; got %v", code, got)
	}
	assert.Len(t, got[lint.CodeLayoutMargins], 1, "only the left margin is outside its range: %v", got[lint.CodeLayoutMargins])
	joined := strings.Join(got[lint.CodeLayoutStyle], "\n")
	assert.Contains(t, joined, "Tên cơ quan ban hành phải in đậm")
	assert.Contains(t, joined, "Tên loại văn bản phải in đậm")
	assert.Contains(t, strings.Join(got[lint.CodeLayoutSize], "\n"), "phải đi cùng nhau")
	assert.Contains(t, strings.Join(got[lint.CodeLayoutPageNumber], "\n"), "chân trang")
	assert.Empty(t, got[lint.CodeLayoutHeaderTable], "the header is a table")
}
