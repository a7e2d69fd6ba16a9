package rendertest

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
)

// Lay lays out d, failing the test when doc.Lay refuses it.
func Lay(t testing.TB, d *doc.Document) *doc.Layout {
	t.Helper()
	l, err := doc.Lay(d)
	if err != nil {
		t.Fatalf("Lay: %v", err)
	}
	return l
}

// ErrDiskFull is the error of every write to a FailingWriter.
var ErrDiskFull = errors.New("disk full")

// FailingWriter is an io.Writer whose every write fails with ErrDiskFull.
type FailingWriter struct{}

// Write fails with ErrDiskFull.
func (FailingWriter) Write([]byte) (int, error) { return 0, ErrDiskFull }

// Refusal is a layout that doc.Layout.Check refuses, with the place and the
// code of the first problem a renderer must report for it.
type Refusal struct {
	// Name names the case.
	Name string
	// Layout builds the layout afresh.
	Layout func() *doc.Layout
	// Path and Code are those of the first problem.
	Path string
	Code doc.ProblemCode
}

// SampleRefusals returns the refusals made by breaking the laid-out sample
// document (sample.Document()) in one place each: a nil layout, notes
// missing, numbered twice or zero, or cited nowhere, an unknown kind of
// paragraph, a table without its table, rows too wide, a table without
// columns and a style out of range.
func SampleRefusals(t testing.TB) []Refusal {
	good := func() *doc.Layout { return Lay(t, sample.Document()) }
	change := func(f func(l *doc.Layout)) func() *doc.Layout {
		return func() *doc.Layout { l := good(); f(l); return l }
	}
	wideRow := func(row int) func(l *doc.Layout) {
		return func(l *doc.Layout) {
			tb := l.Appendices[0].Body[0].Table
			tb.Rows[row] = append(tb.Rows[row], doc.CellLayout{Span: 1})
		}
	}
	return []Refusal{
		{"nil layout", func() *doc.Layout { return nil }, "layout", doc.ProblemNil},
		{"missing note", change(func(l *doc.Layout) { l.Notes = l.Notes[1:] }), "body[21].spans[1]", doc.ProblemNoteMissing},
		{"note numbered twice", change(func(l *doc.Layout) { l.Notes[1].Number = 1 }), "notes[1]", doc.ProblemNoteNumber},
		{"note number zero", change(func(l *doc.Layout) { l.Notes[0].Number = 0 }), "notes[0]", doc.ProblemNoteNumber},
		{"unknown kind", change(func(l *doc.Layout) { l.Body[2].Kind = 9 }), "body[2]", doc.ProblemKind},
		{"table without table", change(func(l *doc.Layout) { l.Appendices[0].Body[0].Table = nil }),
			"appendices[0].body[0].table", doc.ProblemNoTable},
		{"first row too wide", change(wideRow(0)), "appendices[0].body[0].table.rows[0]", doc.ProblemRowWidth},
		{"fourth row too wide", change(wideRow(3)), "appendices[0].body[0].table.rows[3]", doc.ProblemRowWidth},
		{"table without columns", change(func(l *doc.Layout) { l.Appendices[0].Body[0].Table = &doc.TableLayout{} }),
			"appendices[0].body[0].table.widths", doc.ProblemNoColumns},
		{"uncited note", change(func(l *doc.Layout) {
			l.Notes = append(l.Notes, doc.NoteLayout{Number: 99, Spans: []doc.Span{{Text: "lẻ"}}})
		}), "notes[" + strconv.Itoa(len(good().Notes)) + "]", doc.ProblemNoteUnreferenced},
		{"style", change(func(l *doc.Layout) { l.Style.LineSpacing = 300 }), "style.line_spacing", doc.ProblemStyle},
	}
}

// Refused checks that write refuses each layout with a *doc.LayoutError
// whose first problem is the refusal's, and writes nothing.
func Refused(t *testing.T, write func(io.Writer, *doc.Layout) error, refusals []Refusal) {
	t.Helper()
	for _, r := range refusals {
		t.Run(r.Name, func(t *testing.T) {
			var b bytes.Buffer
			err := write(&b, r.Layout())
			var le *doc.LayoutError
			if !errors.As(err, &le) {
				t.Fatalf("the error is %v, not a *doc.LayoutError", err)
			}
			if len(le.Problems) == 0 {
				t.Fatal("a layout error without problems")
			}
			if got := le.Problems[0]; got.Path != r.Path || got.Code != r.Code {
				t.Errorf("first problem at %q (%v), want at %q (%v)", got.Path, got.Code, r.Path, r.Code)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written on error, want none", b.Len())
			}
		})
	}
}

