package digital

// Topic: the staff's official e-mail accounts (thư điện tử công vụ): counts
// of staff and of staff with an address ("80/86 công chức, viên chức"), or
// the fact that every staff member has one ("100% … đều được cấp"), and the
// share a report states. Printed as the e-mail item, whose share is derived
// from the counts or, without them, from All.

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Email is the staff's official e-mail accounts (thư điện tử công vụ).
//
// A report states either counts ("80/86 công chức, viên chức") or that every
// staff member has an address ("100% công chức, viên chức đều được cấp thư
// điện tử"). The second is All: the text derives "100%" from it; a stated
// share goes in Declared.
type Email struct {
	// Staff is the number of civil servants and public employees (công
	// chức, viên chức); nil when the report does not say.
	Staff *int64 `json:"staff,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// WithEmail is how many of them have an official e-mail address; nil
	// when the report does not say.
	WithEmail *int64 `json:"with_email,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// All says that every staff member has an official address, when the
	// report says so without counts (tất cả, 100%).
	All bool `json:"all,omitempty"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredEmail `json:"declared,omitzero"`
}

// DeclaredEmail is the share of staff with an e-mail address as a report
// states it.
type DeclaredEmail struct {
	// Share is the stated share, as written: "100%".
	Share string `json:"share,omitempty"`
}

// The codes of the e-mail checks; Rules documents each one.
const (
	// CodeEmailAccounts: more staff with an e-mail address than staff.
	CodeEmailAccounts finding.Code = "digital.email.accounts"
	// CodeEmailAll: "all staff" stated while the counts say otherwise.
	CodeEmailAll finding.Code = "digital.email.all"
	// CodeEmailIncomplete: one e-mail count given without the other.
	CodeEmailIncomplete finding.Code = "digital.email.incomplete"
	// CodeEmailShare: the stated e-mail share differs from the derived one.
	CodeEmailShare finding.Code = "digital.email.share"
)

// The rules of the e-mail checks (see Rules): built once, never changed.
var (
	ruleEmailAccounts = finding.Rule{Code: CodeEmailAccounts, Severity: finding.Error,
		Summary: "Số công chức, viên chức được cấp thư điện tử vượt quá số công chức, viên chức.",
		Doc:     "email.with_email ≤ email.staff (finding.AtMost)."}
	ruleEmailAll = finding.Rule{Code: CodeEmailAll, Severity: finding.Error,
		Summary: "Báo cáo ghi tất cả công chức, viên chức được cấp thư điện tử nhưng số liệu cho thấy không phải tất cả.",
		Doc:     "email.all is set while email.with_email ≠ email.staff; the text follows the counts."}
	ruleEmailIncomplete = finding.Rule{Code: CodeEmailIncomplete, Severity: finding.Warning,
		Summary: "Chỉ có một trong hai số liệu về thư điện tử (số công chức, viên chức và số người được cấp).",
		Doc: "email.staff or email.with_email is given without the other and email.all is not set: no share can be derived " +
			"and the e-mail sentence is left out of the text."}
	ruleEmailShare = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeEmailShare, Severity: finding.Error,
			Summary: "Tỷ lệ công chức, viên chức được cấp thư điện tử ghi trong báo cáo khác tỷ lệ tính được.",
			Doc: "email.declared.share is compared with with_email/staff × 100 at the stated precision (finding.CheckRate), " +
				"or with 100% when only email.all is given."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeEmailShare), Severity: finding.Warning,
			Summary: "Tỷ lệ công chức, viên chức được cấp thư điện tử bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared e-mail share equals the truncated value, not the rounded one (finding.CheckRate)."},
	}
)

// check checks the e-mail accounts: the counts against each other and
// against All, or a count given alone, then the stated share.
func (e *Email) check(out *finding.List) {
	if e == nil {
		return
	}
	counts := e.Staff != nil && e.WithEmail != nil
	if counts {
		e.checkCounts(out)
	} else if !e.All && (e.Staff != nil || e.WithEmail != nil) {
		e.checkIncomplete(out)
	}
	e.checkDeclaredShare(out, counts)
}

// checkCounts checks both counts given: with_email ≤ staff, and All only
// when they are equal.
func (e *Email) checkCounts(out *finding.List) {
	atMost(out, ruleEmailAccounts, "email.with_email", "email.staff",
		"số công chức, viên chức được cấp thư điện tử", e.WithEmail, *e.Staff)
	if e.All && *e.WithEmail != *e.Staff {
		out.Add(ruleEmailAll.At("email.all", fmt.Sprintf("Báo cáo ghi tất cả công chức, viên chức đều được cấp thư điện tử "+
			"nhưng số liệu là %s/%s; văn bản ghi theo số liệu.", vn.Int(*e.WithEmail), vn.Int(*e.Staff))).
			WithRelated("email.with_email", "email.staff").
			WithValues(finding.Value{Name: "with_email", Value: strconv.FormatInt(*e.WithEmail, 10)},
				finding.Value{Name: "staff", Value: strconv.FormatInt(*e.Staff, 10)}))
	}
}

// checkIncomplete reports the one count given without the other.
func (e *Email) checkIncomplete(out *finding.List) {
	given, missing, path := "số công chức, viên chức", "số người được cấp thư điện tử", "email.staff"
	v := e.Staff
	if e.WithEmail != nil {
		given, missing, path = missing, given, "email.with_email"
		v = e.WithEmail
	}
	out.Add(ruleEmailIncomplete.At(path, fmt.Sprintf("Dữ liệu thư điện tử có %s (%s) nhưng không có %s; không tính được tỷ lệ, "+
		"câu về thư điện tử không được đưa vào văn bản.", given, vn.Int(*v), missing)).
		WithValues(finding.Value{Name: "value", Value: strconv.FormatInt(*v, 10)}))
}

// checkDeclaredShare checks the stated share: against the counts when both
// are given (counts), else against the 100% of All; without either it is
// underived.
func (e *Email) checkDeclaredShare(out *finding.List, counts bool) {
	text := e.Declared.Share
	if text == "" {
		return
	}
	const path, label = "email.declared.share", "tỷ lệ công chức, viên chức được cấp thư điện tử"
	v, places, ok := parseShare(out, path, label, text)
	switch {
	case !ok:
	case counts:
		if _, f, bad := ruleEmailShare.CheckRate(path, label, v, places, *e.WithEmail, *e.Staff, "email.with_email", "email.staff"); bad {
			out.Add(f)
		}
	case e.All:
		if !v.Equal(hundred) {
			out.Add(allShareMismatch(path, v, places))
		}
	default:
		out.Add(underived(path, []string{"email.with_email", "email.staff", "email.all"}, text,
			fmt.Sprintf("Tỷ lệ công chức, viên chức được cấp thư điện tử ghi %s nhưng không có số công chức, viên chức "+
				"và số người được cấp thư điện tử để tính lại; tỷ lệ này không được đưa vào văn bản. "+
				"Nếu tất cả đều được cấp, hãy ghi nhận điều đó (all).", text)))
	}
}

// allShareMismatch is the finding of a stated share v other than the 100%
// that All says.
func allShareMismatch(path string, v decimal.Decimal, places int32) finding.Finding {
	return ruleEmailShare.Mismatch.At(path, fmt.Sprintf("Tỷ lệ công chức, viên chức được cấp thư điện tử ghi %s "+
		"nhưng dữ liệu ghi tất cả công chức, viên chức đều được cấp (100%%).", vn.PercentValue(v, places))).
		WithRelated("email.all").
		WithValues(finding.Value{Name: "declared", Value: v.String()}, finding.Value{Name: "derived", Value: "100"},
			finding.Value{Name: "difference", Value: v.Sub(hundred).String()})
}

// addEmail adds the e-mail accounts: each count only when both sides give
// it, All when both say it.
func addEmail(ad *section.Adder, a, b *Email) *Email {
	if a == nil || b == nil {
		return nil
	}
	return &Email{
		Staff:     ad.Optional("email.staff", a.Staff, b.Staff),
		WithEmail: ad.Optional("email.with_email", a.WithEmail, b.WithEmail),
		All:       a.All && b.All,
	}
}

// stripEmail copies the e-mail accounts without the declared share.
func stripEmail(e *Email) *Email {
	if e == nil {
		return nil
	}
	return &Email{Staff: clonePtr(e.Staff), WithEmail: clonePtr(e.WithEmail), All: e.All}
}

// EmailData is the data of Wording.Email.
type EmailData struct {
	// Share is the share of staff with an address: "100%", "93%".
	Share string
	// Ratio is "80/86" when the counts are given, else empty.
	Ratio string
	// Staff and WithEmail are the counts, or empty.
	Staff, WithEmail string
	// All is true when every staff member has an address.
	All bool
}

// emailText is the e-mail sentence (Wording.Email); empty when emailData
// has nothing to print.
func (w *writer) emailText(e *Email) string {
	data, ok := w.emailData(e)
	if !ok {
		return ""
	}
	return w.line("Email", data)
}

// emailData derives the e-mail sentence's figures: from the counts when both
// are given (they win over All), else 100% from All.
func (w *writer) emailData(e *Email) (EmailData, bool) {
	if e == nil {
		return EmailData{}, false
	}
	if e.Staff != nil && e.WithEmail != nil {
		share, err := w.format.Percent(*e.WithEmail, *e.Staff)
		if err == nil {
			return EmailData{
				Share: share, Ratio: w.format.Ratio(*e.WithEmail, *e.Staff),
				Staff: w.format.Count(*e.Staff), WithEmail: w.format.Count(*e.WithEmail),
				All: *e.WithEmail == *e.Staff,
			}, true
		}
	}
	if e.All {
		data := EmailData{Share: vn.PercentValue(hundred, 0), All: true}
		if e.Staff != nil {
			data.Staff = w.format.Count(*e.Staff)
		}
		return data, true
	}
	return EmailData{}, false
}

// emailRules are the rules of the e-mail accounts, in the order Rules lists them.
func emailRules() finding.Catalogue {
	return finding.Catalogue{
		ruleEmailAccounts,
		ruleEmailAll,
		ruleEmailIncomplete,
		ruleEmailShare.Mismatch,
		ruleEmailShare.Truncated,
	}
}
