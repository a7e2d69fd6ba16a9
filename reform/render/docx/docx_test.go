package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/rendertest"
)

// partNames are the parts of every DOCX the writer makes, in zip order.
var partNames = []string{
	docx.PartContentTypes, docx.PartRels, docx.PartCore, docx.PartApp, docx.PartDocument,
	docx.PartStyles, docx.PartSettings, docx.PartFontTable, docx.PartFootnotes,
	docx.PartHeader, docx.PartFirstHeader, docx.PartDocumentRels,
}

// minimal is a document with only the fields doc.Lay requires: no parent
// agency, number, footnote, recipient, drafter or appendix.
func minimal() *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Sở Tư pháp",
			Place:         "An Giang",
			Date:          time.Date(2024, time.February, 5, 0, 0, 0, 0, time.UTC),
			KindName:      "Báo cáo",
		},
		Body:    []doc.Block{doc.P(doc.Plain("Nội dung báo cáo."))},
		Closing: doc.Closing{Signer: doc.Signer{Title: "Giám đốc", Name: "Nguyễn Văn A"}},
	}
}

// full is a document with every optional element: marks, draft,
// addressees, a table with spans and a footnote in a cell, authority lines,
// the drafter and three appendices.
func full() *doc.Document {
	table := func(total string) *doc.Table {
		return &doc.Table{
			Columns: []doc.Column{
				{Title: "STT", Width: 1, Align: doc.AlignCenter},
				{Title: "Nội dung", Width: 5},
				{Title: "Kế hoạch", Width: 2, Align: doc.AlignRight},
				{Title: "Thực hiện", Width: 2, Align: doc.AlignRight},
			},
			Rows: [][]doc.Cell{
				{{Runs: doc.Text("1")}, {Runs: []doc.Run{doc.Plain("Văn bản"), doc.NoteText("Kể cả văn bản sửa đổi")}}, {Runs: doc.Text("12")}, {Runs: doc.Text("10")}},
				{{Runs: doc.Text("2")}, {Runs: doc.Text("Kiểm tra"), Span: 2}, {Runs: doc.Text("3")}},
				{{Runs: []doc.Run{doc.Bold(total)}, Span: 3, Align: doc.AlignCenter}, {Runs: doc.Text("13"), Align: doc.AlignRight}},
			},
		}
	}
	return &doc.Document{
		Header: doc.Header{
			ParentAgency:  "Ủy ban nhân dân tỉnh An Giang",
			IssuingAgency: "Sở Tư pháp",
			IssuerName:    "Sở Tư pháp",
			Number:        "12/BC-STP",
			Place:         "An Giang",
			Date:          time.Date(2024, time.March, 9, 0, 0, 0, 0, time.UTC),
			KindName:      "Báo cáo",
			Subject:       "Kết quả thực hiện nhiệm vụ cải cách hành chính quý I năm 2024 và phương hướng, nhiệm vụ quý II năm 2024",
			To:            []string{"Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"},
			Urgency:       "Khẩn",
			Secrecy:       "Mật",
			Draft:         true,
		},
		Body: []doc.Block{
			&doc.Section{Title: "Kết quả", Blocks: []doc.Block{
				&doc.Section{Title: "Thể chế", Blocks: []doc.Block{
					doc.P(doc.Plain("Ban hành "), doc.Bold("12"), doc.Plain(" văn bản"), doc.NoteText("Danh mục tại Phụ lục I"), doc.Italic(" (đạt 100%)"), doc.Plain(".")),
					&doc.List{Marker: doc.Letters, Items: []doc.Item{
						{Runs: doc.Text("Rà soát văn bản;"), Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{{Runs: doc.Text("cấp tỉnh;")}}}}},
						{Runs: doc.Text("Kiểm tra văn bản.")},
					}},
					table("Tổng cộng"),
					&doc.Paragraph{Runs: doc.Text("Dòng một\nDòng hai"), Align: doc.AlignCenter, NoIndent: true},
				}},
			}},
			doc.P(doc.Plain("Trên đây là báo cáo.")),
		},
		Closing: doc.Closing{
			Recipients: []string{"Ủy ban nhân dân tỉnh", "Sở Nội vụ"},
			Archive:    "VT, HC (2)",
			Signer:     doc.Signer{Authority: []string{"KT. Giám đốc"}, Title: "Phó Giám đốc", Name: "Trần Thị B"},
			Drafter:    "PL.(300)",
		},
		Appendices: []doc.Appendix{
			{Title: "Danh mục văn bản", Body: []doc.Block{table("Cộng")}},
			{Title: "Kết quả kiểm tra", Body: []doc.Block{doc.P(doc.Plain("Không phát hiện sai sót."))}},
			{Title: "Số liệu", Body: []doc.Block{table("Tổng")}},
		},
	}
}

