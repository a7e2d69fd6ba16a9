package citation

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"golang.org/x/text/unicode/norm"
)

// writingCodes returns the codes of the writing checks Check makes on the
// citation s with the registry reg (nil: DefaultIssuers).
func writingCodes(t *testing.T, s string, reg *Issuers) []finding.Code {
	t.Helper()
	if reg == nil {
		reg = DefaultIssuers()
	}
	c, err := Parse(s)
	require.NoError(t, err, s)
	var out []finding.Code
	for _, f := range c.Check(Options{Issuers: reg}) {
		for _, w := range writingRules() {
			if f.Code == w.Code {
				out = append(out, f.Code)
			}
		}
	}
	return out
}

func TestCheckWriting(t *testing.T) {
	withPTP := DefaultIssuers().With(Issuer{Code: "PTP", Name: "Phòng Tư pháp"})
	tests := []struct {
		in   string
		reg  *Issuers
		want []finding.Code
		why  string
	}{
		// citation.issuer.unknown
		{"Thông tư số 12/2020/TT-BPT", nil, []finding.Code{CodeIssuerUnknown}, "BTP with two letters swapped"},
		{"Thông tư số 12/2020/TT-BTP", nil, nil, "Bộ Tư pháp"},
		{"Quyết định số 766/QĐ-Ttg", nil, []finding.Code{CodeIssuerUnknown}, "TTg written in another case"},
		{"Quyết định số 766/QĐ-TTg", nil, nil, "Thủ tướng Chính phủ"},
		{"Kế hoạch số 12/KH-PTP", nil, []finding.Code{CodeIssuerUnknown}, "a district's Phòng is not in the default registry"},
		{"Kế hoạch số 12/KH-PTP", withPTP, nil, "… until the province adds it"},
		{"Kế hoạch số 1247/KH-UBND", nil, nil, "UBND"},
		{"Công văn số 2803/SNV-CCHC&XDCQ", nil, nil, "a Công văn names its agency first"},
		{"Công văn số 285/XYZ-NC", nil, []finding.Code{CodeIssuerUnknown}, "… and that agency is looked up"},
		{"Thông tư liên tịch số 12/2015/TTLT-BTP-BNV", nil, nil, "both bodies of a joint circular"},
		{"Thông tư liên tịch số 12/2015/TTLT-BTP-BNX", nil, []finding.Code{CodeIssuerUnknown}, "each body of a joint circular"},
		{"Luật số 80/2015/QH13", nil, nil, "the Quốc hội with its term"},
		{"Nghị quyết số 1023/NQ-UBTVQH15", nil, nil, "its Standing Committee"},
		{"Quyết định số 12/QĐ-BCĐ389", nil, nil, "a steering committee with its number"},
		{"Báo cáo số 12/BCTĐ-STP", nil, nil, "a local kind code keeps the agency in its place"},
		{"Kế hoạch số 217-KH/BDVTU", nil, nil, "a board of a provincial Party committee"},
		{"Văn bản số 285/BC-UBND", nil, nil, "Văn bản with a kind abbreviation"},
		{"Văn bản số 285/UBND-NC", nil, nil, "Văn bản numbered like a Công văn"},
		{"Kế hoạch số 12/UBND-NC", nil, nil, "the kind is reported wrong already: no guess at the issuer"},
		// citation.issuer.form
		{"Nghị quyết số 18/NQ-TW", nil, []finding.Code{CodeIssuerForm}, "a Party resolution in the state's form"},
		{"Nghị quyết số 18-NQ/TW", nil, nil, "the Party's form"},
		{"Kế hoạch số 12-KH/UBND", nil, []finding.Code{CodeIssuerForm}, "a state plan in the Party's form"},
		{"Kế hoạch số 12/KH-UBND", nil, nil, "the state's form"},
		// citation.kind.cv
		{"Công văn số 12/CV-UBND", nil, []finding.Code{CodeKindCV}, "CV as the kind of a state letter"},
		{"Công văn số 12-CV/TU", nil, nil, "CV is the Party's"},
		{"Công văn số 134/UBND-NC", nil, nil, "no kind abbreviation"},
		// citation.kind.case
		{"nghị định số 63/2010/NĐ-CP", nil, []finding.Code{CodeKindCase}, "a kind in lower case"},
		{"báo cáo số 1085/BC-UBND", nil, []finding.Code{CodeKindCase}, "the reference report's note 7"},
		{"Nghị định số 63/2010/NĐ-CP", nil, nil, "capitalised"},
		{"NGHỊ ĐỊNH SỐ 63/2010/NĐ-CP", nil, nil, "in capitals, as a heading writes it"},
		{"văn bản số 134/UBND-NC", nil, nil, "\"văn bản\" is no kind name"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, writingCodes(t, tt.in, tt.reg), "%s: %s", tt.in, tt.why)
	}
	// Without a registry none of these checks is made.
	for _, tt := range tests {
		c := MustParse(tt.in)
		for _, f := range c.Check(Options{}) {
			_, isWriting := writingRules().Lookup(f.Code)
			assert.False(t, isWriting, "%s: %s without Options.Issuers", tt.in, f.Code)
		}
	}
}

