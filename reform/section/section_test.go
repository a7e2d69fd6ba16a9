package section_test

import (
	"errors"
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

func TestJoin(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{" ", ""}, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a và b"},
		{[]string{"a", " b ", "", "c"}, "a, b và c"},
	} {
		assert.Equal(t, c.want, section.Join(c.in), "%q", c.in)
	}
}

func TestCapitalize(t *testing.T) {
	for in, want := range map[string]string{
		"khai sinh": "Khai sinh", "đăng ký": "Đăng ký", "ủy ban": "Ủy ban",
		"": "", "03 hồ sơ": "03 hồ sơ", "(a)": "(a)", "\xff": "\xff",
	} {
		assert.Equal(t, want, section.Capitalize(in), "%q", in)
	}
}

func TestCollapse(t *testing.T) {
	assert.Equal(t, "a b c", section.Collapse("  a \t\n b  c\n"))
	assert.Equal(t, "a\u00a0b", section.Collapse("\u00a0a\u00a0b "))
	assert.Equal(t, "", section.Collapse(" \n\t"))
}

func TestCompileReportsEveryBrokenSentence(t *testing.T) {
	_, err := section.Compile("tthc", []section.Sentence{
		{Name: "Title", Text: "{{.Unit"},
		{Name: "Dossiers", Text: "ok {{.Unit}}"},
		{Name: "Feedback", Text: "{{if}}"},
		{Name: "Empty", Text: ""},
	})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "tthc: wording.Title:")
	assert.Contains(t, err.Error(), "tthc: wording.Feedback:")
	assert.NotContains(t, err.Error(), "Dossiers")
}

type names struct {
	Unit   string
	Units  []string
	Staff  section.Figure
	Absent section.Figure
}

func TestWriter(t *testing.T) {
	set, err := section.Compile("personnel", []section.Sentence{
		{Name: "Units", Text: "{{upper .Unit}} gồm {{join .Units}}{{if .Staff.Given}}, có {{bold .Staff.Text}} người{{end}}" +
			"{{if .Absent.Given}} và {{.Absent}}{{end}}.  \n"},
		{Name: "Empty", Text: ""},
		{Name: "Markup", Text: "**{{.Unit}}"},
		{Name: "Missing", Text: "{{.Nope}}"},
	})
	require.NoError(t, err)
	data := names{Unit: "sở Tư pháp", Units: []string{"Văn phòng", "Thanh tra", "Phòng Hành chính"},
		Staff: section.Optional(vn.DefaultFormat(), ptr(3))}

	w := set.Writer()
	assert.Equal(t, "Sở Tư pháp gồm Văn phòng, Thanh tra và Phòng Hành chính, có **03** người.  \n", w.Text("Units", data))
	assert.Equal(t, "Sở Tư pháp gồm Văn phòng, Thanh tra và Phòng Hành chính, có **03** người.", w.Sentence("Units", data))
	runs := w.Runs("Units", data)
	require.Len(t, runs, 3)
	assert.Equal(t, doc.Run{Text: "03", Bold: true}, runs[1])
	assert.Nil(t, w.Runs("Empty", data))
	require.NoError(t, w.Err())

	// The first error is kept; later calls write nothing.
	assert.Nil(t, w.Runs("Markup", data))
	require.Error(t, w.Err())
	assert.Contains(t, w.Err().Error(), "personnel: wording.Markup:")
	assert.Equal(t, "", w.Text("Units", data))
	first := w.Err()
	w.Fail(assert.AnError)
	assert.Equal(t, first, w.Err())

	w = set.Writer()
	w.Text("Missing", data)
	assert.ErrorContains(t, w.Err(), "personnel: wording.Missing:")

	// A sentence name that does not exist is an error, not a panic.
	w = set.Writer()
	assert.Equal(t, "", w.Text("Unitz", data))
	assert.ErrorContains(t, w.Err(), "personnel: wording.Unitz: no such sentence")
}

func TestExecuteWritesNFC(t *testing.T) {
	set, err := section.Compile("x", []section.Sentence{{Name: "S", Text: "Hoa\u0300 {{.}}"}})
	require.NoError(t, err)
	s, err := set.Execute("S", "Ho\u00e0")
	require.NoError(t, err)
	assert.Equal(t, "Hoà Hoà", s)
}

