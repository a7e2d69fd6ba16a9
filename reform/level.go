package reform

import (
	"fmt"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// Level is the level of government of the unit that issues a report (cấp
// của cơ quan báo cáo). It decides what the report does not say itself —
// the lines of the header and the signer's authority lines — and the
// checks reform.header.level.*. Local government has had two levels since
// 01/7/2025 (TwoLevelsFrom): the province and the commune (xã, phường, đặc
// khu), with no district; a report of an earlier period may still come from
// a district.
type Level string

// The levels.
const (
	// LevelProvince is the People's Committee of a province or a centrally
	// governed city (Ủy ban nhân dân tỉnh, thành phố trực thuộc trung
	// ương): "ỦY BAN NHÂN DÂN" / "TỈNH AN GIANG".
	LevelProvince Level = "province"
	// LevelDepartment is a department, board or agency under the provincial
	// People's Committee (Sở, ban, ngành): "UBND TỈNH AN GIANG" / "SỞ TƯ
	// PHÁP".
	LevelDepartment Level = "department"
	// LevelDistrict is the People's Committee of a district, urban
	// district, town or provincial city (Ủy ban nhân dân huyện, quận, thị
	// xã, thành phố thuộc tỉnh), for periods before 01/7/2025 only:
	// "ỦY BAN NHÂN DÂN" / "HUYỆN AN THẠNH".
	LevelDistrict Level = "district"
	// LevelCommune is the People's Committee of a commune, ward or special
	// zone (Ủy ban nhân dân xã, phường, đặc khu; thị trấn before 01/7/2025):
	// "ỦY BAN NHÂN DÂN" / "XÃ BÌNH HÒA".
	LevelCommune Level = "commune"
)

// Levels returns the levels, from the province down.
func Levels() []Level {
	return []Level{LevelProvince, LevelDepartment, LevelDistrict, LevelCommune}
}

// Vietnamese returns the level as a report names it: "cấp tỉnh", "Sở, ban,
// ngành", "cấp huyện", "cấp xã"; an unknown level is returned as given.
func (l Level) Vietnamese() string {
	switch l {
	case LevelProvince:
		return "cấp tỉnh"
	case LevelDepartment:
		return "Sở, ban, ngành"
	case LevelDistrict:
		return "cấp huyện"
	case LevelCommune:
		return "cấp xã"
	}
	return string(l)
}

// Known reports whether l is one of the levels.
func (l Level) Known() bool {
	switch l {
	case LevelProvince, LevelDepartment, LevelDistrict, LevelCommune:
		return true
	}
	return false
}

// Committee reports whether the unit of level l is a People's Committee
// (Ủy ban nhân dân), a collective body whose documents are signed "TM. ỦY
// BAN NHÂN DÂN": the province, the district and the commune.
func (l Level) Committee() bool {
	return l == LevelProvince || l == LevelDistrict || l == LevelCommune
}

// TwoLevelsFrom returns 01/7/2025, the day local government became two
// levels (Luật Tổ chức chính quyền địa phương năm 2025): from then on there
// is no district, and communes are xã, phường and đặc khu (no thị trấn).
func TwoLevelsFrom() time.Time { return vn.Date(2025, time.July, 1) }

// committeeName is the line of a People's Committee's name before its
// unit; committeeAuthority is the first authority line of its signer.
const (
	committeeName      = "Ủy ban nhân dân"
	committeeAuthority = "TM. ỦY BAN NHÂN DÂN"
)

// The times a kind of unit exists in (unitKind.era).
const (
	eraBoth   = iota // before and after 01/7/2025
	eraBefore        // only before 01/7/2025: thị trấn
	eraAfter         // only from 01/7/2025: đặc khu
)

// unitKind is a kind of unit of a People's Committee level, in lower case,
// as the name of its committee gives it ("Ủy ban nhân dân <kind> <name>").
type unitKind struct {
	kind string
	era  int
}

// unitKinds returns the kinds of unit of a People's Committee level.
func unitKinds(l Level) []unitKind {
	switch l {
	case LevelProvince:
		return []unitKind{{"tỉnh", eraBoth}, {"thành phố", eraBoth}}
	case LevelDistrict:
		return []unitKind{{"huyện", eraBoth}, {"quận", eraBoth}, {"thị xã", eraBoth}, {"thành phố", eraBoth}}
	case LevelCommune:
		return []unitKind{{"xã", eraBoth}, {"phường", eraBoth}, {"thị trấn", eraBefore}, {"đặc khu", eraAfter}}
	}
	return nil
}

// Name returns the issuing agency on one line, as the text of the report
// names it: a line break typed in Agency to break the header ("Ủy ban nhân
// dân\nxã Bình Hòa") is a space here, with the spaces around it dropped. A
// name without a line break is returned as it is.
func (h Header) Name() string { return oneLine(h.Agency) }

// oneLine joins the lines of s with single spaces; s without a line break
// is returned as it is.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return s
	}
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' })
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, " ")
}

