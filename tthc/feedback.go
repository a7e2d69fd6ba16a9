package tthc

import "github.com/cchc-go/cchc/reform/finding"

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
		whole, wp := f.Received, p("received")
		if f.Answered != nil {
			whole, wp = *f.Answered, p("answered")
		}
		if x, ok := finding.AtMost(ruleFeedbackOnTime.Subject(p("answered_on_time"), "số phản ánh, kiến nghị trả lời đúng hạn", wp),
			*f.AnsweredOnTime, whole); ok {
			l.Add(x)
		}
	}
	if f.PendingInTime != nil {
		whole, related := f.Received, []string{p("received")}
		if u, ok := f.Unanswered(); ok {
			whole, related = max(u, 0), []string{p("received"), p("answered")}
		}
		if x, ok := finding.AtMost(ruleFeedbackPendingInTime.Subject(p("pending_in_time"), "số phản ánh, kiến nghị đang xử lý trong hạn", related...),
			*f.PendingInTime, whole); ok {
			l.Add(x)
		}
	}
}