// hostile puts markup, quotes and control characters in every text.
func hostile() *doc.Document {
	const bad = "<script>&\"'\x00\x07\x1b\uFFFE\r\n]]>"
	d := full()
	h := &d.Header
	h.ParentAgency, h.IssuingAgency, h.IssuerName, h.Number = bad, bad, bad, bad
	h.Place, h.KindName, h.Subject, h.To = bad, bad, bad, []string{bad}
	h.Urgency, h.Secrecy = bad, bad
	d.Body = append([]doc.Block{
		&doc.Section{Title: bad, Blocks: []doc.Block{doc.P(doc.Plain(bad), doc.NoteText(bad), doc.Bold(bad))}},
		&doc.Table{Columns: []doc.Column{{Title: bad}}, Rows: [][]doc.Cell{{{Runs: doc.Text(bad)}}}},
	}, d.Body...)
	d.Closing.Recipients, d.Closing.Archive, d.Closing.Drafter = []string{bad}, bad, bad
	d.Closing.Signer = doc.Signer{Authority: []string{bad}, Title: bad, Name: bad}
	d.Appendices[0].Title = bad
	return d
}

// goldenParts compares every part of a document, indented, with its golden
// file under testdata/<dir>/.
func goldenParts(t *testing.T, dir string, d *doc.Document, names ...string) {
	t.Helper()
	parts, err := unzip(write(t, d))
	require.NoError(t, err)
	for _, p := range parts {
		if len(names) > 0 && !contains(names, p.Name) {
			continue
		}
		pretty, err := indent(p.Data)
		require.NoError(t, err, p.Name)
		rendertest.Golden(t, filepath.Join(dir, p.Name), pretty)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestGolden(t *testing.T) {
	goldenParts(t, "sample", sample.Document())
	goldenParts(t, "full", full(), docx.PartDocument, docx.PartFootnotes, docx.PartCore, docx.PartApp)
	goldenParts(t, "minimal", minimal(), docx.PartDocument, docx.PartFootnotes, docx.PartCore)
}

func TestFormat(t *testing.T) {
	rendertest.CheckFormat(t, docx.Format(), ".DOCX", "docx", ".docx",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document", write(t, sample.Document()))
}

func TestDeterministic(t *testing.T) {
	first := write(t, sample.Document())
	for range 3 {
		require.Equal(t, first, write(t, sample.Document()), "the same document gives the same bytes")
	}
	z, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	require.NoError(t, err)
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		assert.Equal(t, zip.Deflate, f.Method, f.Name)
		assert.True(t, f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)), "%s: %v", f.Name, f.Modified)
	}
	assert.Equal(t, partNames, names)

	// Parts returns what the zip holds.
	l, err := doc.Lay(sample.Document())
	require.NoError(t, err)
	parts, err := docx.Parts(l)
	require.NoError(t, err)
	zipped, err := unzip(first)
	require.NoError(t, err)
	assert.Equal(t, parts, zipped)
}

// TestWriteLayoutBuffer checks that a *bytes.Buffer, which WriteLayout
// builds the package in directly, gets the bytes any other writer gets,
// after what it held.
func TestWriteLayoutBuffer(t *testing.T) {
	l, err := doc.Lay(sample.Document())
	require.NoError(t, err)
	var other strings.Builder // not a *bytes.Buffer: one write of the package
	require.NoError(t, docx.WriteLayout(&other, l))
	buf := bytes.NewBufferString("prefix")
	require.NoError(t, docx.WriteLayout(buf, l))
	assert.Equal(t, "prefix"+other.String(), buf.String())
}

// layoutTexts returns the text a reader sees of each laid-out body
// paragraph, tables left out: the label and the text, footnote references
// as [n].
func layoutTexts(ps []doc.Para) []string {
	var out []string
	for _, p := range ps {
		switch p.Kind {
		case doc.KindHeading, doc.KindItem:
			out = append(out, p.Label+" "+doc.PlainText(p.Spans))
		case doc.KindParagraph:
			out = append(out, doc.PlainText(p.Spans))
		}
	}
	return out
}

// indexOf returns where want starts as a run of consecutive items in got,
// or -1.
func indexOf(got, want []string) int {
	for i := 0; i+len(want) <= len(got); i++ {
		if assert.ObjectsAreEqual(got[i:i+len(want)], want) {
			return i
		}
	}
	return -1
}

