package examples_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/tthc"
)

// The province: Ủy ban nhân dân tỉnh An Giang reports quý III năm 2025 to Bộ
// Nội vụ on the two-level structure of local government (from 01/7/2025),
// rolled up from the reports of its 18 Sở, ban, ngành and its 102 communes
// (85 xã, 14 phường, 3 đặc khu), the shape of the province after the 2025
// merger. Every figure is made up, and so are the units' names where the
// real list is not known here: the communes' names are modelled on the
// province's, not copied from the resolution that set them up.
//
// Three units are written by hand (testdata/province):
//   - Sở Tư pháp (so-tu-phap.json), whose report agrees with its data;
//   - phường Long Xuyên (phuong-long-xuyen.json), which carries over 214
//     dossiers where its one-stop system left 216 pending at the end of quý
//     II: two dossiers of its old wards are not accounted for
//     (tthc.dossier.carried_over);
//   - đặc khu Phú Quốc (dac-khu-phu-quoc.json), which writes its online
//     share cut off: 68,4% for 4.127/6.029 = 68,45…%
//     (tthc.dossier.online_rate.truncated).
//
// The other 117 units are generated from a fixed seed (provinceUnits) and
// committed as JSON under testdata/province/units, so that "cchc aggregate"
// reads the very files this test reads (cmd/cchc/province_test.go);
// TestProvinceUnitsAreCurrent keeps them equal to the generator
// (UPDATE_GOLDEN=1 writes them). Four of them carry a clerk's slip (the
// slip… constants). All 102 communes are files, not a sample: about 2.5 kB
// each, 290 kB in all (22 kB compressed), and the roll-up then has the
// province's real shape, so that its figures read as a province's.
//
// The roll-up is what "cchc aggregate --frame testdata/province/frame.json
// --wording testdata/province/wording.json" makes of the units: the frame
// holds what the province writes itself (header, period, basis, the narrative
// of I.1–I.3 and II.1, the catalogue of the province, the names its sentences
// use, III, IV, V and the closing), the wording states the rates of II.2 and
// speaks of the units' plans rather than of a plan of the province's own.
//
// Where the spec is silent, the example decides:
//   - The catalogue of the province is its two levels, each taken once: the
//     province level is the union of the departments' parts, which do not
//     overlap (a procedure of that level is resolved by one department), so
//     its size is their sum, 1.519; the commune level is the one list every
//     commune serves, 358. The frame states the whole, 1.877 by kind of
//     online service, in II.2 and II.6, and the two levels as figures that
//     I.2 quotes; the test derives all of them again from the units.
//   - Units report to Sở Nội vụ, which compiles the province's report to Bộ
//     Nội vụ; the roll-up's sentences name "Sở, ban, ngành và Ủy ban nhân dân
//     cấp xã", the units whose figures they carry, not the UBND tỉnh.
//   - Every unit's one-stop system knows the dossiers pending at the end of
//     quý II (handed over by the old units on 01/7/2025), so the roll-up
//     checks the carried-over dossiers against them too, and finds phường
//     Long Xuyên's two in the sum, as a warning.
//   - A unit with nothing of a figure gives it as zero (Thanh tra tỉnh, no
//     dossier in the quarter): tthc.Section.Add refuses to add a unit that
//     leaves out a figure the others give.
const (
	provinceStem     = "province-quy-III-2025"
	provinceDir      = "province"
	provinceUnitsDir = "units"
)

// provinceHeaderLines are the agency lines of the province's header.
var provinceHeaderLines = []string{"ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"}

// provinceSeed is the seed of the generator's PCG source: the same units on
// every run. The figures are drawn with math/rand/v2's PCG, whose output for
// a seed is fixed by its algorithm; a Go release that changed how Int64N or
// IntN draw from it would show as a difference in
// TestProvinceUnitsAreCurrent.
var provinceSeed = [2]uint64{2025, 701}

// provincePeriod is the period of every unit and of the roll-up.
func provincePeriod() reform.Period {
	return reform.Period{Kind: reform.Quarter, Year: 2025, N: 3}
}

// provinceHandUnits are the units written by hand, in the order the roll-up
// reads them: before the generated ones.
var provinceHandUnits = []string{"so-tu-phap.json", "phuong-long-xuyen.json", "dac-khu-phu-quoc.json"}

// onlineCatalogue is a catalogue by online service kind: toàn trình, một
// phần, information only, and the procedures eligible for toàn trình.
type onlineCatalogue struct{ full, partial, info, eligible int64 }

// total is the number of procedures of the catalogue.
func (o onlineCatalogue) total() int64 { return o.full + o.partial + o.info }

// plus adds the catalogue of another level, whose procedures are others.
func (o onlineCatalogue) plus(p onlineCatalogue) onlineCatalogue {
	return onlineCatalogue{o.full + p.full, o.partial + p.partial, o.info + p.info, o.eligible + p.eligible}
}

// communeCatalogue is the province's catalogue of procedures under the
// communes' authority, one list that every xã, phường and đặc khu serves:
// 358 = 132 toàn trình + 168 một phần + 58 information only. It grew on
// 01/7/2025, when the communes took over most procedures of the districts.
var communeCatalogue = onlineCatalogue{full: 132, partial: 168, info: 58, eligible: 150}

// provinceDepartment describes a generated Sở, ban, ngành: its name, the
// abbreviation of its số, ký hiệu, its head's title, its part of the
// catalogue of the province level (each procedure of that level is resolved
// by one department, so the parts do not overlap; nil for a unit that
// resolves none), about how many dossiers it receives in a quarter, the range
// of its online share in percent, its staff and its divisions.
type provinceDepartment struct {
	name, code, head     string
	catalogue            *onlineCatalogue
	dossiers             int64
	onlineMin, onlineMax int
	staff, units         int64
}

