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
	if !mentionsDossiers(t) {
		return
	}
	if d, ok := readDossiers(t); ok {
		c.dossierIdentities(d)
	}
}

// mentionsDossiers reports whether the paragraph says "hồ sơ".
func mentionsDossiers(t *text) bool {
	for k := range t.toks {
		if t.words(k, "hồ", "sơ") {
			return true
		}
	}
	return false
}

// dossierFigures are the dossier figures of a paragraph: the count and the
// percentage token (-1 for none) bound to each role.
type dossierFigures struct {
	t    *text
	fig  [roles]dossierFigure
	rate [roles]int
}

// newDossierFigures returns the figures of paragraph t, none bound yet.
func newDossierFigures(t *text) *dossierFigures {
	d := &dossierFigures{t: t}
	for i := range d.rate {
		d.rate[i] = -1
	}
	return d
}

// readDossiers binds the figures of a paragraph to the roles its phrases
// name; false when a role is named twice with figures.
func readDossiers(t *text) (*dossierFigures, bool) {
	d := newDossierFigures(t)
	used := map[int]bool{}
	var main mainRole
	for k := 0; k < len(t.toks); k++ {
		if t.toks[k].masked {
			continue
		}
		r, n := t.dossierRole(k)
		if r < 0 {
			continue
		}
		r = main.read(r)
		v, isRate := bindFigure(t, k, k+n, used)
		k += n - 1
		if v < 0 {
			continue
		}
		if !d.bind(r, v, isRate) {
			return nil, false // a role named twice: two units or periods
		}
		used[v] = true
	}
	return d, true
}

// dossierRole returns the role the phrase at token k names, and its
// length in tokens; -1 when it names none.
func (t *text) dossierRole(k int) (role, int) {
	for _, dw := range dossierWords {
		if t.words(k, dw.words...) {
			return dw.role, len(dw.words)
		}
	}
	return -1, 0
}

// mainRole is the main figure the phrases read so far belong to: "quá
// hạn" after "đang giải quyết" names the overdue dossiers, not those
// resolved late.
type mainRole struct {
	r    role
	seen bool
}

// read returns the role of a phrase that names r, and notes r when it is
// a main figure.
func (m *mainRole) read(r role) role {
	switch r {
	case roleReceived, roleResolved, rolePending:
		m.r, m.seen = r, true
	case roleLate:
		if m.seen && m.r == rolePending {
			return roleOverdue
		}
	}
	return r
}

// bind binds token v, a count or a percentage, to role r; false when the
// role has one already.
func (d *dossierFigures) bind(r role, v int, isRate bool) bool {
	if isRate {
		if d.rate[r] >= 0 {
			return false
		}
		d.rate[r] = v
		return true
	}
	if d.fig[r].set {
		return false
	}
	d.fig[r] = dossierFigure{value: d.t.toks[v].n, tok: v, set: true}
	return true
}

// bindWord reports whether w may stand between a role's phrase and its
// figure.
func bindWord(w string) bool {
	switch w {
	case "là", "hồ", "sơ", "có", "đạt", "được", "chuyển", "sang", "qua", "tổng", "số", "mới":
		return true
	}
	return false
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
	return figureAfter(t, e, used)
}

// figureAfter finds the figure after a role's phrase ending at token e,
// past at most four words that may stand between: a count, or a
// percentage outside a citation.
func figureAfter(t *text, e int, used map[int]bool) (int, bool) {
	j := e
	for j < len(t.toks) && j < e+4 && (t.toks[j].kind == tWord && bindWord(t.toks[j].low) || t.isPunct(j, ":")) {
		j++
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

// at returns the place of the figure of role r.
func (d *dossierFigures) at(r role) Place {
	tk := d.t.toks[d.fig[r].tok]
	return d.t.p.place(tk.start, tk.end)
}

// val returns the figure of role r, 0 when it has none.
func (d *dossierFigures) val(r role) int64 { return d.fig[r].value }

// has reports whether every role of rs has a figure.
func (d *dossierFigures) has(rs ...role) bool {
	for _, r := range rs {
		if !d.fig[r].set {
			return false
		}
	}
	return true
}

// dossierIdentities checks the figures read: received = online + in person
// + carried over; resolved = early + on time + late; pending = in time +
// overdue; received = resolved + pending (+ withdrawn, returned, refused);
// and the on-time and online rates.
func (c *checker) dossierIdentities(d *dossierFigures) {
	c.checkReceived(d)
	c.checkResolved(d)
	c.checkPending(d)
	if d.has(roleReceived, roleResolved, rolePending) {
		c.dossierBalance(d)
	}
	c.checkOnTimeRate(d)
	c.checkOnlineRate(d)
	for r, k := range d.rate {
		if k >= 0 && (role(r) == roleOnTime || role(r) == roleEarly || role(r) == roleOnline) {
			d.t.claimed[k] = true
		}
	}
}

// checkReceived checks received = online + in person (+ carried over):
// without the carried over, only a sum above the total.
func (c *checker) checkReceived(d *dossierFigures) {
	if !d.has(roleReceived, roleOnline, roleInPerson) {
		return
	}
	parts := []finding.Part{{Label: "trực tuyến", Value: d.val(roleOnline)}, {Label: "trực tiếp", Value: d.val(roleInPerson)}}
	if d.has(roleCarried) {
		parts = append(parts, finding.Part{Label: "kỳ trước chuyển sang", Value: d.val(roleCarried)})
	}
	sum, err := finding.Sum(d.val(roleOnline), d.val(roleInPerson), d.val(roleCarried))
	if err == nil && (d.has(roleCarried) || sum > d.val(roleReceived)) {
		if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierReceived, Label: "tổng số hồ sơ tiếp nhận"}, d.val(roleReceived), parts...); ok {
			c.addFinding(f, d.at(roleReceived), []Place{d.at(roleOnline), d.at(roleInPerson)})
		}
	}
}

