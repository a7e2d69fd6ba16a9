package personnel

// Topic: qualifications — a staff group (the department's staff, the staff
// of a level below it) by degree (doctor, master, bachelor, below bachelor)
// and each degree by field (law, other): a partition of the group's
// headcount, and the list of degrees the sentences write.

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Qualifications are a staff group by degree (trình độ) and, within each
// degree, by field (law or other). A nil degree is one the report does not
// state: it is never read as zero.
type Qualifications struct {
	// Doctor: doctorate (tiến sĩ).
	Doctor *Degree `json:"doctor,omitempty"`
	// Master: master's degree (thạc sĩ).
	Master *Degree `json:"master,omitempty"`
	// Bachelor: bachelor's degree (đại học).
	Bachelor *Degree `json:"bachelor,omitempty"`
	// Below: below a bachelor's degree (dưới đại học), the group that closes
	// the partition of the staff by degree.
	Below *Degree `json:"below,omitempty"`
}

// Degree is the number of people with one degree, split by field.
//
// When Law and Other are both given the number is their sum, and Total, if
// given too, is the number as the report states it and is checked against
// the sum. Otherwise the number is Total (nil when not given either).
type Degree struct {
	// Total is the number with the degree as stated; nil when not given.
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Law is the number with the degree in law (luật); nil when not given.
	Law *int64 `json:"law,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Other is the number with the degree in another field (khác); nil when
	// not given.
	Other *int64 `json:"other,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Count returns the number with the degree: Law + Other when both are given,
// Total otherwise; ok is false when neither is known, a figure is negative,
// or Law + Other leaves the int64 range (counts above finding.MaxCount,
// which Validate reports).
func (d *Degree) Count() (n int64, ok bool) {
	if d == nil {
		return 0, false
	}
	law, lok := count(d.Law)
	other, ook := count(d.Other)
	if lok && ook {
		n, err := finding.Sum(law, other)
		return n, err == nil
	}
	return count(d.Total)
}

// degree is one degree of Qualifications with its names.
type degree struct {
	key  string // JSON name
	name string // Vietnamese name, lower case
	d    *Degree
}

// degrees returns the degrees in order: doctor, master, bachelor, below.
func (q *Qualifications) degrees() []degree {
	return []degree{
		{"doctor", "tiến sĩ", q.Doctor},
		{"master", "thạc sĩ", q.Master},
		{"bachelor", "đại học", q.Bachelor},
		{"below", "dưới đại học", q.Below},
	}
}

// The codes of the checks of qualifications.
const (
	// CodeDegrees: staff by degree do not add up to the staff.
	CodeDegrees finding.Code = "personnel.qualification.degrees"
	// CodeDegreesIncomplete: some degree is not stated and the stated ones fall short of the staff.
	CodeDegreesIncomplete finding.Code = "personnel.qualification.degrees.incomplete"
	// CodeField: law + other do not make the degree's total.
	CodeField finding.Code = "personnel.qualification.field"
)

// The rules of the checks of qualifications.
var (
	ruleDegrees = finding.Rule{Code: CodeDegrees, Severity: finding.Error,
		Summary: "Số người theo trình độ cộng lại không bằng số nhân sự của nhóm.",
		Doc: "Doctor + master + bachelor + below must equal the group's staff when every degree is given (domain.md §4: " +
			"staff by qualification is a partition); the given degrees must never exceed the staff, whatever is missing."}
	ruleDegreesIncomplete = finding.Rule{Code: CodeDegreesIncomplete, Severity: finding.Warning,
		Summary: "Các trình độ được nêu cộng lại ít hơn số nhân sự và báo cáo không nêu đủ các nhóm trình độ.",
		Doc: "Some degree (usually 'below bachelor') is not stated and the stated ones fall short of the staff. Reports " +
			"often list only higher degrees, so this is not proof of a slip, but the gap is unexplained: a warning naming " +
			"it and the missing groups, as for the dossier balance without an 'other' bucket (domain.md §3)."}
	ruleField = finding.Rule{Code: CodeField, Severity: finding.Error,
		Summary: "Số người theo chuyên ngành (luật, khác) không khớp với số người của trình độ.",
		Doc:     "Law + other = the degree's stated total when all three are given; one field alone never exceeds the total."}
)

// qualifications checks the field split of every degree and the partition of
// the staff by degree.
func (c *checker) qualifications(q *Qualifications, path string, staff *int64, staffPath, staffLabel string) {
	var terms []term
	for _, dg := range q.degrees() {
		dp := path + "." + dg.key
		if dg.d != nil {
			c.fields(dg, dp)
		}
		n, ok := dg.d.Count()
		terms = append(terms, term{label: dg.name, path: dp, v: n, ok: ok})
	}
	if whole, ok := count(staff); ok {
		c.partition(ruleDegrees, ruleDegreesIncomplete, staffPath, staffLabel, whole, terms)
	}
}

// fields checks the split of one given degree, at path dp, by field: law +
// other = total when all three are given, one field ≤ total otherwise.
func (c *checker) fields(dg degree, dp string) {
	total, tok := count(dg.d.Total)
	law, lok := count(dg.d.Law)
	other, ook := count(dg.d.Other)
	s := ruleField.Subject(dp+".total", "số người có trình độ "+dg.name)
	switch {
	case tok && lok && ook:
		c.add(finding.SumEquals(s, total,
			finding.Part{Label: "luật", Path: dp + ".law", Value: law},
			finding.Part{Label: "khác", Path: dp + ".other", Value: other}))
	case tok && lok:
		c.atMost(ruleField, dp+".law", "số người có trình độ "+dg.name+" chuyên ngành luật", dg.d.Law, dg.d.Total, dp+".total")
	case tok && ook:
		c.atMost(ruleField, dp+".other", "số người có trình độ "+dg.name+" chuyên ngành khác", dg.d.Other, dg.d.Total, dp+".total")
	}
}

// addQualifications adds the qualifications at path: a degree is in the sum
// only when both sides give it.
func addQualifications(ad *section.Adder, path string, a, b *Qualifications) *Qualifications {
	if a == nil || b == nil {
		return nil
	}
	deg := func(key string, x, y *Degree) *Degree {
		if x == nil || y == nil {
			return nil
		}
		p := path + "." + key + "."
		return &Degree{Total: ad.Optional(p+"total", x.Total, y.Total), Law: ad.Optional(p+"law", x.Law, y.Law),
			Other: ad.Optional(p+"other", x.Other, y.Other)}
	}
	return &Qualifications{Doctor: deg("doctor", a.Doctor, b.Doctor), Master: deg("master", a.Master, b.Master),
		Bachelor: deg("bachelor", a.Bachelor, b.Bachelor), Below: deg("below", a.Below, b.Below)}
}

// DegreeData is the data of Wording.Degree.
type DegreeData struct {
	// Degree is the degree's name in lower case: "tiến sĩ", "thạc sĩ", "đại
	// học", "dưới đại học".
	Degree string
	// Count is the number with the degree (Law + Other when both are given).
	Count Figure
	// Law and Other are the split by field.
	Law, Other Figure
}

// DegreesData are the qualifications of a staff group, part of
// QualificationsData and LocalData.
type DegreesData struct {
	// Degrees is the list of the given degrees written by Wording.Degree and
	// joined with ", ": "14 thạc sĩ (12 luật, 02 khác), 66 đại học (55 luật,
	// 11 khác)"; empty when no degree is given.
	Degrees string
	// Doctor, Master, Bachelor and Below are the degrees one by one.
	Doctor, Master, Bachelor, Below DegreeData
	// LawOnly is true when masters and bachelors are both given, each with
	// its split and no one in another field, and no doctor or below-bachelor
	// count other than zero is given: the group can be written "03 Thạc sĩ
	// Luật, 54 … Đại học Luật" without leaving anyone out.
	LawOnly bool
}

// QualificationsData is the data of Wording.Qualifications.
type QualificationsData struct {
	Names
	DegreesData
}

// degrees returns the template data of qualifications. Law and other
// counts whose sum overflows are the Writer's error: the text never prints
// a wrong total.
func (g *generator) degrees(q *Qualifications) DegreesData {
	var out DegreesData
	if q == nil {
		return out
	}
	var phrases []string
	slots := []*DegreeData{&out.Doctor, &out.Master, &out.Bachelor, &out.Below}
	for i, dg := range q.degrees() {
		dd, phrase, ok := g.degree(dg)
		if !ok {
			return out
		}
		if phrase != "" {
			phrases = append(phrases, phrase)
		}
		*slots[i] = dd
	}
	out.Degrees = strings.Join(phrases, ", ")
	out.LawOnly = q.Master.lawOnly() && q.Bachelor.lawOnly() && q.Doctor.none() && q.Below.none()
	return out
}

// degree returns the template data of one degree and its phrase written by
// Wording.Degree ("" when the degree gives no figure); ok is false when its
// law and other counts overflow, which is the Writer's error.
func (g *generator) degree(dg degree) (dd DegreeData, phrase string, ok bool) {
	dd = DegreeData{Degree: dg.name}
	if dg.d == nil {
		return dd, "", true
	}
	dd.Law, dd.Other = g.fig(dg.d.Law), g.fig(dg.d.Other)
	if dg.d.Law != nil && dg.d.Other != nil {
		if _, err := finding.Sum(*dg.d.Law, *dg.d.Other); err != nil {
			g.wr.Fail(fmt.Errorf("personnel: qualifications.%s: %w", dg.key, err))
			return dd, "", false
		}
	}
	if n, ok := dg.d.Count(); ok {
		dd.Count = g.fig(&n)
	} else if dg.d.Total != nil {
		dd.Count = g.fig(dg.d.Total)
	}
	if dd.Count.Given || dd.Law.Given || dd.Other.Given {
		phrase = g.wr.Sentence("Degree", dd)
	}
	return dd, phrase, true
}

// lawOnly reports whether the degree is given with its split and no one in
// another field.
func (d *Degree) lawOnly() bool {
	return d != nil && d.Law != nil && d.Other != nil && *d.Other == 0
}

// none reports whether the degree is not given or given as zero.
func (d *Degree) none() bool {
	if d == nil {
		return true
	}
	n, ok := d.Count()
	return ok && n == 0
}

// qualificationRules are the rules of the qualifications of the staff, in the order Rules lists them.
func qualificationRules() finding.Catalogue {
	return finding.Catalogue{
		ruleDegrees,
		ruleDegreesIncomplete,
		ruleField,
	}
}