// provinceDepartments are the 17 generated departments; Sở Tư pháp, the
// 18th, is written by hand. Thanh tra tỉnh receives no dossier in the
// quarter; the last three resolve no procedure.
var provinceDepartments = []provinceDepartment{
	{"Văn phòng Ủy ban nhân dân tỉnh", "VPUBND", "Chánh Văn phòng", &onlineCatalogue{3, 5, 4, 4}, 40, 80, 95, 96, 8},
	{"Sở Nội vụ", "SNV", "Giám đốc", &onlineCatalogue{48, 32, 21, 55}, 700, 75, 90, 124, 9},
	{"Sở Tài chính", "STC", "Giám đốc", &onlineCatalogue{86, 40, 18, 95}, 5200, 92, 98, 212, 11},
	{"Sở Công Thương", "SCT", "Giám đốc", &onlineCatalogue{92, 25, 11, 100}, 2600, 85, 95, 151, 9},
	{"Sở Nông nghiệp và Môi trường", "SNNMT", "Giám đốc", &onlineCatalogue{118, 121, 63, 140}, 14000, 55, 70, 642, 14},
	{"Sở Xây dựng", "SXD", "Giám đốc", &onlineCatalogue{58, 49, 17, 70}, 3300, 80, 92, 263, 11},
	{"Sở Khoa học và Công nghệ", "SKHCN", "Giám đốc", &onlineCatalogue{41, 29, 16, 48}, 260, 70, 90, 138, 9},
	{"Sở Giáo dục và Đào tạo", "SGDĐT", "Giám đốc", &onlineCatalogue{52, 21, 12, 60}, 1100, 70, 85, 112, 8},
	{"Sở Y tế", "SYT", "Giám đốc", &onlineCatalogue{73, 48, 31, 85}, 1900, 65, 80, 184, 10},
	{"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Giám đốc", &onlineCatalogue{71, 47, 22, 80}, 700, 80, 92, 171, 10},
	{"Sở Dân tộc và Tôn giáo", "SDTTG", "Giám đốc", &onlineCatalogue{12, 18, 9, 15}, 90, 50, 70, 61, 6},
	{"Sở Ngoại vụ", "SNgV", "Giám đốc", &onlineCatalogue{2, 4, 2, 3}, 45, 60, 80, 36, 5},
	{"Thanh tra tỉnh", "TTr", "Chánh Thanh tra", &onlineCatalogue{0, 3, 6, 0}, 0, 0, 0, 57, 6},
	{"Ban Quản lý Khu kinh tế tỉnh", "BQLKKT", "Trưởng ban", &onlineCatalogue{21, 14, 8, 25}, 160, 85, 95, 46, 5},
	{"Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA", "Giám đốc", nil, 0, 0, 0, 84, 6},
	{"Ban Quản lý Khu du lịch quốc gia Núi Sam", "BQLNS", "Trưởng ban", nil, 0, 0, 0, 58, 5},
	{"Báo và Phát thanh, Truyền hình An Giang", "BPTTH", "Tổng Biên tập", nil, 0, 0, 0, 215, 9},
}

// The generated communes by kind. Phường Long Xuyên and đặc khu Phú Quốc
// are written by hand.
var (
	provinceWards    = []string{"Bình Đức", "Mỹ Thới", "Châu Đốc", "Vĩnh Tế", "Tân Châu", "Long Phú", "Tịnh Biên", "Thới Sơn", "Chi Lăng", "Rạch Giá", "Vĩnh Thông", "Hà Tiên", "Tô Châu"}
	provinceZones    = []string{"Kiên Hải", "Thổ Châu"}
	provinceCommunes = []string{
		"Mỹ Hòa Hưng", "Bình Hòa", "Cần Đăng", "Vĩnh Hanh", "Vĩnh An", "Châu Thành", "Thoại Sơn", "Óc Eo", "Định Mỹ", "Phú Hòa",
		"Vĩnh Trạch", "Tây Phú", "Vọng Thê", "Núi Cấm", "An Cư", "Tri Tôn", "Ba Chúc", "Cô Tô", "Ô Lâm", "Vĩnh Gia",
		"Chợ Mới", "Cù Lao Giêng", "Hội An", "Long Điền", "Nhơn Mỹ", "Long Kiến", "Phú Tân", "Chợ Vàm", "Phú Lâm", "Phú An",
		"Bình Thạnh Đông", "Hòa Lạc", "An Phú", "Khánh Bình", "Nhơn Hội", "Phú Hữu", "Vĩnh Hậu", "Châu Phú", "Mỹ Đức", "Vĩnh Thạnh Trung",
		"Bình Mỹ", "Thạnh Mỹ Tây", "Châu Phong", "Vĩnh Xương", "Tân An", "An Châu", "Hòn Đất", "Sơn Kiên", "Mỹ Thuận", "Bình Giang",
		"Bình Sơn", "Kiên Lương", "Hòa Điền", "Giang Thành", "Vĩnh Điều", "Tân Hiệp", "Tân Hội", "Thạnh Đông", "Giồng Riềng", "Thạnh Hưng",
		"Long Thạnh", "Hòa Hưng", "Ngọc Chúc", "Hòa Thuận", "Gò Quao", "Định Hòa", "Vĩnh Hòa Hưng", "Vĩnh Tuy", "An Biên", "Tây Yên",
		"Đông Thái", "An Minh", "Đông Hòa", "Vân Khánh", "U Minh Thượng", "Vĩnh Hòa", "Vĩnh Thuận", "Vĩnh Bình", "Thạnh Lộc", "Mong Thọ",
		"Tiên Hải", "Hòn Nghệ", "Sơn Hải", "Bình An", "Tân Thạnh",
	}
)

// The slips of the generated units, each one a clerk makes: the unit's file
// and what it got wrong. Every other generated unit agrees with its data.
const (
	// slipReceived: Sở Xây dựng types its dossiers received one too many
	// (an error: a declared total that does not add up).
	slipReceived = "so-xay-dung.json"
	// slipOnTimeTruncated: xã Vĩnh Gia writes its on-time rate cut off
	// instead of rounded.
	slipOnTimeTruncated = "xa-vinh-gia.json"
	// slipPlanTruncated: phường Tân Châu writes its plan rate cut off.
	slipPlanTruncated = "phuong-tan-chau.json"
	// slipResolvedNoLate: xã Giồng Riềng states as resolved the dossiers
	// resolved early and on time, leaving out the late ones.
	slipResolvedNoLate = "xa-giong-rieng.json"
)

// feedbackChannel is where every unit receives feedback on procedures.
const feedbackChannel = "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh"

// provinceUnit is a generated unit: its file name under units/ and its
// report.
type provinceUnit struct {
	file   string
	report *reform.Report
}

// provinceUnits generates the 117 units that are not written by hand: the
// departments, then the xã, phường and đặc khu, in the order of the lists.
// Every draw comes from one PCG source seeded with provinceSeed, in a fixed
// order, so the same units come out on every run.
func provinceUnits() []provinceUnit {
	g := &provinceGenerator{rng: rand.New(rand.NewPCG(provinceSeed[0], provinceSeed[1]))}
	var out []provinceUnit
	for _, d := range provinceDepartments {
		out = append(out, g.department(d))
	}
	for _, n := range provinceCommunes {
		out = append(out, g.commune("xã", n))
	}
	for _, n := range provinceWards {
		out = append(out, g.commune("phường", n))
	}
	for _, n := range provinceZones {
		out = append(out, g.commune("đặc khu", n))
	}
	for i := range out {
		slip(&out[i])
	}
	return out
}

