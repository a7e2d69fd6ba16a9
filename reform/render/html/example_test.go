package html_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/html"
)

// Write a short report and show the lines of its body: the numbered
// heading, the paragraph with its footnote reference and the end mark, and
// the note with its link back.
func ExampleWrite() {
	d := &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Sở Tư pháp", Number: "380/BC-STP", Place: "An Giang",
			Date:     time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC),
			KindName: "Báo cáo", Subject: "Công tác cải cách hành chính 11 tháng đầu năm 2024",
		},
		Body: []doc.Block{
			&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
				doc.P(doc.Plain("Sở Tư pháp tiếp nhận "), doc.Bold("15.613"), doc.Plain(" hồ sơ"),
					doc.NoteText("Số liệu đến ngày 15/11/2024")),
			}},
		},
		Closing: doc.Closing{Recipients: []string{"Sở Nội vụ"}, Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
	}
	var b strings.Builder
	if err := html.Write(&b, d); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "<h1") || strings.HasPrefix(line, "<p>") || strings.HasPrefix(line, `<p class="note"`) {
			fmt.Println(line)
		}
	}
	// Output:
	// <h1 id="h-body-0" class="b">I. KẾT QUẢ THỰC HIỆN</h1>
	// <p>Sở Tư pháp tiếp nhận <b>15.613</b> hồ sơ<sup class="fnref"><a href="#fn-1" id="fnref-1">1</a></sup>./.</p>
	// <p class="note" id="fn-1"><sup><a href="#fnref-1">1</a></sup> Số liệu đến ngày 15/11/2024</p>
}

// Choose the format by name among those a program offers.
func ExampleFormat() {
	f, err := render.Pick("html", html.Format())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name, f.Extension, f.MediaType)
	// Output:
	// html .html text/html; charset=utf-8
}

// Show the text of a layout that was built by hand: markup in it is
// escaped.
func ExampleWriteLayout() {
	l := &doc.Layout{
		Style:  doc.DefaultStyle(),
		Header: doc.HeaderLayout{IssuingAgency: "SỞ TƯ PHÁP", KindName: "BÁO CÁO"},
		Body:   []doc.Para{{Kind: doc.KindParagraph, Spans: []doc.Span{{Text: "<b>không đậm</b> & đúng"}}, Indent: true}},
	}
	var b strings.Builder
	if err := html.WriteLayout(&b, l); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "<p>") {
			fmt.Println(line)
		}
	}
	// Output:
	// <p>&lt;b&gt;không đậm&lt;/b&gt; &amp; đúng</p>
}