// agencyLines returns the parent and issuing agency names the header
// prints, with the line breaks the level gives them; a name with a line
// break of its own is printed as typed. Without a known level both names
// are returned as given.
//
//   - A People's Committee (province, district, commune) prints its name on
//     two lines, "Ủy ban nhân dân" and its unit ("xã Bình Hòa"); a name
//     written "UBND xã Bình Hòa" is printed in full, since the issuing
//     agency is not abbreviated. The parent agency, which a committee
//     does not have, is printed only when given.
//   - A department prints its parent committee abbreviated, "UBND tỉnh An
//     Giang" for "Ủy ban nhân dân tỉnh An Giang" (Nghị định 30/2020/NĐ-CP
//     allows it), so that it takes one line above its own name.
//
// Lay breaks a line still too long for the column at word boundaries
// (doc.Style.AgencyLines).
func (h Header) agencyLines() (parent, issuing string) {
	parent, issuing = h.ParentAgency, h.Agency
	switch {
	case h.Level.Committee():
		if rest, ok := committeeUnit(issuing); ok && !hasBreak(issuing) {
			issuing = committeeName + "\n" + rest
		}
	case h.Level == LevelDepartment:
		if rest, ok := committeeUnit(parent); ok && !hasBreak(parent) {
			parent = "UBND " + rest
		}
	}
	return parent, issuing
}

func hasBreak(s string) bool { return oneLine(s) != s }

// committeeUnit returns the unit of a People's Committee's name, "xã Bình
// Hòa" of "Ủy ban nhân dân xã Bình Hòa" (also written "Uỷ ban", "UBND"),
// with single spaces, and whether name is one.
func committeeUnit(name string) (string, bool) {
	words := strings.Fields(oneLine(vn.NFC(name)))
	switch {
	case len(words) > 4 && fold(strings.Join(words[:4], " ")) == "ủy ban nhân dân":
		return strings.Join(words[4:], " "), true
	case len(words) > 1 && fold(words[0]) == "ubnd":
		return strings.Join(words[1:], " "), true
	}
	return "", false
}

// fold returns s in lower case, NFC, with the older placement of the mark
// of "uỷ" made "ủy".
func fold(s string) string {
	return strings.ReplaceAll(vn.Lower(vn.NFC(s)), "uỷ", "ủy")
}

// Authority returns the usual authority lines of a signer of a report of
// level l with the given title, when the report gives none: for a People's
// Committee "TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH" when a Phó Chủ tịch
// (also "Phó Chủ tịch Thường trực") signs; for a department "KT. <HEAD>"
// when a deputy ("Phó Giám đốc") signs for the head, and none when the
// head signs or a deputy is in charge of the office ("Phó Giám đốc phụ
// trách"). The lines are in capitals; an unknown level has none.
func (l Level) Authority(title string) []string {
	head, deputy := deputyOf(title)
	switch {
	case l.Committee() && deputy && strings.HasPrefix(fold(head)+" ", "chủ tịch "):
		return []string{committeeAuthority, "KT. CHỦ TỊCH"}
	case l.Committee():
		return []string{committeeAuthority}
	case l == LevelDepartment && deputy:
		return []string{"KT. " + strings.ToUpper(head)}
	}
	return nil
}

// deputyOf returns the head a deputy signs for: "Giám đốc" of "Phó Giám
// đốc", "Chủ tịch" of "Phó Chủ tịch"; a deputy in charge of the office
// ("phụ trách") signs as the head.
func deputyOf(title string) (string, bool) {
	words := strings.Fields(vn.NFC(title))
	if len(words) < 2 || fold(words[0]) != "phó" || strings.Contains(fold(title), "phụ trách") {
		return "", false
	}
	return strings.Join(words[1:], " "), true
}