// provinceGenerator draws the figures of the units.
type provinceGenerator struct {
	rng    *rand.Rand
	number int64 // the last số given, so that each report has its own
}

// between returns an integer in [lo, hi].
func (g *provinceGenerator) between(lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.Int64N(hi-lo+1)
}

// share returns about pct percent of n, pct drawn in [lo, hi] by tenths.
func (g *provinceGenerator) share(n int64, lo, hi int) int64 {
	return n * g.between(int64(lo)*10, int64(hi)*10) / 1000
}

// Parts of the made-up names of signers.
var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Dương", "Lâm", "Trương"}
	middleNames = []string{"Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Quốc", "Thị Kim", "Hữu", "Thị Mỹ"}
	givenNames  = []string{"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Khoa", "Lan", "Linh", "Long",
		"Nam", "Nga", "Phong", "Phúc", "Quang", "Tâm", "Thảo", "Thành", "Trang", "Trung", "Tuấn", "Vinh", "Yến"}
)

// person returns a made-up full name.
func (g *provinceGenerator) person() string {
	pick := func(xs []string) string { return xs[g.rng.IntN(len(xs))] }
	return pick(familyNames) + " " + pick(middleNames) + " " + pick(givenNames)
}

// header returns a report's số, a number growing from unit to unit, and its
// date, between 15 and 17/9/2025: after the cut-off of 14/9.
func (g *provinceGenerator) header(code string) (string, reform.Date) {
	g.number += g.between(3, 40)
	return fmt.Sprintf("%d/BC-%s", g.number, code), reform.NewDate(2025, 9, int(g.between(15, 17)))
}

// department generates the report of a department. The head signs one
// report in three, a deputy the others (KT. by the level's rule).
func (g *provinceGenerator) department(d provinceDepartment) provinceUnit {
	number, date := g.header(d.code)
	title := d.head
	if g.rng.IntN(3) > 0 {
		title = "Phó " + d.head
	}
	lead := "Ban Giám đốc"
	if !strings.HasPrefix(d.name, "Sở") {
		lead = "Lãnh đạo đơn vị"
	}
	r := &reform.Report{
		Header: reform.Header{Level: reform.LevelDepartment, ParentAgency: "Ủy ban nhân dân tỉnh An Giang", Agency: d.name,
			AgencyCode: d.code, Number: number, Place: "An Giang", Date: date, SentTo: "Sở Nội vụ"},
		Period:    provincePeriod(),
		Direction: &reform.Direction{Plan: g.plan(20, 34)},
		Results:   &reform.Results{},
		Closing: reform.Closing{Recipients: []string{"Sở Nội vụ", lead}, Archive: "VT",
			Signer: reform.Signer{Title: title, Name: g.person()}},
	}
	if d.catalogue != nil {
		r.Results.Procedures = g.procedures(d.name, "", *d.catalogue, d.dossiers, d.onlineMin, d.onlineMax)
	}
	staff := g.between(d.staff*97/100, d.staff)
	r.Results.Personnel = g.personnel(d.name, "", staff, ptrTo(d.units), 38, 58)
	r.Results.Digital = g.digital(d.name, d.catalogue, staff, 3*staff, 6*staff)
	return provinceUnit{file: "so-" + fileSlug(strings.TrimPrefix(d.name, "Sở ")) + ".json", report: r}
}

// commune generates the report of a xã, phường or đặc khu (kind). A ward
// receives more dossiers than a rural commune, the two small island zones
// fewer.
func (g *provinceGenerator) commune(kind, name string) provinceUnit {
	number, date := g.header("UBND")
	title := "Chủ tịch"
	if g.rng.IntN(3) > 0 {
		title = "Phó Chủ tịch"
	}
	agency := "Ủy ban nhân dân " + kind + " " + name
	dossiers, staffLo, staffHi := g.between(900, 2600), int64(45), int64(72)
	switch kind {
	case "phường":
		dossiers, staffLo, staffHi = g.between(2400, 6200), 58, 88
	case "đặc khu":
		dossiers, staffLo, staffHi = g.between(260, 700), 34, 44
	}
	short := "Ủy ban nhân dân " + kind
	plan := g.plan(16, 28)
	staff := g.between(staffLo, staffHi)
	r := &reform.Report{
		Header: reform.Header{Level: reform.LevelCommune, Agency: agency, AgencyCode: "UBND", Number: number,
			Place: name, Date: date, SentTo: "Sở Nội vụ"},
		Period:    provincePeriod(),
		Direction: &reform.Direction{Plan: plan},
		Results: &reform.Results{
			Procedures: g.procedures(agency, short, communeCatalogue, dossiers, 55, 85),
			Personnel:  g.personnel(agency, short, staff, nil, 32, 52),
			Digital:    g.digital(agency, &communeCatalogue, staff, 25*staff, 45*staff),
		},
		Closing: reform.Closing{Recipients: []string{"Sở Nội vụ", "TT. Đảng ủy, TT. HĐND " + kind}, Archive: "VT",
			Signer: reform.Signer{Title: title, Name: g.person()}},
	}
	return provinceUnit{file: fileSlug(kind) + "-" + fileSlug(name) + ".json", report: r}
}

// plan draws the tasks of the unit's plan for the last six months of 2025,
// half to four fifths of them done by 14/9. Two units in five state the
// rate, rounded.
func (g *provinceGenerator) plan(lo, hi int64) *reform.Plan {
	planned := g.between(lo, hi)
	p := &reform.Plan{TasksPlanned: planned, TasksDone: g.between(planned/2, planned*4/5)}
	if g.rng.IntN(5) < 2 {
		p.DeclaredRate = percentOf(p.TasksDone, p.TasksPlanned, false)
	}
	return p
}

