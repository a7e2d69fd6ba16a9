package lint_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/lint"
)

// BenchmarkLintSeed reads and checks the seed text in process (the issue
// asks for less than 20 ms).
func BenchmarkLintSeed(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := lint.Bytes(seedPath, data, lint.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// seedDOCX is the seed as a DOCX of one paragraph per line, with a style
// sheet, built without LibreOffice.
func seedDOCX(tb testing.TB) []byte {
	tb.Helper()
	var body strings.Builder
	for _, line := range strings.Split(string(readSeed(tb)), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var esc bytes.Buffer
		_ = xmlEscape(&esc, line)
		body.WriteString(`<w:p><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:before="120"/></w:pPr><w:r><w:t xml:space="preserve">` + esc.String() + `</w:t></w:r></w:p>`)
	}
	parts := map[string]string{
		"_rels/.rels":                  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		"word/styles.xml":              `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
		"word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1985"/></w:sectPr></w:body></w:document>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml"} {
		w, err := zw.Create(name)
		require.NoError(tb, err)
		_, err = w.Write([]byte(parts[name]))
		require.NoError(tb, err)
	}
	require.NoError(tb, zw.Close())
	return buf.Bytes()
}

// BenchmarkLintSeedDOCX reads and checks the seed as a DOCX.
func BenchmarkLintSeedDOCX(b *testing.B) {
	data := seedDOCX(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := lint.Bytes("seed.docx", data, lint.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSeedDOCXBuilt lints the seed as a DOCX built by the tests: the same
// findings as the text, and only the layout findings of a document without
// header table, page numbers or title formatting.
func TestSeedDOCXBuilt(t *testing.T) {
	res, err := lint.Bytes("seed.docx", seedDOCX(t), lint.Options{})
	require.NoError(t, err)
	var content []lint.Finding
	for _, f := range res.Findings {
		if !strings.HasPrefix(string(f.Code), "lint.layout.") && f.Code != lint.CodeHeaderMissing {
			content = append(content, f)
		}
	}
	assertFindings(t, seedFindings, content, true)
}

// TestLargeInputs lints large and adversarial texts in bounded time: the
// seed forty times over (2 MB) and passages built to make the readers of
// figures look far and wide.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	seed := string(readSeed(t))
	for name, text := range map[string]string{
		"seed x40":             strings.Repeat(seed+"\n", 40),
		"one long enumeration": "Tổng số 5 tài liệu, cụ thể: " + strings.Repeat("1 cuốn, 2 cuốn và 3 cuốn; trong đó ", 40000),
		"many rates":           strings.Repeat("12/14 xã, đạt 85,8%, 46/86 cán bộ nữ trong đó có 3 cán bộ (đạt 5%) ", 20000),
		"many dates":           strings.Repeat("ngày 31/02/2024 và 15/3/2030, hạn 1/1/2031 ", 30000),
		"many marks":           strings.Repeat("Kế hoạch¹ rà soát² Kế hoạch³. ", 40000) + "\n¹ Kế hoạch số 04/KH-UBND ngày 05/01/2024\n³ Kế hoạch số 04/KH-UBND ngày 05/01/2024",
		"many headings":        strings.Repeat("I. A\n1. B\n1.1 C\na) D\nđ) E\n", 20000),
	} {
		start := time.Now()
		res, err := lint.Bytes("large.txt", []byte(text), lint.Options{})
		require.NoError(t, err, name)
		elapsed := time.Since(start)
		t.Logf("%s: %d bytes, %d findings in %v", name, len(text), len(res.Findings), elapsed)
		assert.Less(t, elapsed, 20*time.Second, name)
	}
}

// xmlEscape writes s escaped for XML text.
func xmlEscape(b *bytes.Buffer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	_, err := b.WriteString(r.Replace(s))
	return err
}