// authority returns the authority lines the closing prints: the signer's
// own, or the level's usual ones (Level.Authority) when the signer gives
// none.
func (s Signer) authority(l Level) []string {
	for _, a := range s.Authority {
		if strings.TrimSpace(a) != "" {
			return s.Authority
		}
	}
	if d := l.Authority(s.Title); len(d) > 0 {
		return d
	}
	return s.Authority
}

// The codes of the checks of a report's level.
const (
	CodeLevelDistrict  finding.Code = "reform.header.level.district"
	CodeLevelAgency    finding.Code = "reform.header.level.agency"
	CodeLevelParent    finding.Code = "reform.header.level.parent"
	CodeLevelAuthority finding.Code = "reform.header.level.authority"
)

// The rules of checkLevel, each declared once: built when the package is
// initialised and never changed.
var (
	ruleLevelDistrict = finding.Rule{Code: CodeLevelDistrict, Severity: finding.Error,
		Summary: "Từ ngày 01/7/2025 không còn cấp huyện.",
		Doc:     "A report of the district level (header.level \"district\") whose period ends, or which is dated, on or after 01/7/2025: local government has had two levels since then (province and commune; domain.md §2), so no district issues it."}
	ruleLevelAgency = finding.Rule{Code: CodeLevelAgency, Severity: finding.Warning,
		Summary: "Tên cơ quan ban hành không khớp cấp của báo cáo.",
		Doc:     "A People's Committee's name reads \"Ủy ban nhân dân <kind> <name>\" with a kind of unit of its level (province: tỉnh, thành phố; district: huyện, quận, thị xã, thành phố; commune: xã, phường, thị trấn before 01/7/2025, đặc khu from then); a department is not a People's Committee. The header lines the level gives need that name."}
	ruleLevelParent = finding.Rule{Code: CodeLevelParent, Severity: finding.Warning,
		Summary: "Báo cáo của Sở, ban, ngành thiếu tên cơ quan chủ quản.",
		Doc:     "A department's header names the People's Committee it belongs to above its own name (cơ quan chủ quản, ô 2 of Nghị định 30/2020/NĐ-CP, Phụ lục I), e.g. \"UBND TỈNH AN GIANG\"."}
	ruleLevelAuthority = finding.Rule{Code: CodeLevelAuthority, Severity: finding.Warning,
		Summary: "Thẩm quyền ký không phù hợp cấp của cơ quan ban hành.",
		Doc:     "A People's Committee signs as a collective, \"TM. ỦY BAN NHÂN DÂN\" first, then KT./Q./TL./TUQ. CHỦ TỊCH; a department is not a collective and signs without TM. and without the lines of a People's Committee (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I). Checked only when the signer gives authority lines: otherwise the level's usual ones are printed. Whether the lines suit the signer's title is reform.closing.authority.title."}
)

// levelRules documents the codes of checkLevel.
func levelRules() finding.Catalogue {
	return finding.Catalogue{ruleLevelDistrict, ruleLevelAgency, ruleLevelParent, ruleLevelAuthority}
}

// checkLevel checks the header and the signer against the report's level;
// a report without a known level has nothing to check (an unknown level is
// a field rule's finding).
func (r *Report) checkLevel() finding.List {
	l := r.Header.Level
	if !l.Known() {
		return nil
	}
	var out finding.List
	twoLevels, known := r.twoLevels()
	if l == LevelDistrict && known && twoLevels {
		out.Add(ruleLevelDistrict.At("header.level", fmt.Sprintf("Báo cáo %s ngày %s được ghi là của cấp huyện, nhưng từ ngày %s chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), không còn cấp huyện.",
			r.Period.Label(), dateOrBlank(r.Header.Date), vn.CitationDate(TwoLevelsFrom()))).
			WithRelated("period", "header.date").
			WithValues(finding.Value{Name: "level", Value: string(l)}, finding.Value{Name: "since", Value: TwoLevelsFrom().Format(time.DateOnly)}))
	}
	if msg := r.agencyProblem(twoLevels, known); msg != "" {
		out.Add(ruleLevelAgency.At("header.agency", msg).WithRelated("header.level").
			WithValues(finding.Value{Name: "agency", Value: r.Header.Name()}, finding.Value{Name: "level", Value: string(l)}))
	}
	if l == LevelDepartment && strings.TrimSpace(r.Header.ParentAgency) == "" {
		out.Add(ruleLevelParent.At("header.parent_agency", fmt.Sprintf("%s là cơ quan %s nhưng tiêu đề không ghi tên cơ quan chủ quản (ví dụ “Ủy ban nhân dân tỉnh %s”).",
			r.Header.Name(), l.Vietnamese(), strings.TrimSpace(r.Header.Place))).WithRelated("header.level"))
	}
	if msg := authorityProblem(l, r.Closing.Signer); msg != "" {
		out.Add(ruleLevelAuthority.At("closing.signer.authority", msg).WithRelated("header.level", "closing.signer.title").
			WithValues(finding.Value{Name: "authority", Value: strings.Join(r.Closing.Signer.Authority, " / ")}, finding.Value{Name: "level", Value: string(l)}))
	}
	return out
}