// procedures draws the dossiers of the quarter in the shape of Biểu số
// 06/VPCP/KSTT: about n received in the period, onlineMin–onlineMax percent
// of them online; 1–4% more carried over, which the one-stop system knew as
// pending at the end of quý II (handed over from the old units on
// 01/7/2025); 3–7% still pending at the cut-off, a few of them overdue; up to
// 0,5% resolved late, each with its apology letter. Half the units state
// their totals and rates as their system exports them. Feedback is rare.
//
// Every unit gives the same figures, as zeros where it has none: a figure
// that one unit gives and another leaves out (apology letters, the previous
// period's pending) stops the second unit's section from being added
// (tthc.Section.Add).
func (g *provinceGenerator) procedures(unit, short string, cat onlineCatalogue, n int64, onlineMin, onlineMax int) *tthc.Section {
	s := &tthc.Section{Unit: unit, UnitShort: short, Catalogue: catalogueOf(cat)}
	if n == 0 {
		zero := func() *int64 { return ptrTo[int64](0) }
		s.Dossiers = &tthc.Dossiers{Counts: tthc.Counts{Early: zero(), PendingInTime: zero(), PendingOverdue: zero()},
			ApologyLetters: zero(), PreviousPending: zero()}
		s.Feedback = &tthc.Feedback{Answered: zero(), AnsweredOnTime: zero(), PendingInTime: zero(), Channel: feedbackChannel}
		return s
	}
	inPeriod := g.between(n*85/100, n*115/100)
	online := g.share(inPeriod, onlineMin, onlineMax)
	c := tthc.Counts{Online: online, InPerson: inPeriod - online, CarriedOver: g.share(inPeriod, 1, 4)}
	received := c.Online + c.InPerson + c.CarriedOver
	c.Pending = g.share(received, 3, 7)
	resolved := received - c.Pending
	c.Late = g.share(resolved, 0, 1) / 2
	early := g.share(resolved-c.Late, 35, 60)
	c.Early, c.OnTime = &early, resolved-c.Late-early
	overdue := min(c.Pending, g.between(0, 3))
	c.PendingInTime, c.PendingOverdue = ptrTo(c.Pending-overdue), &overdue
	d := &tthc.Dossiers{Counts: c, ApologyLetters: ptrTo(c.Late), PreviousPending: ptrTo(c.CarriedOver)}
	if g.rng.IntN(2) == 0 {
		d.Declared = tthc.DeclaredDossiers{Received: ptrTo(received), Resolved: ptrTo(resolved),
			OnTimeRate: percentOf(resolved-c.Late, resolved, false), OnlineRate: percentOf(c.Online, c.Online+c.InPerson, false)}
	}
	s.Dossiers = d
	var fb, pending int64
	if g.rng.IntN(10) < 3 {
		fb = g.between(1, 3)
		if g.rng.IntN(4) == 0 {
			pending = 1
		}
	}
	s.Feedback = &tthc.Feedback{Received: fb, Answered: ptrTo(fb - pending), AnsweredOnTime: ptrTo(fb - pending),
		PendingInTime: &pending, Channel: feedbackChannel}
	return s
}

// catalogueOf returns c as the catalogue of II.2.
func catalogueOf(c onlineCatalogue) *tthc.Catalogue {
	return &tthc.Catalogue{Online: &tthc.OnlineServices{Full: c.full, Partial: c.partial, InformationOnly: c.info, EligibleFull: ptrTo(c.eligible)}}
}

// servicesOf returns c as the procedures by level of II.6; nil for nil.
func servicesOf(c *onlineCatalogue) *digital.Services {
	if c == nil {
		return nil
	}
	return &digital.Services{Online: &digital.Online{Full: ptrTo(c.full), Partial: ptrTo(c.partial), Information: ptrTo(c.info)}}
}

// personnel returns the unit's staff, the women among them (womenLo–womenHi
// percent), the times its staff were sent to training in the quarter, and
// its divisions when given.
func (g *provinceGenerator) personnel(name, short string, staff int64, units *int64, womenLo, womenHi int) *personnel.Section {
	p := &personnel.Section{}
	p.Organisation.Department = personnel.Department{Name: name, ShortName: short, Staff: ptrTo(staff), Units: units}
	p.CivilService.Training.Sent = ptrTo(g.share(staff, 20, 70))
	p.CivilService.Gender.Groups = []personnel.Women{{Group: personnel.GroupDepartment, Women: ptrTo(g.share(staff, womenLo, womenHi))}}
	return p
}

// digital draws the documents of the quarter (incoming between inLo and
// inHi, every one handled on the electronic office system; outgoing a
// quarter to two fifths of that, nearly all signed digitally), the
// procedures by level of the unit's catalogue, and the e-mail accounts of
// its staff (one or two without one in some units).
func (g *provinceGenerator) digital(agency string, cat *onlineCatalogue, staff, inLo, inHi int64) *digital.Section {
	in := g.between(inLo, inHi)
	out := g.share(in, 25, 40)
	return &digital.Section{
		Agency: agency,
		Documents: &digital.Documents{
			Incoming: &digital.Incoming{Total: in, ExcludesSecret: true, Handled: ptrTo(in)},
			Outgoing: &digital.Outgoing{Total: out, Signed: ptrTo(out - g.between(0, out/100)), Issued: ptrTo(out)},
		},
		Services: servicesOf(cat),
		Email:    &digital.Email{Staff: ptrTo(staff), WithEmail: ptrTo(staff - max(0, g.between(-4, 2)))},
	}
}

// slip puts into a unit's report its slip, when a slip… constant names its
// file.
func slip(u *provinceUnit) {
	r := u.report
	switch u.file {
	case slipReceived:
		d := r.Results.Procedures.Dossiers
		d.Declared.Received = ptrTo(must(d.Counts.Received()) + 1)
	case slipOnTimeTruncated:
		// Dossiers move from on time to late until cutting off and
		// rounding the rate differ, so that the slip shows.
		d := r.Results.Procedures.Dossiers
		rate := func(truncate bool) string {
			return percentOf(must(d.Counts.EarlyOrOnTime()), must(d.Counts.Resolved()), truncate)
		}
		for rate(false) == rate(true) {
			d.Counts.OnTime--
			d.Counts.Late++
			*d.ApologyLetters++
		}
		d.Declared.OnTimeRate = rate(true)
	case slipPlanTruncated:
		p := r.Direction.Plan
		for percentOf(p.TasksDone, p.TasksPlanned, false) == percentOf(p.TasksDone, p.TasksPlanned, true) {
			p.TasksPlanned++
		}
		p.DeclaredRate = percentOf(p.TasksDone, p.TasksPlanned, true)
	case slipResolvedNoLate:
		d := r.Results.Procedures.Dossiers
		for d.Counts.Late < 2 {
			d.Counts.OnTime--
			d.Counts.Late++
			*d.ApologyLetters++
		}
		d.Declared.Received = ptrTo(must(d.Counts.Received()))
		d.Declared.Resolved = ptrTo(must(d.Counts.EarlyOrOnTime()))
	}
}

