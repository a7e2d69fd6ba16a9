package dissemination

// Topic: the media work (thực hiện PBGDPL qua các phương tiện thông tin đại
// chúng): the radio and television programmes, the newspaper items, the
// legal topics disseminated and the SMS campaigns. In the text they are a
// "-" lead, the "+" paragraph of the broadcasts and press items, and the "+"
// paragraph of the topics and SMS campaigns.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// Media is the dissemination through the mass media and SMS (phổ biến, giáo
// dục pháp luật qua các phương tiện thông tin đại chúng).
type Media struct {
	// Partner are those the organiser worked with, e.g. "các Sở, ban ngành".
	Partner string `json:"partner,omitempty"`
	// Broadcasts are the radio and television programmes.
	Broadcasts []Broadcast `json:"broadcasts,omitempty" validate:"dive"`
	// Press are the newspaper items.
	Press []Press `json:"press,omitempty" validate:"dive"`
	// Topics are the laws and topics disseminated, as written: a name
	// ("Bộ luật Dân sự năm 2015") or a citation ("Nghị định số
	// 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019 của Chính phủ …").
	Topics []string `json:"topics,omitempty" validate:"dive,required"`
	// SMS are the text-message campaigns.
	SMS []SMS `json:"sms,omitempty" validate:"dive"`
}

// Cadence is how often a programme airs (tần suất).
type Cadence string

// The cadences.
const (
	// Weekly: mỗi tuần.
	Weekly Cadence = "week"
	// Monthly: mỗi tháng.
	Monthly Cadence = "month"
	// Quarterly: mỗi quý.
	Quarterly Cadence = "quarter"
	// Yearly: mỗi năm.
	Yearly Cadence = "year"
)

