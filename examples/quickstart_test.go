package examples_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/render/docx"
)

// The README's quick start, from Go values: build a report, check it, write
// it as DOCX. The plan says 30 of 33 tasks are done and states 100%: the
// check names the slip, and the document prints the rate derived from the
// counts. TestQuickStartIsTheREADMEs keeps this body and the README's equal.
func Example_quickStart() {
	r := &reform.Report{
		Header: reform.Header{Agency: "Sở Tư pháp", AgencyCode: "STP", Place: "An Giang",
			Date: reform.NewDate(2024, time.December, 20), SentTo: "Sở Nội vụ"},
		Period:    reform.Period{Kind: reform.Year, Year: 2024},
		Direction: &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 30, DeclaredRate: "100%"}},
		Closing:   reform.Closing{Signer: reform.Signer{Title: "Giám đốc", Name: "Nguyễn Văn An"}},
	}
	for _, f := range r.Validate() {
		fmt.Println(f.Severity.Vietnamese(), f.Code, f.Path)
		fmt.Println(f.Message)
	}
	d, err := r.Document()
	if err != nil {
		log.Fatal(err)
	}
	out, err := os.Create(filepath.Join(os.TempDir(), "bao-cao.docx"))
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	if err := docx.Write(out, d); err != nil {
		log.Fatal(err)
	}
	fmt.Println("Đã ghi", filepath.Base(out.Name()))
	// Output:
	// lỗi reform.plan.rate direction.plan.declared_rate
	// Tỷ lệ hoàn thành nhiệm vụ ghi 100% nhưng 30/33 tính được 91% (làm tròn), chênh lệch 9 điểm phần trăm.
	// Đã ghi bao-cao.docx
}

// The README's quick start from the interchange format: decode strictly
// (input that is not a report is an error naming every problem with its
// JSON path, line and column), then check as from Go values.
func Example_quickStartJSON() {
	f, err := os.Open("testdata/district-an-thanh.json")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r, err := reform.DecodeFrom(f)
	if err != nil {
		log.Fatal(err)
	}
	findings := r.Validate()
	fmt.Println(len(findings.Errors()), "lỗi,", len(findings.Warnings()), "cảnh báo")
	_, err = reform.Decode([]byte(`{"header": {"date": "2024-02-30"}}`))
	fmt.Println(err)
	// Output:
	// 0 lỗi, 0 cảnh báo
	// header.date (dòng 1, cột 21): ngày 2024-02-30 không có thật: tháng 2 năm 2024 có 29 ngày [decode.date.invalid]
}

// TestQuickStartIsTheREADMEs checks that each Go block of the README's quick
// start is the body of its Example here, line for line, so that the README
// shows a program that compiles and runs.
func TestQuickStartIsTheREADMEs(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	self, err := os.ReadFile("quickstart_test.go")
	require.NoError(t, err)
	blocks := goBlocks(string(readme))
	require.Len(t, blocks, 2, "the README has two Go programs in its quick start")
	for i, name := range []string{"Example_quickStart", "Example_quickStartJSON"} {
		want := body(string(self), "func "+name+"() {\n", "\t// Output:")
		got := body(blocks[i], "func main() {\n", "}\n")
		require.NotEmpty(t, want, name)
		assert.Equal(t, want, got, "README block %d and %s differ", i+1, name)
	}
}

// goBlocks returns the ```go blocks of a Markdown text.
func goBlocks(md string) []string {
	var out []string
	for _, part := range strings.Split(md, "```go\n")[1:] {
		code, _, _ := strings.Cut(part, "```")
		out = append(out, code)
	}
	return out
}

// body returns the lines of src between the line start and the line that
// begins with end (the last such line for a program's closing brace).
func body(src, start, end string) string {
	_, after, ok := strings.Cut(src, start)
	if !ok {
		return ""
	}
	i := strings.Index(after, end)
	if end == "}\n" {
		i = strings.LastIndex(after, end)
	}
	if i < 0 {
		return ""
	}
	return string(bytes.TrimRight([]byte(after[:i]), "\n"))
}