// percentOf writes num/den in percent with one decimal, independently of
// package vn: rounded half up, or cut off when truncate is set, ",0"
// dropped ("56%"). The arithmetic is math/big's, exact.
func percentOf(num, den int64, truncate bool) string {
	return ratPercent(big.NewRat(num, den), truncate)
}

// ratPercent writes the ratio r in percent as percentOf does.
func ratPercent(r *big.Rat, truncate bool) string {
	tenths := new(big.Rat).Mul(r, big.NewRat(1000, 1))
	q, rem := new(big.Int).QuoRem(tenths.Num(), tenths.Denom(), new(big.Int))
	if !truncate && new(big.Int).Mul(rem, big.NewInt(2)).Cmp(tenths.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	whole, frac := q.Int64()/10, q.Int64()%10
	if frac == 0 {
		return fmt.Sprintf("%d%%", whole)
	}
	return fmt.Sprintf("%d,%d%%", whole, frac)
}

// thousands writes n with "." between groups of three digits, as
// Vietnamese text does: 261004 → "261.004".
func thousands(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// fileSlug writes a Vietnamese name as a file name: lower-case ASCII
// letters and digits, words joined by "-" ("Sở Xây dựng" → "so-xay-dung").
func fileSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r == 'đ':
			r = 'd'
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if r >= 0x80 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		dash = false
	}
	return b.String()
}

func ptrTo[T any](v T) *T { return &v }

// provincePath is the path of a file of testdata/province.
func provincePath(parts ...string) string {
	return filepath.Join(append([]string{"testdata", provinceDir}, parts...)...)
}

// TestProvinceUnitsAreCurrent: the units committed under
// testdata/province/units are what the generator makes, one file each and
// no other file (UPDATE_GOLDEN=1 writes them; remove a stale file by hand).
func TestProvinceUnitsAreCurrent(t *testing.T) {
	t.Parallel()
	units := provinceUnits()
	require.Len(t, units, len(provinceDepartments)+len(provinceCommunes)+len(provinceWards)+len(provinceZones))
	var names []string
	for _, u := range units {
		data, err := u.report.Encode()
		require.NoError(t, err)
		rendertest.Golden(t, filepath.Join(provinceDir, provinceUnitsDir, u.file), data)
		names = append(names, u.file)
	}
	slices.Sort(names)
	require.Len(t, slices.Compact(slices.Clone(names)), len(names), "two units share a file name")
	entries, err := os.ReadDir(provincePath(provinceUnitsDir))
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	assert.Equal(t, names, files)
}

// provinceUnitReports reads the units as "cchc aggregate FILE… units/" does:
// the hand-written files in their order, then the folder in name order. It
// returns the reports and their file names.
func provinceUnitReports(t testing.TB) ([]*reform.Report, []string) {
	t.Helper()
	var reports []*reform.Report
	var names []string
	for _, n := range provinceHandUnits {
		reports = append(reports, loadReport(t, filepath.Join(provinceDir, n)))
		names = append(names, n)
	}
	entries, err := os.ReadDir(provincePath(provinceUnitsDir))
	require.NoError(t, err)
	for _, e := range entries {
		reports = append(reports, loadReport(t, filepath.Join(provinceDir, provinceUnitsDir, e.Name())))
		names = append(names, e.Name())
	}
	return reports, names
}

// provinceRollUp rolls the units up as "cchc aggregate" does: Aggregate
// with the frame's header and period, then the frame laid over the sum. It
// returns the units, their file names, the findings of Aggregate, the
// roll-up and the province's wording.
func provinceRollUp(t testing.TB) ([]*reform.Report, []string, finding.List, *reform.Report, reform.Wording) {
	t.Helper()
	units, names := provinceUnitReports(t)
	frameData, err := os.ReadFile(provincePath("frame.json"))
	require.NoError(t, err)
	frame, err := reform.Decode(frameData)
	require.NoError(t, err)
	sum, rolled := reform.Aggregate(frame.Header, frame.Period, units, reform.AggregateOptions{})
	require.NoError(t, reform.DecodeOptions{}.DecodeOver(sum, frameData))
	wordingData, err := os.ReadFile(provincePath("wording.json"))
	require.NoError(t, err)
	w, err := reform.DecodeWording(wordingData)
	require.NoError(t, err)
	return units, names, rolled, sum, w
}

// provinceTally are the roll-up's counts added up again, field by field,
// with plain integer arithmetic over the units' reports, apart from
// reform.Aggregate: what the sum must equal.
type provinceTally struct {
	departments, communes, xa, wards, zones                 int64
	planned, done                                           int64
	online, inPerson, carried, early, onTime, late, pending int64
	inTime, overdue, letters, previous, feedback, answered  int64
	staff, women, sent, withEmail                           int64
	incoming, outgoing, signed                              int64
	// departmentCatalogue is the sum of the departments' catalogues, the
	// province level's; communeCatalogues are the communes' own.
	departmentCatalogue onlineCatalogue
	communeCatalogues   []onlineCatalogue
	// unitRates are the units' own rates by kind, exact, to average.
	unitRates map[string][]*big.Rat
}

// tallyProvince adds up the units' counts and keeps each unit's own rates.
func tallyProvince(units []*reform.Report) provinceTally {
	t := provinceTally{unitRates: map[string][]*big.Rat{}}
	for _, u := range units {
		t.level(u.Header)
		p := u.Direction.Plan
		t.planned += p.TasksPlanned
		t.done += p.TasksDone
		t.rate("plan", p.TasksDone, p.TasksPlanned)
		if s := u.Results.Procedures; s != nil {
			t.procedures(u.Header.Level, s)
		}
		t.staffAndDigital(u.Results.Personnel, u.Results.Digital)
	}
	return t
}

// rate keeps a unit's rate of one kind.
func (t *provinceTally) rate(kind string, num, den int64) {
	if den > 0 {
		t.unitRates[kind] = append(t.unitRates[kind], big.NewRat(num, den))
	}
}

// level counts the unit by level and, for a commune, by kind.
func (t *provinceTally) level(h reform.Header) {
	if h.Level == reform.LevelDepartment {
		t.departments++
		return
	}
	t.communes++
	switch kind := strings.TrimPrefix(h.Agency, "Ủy ban nhân dân "); {
	case strings.HasPrefix(kind, "xã "):
		t.xa++
	case strings.HasPrefix(kind, "phường "):
		t.wards++
	case strings.HasPrefix(kind, "đặc khu "):
		t.zones++
	}
}

