package pdf_test

import (
	"bytes"
	"fmt"
	"log"
	"regexp"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/pdf"
)

// Write lays out a document and writes the PDF; here into memory, then a
// few facts of the file are printed: its version, its pages, its embedded
// fonts and the empty signature field over the signer's block.
func ExampleWrite() {
	d := sample.Report(
		&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
			doc.P(doc.Plain("Sở Tư pháp tiếp nhận 15.613 hồ sơ"), doc.NoteText("Số liệu đến ngày 15/11/2024")),
		}},
	)
	var buf bytes.Buffer
	if err := pdf.Write(&buf, d); err != nil {
		log.Fatal(err)
	}
	out := buf.Bytes()
	fmt.Printf("%s\n", out[:8])
	fmt.Println("pages:", bytes.Count(out, []byte("/Type /Page ")))
	for _, m := range regexp.MustCompile(`/FontName /[A-Z]{6}\+(\S+)`).FindAllSubmatch(out, -1) {
		fmt.Printf("embedded: %s\n", m[1])
	}
	fmt.Printf("%s\n", regexp.MustCompile(`/FT /Sig /T \(\w+\)`).Find(out))
	fmt.Printf("%s\n", regexp.MustCompile(`/CreationDate \([^)]*\)`).Find(out))
	// Output:
	// %PDF-1.7
	// pages: 1
	// embedded: LiberationSerif
	// embedded: LiberationSerif-Bold
	// embedded: LiberationSerif-Italic
	// embedded: LiberationSerif-BoldItalic
	// /FT /Sig /T (ChuKy)
	// /CreationDate (D:20241119000000+07'00')
}