// Broadcast is a radio or television programme (chương trình phát thanh,
// truyền hình).
type Broadcast struct {
	// Station is the broadcaster, e.g. "Đài Phát thanh - Truyền hình An Giang".
	Station string `json:"station" validate:"required"`
	// Programme is the programme or column, e.g. "chuyên mục Chính sách và
	// Pháp luật".
	Programme string `json:"programme,omitempty"`
	// Noun is what is aired, e.g. "tình huống pháp luật".
	Noun string `json:"noun" validate:"required"`
	// Unit is the short noun after "mỗi" in the duration, e.g. "tình huống";
	// empty means Noun.
	Unit string `json:"unit,omitempty"`
	// PerPeriod is how many are aired each Cadence ("02 … mỗi tháng").
	PerPeriod *int64 `json:"per_period,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Cadence is the period of PerPeriod; required with it.
	Cadence Cadence `json:"cadence,omitempty" validate:"required_with=PerPeriod,omitempty,oneof=week month quarter year"`
	// MinMinutes and MaxMinutes are the duration of one item in minutes
	// ("từ 7-15 phút"); either may be given alone.
	MinMinutes *int64 `json:"min_minutes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// MaxMinutes: see MinMinutes.
	MaxMinutes *int64 `json:"max_minutes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Aired is how many have been aired so far ("Đến nay … **16** tình
	// huống").
	Aired *int64 `json:"aired,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Press is a group of newspaper items (tin, bài trên báo).
type Press struct {
	// Outlet is the newspaper, e.g. "Báo An Giang".
	Outlet string `json:"outlet" validate:"required"`
	// Column is the column, after "trên", e.g. "chuyên mục “Pháp luật và
	// Cuộc sống”".
	Column string `json:"column,omitempty"`
	// Noun is what was published, e.g. "tình huống pháp luật".
	Noun string `json:"noun" validate:"required"`
	// Count is how many, when the report gives it.
	Count *int64 `json:"count,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// SMS is a text-message campaign (nhắn tin qua điện thoại).
type SMS struct {
	// Partner is the carrier or company that sent the messages, e.g. "Công ty
	// Viễn thông An Giang".
	Partner string `json:"partner,omitempty"`
	// Messages is the number of messages sent (tin nhắn).
	Messages *int64 `json:"messages,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Subscribers is the number of subscribers reached (thuê bao).
	Subscribers *int64 `json:"subscribers,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Carriers are the networks, e.g. "Vinaphone", "Mobiphone", "Viettel".
	Carriers []string `json:"carriers,omitempty" validate:"dive,required"`
	// Audience is whom the messages were for, after "cho".
	Audience string `json:"audience,omitempty"`
}

// The codes of the findings about the media; Rules documents them.
const (
	// CodeSMSMessages: an SMS campaign reached more subscribers than it sent
	// messages.
	CodeSMSMessages finding.Code = "dissemination.media.sms_messages"
	// CodeDuration: a programme's shortest duration exceeds its longest.
	CodeDuration finding.Code = "dissemination.media.duration"
)

// The rules of the media, one per code, which Rules lists: built once, never
// changed.
var (
	ruleSMSMessages = finding.Rule{Code: CodeSMSMessages, Severity: finding.Error,
		Summary: "Số thuê bao nhận tin nhắn nhiều hơn số tin nhắn đã gửi.",
		Doc:     "Each subscriber reached receives at least one message: media.sms[i].subscribers ≤ media.sms[i].messages when both are given."}
	ruleDuration = finding.Rule{Code: CodeDuration, Severity: finding.Error,
		Summary: "Thời lượng tối thiểu của chương trình lớn hơn thời lượng tối đa.",
		Doc:     "A duration range is ordered: media.broadcasts[i].min_minutes ≤ max_minutes when both are given."}
)

// Checks.

// check checks the duration ranges of the broadcasts, then the SMS
// campaigns.
func (m Media) check(l *finding.List) {
	checkDurations(l, m.Broadcasts)
	checkSMS(l, m.SMS)
}

// checkDurations checks that no programme's shortest duration exceeds its
// longest.
func checkDurations(l *finding.List, broadcasts []Broadcast) {
	for i, b := range broadcasts {
		if b.MinMinutes == nil || b.MaxMinutes == nil {
			continue
		}
		p := finding.Index("media.broadcasts", i)
		if f, bad := finding.AtMost(ruleDuration.Subject(p+".min_minutes",
			fmt.Sprintf("thời lượng tối thiểu (phút) của chương trình phát thanh, truyền hình thứ %d (không thể lớn hơn thời lượng tối đa)", i+1),
			p+".max_minutes"), *b.MinMinutes, *b.MaxMinutes); bad {
			l.Add(f)
		}
	}
}

// checkSMS checks that no SMS campaign reached more subscribers than it sent
// messages.
func checkSMS(l *finding.List, campaigns []SMS) {
	for i, s := range campaigns {
		if s.Messages == nil || s.Subscribers == nil {
			continue
		}
		p := finding.Index("media.sms", i)
		if f, bad := finding.AtMost(ruleSMSMessages.Subject(p+".subscribers",
			fmt.Sprintf("số thuê bao nhận tin nhắn của đợt nhắn tin thứ %d (không thể nhiều hơn số tin nhắn đã gửi)", i+1),
			p+".messages"), *s.Subscribers, *s.Messages); bad {
			l.Add(f)
		}
	}
}

// Roll-up.

// add returns the media work of a and b put together: the lists
// concatenated, a's first, and copied; the topics without repeating one
// already listed; the partner a's, or b's when a's is empty.
func (a Media) add(b Media) Media {
	return Media{
		Partner:    or(a.Partner, b.Partner),
		Broadcasts: cloneAll(Broadcast.clone, a.Broadcasts, b.Broadcasts),
		Press:      cloneAll(Press.clone, a.Press, b.Press),
		Topics:     topics(a.Topics, b.Topics),
		SMS:        cloneAll(SMS.clone, a.SMS, b.SMS),
	}
}

// topics concatenates the topic lists, leaving out a topic already listed
// (the same text after NFC normalization and trimming).
func topics(a, b []string) []string {
	var out []string
	seen := make(map[string]bool, len(a)+len(b))
	for _, list := range [2][]string{a, b} {
		for _, t := range list {
			key := normKey(t)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, t)
		}
	}
	return out
}

// normKey is the form two topics are compared in.
func normKey(s string) string { return vn.NFC(strings.TrimSpace(s)) }

func (b Broadcast) clone() Broadcast {
	b.PerPeriod, b.MinMinutes, b.MaxMinutes, b.Aired = ptr(b.PerPeriod), ptr(b.MinMinutes), ptr(b.MaxMinutes), ptr(b.Aired)
	return b
}

func (p Press) clone() Press {
	p.Count = ptr(p.Count)
	return p
}

func (s SMS) clone() SMS {
	s.Messages, s.Subscribers = ptr(s.Messages), ptr(s.Subscribers)
	s.Carriers = slices.Clone(s.Carriers)
	return s
}

// Text.

// OutletsData is the data of Wording.Outlets.
type OutletsData struct {
	// Organiser is the organising agency.
	Organiser string
	// Partner are those it worked with, or "".
	Partner string
	// Items are the sentences of the broadcasts, then of the press items.
	Items []string
	// Joined is Items joined with " ".
	Joined string
}

// BroadcastData is the data of Wording.Broadcast.
type BroadcastData struct {
	// Station, Programme and Noun are as in Broadcast.
	Station, Programme, Noun string
	// Unit is the short noun after "mỗi": the broadcast's Unit, or its Noun.
	Unit string
	// PerPeriod is the number aired each period ("02"), or "".
	PerPeriod string
	// Cadence is the period in words ("mỗi tháng"), or "".
	Cadence string
	// MinMinutes and MaxMinutes are the duration bounds ("7", "15"), or "".
	MinMinutes, MaxMinutes string
	// Duration is the duration in words: "từ 7-15 phút", "15 phút", or "".
	Duration string
	// Aired is the number aired so far ("16"), or "".
	Aired string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// PressData is the data of Wording.Press.
type PressData struct {
	// Outlet, Column and Noun are as in Press.
	Outlet, Column, Noun string
	// Count is the number of items ("10"), or "".
	Count string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// TopicsData is the data of Wording.Topics.
type TopicsData struct {
	// Topics are the topics as written.
	Topics []string
	// Joined is Topics joined with "; ".
	Joined string
}

// SMSData is the data of Wording.SMS.
type SMSData struct {
	// Organiser is the organising agency.
	Organiser string
	// First says that the sentence opens its paragraph (no topics and no
	// campaign before it).
	First bool
	// Partner and Audience are as in SMS, or "".
	Partner, Audience string
	// Messages and Subscribers are the figures ("9.000"), or "".
	Messages, Subscribers string
	// Carriers are the networks joined with ", ", or "".
	Carriers string
	// Emphasis is Wording.Emphasis: whether figures are printed bold.
	Emphasis bool
}

// cadenceWords returns the words of a cadence: "mỗi tháng".
func cadenceWords(c Cadence) (string, bool) {
	switch c {
	case Weekly:
		return "mỗi tuần", true
	case Monthly:
		return "mỗi tháng", true
	case Quarterly:
		return "mỗi quý", true
	case Yearly:
		return "mỗi năm", true
	}
	return "", false
}

// duration writes a duration range the way the reference report does:
// "từ 7-15 phút"; a single bound, or equal bounds, as "15 phút".
func duration(lo, hi *int64) string {
	switch {
	case lo != nil && hi != nil && *lo != *hi:
		return "từ " + vn.Int(*lo) + "-" + vn.Int(*hi) + " phút"
	case hi != nil:
		return vn.Int(*hi) + " phút"
	case lo != nil:
		return vn.Int(*lo) + " phút"
	}
	return ""
}

// optInt formats a number that may be absent without the conventions of
// counts ("7"): "" when it is.
func optInt(n *int64) string {
	if n == nil {
		return ""
	}
	return vn.Int(*n)
}

// mediaItem writes the item of the media: the paragraph of the broadcasts
// and press items, then that of the topics and SMS campaigns.
func (d *Section) mediaItem(c *writer) *doc.Item {
	m := d.Media
	if len(m.Broadcasts) == 0 && len(m.Press) == 0 && len(m.Topics) == 0 && len(m.SMS) == 0 {
		return nil
	}
	org := esc(d.Organiser)
	lead := c.Runs("MediaLead", OrganiserData{Organiser: org})
	bullets := &doc.List{Marker: doc.Plus}
	if len(m.Broadcasts) > 0 || len(m.Press) > 0 {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.outlets(org, m)})
	}
	if len(m.Topics) > 0 || len(m.SMS) > 0 {
		bullets.Items = append(bullets.Items, doc.Item{Runs: c.topicsAndSMS(org, m)})
	}
	return &doc.Item{Runs: lead, Blocks: []doc.Block{bullets}}
}

// outlets writes the paragraph of the broadcasts and press items of m.
func (c *writer) outlets(org string, m Media) []doc.Run {
	var items []string
	for i, b := range m.Broadcasts {
		items = append(items, c.broadcast(i, b))
	}
	for _, p := range m.Press {
		items = append(items, c.press(p))
	}
	return c.Runs("Outlets", OutletsData{
		Organiser: org, Partner: esc(m.Partner), Items: items, Joined: strings.Join(items, " "),
	})
}

// broadcast writes the sentences of b, the i-th programme.
func (c *writer) broadcast(i int, b Broadcast) string {
	unit := b.Unit
	if unit == "" {
		unit = b.Noun
	}
	cadence, ok := cadenceWords(b.Cadence)
	if !ok && b.Cadence != "" {
		c.Fail(fmt.Errorf("dissemination: media.broadcasts[%d].cadence: unknown cadence %q; expected week, month, quarter or year", i, b.Cadence))
	}
	return c.piece("Broadcast", BroadcastData{
		Station:    esc(b.Station),
		Programme:  esc(b.Programme),
		Noun:       esc(b.Noun),
		Unit:       esc(unit),
		PerPeriod:  c.optCount(b.PerPeriod),
		Cadence:    cadence,
		MinMinutes: optInt(b.MinMinutes),
		MaxMinutes: optInt(b.MaxMinutes),
		Duration:   duration(b.MinMinutes, b.MaxMinutes),
		Aired:      c.optCount(b.Aired),
		Emphasis:   c.w.Emphasis,
	})
}

// press writes the sentence of a group of newspaper items.
func (c *writer) press(p Press) string {
	return c.piece("Press", PressData{
		Outlet: esc(p.Outlet), Column: esc(p.Column), Noun: esc(p.Noun), Count: c.optCount(p.Count), Emphasis: c.w.Emphasis,
	})
}

// topicsAndSMS writes the paragraph of the topics and SMS campaigns of m:
// the sentence of the topics, then one per campaign, joined and read as
// markup together.
func (c *writer) topicsAndSMS(org string, m Media) []doc.Run {
	var sentences []string
	if len(m.Topics) > 0 {
		escaped := escAll(m.Topics)
		sentences = append(sentences, c.piece("Topics", TopicsData{Topics: escaped, Joined: strings.Join(escaped, "; ")}))
	}
	for _, s := range m.SMS {
		first := len(sentences) == 0
		sentences = append(sentences, c.sms(org, s, first))
	}
	runs, err := doc.ParseInline(section.Collapse(strings.Join(sentences, " ")), nil)
	if err != nil {
		c.Fail(fmt.Errorf("dissemination: wording.Topics, wording.SMS: the text they make is not valid inline markup: %w", err))
	}
	return runs
}

// sms writes the sentence of an SMS campaign; first says that it opens its
// paragraph.
func (c *writer) sms(org string, s SMS, first bool) string {
	return c.piece("SMS", SMSData{
		Organiser:   org,
		First:       first,
		Partner:     esc(s.Partner),
		Audience:    esc(s.Audience),
		Messages:    c.optCount(s.Messages),
		Subscribers: c.optCount(s.Subscribers),
		Carriers:    strings.Join(escAll(s.Carriers), ", "),
		Emphasis:    c.w.Emphasis,
	})
}

// mediaRules are the rules of the media.
func mediaRules() finding.Catalogue {
	return finding.Catalogue{ruleSMSMessages, ruleDuration}
}