// procedures adds a unit's dossiers and feedback and keeps its catalogue.
func (t *provinceTally) procedures(l reform.Level, s *tthc.Section) {
	c := s.Dossiers.Counts
	t.online += c.Online
	t.inPerson += c.InPerson
	t.carried += c.CarriedOver
	t.early += *c.Early
	t.onTime += c.OnTime
	t.late += c.Late
	t.pending += c.Pending
	t.inTime += *c.PendingInTime
	t.overdue += *c.PendingOverdue
	t.letters += *s.Dossiers.ApologyLetters
	t.previous += *s.Dossiers.PreviousPending
	t.feedback += s.Feedback.Received
	t.answered += *s.Feedback.Answered
	t.rate("online", c.Online, c.Online+c.InPerson)
	t.rate("on time", *c.Early+c.OnTime, *c.Early+c.OnTime+c.Late)
	o := s.Catalogue.Online
	cat := onlineCatalogue{o.Full, o.Partial, o.InformationOnly, *o.EligibleFull}
	if l == reform.LevelDepartment {
		t.departmentCatalogue = t.departmentCatalogue.plus(cat)
		return
	}
	t.communeCatalogues = append(t.communeCatalogues, cat)
}

// staffAndDigital adds a unit's staff, women, training, documents and
// e-mail accounts.
func (t *provinceTally) staffAndDigital(p *personnel.Section, d *digital.Section) {
	staff, women := *p.Organisation.Department.Staff, *p.CivilService.Gender.Groups[0].Women
	t.staff += staff
	t.women += women
	t.sent += *p.CivilService.Training.Sent
	t.rate("women", women, staff)
	t.withEmail += *d.Email.WithEmail
	t.incoming += d.Documents.Incoming.Total
	t.outgoing += d.Documents.Outgoing.Total
	t.signed += *d.Documents.Outgoing.Signed
	t.rate("e-mail", *d.Email.WithEmail, *d.Email.Staff)
}

// received is the number of dossiers received, carry-over included.
func (t provinceTally) received() int64 { return t.online + t.inPerson + t.carried }

// resolved is the number of dossiers resolved.
func (t provinceTally) resolved() int64 { return t.early + t.onTime + t.late }

// mean is the average of the units' own rates of one kind, in percent as
// percentOf writes it: what a spreadsheet averaging the column would print.
func (t provinceTally) mean(kind string) string {
	sum := new(big.Rat)
	for _, r := range t.unitRates[kind] {
		sum.Add(sum, r)
	}
	return ratPercent(sum.Quo(sum, big.NewRat(int64(len(t.unitRates[kind])), 1)), false)
}

// provinceSlip is the one finding a unit's own Validate gives, and the
// arithmetic of the unit's data that justifies it.
type provinceSlip struct {
	code     finding.Code
	severity finding.Severity
	path     string
	// check asserts the arithmetic on the unit's report.
	check func(t *testing.T, r *reform.Report)
}

// provinceSlips are the units' own findings, by file: the slips of the two
// hand-written communes and of the four generated units that make one.
// Sở Tư pháp and the 113 other units agree with their data.
func provinceSlips() map[string]provinceSlip {
	dossiers := func(r *reform.Report) *tthc.Dossiers { return r.Results.Procedures.Dossiers }
	return map[string]provinceSlip{
		"phuong-long-xuyen.json": {tthc.CodeDossierCarriedOver, finding.Warning, "results.procedures.dossiers.carried_over",
			func(t *testing.T, r *reform.Report) {
				// 214 carried over, 216 pending at the end of quý II.
				d := dossiers(r)
				assert.Equal(t, int64(214), d.Counts.CarriedOver)
				assert.Equal(t, int64(216), *d.PreviousPending)
			}},
		"dac-khu-phu-quoc.json": {finding.TruncatedCode(tthc.CodeDossierOnlineRate), finding.Warning, "results.procedures.dossiers.declared.online_rate",
			func(t *testing.T, r *reform.Report) {
				// 4.127/(4.127 + 1.902) = 68,452…%: 68,5% rounded, 68,4% cut off.
				c := dossiers(r).Counts
				assert.Equal(t, []int64{4127, 1902}, []int64{c.Online, c.InPerson})
				assert.Equal(t, "68,5%", percentOf(c.Online, c.Online+c.InPerson, false))
				assert.Equal(t, percentOf(c.Online, c.Online+c.InPerson, true), dossiers(r).Declared.OnlineRate)
				assert.Equal(t, "68,4%", dossiers(r).Declared.OnlineRate)
			}},
		slipReceived: {tthc.CodeDossierReceived, finding.Error, "results.procedures.dossiers.declared.received",
			func(t *testing.T, r *reform.Report) {
				// online + in person + carried over, plus one.
				c := dossiers(r).Counts
				assert.Equal(t, c.Online+c.InPerson+c.CarriedOver+1, *dossiers(r).Declared.Received)
			}},
		slipOnTimeTruncated: {finding.TruncatedCode(tthc.CodeDossierOnTimeRate), finding.Warning, "results.procedures.dossiers.declared.on_time_rate",
			func(t *testing.T, r *reform.Report) {
				// (early + on time)/resolved cut off, not rounded.
				c := dossiers(r).Counts
				num, den := *c.Early+c.OnTime, *c.Early+c.OnTime+c.Late
				assert.Equal(t, percentOf(num, den, true), dossiers(r).Declared.OnTimeRate)
				assert.NotEqual(t, percentOf(num, den, false), dossiers(r).Declared.OnTimeRate)
			}},
		slipPlanTruncated: {finding.TruncatedCode(reform.CodePlanRate), finding.Warning, "direction.plan.declared_rate",
			func(t *testing.T, r *reform.Report) {
				p := r.Direction.Plan
				assert.Equal(t, percentOf(p.TasksDone, p.TasksPlanned, true), p.DeclaredRate)
				assert.NotEqual(t, percentOf(p.TasksDone, p.TasksPlanned, false), p.DeclaredRate)
			}},
		slipResolvedNoLate: {tthc.CodeDossierResolved, finding.Warning, "results.procedures.dossiers.declared.resolved",
			func(t *testing.T, r *reform.Report) {
				// early + on time, the late ones left out.
				c := dossiers(r).Counts
				assert.Positive(t, c.Late)
				assert.Equal(t, *c.Early+c.OnTime, *dossiers(r).Declared.Resolved)
			}},
	}
}