// CheckText checks the text properties of a text output (Markdown, plain
// text): valid UTF-8, NFC, no control character but "\n" (nor a line or
// paragraph separator), a final newline and no blank line at the end.
func CheckText(t testing.TB, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatal("invalid UTF-8")
	}
	if !norm.NFC.IsNormalString(out) {
		t.Fatal("not NFC")
	}
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029') {
			t.Fatalf("control character %U in output:\n%q", r, out)
		}
	}
	if !strings.HasSuffix(out, "\n") {
		t.Fatal("no final newline")
	}
	if strings.HasSuffix(out, "\n\n") {
		t.Fatal("blank line at the end")
	}
}

// CheckFormat checks the format f of a renderer: render.Pick finds it by
// pick (a name or an extension, in any case); it has the given name,
// extension and media type; and its Render of the sample document
// (sample.Document()) writes want, the bytes the renderer's Write writes.
func CheckFormat(t testing.TB, f render.Format, pick, name, extension, mediaType string, want []byte) {
	t.Helper()
	picked, err := render.Pick(pick, f)
	if err != nil {
		t.Fatalf("render.Pick(%q): %v", pick, err)
	}
	if picked.Name != name || picked.Extension != extension || picked.MediaType != mediaType {
		t.Errorf("format %q %q %q, want %q %q %q", picked.Name, picked.Extension, picked.MediaType, name, extension, mediaType)
	}
	var b bytes.Buffer
	if err := picked.Render(&b, sample.Document()); err != nil {
		t.Fatalf("Render: %v", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Error("Format().Render does not write what Write writes")
	}
}

// Written returns what write writes of d, failing the test on an error.
func Written(t testing.TB, write func(io.Writer, *doc.Document) error, d *doc.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, d); err != nil {
		t.Fatalf("write: %v", err)
	}
	return b.Bytes()
}

// FuzzLayout is the fuzz target of a renderer on sample.Fuzzed, seeded with
// sample.FuzzSeeds: check gets the layout of each document doc.Lay accepts
// (a document Lay refuses is Lay's to report).
func FuzzLayout(f *testing.F, check func(t *testing.T, l *doc.Layout)) {
	for _, s := range sample.FuzzSeeds() {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, title, agency, note, cell string) {
		if l, err := doc.Lay(sample.Fuzzed(title, agency, note, cell)); err == nil {
			check(t, l)
		}
	})
}

// CheckWriteErrors checks the errors of write, a renderer's Write of a
// document: an empty document, which doc.Lay refuses, comes back as its
// *doc.Error naming header.date; and an error of the writer (a
// FailingWriter) comes back as it is.
func CheckWriteErrors(t testing.TB, write func(io.Writer, *doc.Document) error) {
	t.Helper()
	err := write(&bytes.Buffer{}, &doc.Document{})
	var de *doc.Error
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "header.date") {
		t.Errorf("the error of an empty document is %v, want a *doc.Error naming header.date", err)
	}
	if err := write(FailingWriter{}, sample.Document()); err == nil || err.Error() != ErrDiskFull.Error() {
		t.Errorf("the writer's error comes back as %v, want %q", err, ErrDiskFull)
	}
}

// Between returns the text of out between the first from and the first to
// after it, failing the test when either is missing.
func Between(t testing.TB, out, from, to string) string {
	t.Helper()
	_, after, ok := strings.Cut(out, from)
	if !ok {
		t.Fatalf("no %q in:\n%s", from, out)
	}
	before, _, ok := strings.Cut(after, to)
	if !ok {
		t.Fatalf("no %q after %q in:\n%s", to, from, out)
	}
	return before
}

// BenchLayout benchmarks write on the layout of the sample document
// (sample.Document()), writing into a fresh buffer each time.
func BenchLayout(b *testing.B, write func(io.Writer, *doc.Layout) error) {
	l := Lay(b, sample.Document())
	for b.Loop() {
		if err := write(&bytes.Buffer{}, l); err != nil {
			b.Fatal(err)
		}
	}
}
