package examples_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/bench"
	"github.com/cchc-go/cchc/internal/bench/pipeline"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/pdf"
)

// The benchmarks of the whole pipeline on the reference report, and their
// peer: what `cchc render` does, from the JSON bytes to a checked DOCX, and
// a plain encoding/json parse of the same bytes into a generic value, run
// side by side so that their ratio means something on a shared machine
// (issue 18; internal/bench/run.sh prints the ratios). The stages are
// measured one by one in BenchmarkStages, each renderer from the same
// layout; a report twenty times the reference (BenchmarkLarge) shows that
// the cost grows with the size of the report and no faster.

// BenchmarkPipeline runs the pipeline from JSON bytes to a checked DOCX, and
// its peer, encoding/json into any, in the same run.
func BenchmarkPipeline(b *testing.B) {
	data := testutil.Reference(b)
	benchPipeline(b, data)
}

// BenchmarkLarge runs the pipeline and its peer on a report twenty times the
// reference (largeReport).
func BenchmarkLarge(b *testing.B) {
	data := largeReport(b, testutil.Reference(b), 20)
	benchPipeline(b, data)
}

// benchPipeline runs the pipeline on data (pipeline.CheckedDOCX: decode
// strictly, validate, which builds and lays out the document, and write the
// DOCX), and its peer.
func benchPipeline(b *testing.B, data []byte) {
	var out bytes.Buffer
	testutil.RunBytes(b, "checked-docx", data, func(data []byte) error {
		out.Reset()
		return pipeline.CheckedDOCX(&out, data)
	})
	testutil.RunBytes(b, "encoding-json-any", data, testutil.UnmarshalAny)
}

// BenchmarkStages measures each stage of the pipeline on the reference
// report: Decode, Validate (whole, and without the document it builds to
// make sure the report renders: Checker.SkipDocument), Document, Lay, and
// each renderer writing the same layout.
func BenchmarkStages(b *testing.B) {
	data := testutil.Reference(b)
	s, err := pipeline.Decode(data)
	require.NoError(b, err)
	r, d, l := s.Report, s.Document, s.Layout
	testutil.RunBytes(b, "Decode", data, func(data []byte) error { _, err := reform.Decode(data); return err })
	testutil.Run(b, "Validate", func() error { _ = r.Validate(); return nil })
	c := reform.Checker{SkipDocument: true}
	testutil.Run(b, "Validate/SkipDocument", func() error { _ = c.Validate(r); return nil })
	testutil.Run(b, "Document", func() error { _, err := r.Document(); return err })
	testutil.Run(b, "Lay", func() error { _, err := doc.Lay(d); return err })
	for _, f := range append(formats(), pdf.Format()) {
		var out bytes.Buffer
		testutil.Run(b, "Write/"+f.Name, func() error {
			out.Reset()
			return f.Write(&out, l)
		})
	}
}

// largeReport returns the JSON of a report n times the reference
// (bench.LargeReport: every list but the figures and the recipients
// repeated n times).
func largeReport(tb testing.TB, data []byte, n int) []byte {
	tb.Helper()
	out, err := bench.LargeReport(data, n)
	require.NoError(tb, err)
	return out
}

// TestLargeReport checks that the report of BenchmarkLarge is a report that
// renders, about twenty times the reference.
func TestLargeReport(t *testing.T) {
	if testing.Short() {
		t.Skip("large report")
	}
	ref := testutil.Reference(t)
	data := largeReport(t, ref, 20)
	var a, b bytes.Buffer
	require.NoError(t, pipeline.CheckedDOCX(&a, ref))
	require.NoError(t, pipeline.CheckedDOCX(&b, data))
	t.Logf("JSON %d → %d bytes (%.1f×), DOCX %d → %d bytes (%.1f×)", len(ref), len(data), float64(len(data))/float64(len(ref)),
		a.Len(), b.Len(), float64(b.Len())/float64(a.Len()))
	large, err := pipeline.Decode(data)
	require.NoError(t, err)
	reference, err := pipeline.Decode(ref)
	require.NoError(t, err)
	l, lr := large.Layout, reference.Layout
	t.Logf("paragraphs %d → %d, footnotes %d → %d", len(lr.Body), len(l.Body), len(lr.Notes), len(l.Notes))
}

// TestCheckIsValidateThenRender checks that the pipeline of the benchmarks
// and of "cchc render", Checker.Check, which validates and keeps the
// document it builds to check the report, gives the findings of Validate
// and the bytes of DocumentWith then docx.Write, for every example report,
// with the default wording and with another one that retitles sections.
func TestCheckIsValidateThenRender(t *testing.T) {
	retitled := reform.DefaultWording()
	retitled.Procedures.ResultsTitle = "Kết quả giải quyết hồ sơ"
	retitled.Conclusion = "Trên đây là báo cáo {{.Period}} của {{.Agency}}."
	for _, name := range []string{referenceJSON, "commune-binh-hoa.json", "department-so-y-te.json", "district-an-thanh.json"} {
		for _, w := range []struct {
			name    string
			wording reform.Wording
		}{{"default", reform.DefaultWording()}, {"retitled", retitled}} {
			t.Run(name+"/"+w.name, func(t *testing.T) {
				r := loadReport(t, name)
				checked := reform.Checker{}.Check(r, w.wording)
				require.NoError(t, checked.Err)
				assert.Equal(t, r.Validate(), checked.Findings)
				d, err := r.DocumentWith(w.wording)
				require.NoError(t, err)
				var want, got bytes.Buffer
				require.NoError(t, docx.Write(&want, d))
				require.NoError(t, docx.WriteLayout(&got, checked.Layout))
				assert.Equal(t, want.Bytes(), got.Bytes())
			})
		}
	}
}

// TestCheckOfAReportThatCannotBeBuilt checks that Check returns what
// Document refuses, with Validate's findings.
func TestCheckOfAReportThatCannotBeBuilt(t *testing.T) {
	r := loadReport(t, referenceJSON)
	r.Basis = &doc.Narrative{Text: "**không đóng"}
	checked := reform.Checker{}.Check(r, reform.DefaultWording())
	assert.Error(t, checked.Err)
	assert.Nil(t, checked.Document)
	assert.Nil(t, checked.Layout)
	assert.Equal(t, r.Validate(), checked.Findings)
	assert.True(t, checked.Findings.HasErrors())
}