// TestProvinceUnits checks each unit on its own, as "cchc aggregate" does
// before the roll-up: the slips are found in the units that made them, with
// the arithmetic of the unit's data, and nowhere else.
func TestProvinceUnits(t *testing.T) {
	t.Parallel()
	units, names := provinceUnitReports(t)
	tl := tallyProvince(units)
	// The province's shape: 18 Sở, ban, ngành and 102 communes (85 xã, 14
	// phường, 3 đặc khu), each at its level.
	require.Len(t, units, 120)
	assert.Equal(t, []int64{18, 102, 85, 14, 3}, []int64{tl.departments, tl.communes, tl.xa, tl.wards, tl.zones})

	slips := provinceSlips()
	for i, u := range units {
		assert.Equal(t, provincePeriod(), u.Period, names[i])
		got := u.Validate()
		want, ok := slips[names[i]]
		if !ok {
			assert.Empty(t, got, names[i])
			continue
		}
		if assert.Len(t, got, 1, names[i]) {
			assert.Equal(t, []any{want.code, want.severity, want.path}, []any{got[0].Code, got[0].Severity, got[0].Path}, names[i])
		}
		t.Run(names[i], func(t *testing.T) { want.check(t, u) })
		delete(slips, names[i])
	}
	assert.Empty(t, slips, "slips of units that are not in the roll-up")
}

// TestProvinceRollUp checks the roll-up figure by figure: Aggregate's own
// findings, the counts against an independent tally, the catalogue by
// level, the roll-up's one finding, and every rate against one recomputed
// with math/big from the summed counts.
func TestProvinceRollUp(t *testing.T) {
	t.Parallel()
	units, _, rolled, sum, w := provinceRollUp(t)
	tl := tallyProvince(units)

	// Aggregate's own findings: the catalogues (II.2) and the procedures by
	// level (II.6) are sets, not counts. The communes share one, each
	// department has its own part of the province's: Sở Tư pháp's 146
	// procedures (units[0]) are not phường Long Xuyên's 358 (units[1]), so
	// the roll-up takes none from its units and says so, twice, as info.
	require.Len(t, rolled, 2)
	for i, path := range []string{"results.procedures.catalogue", "results.digital.services"} {
		f := rolled[i]
		assert.Equal(t, []any{reform.CodeAggregateCatalogue, finding.Info, path}, []any{f.Code, f.Severity, f.Path})
		assert.Equal(t, []string{"units[0]." + path, "units[1]." + path}, f.Related)
	}
	total := func(u *reform.Report) int64 { n, _ := u.Results.Procedures.Catalogue.Total(); return n }
	assert.Equal(t, []int64{146, 358}, []int64{total(units[0]), total(units[1])})

	t.Run("counts add", func(t *testing.T) {
		c := sum.Results.Procedures.Dossiers.Counts
		assert.Equal(t, []int64{tl.online, tl.inPerson, tl.carried, tl.early, tl.onTime, tl.late, tl.pending, tl.inTime, tl.overdue},
			[]int64{c.Online, c.InPerson, c.CarriedOver, *c.Early, c.OnTime, c.Late, c.Pending, *c.PendingInTime, *c.PendingOverdue})
		assert.Equal(t, tl.received(), must(c.Received()))
		assert.Equal(t, tl.received(), tl.resolved()+tl.pending, "every unit balances, and so does the sum")
		d := sum.Results.Procedures.Dossiers
		assert.Equal(t, []int64{tl.letters, tl.previous}, []int64{*d.ApologyLetters, *d.PreviousPending})
		fb := sum.Results.Procedures.Feedback
		assert.Equal(t, []int64{tl.feedback, tl.answered}, []int64{fb.Received, *fb.Answered})
		assert.Equal(t, []int64{tl.planned, tl.done}, []int64{sum.Direction.Plan.TasksPlanned, sum.Direction.Plan.TasksDone})
		p := sum.Results.Personnel
		assert.Equal(t, []int64{tl.staff, tl.women, tl.sent},
			[]int64{*p.Organisation.Department.Staff, *p.CivilService.Gender.Groups[0].Women, *p.CivilService.Training.Sent})
		assert.Nil(t, p.Organisation.Department.Units, "the communes give no divisions, so the roll-up gives none")
		dg := sum.Results.Digital
		assert.Equal(t, []int64{tl.staff, tl.withEmail, tl.incoming, tl.outgoing, tl.signed},
			[]int64{*dg.Email.Staff, *dg.Email.WithEmail, dg.Documents.Incoming.Total, dg.Documents.Outgoing.Total, *dg.Documents.Outgoing.Signed})
		// The units' declared figures are theirs: none reaches the roll-up.
		assert.Zero(t, d.Declared)
		assert.Empty(t, sum.Direction.Plan.DeclaredRate)
	})

	t.Run("catalogue by level", func(t *testing.T) {
		// The commune level: one list, the same in all 102 communes.
		require.Len(t, tl.communeCatalogues, 102)
		for _, c := range tl.communeCatalogues {
			assert.Equal(t, communeCatalogue, c)
		}
		// The province level: the departments' parts, which do not
		// overlap, 1.519 procedures.
		assert.Equal(t, int64(1519), tl.departmentCatalogue.total())
		// The frame states the province's catalogue: the two levels, each
		// taken once, 1.519 + 358 = 1.877, by kind of online service.
		want := tl.departmentCatalogue.plus(communeCatalogue)
		assert.Equal(t, catalogueOf(want), sum.Results.Procedures.Catalogue)
		assert.Equal(t, servicesOf(&want), sum.Results.Digital.Services)
		figures := map[string]int64{}
		for _, f := range sum.Figures {
			figures[f.Name] = f.Count
		}
		assert.Equal(t, map[string]int64{"departments": tl.departments, "communes": tl.communes, "regulations_issued": 23,
			"procedures_province": tl.departmentCatalogue.total(), "procedures_commune": communeCatalogue.total()}, figures)

		// Rolled up alone, the communes give their catalogue once, with no
		// finding: 358 procedures, not 102 × 358.
		communes, departments := communesApart(units)
		level, fs := reform.Aggregate(sum.Header, sum.Period, communes, reform.AggregateOptions{})
		assert.Empty(t, fs)
		assert.Equal(t, catalogueOf(communeCatalogue), level.Results.Procedures.Catalogue)
		// The departments' parts differ: their roll-up leaves the catalogue
		// to the frame.
		level, fs = reform.Aggregate(sum.Header, sum.Period, departments, reform.AggregateOptions{})
		assert.Equal(t, []finding.Code{reform.CodeAggregateCatalogue, reform.CodeAggregateCatalogue}, fs.Codes())
		assert.Nil(t, level.Results.Procedures.Catalogue)
	})

	// The roll-up with its frame has one finding of its own, a warning: the
	// dossiers carried over into quý III add up to 2 fewer than the pending
	// ones the units' systems knew at the end of quý II, phường Long
	// Xuyên's 216 − 214. No error.
	fs := sum.Validate()
	require.Len(t, fs, 1)
	assert.Equal(t, []any{tthc.CodeDossierCarriedOver, finding.Warning, "results.procedures.dossiers.carried_over"},
		[]any{fs[0].Code, fs[0].Severity, fs[0].Path})
	assert.Equal(t, int64(216-214), tl.previous-tl.carried)
	assert.False(t, fs.HasErrors())

	// Every rate is derived again from the summed counts, recomputed here
	// with math/big apart from package vn; each differs from the mean of
	// the units' own rates, which a roll-up must not print.
	d, err := sum.DocumentWith(w)
	require.NoError(t, err)
	txt := textLines(t, d)
	for _, r := range []struct {
		kind, phrase, mean string
		num, den           int64
	}{
		{"plan", "nhiệm vụ theo kế hoạch cải cách hành chính của từng cơ quan, đơn vị, đạt tỷ lệ ", "62,6%", tl.done, tl.planned},
		{"online", "tỷ lệ hồ sơ trực tuyến đạt ", "71%", tl.online, tl.online + tl.inPerson},
		{"on time", "tỷ lệ giải quyết trước hạn, đúng hạn đạt ", "99,8%", tl.early + tl.onTime, tl.resolved()},
		{"women", "cán bộ nữ (đạt tỷ lệ ", "42,8%", tl.women, tl.staff},
		{"e-mail", "\n- ", "99,4%", tl.withEmail, tl.staff},
	} {
		pooled := percentOf(r.num, r.den, false)
		assert.Equal(t, r.mean, tl.mean(r.kind), r.kind)
		assert.NotEqual(t, r.mean, pooled, r.kind)
		assert.Contains(t, txt, r.phrase+pooled, r.kind)
		assert.NotContains(t, txt, r.phrase+r.mean, r.kind)
	}
	cat := tl.departmentCatalogue.plus(communeCatalogue)
	for _, k := range []struct {
		name string
		n    int64
	}{{"toàn trình là ", cat.full}, {"một phần là ", cat.partial}, {"chỉ cung cấp thông tin là ", cat.info}} {
		assert.Contains(t, txt, fmt.Sprintf("%s%s thủ tục (%s)", k.name, thousands(k.n), percentOf(k.n, cat.total(), false)))
	}
	assert.Contains(t, txt, fmt.Sprintf("%s văn bản (%s) được ký số", thousands(tl.signed), percentOf(tl.signed, tl.outgoing, false)))
}

