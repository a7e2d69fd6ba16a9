package personnel

// Topic: titles and rewards, part of II.4.3 — the emulation titles each
// authority granted (danh hiệu thi đua) and the forms of reward granted by
// decision (hình thức khen thưởng), with their collectives and individuals
// counted against the department's units and staff.

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// TitleGrant is the titles one authority granted (cơ quan, người có thẩm
// quyền tặng, công nhận danh hiệu).
type TitleGrant struct {
	// Authority is who granted them, e.g. "Ủy ban nhân dân tỉnh".
	Authority string `json:"authority" validate:"required"`
	// Verb is the verb the text writes, e.g. "công nhận"; empty means "tặng".
	Verb string `json:"verb,omitempty"`
	// Awards are the titles granted.
	Awards []TitleAward `json:"awards" validate:"required,min=1,dive"`
}

// TitleAward is one title granted to a number of collectives and individuals.
type TitleAward struct {
	// Title is the title.
	Title Title `json:"title" validate:"required,oneof=emulation_flag excellent_collective advanced_collective advanced_labour emulation_fighter_grassroots emulation_fighter_provincial emulation_fighter_national"`
	// Collectives is the number of collectives; nil when not given.
	Collectives *int64 `json:"collectives,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Individuals is the number of individuals; nil when not given.
	Individuals *int64 `json:"individuals,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// CollectiveNoun names the collectives in the text, e.g. "phòng thuộc
	// Sở"; empty means "tập thể".
	CollectiveNoun string `json:"collective_noun,omitempty"`
	// Note is written after the recipients, e.g. "xuất sắc dẫn đầu Khối thi
	// đua, phòng, đơn vị"; optional.
	Note string `json:"note,omitempty"`
}

// Reward is one decision granting a form of reward (hình thức khen thưởng).
type Reward struct {
	// Form is the form: "certificate_of_merit", "letter_of_commendation",
	// "medal" or "order".
	Form Form `json:"form" validate:"required,oneof=certificate_of_merit letter_of_commendation medal order"`
	// Authority is who granted it, e.g. "Chủ tịch UBND tỉnh".
	Authority string `json:"authority" validate:"required"`
	// Collectives is the number of collectives; nil when not given ("các
	// tập thể").
	Collectives *int64 `json:"collectives,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Individuals is the number of individuals; nil when not given.
	Individuals *int64 `json:"individuals,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Reason is what it was granted for, as written, e.g. "có thành tích
	// xuất sắc trong phong trào thi đua năm 2023".
	Reason string `json:"reason,omitempty"`
}

// Title is an emulation title (danh hiệu thi đua) of Luật Thi đua, khen
// thưởng 2022 (06/2022/QH15).
type Title string

// The titles.
const (
	// TitleFlag is the emulation flag (Cờ thi đua), for collectives.
	TitleFlag Title = "emulation_flag"
	// TitleExcellentCollective is "Tập thể Lao động xuất sắc", for collectives.
	TitleExcellentCollective Title = "excellent_collective"
	// TitleAdvancedCollective is "Tập thể Lao động tiên tiến", for collectives.
	TitleAdvancedCollective Title = "advanced_collective"
	// TitleAdvancedLabour is "Lao động tiên tiến". The law gives it to
	// individuals; reports also write it for collectives (the reference report:
	// "Lao động tiên tiến đối với 09 tập thể, 72 cá nhân"), so both counts are
	// accepted.
	TitleAdvancedLabour Title = "advanced_labour"
	// TitleFighterGrassroots is "Chiến sĩ thi đua cơ sở", for individuals
	// chosen among those who reached "Lao động tiên tiến".
	TitleFighterGrassroots Title = "emulation_fighter_grassroots"
	// TitleFighterProvincial is "Chiến sĩ thi đua bộ, ban, ngành, tỉnh", for
	// individuals.
	TitleFighterProvincial Title = "emulation_fighter_provincial"
	// TitleFighterNational is "Chiến sĩ thi đua toàn quốc", for individuals.
	TitleFighterNational Title = "emulation_fighter_national"
)