func TestSampleDocument(t *testing.T) {
	l, err := doc.Lay(sample.Document())
	require.NoError(t, err)
	parts, err := unzip(write(t, sample.Document()))
	require.NoError(t, err)
	document := mustParse(t, part(t, parts, docx.PartDocument))
	body := document.first("w:body")
	require.NotNil(t, body)

	t.Run("text in order", func(t *testing.T) {
		got := body.paragraphs()
		want := layoutTexts(l.Body)
		assert.GreaterOrEqual(t, indexOf(got, want), 0, "the body paragraphs in order:\n%s", strings.Join(got, "\n"))
		assert.True(t, strings.HasSuffix(want[len(want)-1], "./."))
		assert.Contains(t, got, l.Header.KindName)
		assert.Contains(t, got, l.Header.Subject)
	})

	t.Run("headings", func(t *testing.T) {
		emphasis := map[string][]string{ // style → emphasis of its runs
			"Heading1": {"w:b", "w:caps"}, "Heading2": {"w:b"},
			"Heading3": {"w:b", "w:i"}, "Heading4": {"w:i"},
		}
		seen := map[string]bool{}
		for _, p := range body.all("w:p") {
			style := p.child("w:pPr").val("w:pStyle")
			want, ok := emphasis[style]
			if !ok {
				continue
			}
			seen[style] = true
			for _, r := range p.all("w:r") {
				var got []string
				for _, k := range r.child("w:rPr").kids {
					if k.name == "w:b" || k.name == "w:i" || k.name == "w:caps" {
						got = append(got, k.name)
					}
				}
				assert.Equal(t, want, got, "%s: %q", style, p.plain())
			}
		}
		assert.Len(t, seen, 4, "every heading level occurs in the sample")
	})

	t.Run("page set-up", func(t *testing.T) {
		sects := document.all("w:sectPr")
		require.Len(t, sects, 2, "the main text and the appendix")
		for i, s := range sects {
			assert.Equal(t, "11906", s.child("w:pgSz").attr["w:w"])
			assert.Equal(t, "16838", s.child("w:pgSz").attr["w:h"])
			m := s.child("w:pgMar").attr
			assert.Equal(t, []string{"1418", "1134", "1985", "1134"}, []string{m["w:top"], m["w:bottom"], m["w:left"], m["w:right"]})
			assert.True(t, s.has("w:titlePg"), "section %d: no number on its first page", i)
			assert.Equal(t, "1", s.child("w:pgNumType").attr["w:start"])
			refs := s.all("w:headerReference")
			require.Len(t, refs, 2)
			assert.Equal(t, "default", refs[0].attr["w:type"])
			assert.Equal(t, "first", refs[1].attr["w:type"])
		}
		assert.False(t, sects[0].has("w:type"), "the main text starts the document")
		assert.Equal(t, "nextPage", sects[1].val("w:type"), "the appendix starts on a new page")
		assert.Equal(t, body.kids[len(body.kids)-1], sects[1], "the last section's properties end the body")
		rels := mustParse(t, part(t, parts, docx.PartDocumentRels))
		targets := map[string]string{}
		for _, r := range rels.all("Relationship") {
			targets[r.attr["Id"]] = r.attr["Target"]
		}
		assert.Equal(t, "header1.xml", targets[sects[0].all("w:headerReference")[0].attr["r:id"]])
		assert.Equal(t, "header2.xml", targets[sects[0].all("w:headerReference")[1].attr["r:id"]])
		numbered := mustParse(t, part(t, parts, docx.PartHeader))
		assert.Equal(t, " PAGE ", numbered.first("w:instrText").text)
		assert.Len(t, numbered.all("w:fldChar"), 3)
		assert.Nil(t, mustParse(t, part(t, parts, docx.PartFirstHeader)).first("w:fldChar"), "page 1 shows no number")
	})

	t.Run("header and closing tables", func(t *testing.T) {
		tables := body.all("w:tbl")
		require.Len(t, tables, 3, "header, closing, appendix table")
		textWidth := int(l.Style.TextWidth())
		for i, cols := range [][2]doc.Twips{l.Style.HeaderColumns, l.Style.ClosingColumns} {
			tbl := tables[i]
			pr := tbl.child("w:tblPr")
			total := int(cols[0] + cols[1])
			assert.Equal(t, strconv.Itoa(total), pr.child("w:tblW").attr["w:w"])
			ind, err := strconv.Atoi(pr.child("w:tblInd").attr["w:w"])
			require.NoError(t, err)
			assert.Less(t, ind, 0, "the table spills into the margins")
			assert.InDelta(t, textWidth, total+2*ind, 1, "centred on the text area")
			assert.Equal(t, "fixed", pr.child("w:tblLayout").attr["w:type"])
			for _, b := range pr.child("w:tblBorders").kids {
				assert.Equal(t, "nil", b.attr["w:val"], "borderless")
			}
			for _, r := range tbl.all("w:tr") {
				assert.True(t, r.child("w:trPr").has("w:cantSplit"))
			}
		}
		header := tables[0].all("w:tc")
		require.Len(t, header, 4)
		assert.Equal(t, []string{"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "SỞ TƯ PHÁP", ""}, header[0].paragraphs())
		assert.Equal(t, []string{doc.NationalTitle, doc.Motto, ""}, header[1].paragraphs())
		assert.Equal(t, []string{"Số: 380/BC-STP"}, header[2].paragraphs())
		assert.Equal(t, []string{"An Giang, ngày 19 tháng 11 năm 2024"}, header[3].paragraphs())
		// The motto's rule is as long as the motto; the agency's shorter than its name.
		motto, mottoRule := header[1].all("w:p")[1], header[1].all("w:p")[2]
		assert.True(t, mottoRule.first("w:pBdr").has("w:bottom"))
		assert.Equal(t, "28", motto.first("w:sz").attr["w:val"])
		assert.NotNil(t, motto.first("w:b"))
		ruleInd := mottoRule.first("w:ind").attr
		assert.Equal(t, ruleInd["w:left"], ruleInd["w:right"], "centred")
		left, _ := strconv.Atoi(ruleInd["w:left"])
		// "Độc lập - Tự do - Hạnh phúc" is 12,241 em wide in Times New
		// Roman bold: 3427 twips at 14 pt.
		assert.InDelta(t, 3427, int(l.Style.HeaderColumns[1])-2*left, 2)
		place := header[3].first("w:r").child("w:rPr")
		assert.True(t, place.has("w:i"), "the place-date is italic")

		closing := tables[1].all("w:tc")
		require.Len(t, closing, 2)
		want := append([]string{l.Closing.Label}, l.Closing.Recipients...)
		assert.Equal(t, want, closing[0].paragraphs())
		right := closing[1].paragraphs()
		assert.Equal(t, l.Closing.Title, right[0])
		assert.Equal(t, l.Closing.Name, right[len(right)-1])
		assert.Len(t, right, 2+l.Style.SignatureSpace, "the signature space")
	})

	t.Run("footnotes", func(t *testing.T) {
		var refs []string
		for _, r := range document.all("w:footnoteReference") {
			refs = append(refs, r.attr["w:id"])
		}
		assert.Equal(t, []string{"1", "2", "3", "4", "5", "6"}, refs)
		notes := mustParse(t, part(t, parts, docx.PartFootnotes)).all("w:footnote")
		require.Len(t, notes, 2+len(l.Notes))
		assert.Equal(t, "separator", notes[0].attr["w:type"])
		assert.Equal(t, "-1", notes[0].attr["w:id"])
		assert.Equal(t, "continuationSeparator", notes[1].attr["w:type"])
		assert.Equal(t, "0", notes[1].attr["w:id"])
		for i, n := range l.Notes {
			fn := notes[2+i]
			assert.Equal(t, strconv.Itoa(n.Number), fn.attr["w:id"])
			assert.NotNil(t, fn.first("w:footnoteRef"))
			assert.Equal(t, " "+doc.PlainText(n.Spans), fn.plain())
		}
		settings := mustParse(t, part(t, parts, docx.PartSettings))
		pr := settings.child("w:footnotePr")
		require.NotNil(t, pr)
		assert.Equal(t, "continuous", pr.val("w:numRestart"))
		assert.Len(t, pr.all("w:footnote"), 2)
	})

	t.Run("styles", func(t *testing.T) {
		styles := mustParse(t, part(t, parts, docx.PartStyles))
		fonts := styles.first("w:rPrDefault").first("w:rFonts").attr
		for _, a := range []string{"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"} {
			assert.Equal(t, "Times New Roman", fonts[a], a)
		}
		assert.Equal(t, "vi-VN", styles.first("w:rPrDefault").first("w:lang").attr["w:val"])
		byID := map[string]*node{}
		for _, s := range styles.all("w:style") {
			byID[s.attr["w:styleId"]] = s
		}
		for i := 1; i <= 4; i++ {
			h := byID[fmt.Sprintf("Heading%d", i)]
			require.NotNil(t, h, "Heading%d", i)
			assert.Equal(t, fmt.Sprintf("heading %d", i), h.val("w:name"))
			assert.Equal(t, strconv.Itoa(i-1), h.first("w:outlineLvl").attr["w:val"])
			assert.Nil(t, h.first("w:color"), "no colour of its own")
		}
		body := byID["BodyText"].child("w:pPr")
		assert.Equal(t, "567", body.child("w:ind").attr["w:firstLine"])
		assert.Equal(t, "120", body.child("w:spacing").attr["w:before"])
		assert.Equal(t, "both", body.val("w:jc"))
		assert.Equal(t, "24", byID["FootnoteText"].first("w:sz").attr["w:val"])
		assert.Equal(t, "superscript", byID["FootnoteReference"].first("w:vertAlign").attr["w:val"])
		assert.Equal(t, "28", byID["Header"].first("w:sz").attr["w:val"])
	})

	t.Run("properties", func(t *testing.T) {
		core := mustParse(t, part(t, parts, docx.PartCore))
		assert.Equal(t, "BÁO CÁO Công tác cải cách hành chính 11 tháng đầu năm 2024", core.child("dc:title").text)
		assert.Equal(t, "cchc", core.child("dc:creator").text)
		assert.Equal(t, "vi-VN", core.child("dc:language").text)
		assert.Equal(t, "2024-11-19T00:00:00Z", core.child("dcterms:created").text)
	})
}

func TestFull(t *testing.T) {
	data := write(t, full())
	parts, err := unzip(data)
	require.NoError(t, err)
	document := mustParse(t, part(t, parts, docx.PartDocument))
	body := document.first("w:body")
	got := body.paragraphs()

	t.Run("title block and addressees", func(t *testing.T) {
		i := indexOf(got, []string{"DỰ THẢO", "BÁO CÁO",
			"Kết quả thực hiện nhiệm vụ cải cách hành chính quý I\nnăm 2024 và phương hướng, nhiệm vụ quý II năm 2024", "",
			"Kính gửi:", "- Ủy ban nhân dân tỉnh;", "- Sở Nội vụ;", "- Văn phòng Ủy ban nhân dân tỉnh."})
		require.GreaterOrEqual(t, i, 0, strings.Join(got, "\n"))
		ps := body.kids
		var to []*node
		for _, p := range ps {
			if p.name == "w:p" && (strings.HasPrefix(p.plain(), "Kính gửi") || strings.HasPrefix(p.plain(), "- ")) {
				to = append(to, p)
			}
		}
		require.Len(t, to, 4)
		for _, p := range to {
			assert.Equal(t, "left", p.first("w:jc").attr["w:val"], "not centred")
			left, err := strconv.Atoi(p.first("w:ind").attr["w:left"])
			require.NoError(t, err)
			assert.Greater(t, left, 1701, "indented")
		}
	})

	t.Run("marks in a box", func(t *testing.T) {
		left := body.first("w:tbl").all("w:tr")[1].first("w:tc")
		paras := left.all("w:p")
		require.Len(t, paras, 3)
		assert.Equal(t, []string{"Số: 12/BC-STP", "KHẨN", "MẬT"}, left.paragraphs())
		for _, p := range paras[1:] {
			assert.NotNil(t, p.first("w:r").first("w:bdr"))
			assert.NotNil(t, p.first("w:r").first("w:b"))
		}
	})

	t.Run("data table", func(t *testing.T) {
		tbl := body.all("w:tbl")[1]
		var grid []int
		for _, g := range tbl.child("w:tblGrid").kids {
			w, err := strconv.Atoi(g.attr["w:w"])
			require.NoError(t, err)
			grid = append(grid, w)
		}
		require.Len(t, grid, 4)
		sum := 0
		for _, w := range grid {
			sum += w
		}
		assert.Equal(t, 8787, sum, "the text width")
		assert.InDelta(t, grid[0]*5, grid[1], 5, "widths in proportion 1:5:2:2")
		assert.InDelta(t, grid[0]*2, grid[2], 5)
		for _, b := range tbl.child("w:tblPr").child("w:tblBorders").kids {
			assert.Equal(t, "single", b.attr["w:val"])
		}
		rows := tbl.all("w:tr")
		require.Len(t, rows, 4)
		assert.True(t, rows[0].child("w:trPr").has("w:tblHeader"), "the head repeats on each page")
		assert.False(t, rows[1].child("w:trPr").has("w:tblHeader"))
		for _, c := range rows[0].all("w:tc") {
			assert.Equal(t, "center", c.first("w:jc").attr["w:val"])
			assert.NotNil(t, c.first("w:b"))
		}
		assert.Equal(t, "Văn bản[2]", rows[1].all("w:tc")[1].plain(), "a footnote in a cell")
		// Spanning cells: the width of the columns they cover.
		for r, spans := range map[int][]int{2: {1, 2, 1}, 3: {3, 1}} {
			cells := rows[r].all("w:tc")
			require.Len(t, cells, len(spans))
			col := 0
			for i, span := range spans {
				want := 0
				for _, w := range grid[col : col+span] {
					want += w
				}
				col += span
				assert.Equal(t, strconv.Itoa(want), cells[i].first("w:tcW").attr["w:w"])
				if span > 1 {
					assert.Equal(t, strconv.Itoa(span), cells[i].first("w:gridSpan").attr["w:val"])
				} else {
					assert.Nil(t, cells[i].first("w:gridSpan"))
				}
			}
		}
		assert.Equal(t, "center", rows[3].all("w:tc")[0].first("w:jc").attr["w:val"])
		assert.Equal(t, "right", rows[3].all("w:tc")[1].first("w:jc").attr["w:val"])
	})

	t.Run("line break", func(t *testing.T) {
		assert.Contains(t, got, "Dòng một\nDòng hai")
	})

	t.Run("appendices in sections of their own", func(t *testing.T) {
		for _, label := range []string{"Phụ lục I", "Phụ lục II", "Phụ lục III"} {
			assert.Contains(t, got, label)
		}
		sects := document.all("w:sectPr")
		require.Len(t, sects, 4)
		for i, s := range sects {
			assert.Equal(t, "1", s.child("w:pgNumType").attr["w:start"], "section %d restarts at 1", i)
			assert.True(t, s.has("w:titlePg"))
			if i > 0 {
				assert.Equal(t, "nextPage", s.val("w:type"))
			}
		}
		// Each section but the last ends with a paragraph holding its
		// properties; after a table it is an empty one.
		var ends []*node
		for _, k := range body.kids {
			if k.name == "w:p" && k.first("w:sectPr") != nil {
				ends = append(ends, k)
			}
		}
		require.Len(t, ends, 3)
		assert.Equal(t, "PL.(300)", ends[0].plain(), "the drafter line ends the main text")
		assert.Equal(t, "", ends[1].plain(), "appendix I ends with a table")
		assert.Equal(t, "Không phát hiện sai sót.", ends[2].plain())
		last := body.kids[len(body.kids)-2]
		assert.Equal(t, "w:p", last.name, "a paragraph follows the final table")
	})

	t.Run("closing", func(t *testing.T) {
		right := body.all("w:tbl")[2].all("w:tc")[1].paragraphs()
		assert.Equal(t, []string{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, right[:2])
		assert.Equal(t, "- Lưu: VT, HC (2).", body.all("w:tbl")[2].all("w:tc")[0].paragraphs()[3])
	})
}

func TestEdgeCases(t *testing.T) {
	t.Run("minimal", func(t *testing.T) {
		parts, err := unzip(write(t, minimal()))
		require.NoError(t, err)
		document := mustParse(t, part(t, parts, docx.PartDocument))
		body := document.first("w:body")
		assert.Len(t, document.all("w:sectPr"), 1, "no appendix: one section")
		assert.Equal(t, "w:sectPr", body.kids[len(body.kids)-1].name)
		assert.Nil(t, document.first("w:footnoteReference"))
		notes := mustParse(t, part(t, parts, docx.PartFootnotes)).all("w:footnote")
		assert.Len(t, notes, 2, "only the separators")
		header := body.first("w:tbl").all("w:tc")
		assert.Equal(t, []string{"SỞ TƯ PHÁP", ""}, header[0].paragraphs(), "no parent agency")
		assert.Equal(t, []string{"Số:       /"}, header[2].paragraphs(), "room for the number")
		assert.Contains(t, header[2].first("w:t").attr, "xml:space", "spaces kept")
		assert.Equal(t, []string{"An Giang, ngày 05 tháng 02 năm 2024"}, header[3].paragraphs())
		got := body.paragraphs()
		assert.Contains(t, got, "Nội dung báo cáo./.")
		assert.NotContains(t, got, "DỰ THẢO")
		for _, p := range got {
			assert.NotContains(t, p, "Kính gửi")
		}
		closing := body.all("w:tbl")[1].all("w:tc")[0].paragraphs()
		assert.Equal(t, []string{"Nơi nhận:", "- Lưu: VT."}, closing)
		core := mustParse(t, part(t, parts, docx.PartCore))
		assert.Nil(t, core.child("dc:subject"), "no trích yếu")
		assert.Equal(t, "2024-02-05T00:00:00Z", core.child("dcterms:modified").text)
	})

	t.Run("hostile text", func(t *testing.T) {
		data := write(t, hostile())
		parts, err := unzip(data)
		require.NoError(t, err)
		require.Len(t, parts, len(partNames))
		for _, p := range parts {
			mustParse(t, p.Data)
		}
		document := mustParse(t, part(t, parts, docx.PartDocument))
		texts := strings.Join(document.first("w:body").paragraphs(), "\n")
		// Markup stays text; control characters were replaced by doc.Lay.
		assert.Contains(t, texts, "<script>&\"'\uFFFD\uFFFD\uFFFD\uFFFD\n]]>")
		assert.NotContains(t, string(part(t, parts, docx.PartDocument)), "<script>")
		notes := mustParse(t, part(t, parts, docx.PartFootnotes))
		assert.Contains(t, notes.plain(), "<script>&\"'")
		core := mustParse(t, part(t, parts, docx.PartCore))
		assert.Contains(t, core.child("dc:title").text, "<SCRIPT>&\"'")
	})

	t.Run("no end mark, body ending with a table", func(t *testing.T) {
		d := minimal()
		st := doc.DefaultStyle()
		st.EndMark = ""
		d.Style = &st
		d.Body = []doc.Block{&doc.Table{Columns: []doc.Column{{Title: "A"}, {Title: "B"}}, Rows: [][]doc.Cell{{{Runs: doc.Text("x"), Span: 2}}}}}
		parts, err := unzip(write(t, d))
		require.NoError(t, err)
		body := mustParse(t, part(t, parts, docx.PartDocument)).first("w:body")
		tables := body.all("w:tbl")
		require.Len(t, tables, 3)
		assert.Equal(t, "2", tables[1].first("w:gridSpan").attr["w:val"])
	})

	t.Run("style of 13 pt and 1,27 cm", func(t *testing.T) {
		d := minimal()
		st := doc.DefaultStyle()
		st.Sizes.Body, st.Sizes.NationalTitle, st.Sizes.Motto, st.Sizes.PlaceDate = 13, 12, 13, 13
		st.FirstLineIndent, st.LineSpacing = 720, 150
		d.Style = &st
		parts, err := unzip(write(t, d))
		require.NoError(t, err)
		styles := string(part(t, parts, docx.PartStyles))
		assert.Contains(t, styles, `<w:sz w:val="26"/>`)
		assert.Contains(t, styles, `<w:ind w:firstLine="720"/>`)
		assert.Contains(t, styles, `w:line="360"`)
		document := mustParse(t, part(t, parts, docx.PartDocument))
		national := document.first("w:tbl").all("w:tc")[1].first("w:r")
		assert.Equal(t, "24", national.first("w:sz").attr["w:val"])
	})
}

// TestValidator runs the Open XML validator on the edge-case documents (the
// sample is validated in TestSampleInRealClients).
func TestValidator(t *testing.T) {
	for name, d := range map[string]func() *doc.Document{"minimal": minimal, "full": full, "hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			data := write(t, d())
			path := rendertest.Save(t, "docx-"+name+".docx", data)
			rendertest.CheckOOXML(t, path)
		})
	}
}

func TestErrors(t *testing.T) {
	const table = 6 // the index of the table in the laid-out body of full()
	lay := func(t *testing.T) *doc.Layout {
		l, err := doc.Lay(full())
		require.NoError(t, err)
		require.Equal(t, doc.KindTable, l.Body[table].Kind)
		return l
	}
	// The problems are those of doc.Layout.Check: the test names the place
	// and the code of each, not its words.
	type problem struct {
		Path string
		Code doc.ProblemCode
	}
	tests := []struct {
		name   string
		change func(l *doc.Layout) *doc.Layout
		want   []problem
	}{
		{"nil layout", func(*doc.Layout) *doc.Layout { return nil }, []problem{{"layout", doc.ProblemNil}}},
		{"style", func(l *doc.Layout) *doc.Layout { l.Style.Sizes.Body = 20; return l },
			[]problem{{"style.sizes.body", doc.ProblemStyle}}},
		{"zero style", func(l *doc.Layout) *doc.Layout { l.Style = doc.Style{}; return l }, nil},
		{"no room", func(l *doc.Layout) *doc.Layout { l.Style.PageWidth = 3000; return l }, []problem{{"style.page", doc.ProblemStyle}}},
		{"wide row", func(l *doc.Layout) *doc.Layout {
			tbl := l.Body[table].Table
			tbl.Rows[0] = append(tbl.Rows[0], doc.CellLayout{Span: 1})
			return l
		}, []problem{{"body[6].table.rows[0]", doc.ProblemRowWidth}}},
		{"wide head", func(l *doc.Layout) *doc.Layout {
			tbl := l.Body[table].Table
			tbl.Head = append(tbl.Head, doc.CellLayout{Span: 1})
			return l
		}, []problem{{"body[6].table.head", doc.ProblemRowWidth}}},
		{"zero width", func(l *doc.Layout) *doc.Layout { l.Body[table].Table.Widths[1] = 0; return l },
			[]problem{{"body[6].table.widths[1]", doc.ProblemColumnWidth}}},
		{"no columns", func(l *doc.Layout) *doc.Layout { l.Body[table].Table = &doc.TableLayout{}; return l },
			// Footnote 2 was referenced from the table's cells.
			[]problem{{"body[6].table.widths", doc.ProblemNoColumns}, {"notes[1]", doc.ProblemNoteUnreferenced}}},
		{"table without table", func(l *doc.Layout) *doc.Layout { l.Body[table].Table = nil; return l },
			[]problem{{"body[6].table", doc.ProblemNoTable}, {"notes[1]", doc.ProblemNoteUnreferenced}}},
		{"dangling note", func(l *doc.Layout) *doc.Layout { l.Notes = l.Notes[:1]; return l },
			[]problem{
				{"body[6].table.rows[0][1].spans[1]", doc.ProblemNoteMissing},
				{"appendices[0].body[0].table.rows[0][1].spans[1]", doc.ProblemNoteMissing},
				{"appendices[2].body[0].table.rows[0][1].spans[1]", doc.ProblemNoteMissing},
			}},
		{"duplicate note", func(l *doc.Layout) *doc.Layout { l.Notes[1].Number = 1; return l },
			[]problem{{"notes[1]", doc.ProblemNoteNumber}, {"body[6].table.rows[0][1].spans[1]", doc.ProblemNoteMissing}}},
		{"unreferenced note", func(l *doc.Layout) *doc.Layout {
			l.Notes = append(l.Notes, doc.NoteLayout{Number: 9, Spans: []doc.Span{{Text: "x"}}})
			return l
		}, []problem{{"notes[4]", doc.ProblemNoteUnreferenced}}},
		{"second reference", func(l *doc.Layout) *doc.Layout {
			l.Body[2].Spans = append(l.Body[2].Spans, doc.Span{Note: 1})
			return l
		}, []problem{{"body[2].spans[6]", doc.ProblemNoteRepeated}}},
		{"note in note", func(l *doc.Layout) *doc.Layout {
			l.Notes[0].Spans = append(l.Notes[0].Spans, doc.Span{Note: 2})
			return l
		}, []problem{{"notes[0].spans[1]", doc.ProblemNoteNested}}},
		{"deep heading", func(l *doc.Layout) *doc.Layout { l.Body[0].Depth = 5; return l },
			[]problem{{"body[0]", doc.ProblemHeadingDepth}}},
		{"unknown kind", func(l *doc.Layout) *doc.Layout {
			l.Appendices[1].Body = append(l.Appendices[1].Body, doc.Para{Kind: 42})
			return l
		}, []problem{{"appendices[1].body[1]", doc.ProblemKind}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := docx.WriteLayout(&buf, tt.change(lay(t)))
			var le *doc.LayoutError
			require.ErrorAs(t, err, &le)
			var got []problem
			for _, p := range le.Problems {
				got = append(got, problem{p.Path, p.Code})
			}
			if tt.want == nil { // a zero style: every value of it is out of range
				assert.Contains(t, got, problem{"style.font", doc.ProblemStyle})
			} else {
				assert.Equal(t, tt.want, got)
			}
			assert.Zero(t, buf.Len(), "nothing written")
		})
	}

	t.Run("document", func(t *testing.T) {
		d := minimal()
		d.Header.Place = ""
		err := docx.Write(io.Discard, d)
		var de *doc.Error
		require.ErrorAs(t, err, &de)
		assert.Contains(t, err.Error(), "header.place")
	})

	t.Run("writer", func(t *testing.T) {
		err := docx.Write(failing{}, minimal())
		require.Error(t, err)
		assert.Contains(t, err.Error(), "docx: write: disk full")
	})
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// long returns full() with its body repeated until word/document.xml and
// word/footnotes.xml are several times the buffer WriteLayout streams them
// through.
func long() *doc.Document {
	d := full()
	body := d.Body
	for i := range 150 {
		d.Body = append(d.Body, body...)
		d.Body = append(d.Body, doc.P(doc.Plain(fmt.Sprintf("Đoạn %d", i)), doc.NoteText(fmt.Sprintf("Chú thích %d của một đoạn dài", i))))
	}
	return d
}

// TestWriteLayoutStreams checks that a layout whose parts stream into the
// compressor in many pieces is packed as the parts Parts gives, into a
// *bytes.Buffer and into any other writer alike.
func TestWriteLayoutStreams(t *testing.T) {
	l, err := doc.Lay(long())
	require.NoError(t, err)
	parts, err := docx.Parts(l)
	require.NoError(t, err)
	require.Greater(t, len(part(t, parts, docx.PartDocument)), 400<<10)
	require.Greater(t, len(part(t, parts, docx.PartFootnotes)), 100<<10)
	var buf bytes.Buffer
	require.NoError(t, docx.WriteLayout(&buf, l))
	zipped, err := unzip(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, parts, zipped)
	var other strings.Builder
	require.NoError(t, docx.WriteLayout(&other, l))
	assert.Equal(t, buf.String(), other.String())
}