// dateOrBlank returns the date as "18/9/2025", or "…" for a report not
// dated.
func dateOrBlank(d Date) string {
	if d.IsZero() {
		return "…"
	}
	return vn.CitationDate(d.Time)
}

// twoLevels reports whether the report falls in the time of two-level
// local government: its period ends, or it is dated, on or after
// TwoLevelsFrom; known is false when neither the period nor the date says.
func (r *Report) twoLevels() (twoLevels, known bool) {
	from := TwoLevelsFrom()
	if !r.Header.Date.IsZero() {
		known = true
		twoLevels = !r.Header.Date.Before(from)
	}
	if _, to, err := r.Period.Window(); err == nil {
		known = true
		twoLevels = twoLevels || !to.Before(from)
	}
	return twoLevels, known
}

// agencyProblem returns why the issuing agency's name does not read as a
// unit of the report's level, or "".
func (r *Report) agencyProblem(twoLevels, known bool) string {
	l, name := r.Header.Level, r.Header.Name()
	rest, committee := committeeUnit(name)
	if l == LevelDepartment {
		if committee {
			return fmt.Sprintf("“%s” là tên một Ủy ban nhân dân, không phải một Sở, ban, ngành: kiểm tra cấp của báo cáo.", name)
		}
		return ""
	}
	var kinds []string
	for _, k := range unitKinds(l) {
		if known && (k.era == eraBefore && twoLevels || k.era == eraAfter && !twoLevels) {
			continue
		}
		kinds = append(kinds, k.kind)
		if committee && strings.HasPrefix(fold(rest), k.kind+" ") {
			return ""
		}
	}
	return fmt.Sprintf("Tên cơ quan “%s” không phải tên Ủy ban nhân dân %s trong kỳ báo cáo: cần dạng “Ủy ban nhân dân <%s> <tên>” để tiêu đề ghi hai dòng “ỦY BAN NHÂN DÂN” và tên đơn vị hành chính.",
		name, l.Vietnamese(), strings.Join(kinds, ", "))
}

// authorityProblem returns why the signer's authority lines do not suit
// the level, or "" (also when the signer gives no authority lines: the
// level's usual ones are printed). Whether they suit the signer's title (a
// deputy signs KT.) is the closing's check, reform.closing.authority.title.
func authorityProblem(l Level, s Signer) string {
	var lines []string
	for _, a := range s.Authority {
		if a = strings.Join(strings.Fields(strings.ToUpper(vn.NFC(a))), " "); a != "" {
			lines = append(lines, strings.ReplaceAll(a, "UỶ", "ỦY"))
		}
	}
	if len(lines) == 0 {
		return ""
	}
	shown := strings.Join(lines, " / ")
	if l.Committee() {
		if lines[0] != committeeAuthority {
			return fmt.Sprintf("Ủy ban nhân dân %s là cơ quan tập thể: thẩm quyền ký bắt đầu bằng “%s”, không phải “%s”.", l.Vietnamese(), committeeAuthority, shown)
		}
		for _, a := range lines[1:] {
			if !strings.HasSuffix(a, " CHỦ TỊCH") {
				return fmt.Sprintf("Người ký thay mặt Ủy ban nhân dân %s ký thay, tạm quyền hoặc thừa lệnh Chủ tịch (KT., Q., TL., TUQ. CHỦ TỊCH), không phải “%s”.", l.Vietnamese(), a)
			}
		}
	} else if l == LevelDepartment {
		for _, a := range lines {
			if strings.HasPrefix(a, "TM.") || strings.Contains(a, "CHỦ TỊCH") || strings.Contains(a, "ỦY BAN NHÂN DÂN") {
				return fmt.Sprintf("Sở, ban, ngành không phải cơ quan tập thể: người đứng đầu ký trực tiếp, cấp phó ký “KT. GIÁM ĐỐC” (hoặc chức danh người đứng đầu), không ghi “%s”.", a)
			}
		}
	}
	return ""
}
