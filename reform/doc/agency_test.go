package doc_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
)

func TestAgencyLines(t *testing.T) {
	st := doc.DefaultStyle()
	tests := []struct {
		name string
		in   string
		bold bool
		want []string
	}{
		{"fits", "Sở Tư pháp", true, []string{"SỞ TƯ PHÁP"}},
		{"abbreviated parent fits", "UBND tỉnh An Giang", false, []string{"UBND TỈNH AN GIANG"}},
		// The DOCX writer used to balance this as "ỦY BAN NHÂN / DÂN XÃ BÌNH
		// HÒA": the break before the unit's name wins.
		{"commune", "Ủy ban nhân dân xã Bình Hòa", true, []string{"ỦY BAN NHÂN DÂN", "XÃ BÌNH HÒA"}},
		{"province", "Ủy ban nhân dân tỉnh An Giang", true, []string{"ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"}},
		{"province as a parent, regular", "Ủy ban nhân dân tỉnh An Giang", false, []string{"ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"}},
		{"district", "Ủy ban nhân dân huyện An Thạnh", true, []string{"ỦY BAN NHÂN DÂN", "HUYỆN AN THẠNH"}},
		{"city of two words", "Ủy ban nhân dân thành phố Hồ Chí Minh", true, []string{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"}},
		{"town: not before XÃ of THỊ XÃ", "Ủy ban nhân dân thị xã Tân Châu", true, []string{"ỦY BAN NHÂN DÂN", "THỊ XÃ TÂN CHÂU"}},
		{"special zone", "Ủy ban nhân dân đặc khu Phú Quốc", true, []string{"ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC"}},
		{"older mark placement", "Uỷ ban nhân dân phường Long Xuyên", true, []string{"UỶ BAN NHÂN DÂN", "PHƯỜNG LONG XUYÊN"}},
		{"before VÀ", "Sở Nông nghiệp và Môi trường", true, []string{"SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"}},
		{"after a dash; XÃ HỘI is no commune", "Sở Lao động - Thương binh và Xã hội", true, []string{"SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"}},
		{"three lines rather than a word split", "Văn phòng Ủy ban nhân dân tỉnh An Giang", true, []string{"VĂN PHÒNG", "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"}},
		{"three even lines", "Ban Quản lý các khu công nghiệp tỉnh An Giang", true, []string{"BAN QUẢN LÝ CÁC", "KHU CÔNG NGHIỆP", "TỈNH AN GIANG"}},
		{"explicit break kept", "Ủy ban nhân dân\nxã Bình Hòa", true, []string{"ỦY BAN NHÂN DÂN", "XÃ BÌNH HÒA"}},
		{"explicit break where the rule would not", "Ủy ban\nnhân dân xã Bình Hòa", true, []string{"ỦY BAN", "NHÂN DÂN XÃ BÌNH HÒA"}},
		{"spaces, blank lines and CR LF", "  Ủy ban  nhân dân \r\n\r\n  xã Bình Hòa ", true, []string{"ỦY BAN NHÂN DÂN", "XÃ BÌNH HÒA"}},
		{"decomposed marks", "Ủy ban nhân dân xã Bi\u0300nh Ho\u0300a", true, []string{"ỦY BAN NHÂN DÂN", "XÃ BÌNH HÒA"}},
		{"a word wider than the column", strings.Repeat("W", 40) + " SỞ", false, []string{strings.Repeat("W", 40), "SỞ"}},
		{"blank", " \n\t", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := st.AgencyLines(tt.in, tt.bold)
			assert.Equal(t, tt.want, got)
			for _, line := range got {
				if strings.Contains(line, " ") {
					assert.LessOrEqual(t, doc.TextWidth(line, st.Sizes.Agency, tt.bold), st.AgencyWidth(), "%q fits", line)
				}
			}
		})
	}
}

// TestAgencyLinesFollowTheStyle: the width is the style's header column at
// its agency size, so a wider column keeps a name on one line.
func TestAgencyLinesFollowTheStyle(t *testing.T) {
	st := doc.DefaultStyle()
	assert.Equal(t, doc.Twips(3635), st.AgencyWidth(), "95%% of 67,5 mm (3 827 twips)")
	st.HeaderColumns[0] = doc.MM(1200)
	assert.Equal(t, []string{"ỦY BAN NHÂN DÂN XÃ BÌNH HÒA"}, st.AgencyLines("Ủy ban nhân dân xã Bình Hòa", true))
}

func TestLayAgencies(t *testing.T) {
	tests := []struct {
		name           string
		parent, issuer string
		wrap           bool
		wantParent     string
		wantIssuer     string
	}{
		// Without WrapAgencies a name on one line stays one line, as it
		// always has: the renderers fit it to the column.
		{"one line, as before", "Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân xã Bình Hòa", false,
			"ỦY BAN NHÂN DÂN TỈNH AN GIANG", "ỦY BAN NHÂN DÂN XÃ BÌNH HÒA"},
		{"wrapped by the rule", "Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân xã Bình Hòa", true,
			"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG", "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA"},
		{"an explicit break is kept without WrapAgencies", "", "Ủy ban nhân dân\r\nxã  Bình Hòa", false,
			"", "ỦY BAN NHÂN DÂN\nXÃ BÌNH HÒA"},
		{"short names", "UBND tỉnh An Giang", "Sở Tư pháp", true, "UBND TỈNH AN GIANG", "SỞ TƯ PHÁP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := minimal(doc.P(doc.Plain("Nội dung.")))
			d.Header.ParentAgency, d.Header.IssuingAgency, d.Header.WrapAgencies = tt.parent, tt.issuer, tt.wrap
			l := lay(t, d)
			assert.Equal(t, tt.wantParent, l.Header.ParentAgency)
			assert.Equal(t, tt.wantIssuer, l.Header.IssuingAgency)
			assert.Equal(t, "Nội dung./.", doc.PlainText(l.Body[0].Spans), "the body is untouched")
		})
	}
}

