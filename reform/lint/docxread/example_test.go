package docxread_test

import (
	"archive/zip"
	"bytes"
	"fmt"

	"github.com/cchc-go/cchc/reform/lint/docxread"
)

// ExampleRead reads a DOCX from memory: its paragraphs with their
// resolved formatting.
func ExampleRead() {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>` +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(content))
	}
	zw.Close()

	doc, err := docxread.Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), docxread.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := doc.Paragraphs[0]
	fmt.Println(p.Text, p.Props.Align, p.Runs[0].Bold, p.Runs[0].HalfPoints/2, "pt")
	fmt.Println(doc.Sections[0].PageWidth, "×", doc.Sections[0].PageHeight, "twips")
	// Output:
	// BÁO CÁO center true 14 pt
	// 11906 × 16838 twips
}
