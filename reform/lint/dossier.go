package lint

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// role is a figure of the dossier results of Biểu số 06/VPCP/KSTT.
type role int

// The roles of dossier figures.
const (
	roleReceived role = iota
	roleOnline
	roleInPerson
	roleCarried
	roleResolved
	roleEarly
	roleOnTime
	roleLate
	rolePending
	roleInTime
	roleOverdue
	roleOther
	roles
)

// dossierWords are the phrases that name each role; "quá hạn" and "trong
// hạn" are read as late or overdue by the figure they follow.
var dossierWords = []struct {
	words []string
	role  role
}{
	{[]string{"tiếp", "nhận"}, roleReceived},
	{[]string{"trực", "tuyến"}, roleOnline},
	{[]string{"trực", "tiếp"}, roleInPerson},
	{[]string{"kỳ", "trước"}, roleCarried},
	{[]string{"đã", "giải", "quyết"}, roleResolved},
	{[]string{"giải", "quyết", "xong"}, roleResolved},
	{[]string{"trước", "hạn"}, roleEarly},
	{[]string{"đúng", "hạn"}, roleOnTime},
	{[]string{"quá", "hạn"}, roleLate},
	{[]string{"trễ", "hạn"}, roleLate},
	{[]string{"đang", "giải", "quyết"}, rolePending},
	{[]string{"chưa", "giải", "quyết"}, rolePending},
	{[]string{"đang", "xử", "lý"}, rolePending},
	{[]string{"trong", "hạn"}, roleInTime},
	{[]string{"chưa", "đến", "hạn"}, roleInTime},
	{[]string{"rút"}, roleOther},
	{[]string{"trả", "lại"}, roleOther},
	{[]string{"từ", "chối"}, roleOther},
}

// dossierFigure is a figure bound to a role: its value and token.
type dossierFigure struct {
	value int64
	tok   int
	set   bool
}

// checkDossiers reads the dossier results of a paragraph ("tiếp nhận
// 15.613 hồ sơ; trong đó trực tuyến …, trực tiếp …, kỳ trước chuyển sang …;
// đã giải quyết … (… đúng hạn, … quá hạn); đang giải quyết …") and checks
// the identities of Biểu số 06/VPCP/KSTT with the typed checks' codes. A
// paragraph that names a role twice with figures (two units, two periods)
// is left alone.
func (c *checker) checkDossiers(t *text) {
	hasDossier := false
	for k := range t.toks {
		if t.words(k, "hồ", "sơ") {
			hasDossier = true
			break
		}
	}
	if !hasDossier {
		return
	}
	var fig [roles]dossierFigure
	var rate [roles]int // percentage token bound to a role, -1 none
	for i := range rate {
		rate[i] = -1
	}
	used := map[int]bool{}
	main := roleReceived
	mainSeen := false
	for k := 0; k < len(t.toks); k++ {
		if t.toks[k].masked {
			continue
		}
		r, n := role(-1), 0
		for _, dw := range dossierWords {
			if t.words(k, dw.words...) {
				r, n = dw.role, len(dw.words)
				break
			}
		}
		if r < 0 {
			continue
		}
		switch r {
		case roleReceived, roleResolved, rolePending:
			main, mainSeen = r, true
		case roleLate:
			if mainSeen && main == rolePending {
				r = roleOverdue
			}
		}
		v, isRate := bindFigure(t, k, k+n, used)
		if v < 0 {
			k += n - 1
			continue
		}
		if isRate {
			if rate[r] >= 0 {
				return
			}
			rate[r] = v
		} else {
			if fig[r].set {
				return // a role named twice: two units or periods
			}
			fig[r] = dossierFigure{value: t.toks[v].n, tok: v, set: true}
		}
		used[v] = true
		k += n - 1
	}
	c.dossierIdentities(t, fig, rate)
}

// bindFigure finds the figure of a role named by tokens [k, e): the figure
// just before it ("15.264 hồ sơ đúng hạn") or just after it ("trực tuyến là
// 8.252", "đúng hạn đạt 98,4%"). It returns the token and whether it is a
// percentage, or -1.
func bindFigure(t *text, k, e int, used map[int]bool) (int, bool) {
	j := k - 1
	if t.isWord(j, "sơ") && t.isWord(j-1, "hồ") {
		j -= 2
	}
	if j >= 0 && t.toks[j].figure() && !used[j] {
		return j, false
	}
	j = e
	for j < len(t.toks) && j < e+4 {
		tk := t.toks[j]
		if tk.kind == tWord && (tk.low == "là" || tk.low == "hồ" || tk.low == "sơ" || tk.low == "có" || tk.low == "đạt" ||
			tk.low == "được" || tk.low == "chuyển" || tk.low == "sang" || tk.low == "qua" || tk.low == "tổng" || tk.low == "số" || tk.low == "mới") ||
			tk.kind == tPunct && tk.low == ":" {
			j++
			continue
		}
		break
	}
	if j < len(t.toks) && !used[j] {
		switch tk := t.toks[j]; {
		case tk.figure():
			return j, false
		case tk.kind == tPct && !tk.masked:
			return j, true
		}
	}
	return -1, false
}

