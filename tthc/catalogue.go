package tthc

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Catalogue is the procedures under the unit's authority (thủ tục hành chính
// thuộc thẩm quyền giải quyết) by online service level, with the procedures
// announced and the internal processes approved in the period.
//
// The service levels come in one of two schemes, never both, and one is
// never turned into the other:
//   - Levels: mức độ 1–4 of Nghị định 43/2011/NĐ-CP, the scheme of the
//     reference report (148 = 49 mức độ 2 + 25 mức độ 3 + 74 mức độ 4);
//   - Online: Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến toàn trình /
//     một phần / information only (An Giang 2024: 759 + 441 + 724 = 1.924).
//
// Both may be nil when the report gives only announcements or internal
// processes. The number of procedures is derived from the scheme's parts; a
// total the report states goes in Declared.
type Catalogue struct {
	// Levels are the procedures by mức độ (Nghị định 43/2011/NĐ-CP).
	Levels *Levels `json:"levels,omitempty"`
	// Online are the procedures by online-service kind (Nghị định
	// 42/2022/NĐ-CP).
	Online *OnlineServices `json:"online,omitempty"`
	// Announced are the procedures announced in the period (công bố).
	Announced *Announced `json:"announced,omitempty"`
	// InternalProcesses is the number of internal processes for handling
	// procedures approved in the period (quy trình nội bộ được phê duyệt);
	// nil when not given.
	InternalProcesses *int64 `json:"internal_processes,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states.
	Declared DeclaredCatalogue `json:"declared,omitzero"`
}

// Levels are procedures by service level under Nghị định 43/2011/NĐ-CP
// (mức độ 1–4). A level left out (nil) has no procedure and is not named in
// the generated sentence: the reference report names only mức độ 2, 3 and 4.
type Levels struct {
	// Level1 is the number at mức độ 1 (information only).
	Level1 *int64 `json:"level_1,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level2 is the number at mức độ 2 (forms to download).
	Level2 *int64 `json:"level_2,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level3 is the number at mức độ 3 (submitted online).
	Level3 *int64 `json:"level_3,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Level4 is the number at mức độ 4 (submitted, paid and returned online).
	Level4 *int64 `json:"level_4,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Level is one service level with its count.
type Level struct {
	// Level is the level, 1 to 4.
	Level int
	// Count is the number of procedures at the level.
	Count int64
}

// Given returns the levels that are given, from 1 to 4.
func (l Levels) Given() []Level {
	var out []Level
	for i, p := range []*int64{l.Level1, l.Level2, l.Level3, l.Level4} {
		if p != nil {
			out = append(out, Level{Level: i + 1, Count: *p})
		}
	}
	return out
}

// Total is the number of procedures: the sum of the levels given. The sum is
// exact or an error wrapping finding.ErrOverflow: it fails only for counts
// above MaxCount, which Validate reports.
func (l Levels) Total() (int64, error) {
	return finding.Sum(deref(l.Level1), deref(l.Level2), deref(l.Level3), deref(l.Level4))
}

// OnlineServices are procedures by online-service kind under Nghị định
// 42/2022/NĐ-CP.
type OnlineServices struct {
	// Full is the number offered as dịch vụ công trực tuyến toàn trình.
	Full int64 `json:"full" validate:"gte=0,lte=1000000000000"`
	// Partial is the number offered as dịch vụ công trực tuyến một phần.
	Partial int64 `json:"partial" validate:"gte=0,lte=1000000000000"`
	// InformationOnly is the number for which only information is offered
	// online (chỉ cung cấp thông tin).
	InformationOnly int64 `json:"information_only" validate:"gte=0,lte=1000000000000"`
	// EligibleFull is the number eligible to be offered toàn trình (đủ điều
	// kiện cung cấp dịch vụ công trực tuyến toàn trình); nil when not given.
	EligibleFull *int64 `json:"eligible_full,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Total is the number of procedures: toàn trình + một phần + information
// only. Errors are those of Levels.Total.
func (o OnlineServices) Total() (int64, error) {
	return finding.Sum(o.Full, o.Partial, o.InformationOnly)
}

// Announced are the procedures announced in the period (thủ tục hành chính
// được công bố): new, amended or supplemented, and abolished.
type Announced struct {
	// New is the number newly issued (ban hành mới).
	New int64 `json:"new" validate:"gte=0,lte=1000000000000"`
	// Amended is the number amended or supplemented (sửa đổi, bổ sung).
	Amended int64 `json:"amended" validate:"gte=0,lte=1000000000000"`
	// Abolished is the number abolished (bãi bỏ).
	Abolished int64 `json:"abolished" validate:"gte=0,lte=1000000000000"`
}

// Total is new + amended + abolished. Errors are those of Levels.Total.
func (a Announced) Total() (int64, error) { return finding.Sum(a.New, a.Amended, a.Abolished) }

// DeclaredCatalogue are the catalogue figures the report states. Counts are
// nil and rates empty when not stated; rates are the text as written
// ("39,45%").
type DeclaredCatalogue struct {
	// Total is the stated number of procedures ("Tổng số thủ tục là 148").
	Total *int64 `json:"total,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// FullRate is the stated share of toàn trình procedures.
	FullRate string `json:"full_rate,omitempty"`
	// PartialRate is the stated share of một phần procedures.
	PartialRate string `json:"partial_rate,omitempty"`
	// InformationOnlyRate is the stated share of information-only
	// procedures.
	InformationOnlyRate string `json:"information_only_rate,omitempty"`
	// Announced is the stated number of procedures announced.
	Announced *int64 `json:"announced,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
}

// Total returns the number of procedures and whether a scheme gives it: ok
// is false when the catalogue gives no scheme or both, and when the sum
// leaves the int64 range (counts above MaxCount, which Validate reports).
func (c *Catalogue) Total() (int64, bool) {
	var (
		n   int64
		err error
	)
	switch {
	case c.Levels != nil && c.Online == nil:
		n, err = c.Levels.Total()
	case c.Online != nil && c.Levels == nil:
		n, err = c.Online.Total()
	default:
		return 0, false
	}
	return n, err == nil
}

// check checks the catalogue; path is the JSON path of c.
func (c *Catalogue) check(path string, l *finding.List) {
	p := func(name string) string { return finding.Join(path, name) }
	dp := func(name string) string { return finding.Join(path, "declared", name) }
	scheme := func(at, msg string, related ...string) {
		l.Add(ruleCatalogueScheme.At(at, msg).WithRelated(related...))
	}

	switch {
	case c.Levels != nil && c.Online != nil:
		scheme(path, "Danh mục thủ tục hành chính ghi cả số thủ tục theo mức độ 1–4 (Nghị định 43/2011/NĐ-CP) và theo dịch vụ công "+
			"trực tuyến toàn trình, một phần (Nghị định 42/2022/NĐ-CP); mỗi danh mục chỉ dùng một cách phân loại.",
			p("levels"), p("online"))
	case c.Levels == nil && c.Online == nil && c.Declared.Total != nil:
		scheme(dp("total"), "Tổng số thủ tục hành chính được ghi nhưng không có số thủ tục theo mức độ hoặc theo dịch vụ công trực tuyến để đối chiếu.")
	}
	if c.Online == nil {
		for _, r := range []struct{ name, stated string }{
			{"full_rate", c.Declared.FullRate}, {"partial_rate", c.Declared.PartialRate},
			{"information_only_rate", c.Declared.InformationOnlyRate},
		} {
			if r.stated != "" {
				scheme(dp(r.name), fmt.Sprintf("Tỷ lệ %s được ghi nhưng danh mục không có số thủ tục theo dịch vụ công trực tuyến "+
					"toàn trình, một phần (Nghị định 42/2022/NĐ-CP) để đối chiếu.", r.stated), p("online"))
			}
		}
	}

	if total, ok := c.Total(); ok && c.Declared.Total != nil {
		related := []string{p("levels")}
		if c.Online != nil {
			related = []string{p("online")}
		}
		if f, ok := finding.DeclaredInt(ruleCatalogueTotal.Subject(dp("total"), "tổng số thủ tục hành chính", related...),
			*c.Declared.Total, total); ok {
			l.Add(f)
		}
	}

	if o := c.Online; o != nil {
		op := func(name string) string { return finding.Join(path, "online", name) }
		// A total past the int64 range comes only from counts above
		// MaxCount, which the field rules report: its checks are left out.
		total, err := o.Total()
		if o.EligibleFull != nil && err == nil {
			if f, ok := finding.AtMost(ruleCatalogueEligible.Subject(op("full"),
				"số thủ tục cung cấp dịch vụ công trực tuyến toàn trình", op("eligible_full")),
				o.Full, *o.EligibleFull); ok {
				l.Add(f)
			}
			if f, ok := finding.AtMost(ruleCatalogueEligibleTotal.Subject(op("eligible_full"),
				"số thủ tục đủ điều kiện cung cấp toàn trình", op("full"), op("partial"), op("information_only")),
				*o.EligibleFull, total); ok {
				l.Add(f)
			}
		}
		if err == nil {
			checkRate(l, ruleCatalogueRate, dp("full_rate"), c.Declared.FullRate,
				"tỷ lệ thủ tục cung cấp toàn trình", o.Full, total, op("full"))
			checkRate(l, ruleCatalogueRate, dp("partial_rate"), c.Declared.PartialRate,
				"tỷ lệ thủ tục cung cấp một phần", o.Partial, total, op("partial"))
			checkRate(l, ruleCatalogueRate, dp("information_only_rate"), c.Declared.InformationOnlyRate,
				"tỷ lệ thủ tục chỉ cung cấp thông tin", o.InformationOnly, total, op("information_only"))
		}
	}

	if c.Declared.Announced != nil {
		if c.Announced == nil {
			scheme(dp("announced"), vn.NFC("Số thủ tục hành chính được công bố được ghi nhưng không có số thủ tục ban hành mới, "+
				"sửa đổi, bổ sung và bãi bỏ để đối chiếu."))
		} else if announced, err := c.Announced.Total(); err == nil {
			ap := func(name string) string { return finding.Join(path, "announced", name) }
			if f, ok := finding.DeclaredInt(ruleCatalogueAnnounced.Subject(dp("announced"),
				"tổng số thủ tục hành chính được công bố", ap("new"), ap("amended"), ap("abolished")),
				*c.Declared.Announced, announced); ok {
				l.Add(f)
			}
		}
	}
}