func TestCheckWritingMessages(t *testing.T) {
	one := func(s string, code finding.Code) finding.Finding {
		t.Helper()
		l := MustParse(s).Check(Options{Issuers: DefaultIssuers()}).WithCode(code)
		require.Len(t, l, 1, s)
		r, _ := writingRules().Lookup(code)
		assert.Equal(t, r.Severity, l[0].Severity, s)
		return l[0]
	}
	f := one("Thông tư số 12/2020/TT-BPT", CodeIssuerUnknown)
	assert.Equal(t, "Thông tư số 12/2020/TT-BPT: chữ viết tắt tên cơ quan ban hành “BPT” không có trong danh mục cơ quan ban hành; có phải “BTP” (Bộ Tư pháp)?", f.Message)
	v, _ := f.Value("suggestion")
	assert.Equal(t, "BTP", v)
	f = one("Quyết định số 766/QĐ-Ttg", CodeIssuerUnknown)
	assert.Contains(t, f.Message, "chữ viết tắt của Thủ tướng Chính phủ viết là “TTg”")
	f = one("Kế hoạch số 12/KH-XQZW", CodeIssuerUnknown)
	assert.Contains(t, f.Message, "bổ sung cơ quan này vào danh mục")
	_, ok := f.Value("suggestion")
	assert.False(t, ok)

	f = one("Nghị quyết số 18/NQ-TW", CodeIssuerForm)
	assert.Equal(t, finding.Error, f.Severity)
	assert.Equal(t, "Nghị quyết số 18/NQ-TW: “TW” là chữ viết tắt của Ban Chấp hành Trung ương, một cơ quan của Đảng: văn bản của Đảng có số, ký hiệu dạng số-LOẠI/CƠ QUAN, không theo thể thức của văn bản nhà nước: 18-NQ/TW.", f.Message)
	v, _ = f.Value("expected")
	assert.Equal(t, "18-NQ/TW", v)
	f = one("Kế hoạch số 12-KH/UBND", CodeIssuerForm)
	v, _ = f.Value("expected")
	assert.Equal(t, "12/KH-UBND", v)

	f = one("Công văn số 12/CV-UBND-NC", CodeKindCV)
	v, _ = f.Value("expected")
	assert.Equal(t, "12/UBND-NC", v)
	assert.Empty(t, MustParse("Công văn số 12/CV-UBND-NC").Check(Options{Issuers: DefaultIssuers()}).WithCode(CodeIssuerUnknown),
		"the agency after CV is UBND")

	f = one("báo cáo số 1085/BC-UBND ngày 30/10/2024 của UBND tỉnh", CodeKindCase)
	assert.Equal(t, "“báo cáo số 1085/BC-UBND ngày 30/10/2024 của UBND tỉnh”: tên loại văn bản “báo cáo” viết thường; khi viện dẫn, tên loại văn bản viết hoa chữ cái đầu: “Báo cáo số 1085/BC-UBND ngày 30/10/2024 của UBND tỉnh”.", f.Message)
	v, _ = f.Value("expected")
	assert.Equal(t, "Báo cáo", v)
}

