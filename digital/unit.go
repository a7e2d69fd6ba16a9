package digital

// Topic: the figures of one unit that a table of a roll-up by unit shows
// (chỉ tiêu theo đơn vị): the staff with an official e-mail address, the
// procedures offered as online services, derived as the section's text
// derives them.

import "github.com/cchc-go/cchc/reform/finding"

// Accounts returns the staff with an official e-mail address and the staff,
// the ratio the e-mail sentence writes: the counts when both are given
// (they win over All), else every staff member when All is set and the
// staff is given. ok is false for nil e-mail figures and when the ratio is
// not known (one count alone, or All without the staff).
func (e *Email) Accounts() (withEmail, staff int64, ok bool) {
	switch {
	case e == nil:
		return 0, 0, false
	case e.Staff != nil && e.WithEmail != nil:
		return *e.WithEmail, *e.Staff, true
	case e.All && e.Staff != nil:
		return *e.Staff, *e.Staff, true
	}
	return 0, 0, false
}

// OnlineServices returns the number of procedures offered as online public
// services (dịch vụ công trực tuyến) under Nghị định 42/2022/NĐ-CP: toàn
// trình and một phần together. It is false for nil services, for
// procedures counted by mức độ 1–4 only (one scheme is never turned into
// the other), when either count is not given, and for a sum past the int64
// range.
func (s *Services) OnlineServices() (int64, bool) {
	if s == nil || s.Online == nil || s.Levels != nil || s.Online.Full == nil || s.Online.Partial == nil {
		return 0, false
	}
	n, err := finding.Sum(*s.Online.Full, *s.Online.Partial)
	return n, err == nil
}