func TestCompilerKeepsTheDefault(t *testing.T) {
	defaults := []section.Sentence{{Name: "A", Text: "{{.}}"}, {Name: "B", Text: "b"}}
	c := section.NewCompiler("x", defaults)
	a, err := c.Compile(defaults)
	require.NoError(t, err)
	b, err := c.Compile([]section.Sentence{{Name: "A", Text: "{{.}}"}, {Name: "B", Text: "b"}})
	require.NoError(t, err)
	assert.Same(t, a, b, "the default sentences are compiled once")

	changed, err := c.Compile([]section.Sentence{{Name: "A", Text: "khác {{.}}"}, {Name: "B", Text: "b"}})
	require.NoError(t, err)
	assert.NotSame(t, a, changed)
	s, err := changed.Execute("A", "x")
	require.NoError(t, err)
	assert.Equal(t, "khác x", s)

	broken := section.NewCompiler("x", []section.Sentence{{Name: "A", Text: "{{"}})
	_, err = broken.Compile([]section.Sentence{{Name: "A", Text: "{{"}})
	assert.ErrorContains(t, err, "x: wording.A:")
}

func TestSetIsSafeForConcurrentUse(t *testing.T) {
	set, err := section.Compile("x", []section.Sentence{{Name: "S", Text: "{{join .}}"}})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := set.Writer()
			assert.Equal(t, "a và b", w.Text("S", []string{"a", "b"}))
		}()
	}
	wg.Wait()
}

func TestFigure(t *testing.T) {
	f := vn.DefaultFormat()
	assert.Equal(t, section.Figure{}, section.Optional(f, nil))
	assert.Equal(t, section.Figure{Value: 2917, Given: true, Text: "2.917"}, section.Optional(f, ptr(2917)))
	assert.Equal(t, "03", section.Count(f, 3).String())
}

func TestAdder(t *testing.T) {
	a := section.NewAdder("tthc")
	assert.Equal(t, int64(5), a.Add("dossiers.received", 2, 3))
	assert.Nil(t, a.Optional("dossiers.early", ptr(1), nil))
	assert.Equal(t, ptr(7), a.Optional("dossiers.early", ptr(3), ptr(4)))
	require.NoError(t, a.Err())

	assert.Equal(t, int64(0), a.Add("dossiers.received", finding.MaxCount, 1))
	require.ErrorIs(t, a.Err(), finding.ErrAboveMaxCount)
	assert.Contains(t, a.Err().Error(), "tthc: add: dossiers.received: 1000000000000 + 1:")
	assert.Equal(t, int64(0), a.Add("x", 1, 1), "after an error nothing is added")

	a = section.NewAdder("digital")
	a.Add("records", math.MaxInt64, math.MaxInt64)
	require.Error(t, a.Err())

	a = section.NewAdder("tthc")
	a.Fail(assert.AnError)
	a.Fail(errors.New("later"))
	assert.ErrorIs(t, a.Err(), assert.AnError, "the first error is kept")
}

func ptr(n int64) *int64 { return &n }

func TestCheckMarkup(t *testing.T) {
	rule := finding.Rule{Code: "x.narrative.markup", Severity: finding.Error}
	for _, c := range []struct {
		name     string
		n        doc.Narrative
		paths    []string
		contains string
	}{
		{"good", doc.Narrative{Text: "Có chú thích[^1] và *nghiêng*.", Notes: []string{"Công văn số 1/UBND"}}, nil, ""},
		{"bold never closed", doc.Narrative{Text: "Tổng **148 thủ tục"}, []string{"p.text"}, "“**” mở chữ đậm nhưng không có “**” đóng lại"},
		{"note never referenced", doc.Narrative{Text: "Không dẫn.", Notes: []string{"Ghi chú"}}, []string{"p.notes[0]"}, "chú thích thứ 1 được đánh dấu 0 lần"},
		{"empty note", doc.Narrative{Text: "Dẫn[^1].", Notes: []string{" "}}, []string{"p.notes[0]"}, "chú thích thứ 1 không có nội dung"},
		{"items", doc.Narrative{Text: "Đầu.", Items: []doc.Narrative{{Text: "Một"}, {Text: "Hai *"}, {Text: "Ba", Items: []doc.Narrative{{Text: "\\"}}}}},
			[]string{"p.items[1].text", "p.items[2].items[0].text"}, "Không đọc được định dạng của nội dung “Hai *”"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var l finding.List
			section.CheckMarkup(&l, rule, "p", c.n)
			var paths []string
			for _, f := range l {
				paths = append(paths, f.Path)
				assert.Equal(t, rule.Code, f.Code)
				v, ok := f.Value("offset")
				assert.True(t, ok && v != "", "the offset is a value")
				assert.NotContains(t, f.Message, "byte", "the message is for the clerk")
			}
			assert.Equal(t, c.paths, paths)
			if c.contains != "" {
				require.NotEmpty(t, l)
				assert.Contains(t, l[0].Message, c.contains)
			}
		})
	}
}
