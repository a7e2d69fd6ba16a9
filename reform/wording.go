package reform

import (
	"errors"
	"fmt"
	"io"

	"github.com/cchc-go/cchc/reform/internal/strictjson"
)

// MaxWordingBytes is the largest wording file DecodeWording reads: 1 MiB,
// far above the default wording (about 20 KB).
const MaxWordingBytes = 1 << 20

// DecodeWording reads a department's changes to the wording (câu chữ) as
// JSON and returns the default wording with those changes applied: a key
// left out keeps the default sentence. The keys are the Go names of the
// Wording fields, nested as in the types, e.g.
//
//	{"Conclusion": "Trên đây là báo cáo {{.Period}} của {{.Agency}}.",
//	 "Procedures": {"Feedback": "{{.Unit}} không nhận được phản ánh nào."}}
//
// Decoding is strict, as for a report: an unknown key, a duplicate key or a
// value of the wrong type is a *DecodeError listing every problem with its
// path and a Vietnamese message. A template that does not parse is an
// error too, naming its field; templates are checked against data only when
// a document is built (Report.DocumentWith).
//
// DecodeWording holds no state between calls and is safe for concurrent use.
func DecodeWording(data []byte) (Wording, error) {
	w := DefaultWording()
	out := &DecodeError{}
	if err := out.add(strictjson.Decode(data, &w, DecodeOptions{MaxBytes: MaxWordingBytes}.strict())); err != nil {
		return Wording{}, err
	}
	if len(out.Problems) > 0 {
		return Wording{}, out
	}
	if err := w.Check(); err != nil {
		return Wording{}, err
	}
	return w, nil
}

// DecodeWordingFrom reads rd, at most MaxWordingBytes of it, and decodes it
// with DecodeWording.
func DecodeWordingFrom(rd io.Reader) (Wording, error) {
	data, err := io.ReadAll(io.LimitReader(rd, MaxWordingBytes+1))
	if err != nil {
		return Wording{}, fmt.Errorf("reform: reading the wording: %w", err)
	}
	return DecodeWording(data)
}

// Check compiles every sentence of the wording, the report's own and each
// section's, and returns every template that does not parse, each named by
// its section and field ("tthc: wording.Dossiers: …"); nil when all do.
func (w Wording) Check() error {
	return errors.Join(compiler().Check(w.sentences()), w.Procedures.Check(), w.Personnel.Check(),
		w.Communication.Check(), w.Digital.Check())
}