// Vietnamese returns the title as the text writes it after the verb: "Cờ thi
// đua", "danh hiệu Lao động tiên tiến"; an unknown title is returned as given.
func (t Title) Vietnamese() string {
	switch t {
	case TitleFlag:
		return "Cờ thi đua"
	case TitleExcellentCollective:
		return "danh hiệu Tập thể Lao động xuất sắc"
	case TitleAdvancedCollective:
		return "danh hiệu Tập thể Lao động tiên tiến"
	case TitleAdvancedLabour:
		return "danh hiệu Lao động tiên tiến"
	case TitleFighterGrassroots:
		return "danh hiệu Chiến sĩ thi đua cơ sở"
	case TitleFighterProvincial:
		return "danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh"
	case TitleFighterNational:
		return "danh hiệu Chiến sĩ thi đua toàn quốc"
	}
	return string(t)
}

// forCollectives reports whether the title is given to collectives only.
func (t Title) forCollectives() bool {
	return t == TitleFlag || t == TitleExcellentCollective || t == TitleAdvancedCollective
}

// forIndividuals reports whether the title is given to individuals only.
func (t Title) forIndividuals() bool {
	return t == TitleFighterGrassroots || t == TitleFighterProvincial || t == TitleFighterNational
}

// Form is a form of reward (hình thức khen thưởng) of Luật Thi đua, khen
// thưởng 2022.
type Form string

// The forms of reward.
const (
	// FormCertificate is a certificate of merit (Bằng khen).
	FormCertificate Form = "certificate_of_merit"
	// FormCommendation is a letter of commendation (Giấy khen).
	FormCommendation Form = "letter_of_commendation"
	// FormMedal is a medal (Huy chương).
	FormMedal Form = "medal"
	// FormOrder is an order (Huân chương).
	FormOrder Form = "order"
)

// Vietnamese returns the form as the text writes it: "Bằng khen", "Giấy
// khen", "Huy chương", "Huân chương"; an unknown form is returned as given.
func (f Form) Vietnamese() string {
	switch f {
	case FormCertificate:
		return "Bằng khen"
	case FormCommendation:
		return "Giấy khen"
	case FormMedal:
		return "Huy chương"
	case FormOrder:
		return "Huân chương"
	}
	return string(f)
}

// The codes of the checks of titles.
const (
	// CodeCollectives: collectives with a title exceed the department's units.
	CodeCollectives finding.Code = "personnel.reward.collectives"
	// CodeIndividuals: individuals with a title exceed the department's staff.
	CodeIndividuals finding.Code = "personnel.reward.individuals"
	// CodeGrassroots: Chiến sĩ thi đua cơ sở exceed Lao động tiên tiến individuals.
	CodeGrassroots finding.Code = "personnel.reward.grassroots"
	// CodeRecipient: a collective title given to individuals, or the reverse.
	CodeRecipient finding.Code = "personnel.reward.recipient"
)

// The rules of the checks of titles.
var (
	ruleCollectives = finding.Rule{Code: CodeCollectives, Severity: finding.Error,
		Summary: "Số tập thể được tặng một danh hiệu vượt quá số phòng, đơn vị thuộc Sở.",
		Doc: "A collective receives a title at most once per year: collectives with a title, summed over the granting " +
			"authorities, ≤ the department's units (domain.md §4)."}
	ruleIndividuals = finding.Rule{Code: CodeIndividuals, Severity: finding.Warning,
		Summary: "Số cá nhân được tặng một danh hiệu vượt quá số nhân sự của Sở.",
		Doc:     "Individuals with a title, summed over the granting authorities, ≤ the department's staff."}
	ruleGrassroots = finding.Rule{Code: CodeGrassroots, Severity: finding.Error,
		Summary: "Số Chiến sĩ thi đua cơ sở vượt quá số cá nhân đạt danh hiệu Lao động tiên tiến.",
		Doc: "Luật Thi đua, khen thưởng 2022: \"Chiến sĩ thi đua cơ sở\" is chosen among those who reached \"Lao động " +
			"tiên tiến\", so CSTĐCS ≤ LĐTT individuals (domain.md §4)."}
	ruleRecipient = finding.Rule{Code: CodeRecipient, Severity: finding.Warning,
		Summary: "Danh hiệu dành cho tập thể được ghi cho cá nhân, hoặc ngược lại.",
		Doc: "Cờ thi đua and the Tập thể titles go to collectives, the Chiến sĩ thi đua titles to individuals (Luật " +
			"Thi đua, khen thưởng 2022)."}
)

