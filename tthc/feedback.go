// Topic: feedback on administrative procedures (sub-item g, tiếp nhận, xử
// lý phản ánh, kiến nghị): received, answered, answered on time, pending in
// time, channel. Its type, rules and checks, roll-up, and sentence.

package tthc

import (
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Feedback is the handling of feedback on administrative procedures
// (tiếp nhận, xử lý phản ánh, kiến nghị — PAKN — của cá nhân, tổ chức về quy
// định hành chính, TTHC). Received is always given (0 means none was
// received); the other counts are nil when the source does not state them.
type Feedback struct {
	// Received is the number of feedback items received (số PAKN tiếp nhận).
	Received int64 `json:"received" validate:"gte=0,lte=1000000000000"`
	// Answered is the number answered or handled (đã trả lời, xử lý).
	Answered *int64 `json:"answered,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// AnsweredOnTime is the number answered within the time limit (trả lời
	// đúng hạn; 15 working days in Quyết định 766/QĐ-TTg).
	AnsweredOnTime *int64 `json:"answered_on_time,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// PendingInTime is the number not yet answered and still within the
	// time limit (đang xử lý trong hạn).
	PendingInTime *int64 `json:"pending_in_time,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Channel is where the feedback came in, as the report names it, e.g.
	// "Cổng dịch vụ công Quốc gia"; empty when not said.
	Channel string `json:"channel,omitempty"`
}

// Unanswered returns received − answered, and whether Answered is given
// (and the difference fits in an int64).
func (f *Feedback) Unanswered() (int64, bool) {
	if f.Answered == nil {
		return 0, false
	}
	d, err := finding.Diff(f.Received, *f.Answered)
	return d, err == nil
}

// The codes of the findings about feedback (mã kiểm tra). Rules documents
// each one with its default severity and its source.
const (
	// CodeFeedbackAnswered: more feedback answered than received.
	CodeFeedbackAnswered finding.Code = "tthc.feedback.answered"
	// CodeFeedbackOnTime: more feedback answered on time than answered.
	CodeFeedbackOnTime finding.Code = "tthc.feedback.on_time"
	// CodeFeedbackPendingInTime: more feedback pending in time than pending.
	CodeFeedbackPendingInTime finding.Code = "tthc.feedback.pending_in_time"
)

// The rules of the feedback checks, one per code: built once, never
// changed.
var (
	ruleFeedbackAnswered = finding.Rule{Code: CodeFeedbackAnswered, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị đã trả lời vượt quá số đã tiếp nhận.",
		Doc:     "feedback answered ≤ feedback received."}
	ruleFeedbackOnTime = finding.Rule{Code: CodeFeedbackOnTime, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị trả lời đúng hạn vượt quá số đã trả lời.",
		Doc:     "feedback answered on time ≤ answered (≤ received when answered is not given)."}
	ruleFeedbackPendingInTime = finding.Rule{Code: CodeFeedbackPendingInTime, Severity: finding.Error,
		Summary: "Số phản ánh, kiến nghị đang xử lý trong hạn vượt quá số chưa trả lời.",
		Doc:     "feedback pending in time ≤ received − answered (≤ received when answered is not given)."}
)

// check checks the feedback figures; path is the JSON path of f.
func (f *Feedback) check(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	if f.Answered != nil {
		if x, ok := finding.AtMost(ruleFeedbackAnswered.Subject(p("answered"), "số phản ánh, kiến nghị đã trả lời", p("received")),
			*f.Answered, f.Received); ok {
			l.Add(x)
		}
	}
	if f.AnsweredOnTime != nil {
		f.checkOnTime(p, l)
	}
	if f.PendingInTime != nil {
		f.checkPendingInTime(p, l)
	}
}

// checkOnTime checks answered on time ≤ answered, or ≤ received when
// answered is not given; p gives the JSON path of a field.
func (f *Feedback) checkOnTime(p func(string) string, l *finding.List) {
	whole, wp := f.Received, p("received")
	if f.Answered != nil {
		whole, wp = *f.Answered, p("answered")
	}
	if x, ok := finding.AtMost(ruleFeedbackOnTime.Subject(p("answered_on_time"), "số phản ánh, kiến nghị trả lời đúng hạn", wp),
		*f.AnsweredOnTime, whole); ok {
		l.Add(x)
	}
}

// checkPendingInTime checks pending in time ≤ received − answered, or ≤
// received when answered is not given; p gives the JSON path of a field.
func (f *Feedback) checkPendingInTime(p func(string) string, l *finding.List) {
	whole, related := f.Received, []string{p("received")}
	if u, ok := f.Unanswered(); ok {
		whole, related = max(u, 0), []string{p("received"), p("answered")}
	}
	if x, ok := finding.AtMost(ruleFeedbackPendingInTime.Subject(p("pending_in_time"), "số phản ánh, kiến nghị đang xử lý trong hạn", related...),
		*f.PendingInTime, whole); ok {
		l.Add(x)
	}
}

// addFeedback adds two units' feedback (see Section.Add).
func addFeedback(x, y *Feedback) (*Feedback, error) {
	if !both(x, y) {
		return nil, nil
	}
	a := section.NewAdder("tthc")
	out := &Feedback{
		Received:       a.Add("feedback.received", x.Received, y.Received),
		Answered:       a.Optional("feedback.answered", x.Answered, y.Answered),
		AnsweredOnTime: a.Optional("feedback.answered_on_time", x.AnsweredOnTime, y.AnsweredOnTime),
		PendingInTime:  a.Optional("feedback.pending_in_time", x.PendingInTime, y.PendingInTime),
	}
	if strings.TrimSpace(x.Channel) == strings.TrimSpace(y.Channel) {
		out.Channel = x.Channel
	}
	if err := a.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// zeroFeedback returns feedback with the same figures given as f, every
// count zero, and its channel; nil for nil.
func zeroFeedback(f *Feedback) *Feedback {
	if f == nil {
		return nil
	}
	return &Feedback{Answered: zero(f.Answered), AnsweredOnTime: zero(f.AnsweredOnTime),
		PendingInTime: zero(f.PendingInTime), Channel: f.Channel}
}

// FeedbackFigures are the formatted figures of the feedback sentence.
type FeedbackFigures struct {
	Names
	// None is true when no feedback was received.
	None bool
	// Received is the number received: "03".
	Received section.Figure
	// Answered is the number answered; Given false when not given.
	Answered section.Figure
	// AllAnswered is true when every item received was answered.
	AllAnswered bool
	// Unanswered is received − answered; Given false when answered is not
	// given.
	Unanswered section.Figure
	// AnsweredOnTime is the number answered on time; Given false when not
	// given.
	AnsweredOnTime section.Figure
	// Channel is where the feedback came in.
	Channel string
}

// FeedbackSentence returns the sentence of feedback (sub-item g), e.g. "Sở
// Tư pháp nhận được 03 phản ánh, kiến nghị …". It returns ErrNoFigures when
// the section has no feedback figures.
func (s *Section) FeedbackSentence(w Wording) (string, error) {
	if s == nil || s.Feedback == nil {
		return "", ErrNoFigures
	}
	wr, err := w.writer()
	if err != nil {
		return "", err
	}
	t := wr.Text("Feedback", feedbackFigures(s.Feedback, s.names(), w.Numbers))
	return t, wr.Err()
}

// feedbackBlocks is sub-item g: the feedback sentence, then narrative.
func (s *Section) feedbackBlocks(wr *section.Writer, f vn.Format, n Names) []doc.Block {
	var out []doc.Block
	if s.Feedback != nil {
		out = appendSentence(wr, out, "Feedback", feedbackFigures(s.Feedback, n, f))
	}
	return append(out, textBlocks(wr, s.FeedbackText, "feedback_text")...)
}

// feedbackFigures formats the figures of the feedback sentence.
func feedbackFigures(fb *Feedback, n Names, f vn.Format) FeedbackFigures {
	out := FeedbackFigures{
		Names: n, None: fb.Received == 0, Received: section.Count(f, fb.Received),
		Answered: section.Optional(f, fb.Answered), AnsweredOnTime: section.Optional(f, fb.AnsweredOnTime),
		Channel: strings.TrimSpace(fb.Channel),
	}
	if u, ok := fb.Unanswered(); ok {
		out.Unanswered = section.Count(f, u)
		out.AllAnswered = u == 0
	}
	return out
}

// feedbackRules are the rules of the feedback on procedures.
func feedbackRules() finding.Catalogue {
	return finding.Catalogue{ruleFeedbackAnswered, ruleFeedbackOnTime, ruleFeedbackPendingInTime}
}