func TestIssuers(t *testing.T) {
	def := DefaultIssuers()
	n := def.Len()
	require.Positive(t, n)
	is, ok := def.Lookup("TTg")
	assert.True(t, ok)
	assert.Equal(t, Issuer{Code: "TTg", Name: "Thủ tướng Chính phủ"}, is)
	_, ok = def.Lookup("TTG")
	assert.False(t, ok, "codes are looked up as written")
	is, ok = def.Lookup("QH15")
	assert.True(t, ok)
	assert.Equal(t, "Quốc hội khóa 15", is.Name)
	is, ok = def.Lookup("UBTVQH14")
	assert.True(t, ok)
	assert.Equal(t, "Ủy ban Thường vụ Quốc hội khóa 14", is.Name)
	is, ok = def.Lookup("BDVTU")
	assert.True(t, ok)
	assert.Equal(t, Issuer{Code: "BDVTU", Name: "Ban Dân vận Tỉnh ủy", Party: true}, is)
	is, ok = def.Lookup("TW")
	assert.True(t, ok)
	assert.True(t, is.Party)

	// With returns a new registry and leaves the default as it was.
	more := def.With(Issuer{Code: "PTP", Name: "Phòng Tư pháp"}, Issuer{Code: "STP", Name: "Sở Tư pháp tỉnh An Giang"}, Issuer{Code: " "})
	assert.Equal(t, n, def.Len())
	assert.Equal(t, n+1, more.Len(), "STP replaced, a blank code left out")
	_, ok = def.Lookup("PTP")
	assert.False(t, ok)
	is, _ = more.Lookup("STP")
	assert.Equal(t, "Sở Tư pháp tỉnh An Giang", is.Name)

	// List is a copy; a nil registry knows nothing.
	l := more.List()
	l[0].Code = "X"
	_, ok = more.Lookup("X")
	assert.False(t, ok)
	var none *Issuers
	assert.Zero(t, none.Len())
	assert.Nil(t, none.List())
	_, ok = none.Lookup("CP")
	assert.False(t, ok)
	assert.Equal(t, 1, NewIssuers(Issuer{Code: "A", Name: "x"}, Issuer{Code: "A", Name: "y"}).Len())

	// Every code is written as a số, ký hiệu writes it, and every name in NFC.
	seen := map[string]bool{}
	for _, is := range def.List() {
		assert.False(t, seen[is.Code], "%s listed once", is.Code)
		seen[is.Code] = true
		assert.NotContains(t, is.Code, " ")
		assert.NotEmpty(t, is.Name, is.Code)
	}
}

func TestOneEditApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"BTP", "BPT", true}, {"BTP", "BTC", true}, {"BTP", "BTPX", true}, {"BTP", "TP", true},
		{"BTP", "BTP", false}, {"BTP", "PTB", false}, {"BTP", "BXYZ", false}, {"SNV", "BNV", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneEditApart([]rune(tt.a), []rune(tt.b)), "%s %s", tt.a, tt.b)
	}
}

// TestCheckWritingBounded: a text of many citations with unknown issuers
// is checked in linear time, one finding per citation.
func TestCheckWritingBounded(t *testing.T) {
	text := strings.Repeat("kế hoạch số 12/KH-XQZW; Nghị quyết số 18/NQ-TW; ", 5000)
	l := CheckAll(Scan(text), Options{Issuers: DefaultIssuers()})
	assert.Len(t, l.WithCode(CodeIssuerUnknown), 5000)
	assert.Len(t, l.WithCode(CodeIssuerForm), 5000)
	assert.Len(t, l.WithCode(CodeKindCase), 5000)
}

func FuzzCheckWriting(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Nghị quyết số 18/NQ-TW; công văn số 12/CV-UBND; Thông tư 12/2020/TT-BPT")
	f.Fuzz(func(t *testing.T, text string) {
		for _, x := range CheckAll(Scan(text), Options{Issuers: DefaultIssuers()}) {
			if strings.TrimSpace(x.Message) == "" {
				t.Fatalf("empty message for %s", x.Code)
			}
		}
		_ = CheckSources([]Source{{Passage: text, Citations: Scan(text)}, {Passage: text, Citations: Scan(text)}})
	})
}

func BenchmarkCheckAllIssuers(b *testing.B) {
	cits := Scan(readSeed(b))
	opts := Options{Issuers: DefaultIssuers()}
	for b.Loop() {
		_ = CheckAll(cits, opts)
	}
}

// TestCapitalsCompose checks what checkCase takes for granted: every
// character whose canonical decomposition starts with an ASCII capital is
// not in lower case, so that a text starting with an ASCII capital starts
// with no lower-case letter in NFC either.
func TestCapitalsCompose(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 || norm.NFD.PropertiesString(string(r)).Decomposition() == nil {
			continue
		}
		if d := norm.NFD.String(string(r)); 'A' <= d[0] && d[0] <= 'Z' {
			n++
			require.False(t, unicode.IsLower(r), "%U %c", r, r)
		}
	}
	assert.Greater(t, n, 100)
	assert.Equal(t, "Ấn", norm.NFC.String("A\u0302\u0301n"))
}