// TestLayRefusesABlankAgencyWithBreaks: a name of line breaks only is blank.
func TestLayRefusesABlankAgencyWithBreaks(t *testing.T) {
	d := minimal()
	d.Header.IssuingAgency = "\n \n"
	_, err := doc.Lay(d)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "header.issuing_agency")
}

// TestDumpAgencyLines: each line of a name is an entry of the dump.
func TestDumpAgencyLines(t *testing.T) {
	d := minimal()
	d.Header.IssuingAgency, d.Header.WrapAgencies = "Ủy ban nhân dân xã Bình Hòa", true
	assert.Contains(t, doc.Dump(lay(t, d)), "  parent_agency: \n  issuing_agency: ỦY BAN NHÂN DÂN\n  issuing_agency: XÃ BÌNH HÒA\n")
}

// ExampleStyle_AgencyLines shows the lines of a commune's name in the
// header, and an explicit break.
func ExampleStyle_AgencyLines() {
	st := doc.DefaultStyle()
	fmt.Printf("%q\n", st.AgencyLines("Ủy ban nhân dân xã Bình Hòa", true))
	fmt.Printf("%q\n", st.AgencyLines("UBND tỉnh An Giang", false))
	fmt.Printf("%q\n", st.AgencyLines("Sở Văn hóa, Thể thao\nvà Du lịch", true))
	// Output:
	// ["ỦY BAN NHÂN DÂN" "XÃ BÌNH HÒA"]
	// ["UBND TỈNH AN GIANG"]
	// ["SỞ VĂN HÓA, THỂ THAO" "VÀ DU LỊCH"]
}

// FuzzAgencyLines: any name gives lines without breaks or blank lines, in
// clean NFC capitals, with the name's words in order, each line within
// the width unless it is one word.
func FuzzAgencyLines(f *testing.F) {
	for _, s := range []string{"Ủy ban nhân dân xã Bình Hòa", "Sở Tư pháp", "a\nb", "\xff \u0300", strings.Repeat("xã ", 100), ""} {
		f.Add(s, true)
	}
	st := doc.DefaultStyle()
	f.Fuzz(func(t *testing.T, s string, bold bool) {
		lines := st.AgencyLines(s, bold)
		var words []string
		for _, line := range lines {
			if !utf8.ValidString(line) || doc.Clean(line) != line || strings.ContainsAny(line, "\n") || strings.TrimSpace(line) != line || line == "" {
				t.Fatalf("line %q of %q", line, s)
			}
			if ws := strings.Fields(line); len(ws) > 1 && doc.TextWidth(line, st.Sizes.Agency, bold) > st.AgencyWidth() {
				t.Fatalf("line %q of %q is too wide", line, s)
			}
			words = append(words, strings.Fields(line)...)
		}
		var want []string
		for piece := range strings.SplitSeq(doc.Clean(s), "\n") {
			want = append(want, strings.Fields(piece)...)
		}
		if len(words) != len(want) {
			t.Fatalf("%q: words %q, want the words of %q", s, words, want)
		}
	})
}

func BenchmarkAgencyLines(b *testing.B) {
	st := doc.DefaultStyle()
	for name, s := range map[string]string{
		"commune":    "Ủy ban nhân dân xã Bình Hòa",
		"three":      "Ban Quản lý các khu công nghiệp tỉnh An Giang",
		"64 words":   strings.Repeat("xã ", 64),
		"1000 words": strings.Repeat("xã ", 1000),
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				_ = st.AgencyLines(s, true)
			}
		})
	}
}
