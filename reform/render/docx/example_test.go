package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// Write lays out a document and writes the .docx file; here into memory,
// then the parts of the package are listed.
func ExampleWrite() {
	d := sample.Report(
		&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
			doc.P(doc.Plain("Sở Tư pháp tiếp nhận 15.613 hồ sơ"), doc.NoteText("Số liệu đến ngày 15/11/2024")),
		}},
	)
	var buf bytes.Buffer
	if err := docx.Write(&buf, d); err != nil {
		log.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range z.File {
		fmt.Println(f.Name)
	}
	// Output:
	// [Content_Types].xml
	// _rels/.rels
	// docProps/core.xml
	// docProps/app.xml
	// word/document.xml
	// word/styles.xml
	// word/settings.xml
	// word/fontTable.xml
	// word/footnotes.xml
	// word/header1.xml
	// word/header2.xml
	// word/_rels/document.xml.rels
}

// Parts gives the XML of each part, for tests and tools that look inside
// the package.
func ExampleParts() {
	d := &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Sở Tư pháp", Place: "An Giang", KindName: "Báo cáo",
			Date: time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC),
		},
		Body:    []doc.Block{doc.P(doc.Plain("Nội dung."))},
		Closing: doc.Closing{Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
	}
	l, err := doc.Lay(d)
	if err != nil {
		log.Fatal(err)
	}
	parts, err := docx.Parts(l)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n", parts[2].Data)
	// Output:
	// <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
	// <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>BÁO CÁO</dc:title><dc:creator>cchc</dc:creator><cp:lastModifiedBy>cchc</cp:lastModifiedBy><dc:language>vi-VN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-19T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-19T00:00:00Z</dcterms:modified></cp:coreProperties>
}