// titleTally is the recipients of one title summed over every grant, with
// the paths of the figures summed.
type titleTally struct {
	coll, ind       int64
	hasColl, hasInd bool
	collPaths       []string
	indPaths        []string
}

// titles checks the titles granted: each award's recipients against the
// title's (collectives or individuals), then each title's recipients summed
// over the grants against the department's units and staff, and the
// grassroots fighters against the advanced labourers.
func (c *checker) titles() {
	tallies, order := c.tallyTitles()
	c.titleRecipients(tallies, order)
	if cs, lt := tallies[TitleFighterGrassroots], tallies[TitleAdvancedLabour]; cs != nil && lt != nil && cs.hasInd && lt.hasInd {
		c.add(finding.AtMost(ruleGrassroots.Subject(cs.indPaths[0], "số cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở",
			related(cs.indPaths, lt.indPaths...)...), cs.ind, lt.ind))
	}
}

// tallyTitles sums the recipients of each title over the grants; order is
// the titles in the order they first appear.
func (c *checker) tallyTitles() (tallies map[Title]*titleTally, order []Title) {
	tallies = map[Title]*titleTally{}
	for i, g := range c.p.CivilService.Emulation.Titles {
		for j, a := range g.Awards {
			t := tallies[a.Title]
			if t == nil {
				t = &titleTally{}
				tallies[a.Title] = t
				order = append(order, a.Title)
			}
			c.tally(t, a, fmt.Sprintf("civil_service.emulation.titles[%d].awards[%d]", i, j))
		}
	}
	return tallies, order
}

// tally adds the recipients of award a, at path ap, to t, and reports
// collectives given a title for individuals only, or the reverse.
func (c *checker) tally(t *titleTally, a TitleAward, ap string) {
	if n, ok := count(a.Collectives); ok {
		t.coll, t.hasColl = addSat(t.coll, n), true
		t.collPaths = append(t.collPaths, ap+".collectives")
		if n > 0 && a.Title.forIndividuals() {
			c.recipient(ap+".collectives", a.Title, "tập thể", n)
		}
	}
	if n, ok := count(a.Individuals); ok {
		t.ind, t.hasInd = addSat(t.ind, n), true
		t.indPaths = append(t.indPaths, ap+".individuals")
		if n > 0 && a.Title.forCollectives() {
			c.recipient(ap+".individuals", a.Title, "cá nhân", n)
		}
	}
}

// titleRecipients checks the collectives of each title against the
// department's units and its individuals against the department's staff.
func (c *checker) titleRecipients(tallies map[Title]*titleTally, order []Title) {
	d := &c.p.Organisation.Department
	units, uok := count(d.Units)
	staff, sok := count(d.Staff)
	for _, title := range order {
		t := tallies[title]
		name := strings.TrimPrefix(title.Vietnamese(), "danh hiệu ")
		if t.hasColl && uok {
			c.add(finding.AtMost(ruleCollectives.Subject(t.collPaths[0], "số tập thể được tặng "+name,
				related(t.collPaths, "organisation.department.units")...), t.coll, units))
		}
		if t.hasInd && sok {
			c.add(finding.AtMost(ruleIndividuals.Subject(t.indPaths[0], "số cá nhân được tặng "+name,
				related(t.indPaths, "organisation.department.staff")...), t.ind, staff))
		}
	}
}

