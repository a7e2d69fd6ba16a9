// Package pipeline is the report pipeline as the benchmarks time it, shared
// by the benchmarks of examples and the measure command so that both run the
// same code: CheckedDOCX is what `cchc render -o x.docx` does with the bytes
// of a report; Build and Decode take a report through its stages (document,
// layout) for the stages timed one by one. It lives apart from
// internal/bench, which the tests of reform import and which therefore
// cannot import reform.
package pipeline

import (
	"io"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/docx"
)

// CheckedDOCX is the pipeline of `cchc render -o x.docx`: decode data
// strictly, then Checker.Check, which validates and keeps the document it
// builds and lays out to check the report, then write the DOCX to w.
func CheckedDOCX(w io.Writer, data []byte) error {
	r, err := reform.Decode(data)
	if err != nil {
		return err
	}
	checked := reform.Checker{}.Check(r, reform.DefaultWording())
	if checked.Layout == nil {
		return checked.Err
	}
	return docx.WriteLayout(w, checked.Layout)
}

// Stages is a report and what the pipeline makes of it: its document, and
// that document laid out.
type Stages struct {
	// Report is the report as decoded.
	Report *reform.Report
	// Document is the report's document (Report.Document).
	Document *doc.Document
	// Layout is Document laid out (doc.Lay).
	Layout *doc.Layout
}

// Build builds the document of r and lays it out.
func Build(r *reform.Report) (Stages, error) {
	d, err := r.Document()
	if err != nil {
		return Stages{}, err
	}
	l, err := doc.Lay(d)
	if err != nil {
		return Stages{}, err
	}
	return Stages{Report: r, Document: d, Layout: l}, nil
}

// Decode decodes the JSON of a report strictly, then builds and lays out its
// document (Build).
func Decode(data []byte) (Stages, error) {
	r, err := reform.Decode(data)
	if err != nil {
		return Stages{}, err
	}
	return Build(r)
}