// checkResolved checks resolved = (early +) on time + late.
func (c *checker) checkResolved(d *dossierFigures) {
	if !d.has(roleResolved, roleOnTime, roleLate) {
		return
	}
	var parts []finding.Part
	if d.has(roleEarly) {
		parts = append(parts, finding.Part{Label: "trước hạn", Value: d.val(roleEarly)})
	}
	parts = append(parts, finding.Part{Label: "đúng hạn", Value: d.val(roleOnTime)}, finding.Part{Label: "quá hạn", Value: d.val(roleLate)})
	if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierResolved, Severity: finding.Warning, Label: "tổng số hồ sơ đã giải quyết"}, d.val(roleResolved), parts...); ok {
		c.addFinding(f, d.at(roleResolved), []Place{d.at(roleOnTime), d.at(roleLate)})
	}
}

// checkPending checks pending = in time + overdue.
func (c *checker) checkPending(d *dossierFigures) {
	if !d.has(rolePending, roleInTime, roleOverdue) {
		return
	}
	if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierPending, Label: "số hồ sơ đang giải quyết"}, d.val(rolePending),
		finding.Part{Label: "trong hạn", Value: d.val(roleInTime)}, finding.Part{Label: "quá hạn", Value: d.val(roleOverdue)}); ok {
		c.addFinding(f, d.at(rolePending), []Place{d.at(roleInTime), d.at(roleOverdue)})
	}
}

// checkOnTimeRate checks the rate of dossiers resolved early or on time.
func (c *checker) checkOnTimeRate(d *dossierFigures) {
	k := max(d.rate[roleOnTime], d.rate[roleEarly])
	if k < 0 || !d.has(roleResolved, roleOnTime) {
		return
	}
	tk := d.t.toks[k]
	if _, f, bad := finding.CheckRate(finding.Subject{Code: tthc.CodeDossierOnTimeRate, Label: "tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"},
		tk.pct, tk.places, d.val(roleOnTime)+d.val(roleEarly), d.val(roleResolved)); bad {
		c.addFinding(f, d.t.p.place(tk.start, tk.end), []Place{d.at(roleResolved), d.at(roleOnTime)})
	}
	d.t.claimed[k] = true
}

// checkOnlineRate checks the rate of dossiers received online.
func (c *checker) checkOnlineRate(d *dossierFigures) {
	k := d.rate[roleOnline]
	if k < 0 || !d.has(roleOnline, roleInPerson) {
		return
	}
	tk := d.t.toks[k]
	if _, f, bad := finding.CheckRate(finding.Subject{Code: tthc.CodeDossierOnlineRate, Label: "tỷ lệ hồ sơ tiếp nhận trực tuyến"},
		tk.pct, tk.places, d.val(roleOnline), d.val(roleOnline)+d.val(roleInPerson)); bad {
		c.addFinding(f, d.t.p.place(tk.start, tk.end), []Place{d.at(roleOnline), d.at(roleInPerson)})
	}
	d.t.claimed[k] = true
}

// dossierBalance checks received = resolved + pending (+ other), as the
// typed check does: a surplus with no other bucket is a warning naming
// the unexplained number; any other gap is an error.
func (c *checker) dossierBalance(d *dossierFigures) {
	received, resolved, pending := d.val(roleReceived), d.val(roleResolved), d.val(rolePending)
	accounted, err := finding.Sum(resolved, pending, d.val(roleOther))
	if err != nil {
		return
	}
	// A total received that leaves out the dossiers carried over ("tiếp
	// nhận mới 300, kỳ trước chuyển sang 20") balances with them added.
	if received == accounted || d.fig[roleCarried].set && received+d.val(roleCarried) == accounted {
		return
	}
	rel := []Place{d.at(roleResolved), d.at(roleReceived)}
	span := d.t.p.place(d.t.toks[d.fig[roleReceived].tok].start, d.t.toks[d.fig[rolePending].tok].end)
	if !d.fig[roleOther].set && received > accounted {
		c.unexplainedDossiers(span, rel, received, accounted, resolved, pending)
		return
	}
	if f, ok := finding.SumEquals(finding.Subject{Code: tthc.CodeDossierBalanceMismatch, Label: "tổng số hồ sơ tiếp nhận"}, received, d.outcomes()...); ok {
		c.addFinding(f, span, rel)
	}
}

// outcomes are the parts the dossiers received end in: resolved, pending
// and, when the paragraph names them, withdrawn, returned or refused.
func (d *dossierFigures) outcomes() []finding.Part {
	parts := []finding.Part{{Label: "đã giải quyết", Value: d.val(roleResolved)}, {Label: "đang giải quyết", Value: d.val(rolePending)}}
	if d.fig[roleOther].set {
		parts = append(parts, finding.Part{Label: "rút, trả lại, từ chối", Value: d.val(roleOther)})
	}
	return parts
}

// unexplainedDossiers reports dossiers received that neither the resolved
// nor the pending account for, when no other bucket explains them.
func (c *checker) unexplainedDossiers(span Place, rel []Place, received, accounted, resolved, pending int64) {
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
}