// related returns the paths after the first of paths, then more, in a new
// slice: the related paths of a finding on the first.
func related(paths []string, more ...string) []string {
	return append(paths[1:len(paths):len(paths)], more...)
}

// recipient reports n recipients of kind who (collectives or individuals)
// given title t, which is not for them.
func (c *checker) recipient(path string, t Title, who string, n int64) {
	c.l.Add(ruleRecipient.At(path, section.Capitalize(fmt.Sprintf("%s ghi cho %s %s nhưng danh hiệu này không dành cho %s.",
		strings.TrimPrefix(t.Vietnamese(), "danh hiệu "), vn.Int(n), who, who))).
		WithValues(finding.Value{Name: "title", Value: string(t)}, finding.Value{Name: "value", Value: fmt.Sprint(n)}))
}

// addTitles adds the grants by authority and verb, and within a grant the
// awards by title; an award only one side lists is kept as it is.
func addTitles(ad *section.Adder, a, b []TitleGrant) []TitleGrant {
	var out []TitleGrant
	type grantKey struct{ authority, verb string }
	for _, g := range mergeKeys(a, b, func(t TitleGrant) grantKey { return grantKey{t.Authority, t.Verb} }) {
		var awardsA, awardsB []TitleAward
		tg := TitleGrant{}
		if g[0] != nil {
			tg.Authority, tg.Verb, awardsA = g[0].Authority, g[0].Verb, g[0].Awards
		}
		if g[1] != nil {
			tg.Authority, tg.Verb, awardsB = g[1].Authority, g[1].Verb, g[1].Awards
		}
		tg.Awards = addAwards(ad, fmt.Sprintf("civil_service.emulation.titles[%d]", len(out)), awardsA, awardsB)
		out = append(out, tg)
	}
	return out
}

// addAwards adds the awards of one grant, at path, by title.
func addAwards(ad *section.Adder, path string, a, b []TitleAward) []TitleAward {
	var out []TitleAward
	for _, aw := range mergeKeys(a, b, func(t TitleAward) Title { return t.Title }) {
		x, y := aw[0], aw[1]
		if x == nil || y == nil {
			out = append(out, cloneAward(*either(x, y)))
			continue
		}
		p := fmt.Sprintf("%s.awards[%d].", path, len(out))
		out = append(out, TitleAward{Title: x.Title,
			Collectives:    ad.Optional(p+"collectives", x.Collectives, y.Collectives),
			Individuals:    ad.Optional(p+"individuals", x.Individuals, y.Individuals),
			CollectiveNoun: same(x.CollectiveNoun, y.CollectiveNoun), Note: same(x.Note, y.Note)})
	}
	return out
}

// cloneAward copies a so that the sum shares no count with its parts.
func cloneAward(a TitleAward) TitleAward {
	a.Collectives, a.Individuals = clonePtr(a.Collectives), clonePtr(a.Individuals)
	return a
}

// addRewards adds the rewards by form, authority and reason; a reward only
// one side lists is kept as it is.
func addRewards(ad *section.Adder, a, b []Reward) []Reward {
	var out []Reward
	type rewardKey struct {
		form              Form
		authority, reason string
	}
	for _, r := range mergeKeys(a, b, func(r Reward) rewardKey { return rewardKey{r.Form, r.Authority, r.Reason} }) {
		x, y := r[0], r[1]
		if x == nil || y == nil {
			one := either(x, y)
			out = append(out, Reward{Form: one.Form, Authority: one.Authority, Reason: one.Reason,
				Collectives: clonePtr(one.Collectives), Individuals: clonePtr(one.Individuals)})
			continue
		}
		p := fmt.Sprintf("civil_service.emulation.rewards[%d].", len(out))
		out = append(out, Reward{Form: x.Form, Authority: x.Authority, Reason: x.Reason,
			Collectives: ad.Optional(p+"collectives", x.Collectives, y.Collectives),
			Individuals: ad.Optional(p+"individuals", x.Individuals, y.Individuals)})
	}
	return out
}