// dossierIdentities checks the figures read: received = online + in person
// + carried over; resolved = early + on time + late; pending = in time +
// overdue; received = resolved + pending (+ withdrawn, returned, refused);
// and the on-time and online rates.
func (c *checker) dossierIdentities(t *text, fig [roles]dossierFigure, rate [roles]int) {
	at := func(r role) Place {
		tk := t.toks[fig[r].tok]
		return t.p.place(tk.start, tk.end)
	}
	val := func(r role) int64 { return fig[r].value }
	has := func(rs ...role) bool {
		for _, r := range rs {
			if !fig[r].set {
				return false
			}
		}
		return true
	}
	if has(roleReceived, roleOnline, roleInPerson) {
		parts := []finding.Part{{Label: "trực tuyến", Value: val(roleOnline)}, {Label: "trực tiếp", Value: val(roleInPerson)}}
		if has(roleCarried) {
			parts = append(parts, finding.Part{Label: "kỳ trước chuyển sang", Value: val(roleCarried)})
		}
		sum, err := finding.Sum(val(roleOnline), val(roleInPerson), fig[roleCarried].value)
		if err == nil && (has(roleCarried) || sum > val(roleReceived)) {
			if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierReceived, Label: "tổng số hồ sơ tiếp nhận"}, val(roleReceived), parts...); ok {
				c.addFinding(f, at(roleReceived), []Place{at(roleOnline), at(roleInPerson)})
			}
		}
	}
	if has(roleResolved, roleOnTime, roleLate) {
		var parts []finding.Part
		if has(roleEarly) {
			parts = append(parts, finding.Part{Label: "trước hạn", Value: val(roleEarly)})
		}
		parts = append(parts, finding.Part{Label: "đúng hạn", Value: val(roleOnTime)}, finding.Part{Label: "quá hạn", Value: val(roleLate)})
		if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierResolved, Severity: finding.Warning, Label: "tổng số hồ sơ đã giải quyết"}, val(roleResolved), parts...); ok {
			c.addFinding(f, at(roleResolved), []Place{at(roleOnTime), at(roleLate)})
		}
	}
	if has(rolePending, roleInTime, roleOverdue) {
		if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierPending, Label: "số hồ sơ đang giải quyết"}, val(rolePending),
			finding.Part{Label: "trong hạn", Value: val(roleInTime)}, finding.Part{Label: "quá hạn", Value: val(roleOverdue)}); ok {
			c.addFinding(f, at(rolePending), []Place{at(roleInTime), at(roleOverdue)})
		}
	}
	if has(roleReceived, roleResolved, rolePending) {
		c.dossierBalance(t, fig, at)
	}
	// Rates.
	if k := max(rate[roleOnTime], rate[roleEarly]); k >= 0 && has(roleResolved, roleOnTime) {
		num := val(roleOnTime) + fig[roleEarly].value
		tk := t.toks[k]
		if _, f, bad := finding.CheckRate(finding.Subject{Code: tthc.CodeDossierOnTimeRate, Label: "tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"},
			tk.pct, tk.places, num, val(roleResolved)); bad {
			c.addFinding(f, t.p.place(tk.start, tk.end), []Place{at(roleResolved), at(roleOnTime)})
		}
		t.claimed[k] = true
	}
	if k := rate[roleOnline]; k >= 0 && has(roleOnline, roleInPerson) {
		tk := t.toks[k]
		if _, f, bad := finding.CheckRate(finding.Subject{Code: tthc.CodeDossierOnlineRate, Label: "tỷ lệ hồ sơ tiếp nhận trực tuyến"},
			tk.pct, tk.places, val(roleOnline), val(roleOnline)+val(roleInPerson)); bad {
			c.addFinding(f, t.p.place(tk.start, tk.end), []Place{at(roleOnline), at(roleInPerson)})
		}
		t.claimed[k] = true
	}
	for r, k := range rate {
		if k >= 0 && (role(r) == roleOnTime || role(r) == roleEarly || role(r) == roleOnline) {
			t.claimed[k] = true
		}
	}
}

// dossierBalance checks received = resolved + pending (+ other), as the
// typed check does: a surplus with no other bucket is a warning naming
// the unexplained number; any other gap is an error.
func (c *checker) dossierBalance(t *text, fig [roles]dossierFigure, at func(role) Place) {
	received, resolved, pending := fig[roleReceived].value, fig[roleResolved].value, fig[rolePending].value
	accounted, err := finding.Sum(resolved, pending, fig[roleOther].value)
	if err != nil {
		return
	}
	// A total received that leaves out the dossiers carried over ("tiếp
	// nhận mới 300, kỳ trước chuyển sang 20") balances with them added.
	if received == accounted || fig[roleCarried].set && received+fig[roleCarried].value == accounted {
		return
	}
	rel := []Place{at(roleResolved), at(roleReceived)}
	span := t.p.place(t.toks[fig[roleReceived].tok].start, t.toks[fig[rolePending].tok].end)
	if !fig[roleOther].set && received > accounted {
		gap := received - accounted
		c.add(tthc.CodeDossierBalance, finding.Warning, span, rel,
			[]finding.Value{
				{Name: "received", Value: fmt.Sprint(received)},
				{Name: "accounted", Value: fmt.Sprint(accounted)},
				{Name: "unexplained", Value: fmt.Sprint(gap)},
			},
			fmt.Sprintf("Số hồ sơ tiếp nhận là %s nhưng số hồ sơ đã giải quyết và đang giải quyết cộng lại là %s "+
				"(đã giải quyết %s + đang giải quyết %s); còn %s hồ sơ chưa rõ kết quả, không có số hồ sơ rút, trả lại "+
				"hoặc từ chối giải quyết để giải thích.",
				vn.Int(received), vn.Int(accounted), vn.Int(resolved), vn.Int(pending), vn.Int(gap)))
		return
	}
	parts := []finding.Part{{Label: "đã giải quyết", Value: resolved}, {Label: "đang giải quyết", Value: pending}}
	if fig[roleOther].set {
		parts = append(parts, finding.Part{Label: "rút, trả lại, từ chối", Value: fig[roleOther].value})
	}
	if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierBalanceMismatch, Label: "tổng số hồ sơ tiếp nhận"}, received, parts...); ok {
		c.addFinding(f, span, rel)
	}
}