// TestProvinceReport renders the roll-up in every format against its
// golden files and through the real programs: the UBND tỉnh's report to Bộ
// Nội vụ, its header "ỦY BAN NHÂN DÂN" / "TỈNH AN GIANG", its signer for
// the committee.
func TestProvinceReport(t *testing.T) {
	t.Parallel()
	units, _, _, sum, w := provinceRollUp(t)
	tl := tallyProvince(units)
	assert.Equal(t, reform.LevelProvince, sum.Header.Level)
	d, err := sum.DocumentWith(w)
	require.NoError(t, err)
	txt := textLines(t, d)
	for _, want := range []string{
		strings.Join(provinceHeaderLines, "\n") + "\n",
		"Kính gửi: Bộ Nội vụ.",
		"trên cơ sở báo cáo của 18 Sở, ban, ngành và 102 Ủy ban nhân dân xã, phường, đặc khu. Ủy ban nhân dân tỉnh An Giang báo cáo công tác cải cách hành chính quý III năm 2025",
		fmt.Sprintf("đã hoàn thành %s/%s nhiệm vụ", thousands(tl.done), thousands(tl.planned)),
		"gồm 1.519 thủ tục thuộc thẩm quyền giải quyết của cấp tỉnh và 358 thủ tục thuộc thẩm quyền giải quyết của cấp xã",
		"Sở, ban, ngành và Ủy ban nhân dân cấp xã: Tổng số thủ tục là 1.877;",
		fmt.Sprintf("tiếp nhận %s hồ sơ; trong đó hồ sơ trực tuyến là %s, trực tiếp %s, hồ sơ kỳ trước chuyển sang là %s",
			thousands(tl.received()), thousands(tl.online), thousands(tl.inPerson), thousands(tl.carried)),
		fmt.Sprintf("Số lượng hồ sơ đã giải quyết là %s (trong đó %s hồ sơ trước hạn, %s hồ sơ đúng hạn, %s hồ sơ quá hạn)",
			thousands(tl.resolved()), thousands(tl.early), thousands(tl.onTime), thousands(tl.late)),
		fmt.Sprintf("đang giải quyết là %s hồ sơ (trong đó %s hồ sơ trong hạn, %s hồ sơ quá hạn)",
			thousands(tl.pending), thousands(tl.inTime), thousands(tl.overdue)),
		fmt.Sprintf("đã gửi %s văn bản xin lỗi", thousands(tl.letters)),
		fmt.Sprintf("Các Sở, ban, ngành và Ủy ban nhân dân cấp xã hiện có %s nhân sự.", thousands(tl.staff)),
		fmt.Sprintf("Các cơ quan, đơn vị có %s/%s cán bộ nữ", thousands(tl.women), thousands(tl.staff)),
		fmt.Sprintf("công chức, viên chức (%s/%s) được cấp thư điện tử", thousands(tl.withEmail), thousands(tl.staff)),
		"của 102 xã, phường, đặc khu không bị gián đoạn",
		"gửi đến Bộ Nội vụ để tổng hợp./.",
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Hoàng Phúc",
	} {
		assert.Contains(t, txt, want)
	}
	// The catalogue added over every unit, 1.519 + 102 × 358 = 38.035, is
	// printed nowhere.
	assert.NotContains(t, txt, thousands(tl.departmentCatalogue.total()+102*communeCatalogue.total()))

	out := renderAll(t, provinceStem, d)
	assertHeaderLines(t, out, nil, provinceHeaderLines)

	t.Run("real clients", func(t *testing.T) {
		pdfPath, raw := checkDOCX(t, provinceStem, out["docx"])
		flat := squash(raw)
		for _, want := range []string{"Số:412/BC-UBND", "Kínhgửi:BộNộivụ", thousands(tl.received()) + "hồsơ",
			"TM.ỦYBANNHÂNDÂN", "KT.CHỦTỊCH", "LêHoàngPhúc"} {
			assert.Contains(t, flat, want)
		}
		assertPageOneHeader(t, rendertest.PDFText(t, pdfPath, 1), provinceHeaderLines)
	})
}