// TitleGrantData is the data of Wording.TitleGrant.
type TitleGrantData struct {
	Names
	// Authority and Verb are the granting authority and its verb (Verb may
	// be empty).
	Authority, Verb string
	// Awards are the titles written by Wording.TitleAward, joined with "; ".
	Awards string
}

// TitleAwardData is the data of Wording.TitleAward.
type TitleAwardData struct {
	// Title is the title as written after the verb, "danh hiệu Lao động tiên
	// tiến".
	Title string
	// Recipients are written by Wording.Recipients.
	Recipients string
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// Note is written after the recipients; may be empty.
	Note string
}

// RewardData is the data of Wording.Reward.
type RewardData struct {
	Names
	// Authority is who granted it; Form is the form as written, "Bằng khen".
	Authority, Form string
	// Recipients are written by Wording.Recipients.
	Recipients string
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// Reason is what it was granted for; may be empty.
	Reason string
}

// RecipientsData is the data of Wording.Recipients.
type RecipientsData struct {
	// Collectives and Individuals are the counts.
	Collectives, Individuals Figure
	// CollectiveNoun names the collectives; empty means the template's
	// default.
	CollectiveNoun string
}

// titlesItem writes the item on titles: the lead and one sentence per
// grant; ok is false when no grant writes anything.
func (g *generator) titlesItem() (doc.Item, bool) {
	var grants [][]doc.Run
	for _, tg := range g.p.CivilService.Emulation.Titles {
		grants = append(grants, g.titleGrant(tg))
	}
	body := join(grants...)
	if len(body) == 0 {
		return doc.Item{}, false
	}
	return doc.Item{Runs: join(g.wr.Runs("TitlesLead", g.names), body)}, true
}

// titleGrant writes the sentence on the titles one authority granted; nil
// for a grant without awards (reported by Validate).
func (g *generator) titleGrant(tg TitleGrant) []doc.Run {
	var awards []string
	for _, a := range tg.Awards {
		s := g.wr.Sentence("TitleAward", TitleAwardData{Title: esc(a.Title.Vietnamese()),
			Recipients:  g.recipients(a.Collectives, a.Individuals, a.CollectiveNoun),
			Collectives: g.fig(a.Collectives), Individuals: g.fig(a.Individuals), Note: esc(a.Note)})
		if s != "" {
			awards = append(awards, s)
		}
	}
	if len(awards) == 0 {
		return nil
	}
	return g.wr.Runs("TitleGrant", TitleGrantData{Names: g.names, Authority: esc(tg.Authority), Verb: esc(tg.Verb),
		Awards: strings.Join(awards, "; ")})
}

// rewardsItem writes the item on rewards: the lead and the decisions joined
// with "; ", ending with "."; ok is false when none writes anything.
func (g *generator) rewardsItem() (doc.Item, bool) {
	var rewards [][]doc.Run
	for _, r := range g.p.CivilService.Emulation.Rewards {
		rewards = append(rewards, g.wr.Runs("Reward", RewardData{Names: g.names, Authority: esc(r.Authority), Form: esc(r.Form.Vietnamese()),
			Recipients: g.recipients(r.Collectives, r.Individuals, ""), Collectives: g.fig(r.Collectives), Individuals: g.fig(r.Individuals),
			Reason: esc(r.Reason)}))
	}
	body := joinWith("; ", rewards)
	if len(body) == 0 {
		return doc.Item{}, false
	}
	return doc.Item{Runs: join(g.wr.Runs("RewardsFormsLead", g.names), append(body, doc.Plain(".")))}, true
}

// recipients writes the recipients of a title or a reward.
func (g *generator) recipients(coll, ind *int64, noun string) string {
	return g.wr.Sentence("Recipients", RecipientsData{Collectives: g.fig(coll), Individuals: g.fig(ind), CollectiveNoun: esc(noun)})
}

// rewardRules are the rules of the rewards, in the order Rules lists them.
func rewardRules() finding.Catalogue {
	return finding.Catalogue{
		ruleCollectives,
		ruleIndividuals,
		ruleGrassroots,
		ruleRecipient,
	}
}
