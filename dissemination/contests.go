package dissemination

// Topic: the contests (thông qua hình thức tổ chức hội thi, cuộc thi), online
// and in person, with their attempts, contestants, teams, units and
// participants. In the text they are one "-" item, one clause per contest.

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Contest is one contest (hội thi, cuộc thi). An online contest usually gives
// attempts, contestants and participating units; an in-person one teams,
// participants and units; any figure may be given for either.
type Contest struct {
	// Mode is in_person or online.
	Mode Mode `json:"mode" validate:"required,oneof=in_person online"`
	// Name is the contest's name as written, e.g. "Cuộc thi trực tuyến “Tìm
	// hiểu Pháp luật” năm 2024".
	Name string `json:"name" validate:"required"`
	// Partner is the organisation the contest was held with (đơn vị phối hợp).
	Partner string `json:"partner,omitempty"`
	// Date is the day it was held, YYYY-MM-DD, when the report gives one.
	Date string `json:"date,omitempty" validate:"omitempty,datetime=2006-01-02"`
	// Attempts is the number of attempts of an online contest (lượt thi).
	Attempts *int64 `json:"attempts,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Contestants is the number of contestants (lượt thí sinh dự thi).
	Contestants *int64 `json:"contestants,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Audience is who the contestants were, after "là".
	Audience string `json:"audience,omitempty"`
	// Teams is the number of teams (đội thi).
	Teams *int64 `json:"teams,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Units is the number of participating units (đơn vị tham gia).
	Units *int64 `json:"units,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// UnitsNoun is what Units counts, e.g. "huyện, thị xã, thành phố trên địa
	// bàn tỉnh"; required with Units.
	UnitsNoun string `json:"units_noun,omitempty" validate:"required_with=Units"`
	// Also are participants named besides the counted units, e.g. "Công an
	// tỉnh", "các thí sinh tự do".
	Also []string `json:"also,omitempty" validate:"dive,required"`
	// Participants is the number of participants (lượt người tham dự).
	Participants *int64 `json:"participants,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// CodeAttempts: a contest has more contestants than attempts.
const CodeAttempts finding.Code = "dissemination.contests.attempts"

// ruleAttempts is the rule of CodeAttempts, which Rules lists: built once,
// never changed.
var ruleAttempts = finding.Rule{Code: CodeAttempts, Severity: finding.Error,
	Summary: "Số lượt thí sinh của cuộc thi nhiều hơn số lượt thi.",
	Doc:     "Each contestant makes at least one attempt: contests[i].contestants ≤ contests[i].attempts when both are given (domain.md §5)."}

// Checks.

// checkContests checks that no contest has more contestants than attempts.
func checkContests(l *finding.List, contests []Contest) {
	for i, k := range contests {
		if k.Attempts == nil || k.Contestants == nil {
			continue
		}
		p := finding.Index("contests", i)
		if f, bad := finding.AtMost(ruleAttempts.Subject(p+".contestants",
			fmt.Sprintf("số lượt thí sinh dự thi của cuộc thi thứ %d (không thể nhiều hơn số lượt thi)", i+1), p+".attempts"),
			*k.Contestants, *k.Attempts); bad {
			l.Add(f)
		}
	}
}

// Roll-up.

// addContests returns the contests of a and b concatenated, a's first, and
// copied.
func addContests(a, b []Contest) []Contest {
	return cloneAll(Contest.clone, a, b)
}

func (c Contest) clone() Contest {
	c.Attempts, c.Contestants, c.Teams = ptr(c.Attempts), ptr(c.Contestants), ptr(c.Teams)
	c.Units, c.Participants = ptr(c.Units), ptr(c.Participants)
	c.Also = slices.Clone(c.Also)
	return c
}

// Text.

// ContestsData is the data of Wording.Contests.
type ContestsData struct {
	// Organiser is the organising agency.
	Organiser string
	// Items are the contests' clauses, each made by Wording.Contest.
	Items []string
	// Joined is Items joined with "; ".
	Joined string
}

// ContestData is the data of Wording.Contest.
type ContestData struct {
	// Name and Partner are as in Contest; Partner may be "".
	Name, Partner string
	// Online says that the contest was held online.
	Online bool
	// Date is the day it was held ("24/10/2024"), or "".
	Date string
	// Attempts, Contestants, Teams and Participants are the figures, ""
	// when not given.
	Attempts, Contestants, Teams, Participants string
	// Audience is who the contestants were, or "".
	Audience string
	// From are the counted units and the named participants, joined:
	// "11 huyện, thị xã, thành phố trên địa bàn tỉnh và Công an tỉnh"; "" when
	// there are none.
	From string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// contestsItem writes the item of the contests, one clause each.
func (d *Section) contestsItem(c *writer) *doc.Item {
	if len(d.Contests) == 0 {
		return nil
	}
	clauses := make([]string, len(d.Contests))
	for i, k := range d.Contests {
		clauses[i] = c.contest(i, k)
	}
	runs := c.Runs("Contests", ContestsData{Organiser: esc(d.Organiser), Items: clauses, Joined: strings.Join(clauses, "; ")})
	return &doc.Item{Runs: runs}
}

// contest writes the clause of k, the i-th contest.
func (c *writer) contest(i int, k Contest) string {
	date := c.contestDate(i, k.Date)
	from := c.contestFrom(k)
	return c.piece("Contest", ContestData{
		Name:         esc(k.Name),
		Partner:      esc(k.Partner),
		Online:       k.Mode == Online,
		Date:         date,
		Attempts:     c.optCount(k.Attempts),
		Contestants:  c.optCount(k.Contestants),
		Teams:        c.optCount(k.Teams),
		Participants: c.optCount(k.Participants),
		Audience:     esc(k.Audience),
		From:         section.Join(from),
		Emphasis:     c.w.Emphasis,
	})
}

// contestDate writes the date of the i-th contest as a citation date; ""
// when it has none, and an error left in c when it is not YYYY-MM-DD.
func (c *writer) contestDate(i int, date string) string {
	if date == "" {
		return ""
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		c.Fail(fmt.Errorf("dissemination: contests[%d].date: %q is not a date written YYYY-MM-DD", i, date))
	}
	return vn.CitationDate(t)
}

// contestFrom lists where the participants of k came from: the counted units
// with their noun, then the named participants.
func (c *writer) contestFrom(k Contest) []string {
	var from []string
	if k.Units != nil {
		from = append(from, c.count(*k.Units)+" "+esc(k.UnitsNoun))
	}
	for _, a := range k.Also {
		from = append(from, esc(a))
	}
	return from
}

// contestRules are the rules of the contests.
func contestRules() finding.Catalogue {
	return finding.Catalogue{ruleAttempts}
}
