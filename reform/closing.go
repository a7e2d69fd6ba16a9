package reform

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// The codes of the checks of the closing block (nơi nhận, thẩm quyền ký) and
// of the header's place name (địa danh). Rules documents each one.
const (
	// CodeHeaderPlace: the place name holds the date line, or part of it
	// ("An Giang, ngày 19 tháng 11 năm 2024").
	CodeHeaderPlace finding.Code = "reform.header.place"
	// CodeHeaderPlaceForm: the place name ends with punctuation, breaks
	// lines, holds control characters or markup, or is too long for a name.
	CodeHeaderPlaceForm finding.Code = "reform.header.place.form"
	// CodeHeaderPlacePrefix: the place name starts with the kind of unit
	// ("Tỉnh An Giang", "Huyện An Thạnh").
	CodeHeaderPlacePrefix finding.Code = "reform.header.place.prefix"
	// CodeClosingText: a field of the closing (a recipient, the Lưu line,
	// an authority line, the signer's title or name, the drafter's mark)
	// holds control characters, markup, line breaks or too long a text.
	CodeClosingText finding.Code = "reform.closing.text"
	// CodeClosingArchive: the Lưu line is written with its own label, a
	// list dash, no letters, or without VT first.
	CodeClosingArchive finding.Code = "reform.closing.archive"
	// CodeRecipientArchive: the Lưu line typed as a recipient.
	CodeRecipientArchive finding.Code = "reform.closing.recipient.archive"
	// CodeRecipientForm: a recipient typed with the list dash, or several
	// recipients typed as one.
	CodeRecipientForm finding.Code = "reform.closing.recipient.form"
	// CodeAuthorityForm: an authority line written otherwise than Nghị
	// định 30/2020/NĐ-CP writes it ("K/T GIÁM ĐỐC", "KT GIÁM ĐỐC", a line
	// without prefix, the lines out of order, the title repeated).
	CodeAuthorityForm finding.Code = "reform.closing.authority.form"
	// CodeAuthorityTitle: the authority does not fit the signer's title (a
	// deputy without KT., the head signing KT. for himself, a deputy of
	// another head).
	CodeAuthorityTitle finding.Code = "reform.closing.authority.title"
	// CodeAuthorityCollective: a People's Committee's chair signs without
	// "TM. ỦY BAN NHÂN DÂN", or TM. stands before a body that is not a
	// collective.
	CodeAuthorityCollective finding.Code = "reform.closing.authority.collective"
	// CodeSignerName: the signer's name carries an academic title, is in
	// capitals, or holds digits.
	CodeSignerName finding.Code = "reform.closing.signer.name"
)

// The rules of checkClosing, each declared once: built when the package is
// initialised and never changed.
var (
	ruleHeaderPlace = finding.Rule{Code: CodeHeaderPlace, Severity: finding.Error,
		Summary: "Địa danh ở phần đầu văn bản có cả ngày tháng năm (Nghị định 30/2020/NĐ-CP, ô 4).",
		Doc: "The place name (header.place) is printed before \", ngày … tháng … năm …\": a place that holds a date, " +
			"\"ngày\", \"tháng … năm\" prints the date twice. An error: the printed line cannot be right."}
	ruleHeaderPlaceForm = finding.Rule{Code: CodeHeaderPlaceForm, Severity: finding.Warning,
		Summary: "Địa danh viết sai quy cách: có dấu câu ở cuối, xuống dòng, ký tự điều khiển, dấu định dạng hoặc quá dài.",
		Doc: "The place name is one name (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 4): a comma or other punctuation at its " +
			"end is printed before the layout's own comma, a line break or control character breaks the date line, " +
			"markup is printed as typed, and more than 60 characters is not a place name."}
	ruleHeaderPlacePrefix = finding.Rule{Code: CodeHeaderPlacePrefix, Severity: finding.Info,
		Summary: "Địa danh ghi kèm tên loại đơn vị hành chính (tỉnh, huyện, xã); Nghị định 30/2020/NĐ-CP ghi tên riêng.",
		Doc: "Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 4 writes the proper name of the administrative unit (\"An Giang\", " +
			"\"Củ Chi\"), with the kind only when the name is a number (\"Quận 1\"). An info: \"Tỉnh An Giang, ngày …\" " +
			"misleads nobody."}
	ruleClosingText = finding.Rule{Code: CodeClosingText, Severity: finding.Warning,
		Summary: "Nội dung ở phần nơi nhận hoặc phần ký có ký tự điều khiển, dấu định dạng, xuống dòng hoặc quá dài.",
		Doc: "Recipients, the Lưu line, authority lines, the signer's title and name and the drafter's mark are plain " +
			"lines: control characters are printed as \uFFFD, HTML tags and Markdown marks as typed, a line break " +
			"splits the signature block. A warning: the document still renders. At most 20 findings of a list; one " +
			"more counts the rest."}
	ruleClosingArchive = finding.Rule{Code: CodeClosingArchive, Severity: finding.Warning,
		Summary: "Dòng “Lưu” viết sai: lặp chữ “Lưu:”, có gạch đầu dòng, không có nội dung hoặc không bắt đầu bằng VT (văn thư).",
		Doc: "The layout prints \"- Lưu: <archive>.\" (Nghị định 30/2020/NĐ-CP, ô 9b: \"Lưu: VT, <drafting unit>, " +
			"copies (if needed)\"): an archive that starts with \"Lưu\" or a dash prints them twice, one without letters " +
			"prints \"- Lưu: .\", and the văn thư's copy (VT) comes first. An empty archive prints \"- Lưu: VT.\" and " +
			"is not reported: it is the acceptable line of a small unit."}
	ruleRecipientArchive = finding.Rule{Code: CodeRecipientArchive, Severity: finding.Warning,
		Summary: "Dòng “Lưu” được ghi như một nơi nhận.",
		Doc: "A recipient that reads \"Lưu: VT, …\" is printed as a recipient with \";\" and followed by the layout's own " +
			"Lưu line: the closing shows two Lưu lines (Nghị định 30/2020/NĐ-CP, ô 9b)."}
	ruleRecipientForm = finding.Rule{Code: CodeRecipientForm, Severity: finding.Warning,
		Summary: "Nơi nhận viết sai quy cách: có sẵn gạch đầu dòng hoặc ghi nhiều nơi nhận trên một dòng.",
		Doc: "The layout writes each recipient on its own line with \"- \" first and \";\" last (Nghị định 30/2020/NĐ-CP, " +
			"ô 9b): a recipient typed with the dash prints \"- - …\", several recipients in one (separated by \";\" or " +
			"a line break) print on one line. Final punctuation is replaced by the layout and not reported."}
	ruleAuthorityForm = finding.Rule{Code: CodeAuthorityForm, Severity: finding.Warning,
		Summary: "Dòng thẩm quyền ký viết sai quy cách: chữ viết tắt TM., KT., Q., TL., TUQ. sai hoặc thiếu dấu chấm, sai thứ tự, lặp chức vụ.",
		Doc: "Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I, ô 7a: the authority lines read \"TM. <collective>\", \"KT. <head>\", " +
			"\"Q. <head>\", \"TL. <head>\", \"TUQ. <head>\" — the prefix in capitals with its dot and a space; TM. first, " +
			"then TL./TUQ., then KT./Q.; the signer's own title follows once, on its line. \"K/T\", \"T/M\" are the " +
			"Party's forms; \"KT GIÁM ĐỐC\" lacks the dot. A title typed with KT./TM./TL./TUQ. belongs on an authority " +
			"line (\"Q. Giám đốc\" as the title is accepted)."}
	ruleAuthorityTitle = finding.Rule{Code: CodeAuthorityTitle, Severity: finding.Error,
		Summary: "Thẩm quyền ký không khớp chức vụ người ký (Nghị định 30/2020/NĐ-CP, Điều 13).",
		Doc: "A deputy (Phó …, Thứ trưởng) signs for the head with \"KT. <head>\", the head of his own office; the head " +
			"signs without KT.; neither the head nor his deputy signs TL. or TUQ. (by order, by authorisation) of the " +
			"head himself. A deputy \"phụ trách\" (in charge) or an acting head (Q.) signs as the head. The authority " +
			"checked is the one printed: the signer's own lines, or the level's usual ones (reform.header.level.*)."}
	ruleAuthorityCollective = finding.Rule{Code: CodeAuthorityCollective, Severity: finding.Warning,
		Summary: "Ký thay mặt tập thể không đúng: Ủy ban nhân dân thiếu “TM.”, hoặc “TM.” đứng trước một cơ quan làm việc theo chế độ thủ trưởng.",
		Doc: "A People's Committee is a collective body: its chair or vice-chair signs its report \"TM. ỦY BAN NHÂN DÂN\" " +
			"first (Nghị định 30/2020/NĐ-CP, Điều 13); TM. stands only before a collective (Ủy ban, Hội đồng, Ban, " +
			"Thường trực), never before a Sở or a person's title. Checked from the agency's name when the header gives " +
			"no level and the signer gives authority lines (\"KT. CHỦ TỊCH\" without TM.); with a level, " +
			"reform.header.level.authority says it, and the level's usual lines are printed when the signer gives none."}
	ruleSignerName = finding.Rule{Code: CodeSignerName, Severity: finding.Warning,
		Summary: "Họ tên người ký có học hàm, học vị, viết in hoa toàn bộ hoặc có chữ số.",
		Doc: "Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 7b: the signer's full name, without academic titles, degrees or honours " +
			"(TS., ThS., PGS., GS., KS., BS., LS., NGƯT., NSƯT.), in sentence case (each syllable of the name capitalised)."}
)

// closingRules documents the codes of checkClosing.
func closingRules() finding.Catalogue {
	return finding.Catalogue{
		ruleHeaderPlace, ruleHeaderPlaceForm, ruleHeaderPlacePrefix,
		ruleClosingText, ruleClosingArchive, ruleRecipientArchive, ruleRecipientForm,
		ruleAuthorityForm, ruleAuthorityTitle, ruleAuthorityCollective, ruleSignerName,
	}
}

// maxListed is how many findings of one rule a list (the recipients, the
// authority lines) gets one by one; one more finding counts the rest, so
// that a list of 10.000 lines gives a readable answer.
const maxListed = 20

// checkClosing checks the header's place name and the closing block: the
// recipients and the Lưu line, the signer's authority lines against their
// form and the signer's title, and the signer's name.
//
// Decisions where Nghị định 30/2020/NĐ-CP leaves room: an empty Lưu line is
// not reported, since the layout prints "Lưu: VT.", the line of a unit
// without a drafting division; final punctuation of a recipient is not
// reported, since the layout replaces it; "Q. GIÁM ĐỐC" is accepted as an
// authority line above the acting head's own title ("Phó Giám đốc") and as
// the title itself; a deputy "phụ trách" signs as the head.
func (r *Report) checkClosing() finding.List {
	var l finding.List
	l.Extend(r.checkPlace())
	c := r.Closing
	l.Extend(checkRecipients(c.Recipients))
	l.Extend(checkArchive(c.Archive))
	l.Extend(r.checkAuthority())
	l.Extend(checkSignerName(c.Signer.Name))
	if p := textProblems(c.Drafter, 50, false); len(p) > 0 {
		l.Add(textFinding("closing.drafter", "Chữ viết tắt người soạn thảo và số lượng bản", c.Drafter, p))
	}
	return l
}

// CheckClosing runs the checks of the header's place name and of the
// closing block alone (reform.header.place*, reform.closing.*), with JSON
// paths, as Validate runs them: what reform/lint runs on the place,
// recipients, Lưu line and signer it reads from a report a person wrote.
func (r *Report) CheckClosing() finding.List { return r.checkClosing() }

// textProblems returns what keeps s from being printed as one plain line
// of at most max characters (every line when lines is set), in Vietnamese:
// control characters, characters that are not text, HTML tags, Markdown
// marks, line breaks, length. It reads s once.
func textProblems(s string, max int, lines bool) []string {
	var control, invalid, runes, breaks int
	tag := ""
	for i, r := range s {
		runes++
		switch {
		case r == utf8.RuneError:
			invalid++ // a byte that is not UTF-8, or U+FFFD written in its place
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\r' && !strings.HasPrefix(s[i+1:], "\n"):
			breaks++
		case r == '\r':
		case r == '\t':
		case unicode.IsControl(r) || r == '\uFFFE' || r == '\uFFFF':
			control++
		case r == '<' && tag == "":
			tag = htmlTag(s[i:])
		}
	}
	var out []string
	if control > 0 {
		out = append(out, fmt.Sprintf("có %s ký tự điều khiển (không in được)", vn.Int(int64(control))))
	}
	if invalid > 0 {
		out = append(out, fmt.Sprintf("có %s ký tự không đọc được", vn.Int(int64(invalid))))
	}
	if tag != "" {
		out = append(out, fmt.Sprintf("có thẻ định dạng HTML “%s”, sẽ được in nguyên văn", tag))
	}
	if m := markdownMark(s); m != "" {
		out = append(out, fmt.Sprintf("có dấu định dạng “%s”, sẽ được in nguyên văn", m))
	}
	if breaks > 0 && !lines {
		out = append(out, fmt.Sprintf("có %s dòng, cần viết trên một dòng", vn.Int(int64(breaks+1))))
	}
	if runes-breaks > max && (breaks == 0 || lines) {
		out = append(out, fmt.Sprintf("dài %s ký tự, quá %d ký tự của một dòng", vn.Int(int64(runes)), max))
	}
	return out
}

// htmlTag returns the HTML tag that s starts with ("<b>", "</p>",
// "<script …>"), cut to 20 characters, or "".
func htmlTag(s string) string {
	if len(s) < 3 {
		return ""
	}
	c := s[1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return ""
	}
	end := strings.IndexByte(s[:min(len(s), 200)], '>')
	if end < 0 {
		return ""
	}
	return vn.Excerpt(s[:end+1], 20)
}

// markdownMark returns the first Markdown mark of s that a plain line
// prints as typed ("**", "__", "`", "[^", "*…*"), or "".
func markdownMark(s string) string {
	for _, m := range []string{"**", "__", "`", "[^"} {
		if strings.Contains(s, m) {
			return m
		}
	}
	if strings.Count(s, "*") >= 2 {
		return "*"
	}
	return ""
}

// textFinding is the closing.text finding of a field.
func textFinding(path, label, s string, problems []string) finding.Finding {
	return ruleClosingText.At(path, fmt.Sprintf("%s “%s” %s: văn bản sẽ in nguyên các ký tự này; cần ghi lại thành một dòng chữ ngắn gọn, không có ký tự điều khiển hay dấu định dạng.",
		label, vn.Excerpt(s, 40), strings.Join(problems, "; "))).
		WithValues(finding.Value{Name: "text", Value: vn.Excerpt(s, 80)})
}

// lister gives the findings of one rule over a list one by one up to
// maxListed, then counts the rest.
type lister struct {
	l     finding.List
	count map[finding.Code]int
}

// add adds f unless maxListed findings of its code are in already.
func (ls *lister) add(f finding.Finding) {
	if ls.count == nil {
		ls.count = map[finding.Code]int{}
	}
	ls.count[f.Code]++
	if ls.count[f.Code] <= maxListed {
		ls.l.Add(f)
	}
}

// done returns the findings, with one more per code past maxListed that
// counts the rest at path.
func (ls *lister) done(path, noun string, rules ...finding.Rule) finding.List {
	for _, rule := range rules {
		if n := ls.count[rule.Code]; n > maxListed {
			ls.l.Add(rule.At(path, fmt.Sprintf("Còn %s %s khác có cùng vấn đề như %d %s đã nêu: %s",
				vn.Int(int64(n-maxListed)), noun, maxListed, noun, lowerFirst(rule.Summary))).
				WithValues(finding.Value{Name: "more", Value: fmt.Sprint(n - maxListed)}))
		}
	}
	return ls.l
}

// lowerFirst returns s with its first letter in lower case.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// listMarks are the marks a person types before a list item; "*" counts
// only before a space ("**" is Markdown).
const listMarks = "-–—+•·"

// trimListMark returns s without the list marks it starts with.
func trimListMark(s string) string {
	for {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case strings.ContainsRune(listMarks, r) && size > 0, r == '*' && strings.HasPrefix(s[size:], " "):
			s = strings.TrimLeft(s[size:], " ")
		default:
			return s
		}
	}
}

// checkRecipients checks each recipient: the Lưu line typed among them, a
// list dash typed in, several recipients in one, and their text.
func checkRecipients(rs []string) finding.List {
	var ls lister
	for i, s := range rs {
		path := fmt.Sprintf("closing.recipients[%d]", i)
		label := fmt.Sprintf("Nơi nhận thứ %d", i+1)
		if p := textProblems(s, 300, true); len(p) > 0 {
			ls.add(textFinding(path, label, s, p))
		}
		t := strings.TrimSpace(vn.NFC(s))
		if t == "" {
			continue
		}
		bare := trimListMark(t)
		if isArchiveLine(bare) {
			ls.add(ruleRecipientArchive.At(path, fmt.Sprintf("%s “%s” là dòng lưu văn bản, không phải một nơi nhận: văn bản sẽ in dòng này với dấu “;” rồi in thêm dòng “Lưu” ở cuối danh sách. Bỏ dòng này khỏi nơi nhận và ghi “%s” vào dòng Lưu.",
				label, vn.Excerpt(t, 40), vn.Excerpt(archiveText(bare), 40))).
				WithValues(finding.Value{Name: "recipient", Value: vn.Excerpt(t, 80)}))
			continue
		}
		var problems []string
		if bare != t {
			problems = append(problems, fmt.Sprintf("đã có dấu “%s” ở đầu, văn bản sẽ in hai dấu gạch đầu dòng", string([]rune(t)[0])))
		}
		if n := countRecipients(t); n > 1 {
			problems = append(problems, fmt.Sprintf("ghi %d nơi nhận trên cùng một dòng", n))
		}
		if len(problems) > 0 {
			ls.add(ruleRecipientForm.At(path, fmt.Sprintf("%s “%s” %s: mỗi nơi nhận ghi một mục riêng, không có gạch đầu dòng và dấu “;” (văn bản tự thêm).",
				label, vn.Excerpt(t, 40), strings.Join(problems, "; "))).
				WithValues(finding.Value{Name: "recipient", Value: vn.Excerpt(t, 80)}))
		}
	}
	return ls.done("closing.recipients", "nơi nhận", ruleClosingText, ruleRecipientArchive, ruleRecipientForm)
}

// countRecipients counts the recipients typed in one: the parts between
// ";" and line breaks that hold a letter.
func countRecipients(s string) int {
	n := 0
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' }) {
		if strings.IndexFunc(part, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// isArchiveLine reports whether s reads as the Lưu line: "Lưu", "Lưu: VT,
// CCHC", "Lưu VT".
func isArchiveLine(s string) bool {
	w, rest := firstWord(s)
	if lowerKey(w) != "lưu" {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(lowerKey(rest), "vt") || strings.HasPrefix(lowerKey(rest), "văn thư")
}

// archiveText returns what follows "Lưu" and its colon: "VT, CCHC".
func archiveText(s string) string {
	_, rest := firstWord(s)
	rest = strings.TrimLeft(rest, ": ")
	return strings.TrimRight(rest, ".;, ")
}

// firstWord splits s into its first run of letters and the rest.
func firstWord(s string) (string, string) {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// checkArchive checks the Lưu line as the archive field gives it.
func checkArchive(a string) finding.List {
	var l finding.List
	plain := true
	if p := textProblems(a, 100, false); len(p) > 0 {
		l.Add(textFinding("closing.archive", "Dòng Lưu", a, p))
		plain = false
	}
	t := strings.TrimSpace(vn.NFC(a))
	if t == "" {
		return l // the layout prints "Lưu: VT."
	}
	bare := trimListMark(t)
	var problems []string
	expected := ""
	switch {
	case strings.IndexFunc(t, unicode.IsLetter) < 0:
		problems = append(problems, "không có nội dung, văn bản sẽ in “- Lưu: .”")
		expected = "VT"
	case isArchiveLine(bare):
		problems = append(problems, "đã có chữ “Lưu”, văn bản sẽ in “Lưu: Lưu…”")
		expected = archiveText(bare)
	case bare != t:
		problems = append(problems, "có gạch đầu dòng ở đầu, văn bản đã tự thêm")
		expected = bare
	}
	rest := bare
	if expected != "" {
		rest = expected // the items of the line as it should read
	}
	if items := strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ';' }); len(items) > 0 && strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
		if first := strings.TrimSpace(items[0]); first != "VT" {
			problems = append(problems, fmt.Sprintf("không bắt đầu bằng “VT” (bản lưu tại văn thư) mà bằng “%s”", vn.Excerpt(first, 20)))
			if expected == "" {
				expected = vtFirst(items)
			}
		}
	}
	if len(problems) == 0 {
		return l
	}
	msg := fmt.Sprintf("Dòng Lưu “%s” %s. Văn bản in “- Lưu: …”; phần sau chữ “Lưu:” ghi “VT, <chữ viết tắt đơn vị soạn thảo>, <số bản lưu nếu cần>”", vn.Excerpt(t, 40), strings.Join(problems, "; "))
	values := []finding.Value{{Name: "archive", Value: vn.Excerpt(t, 80)}}
	if expected != "" && plain {
		msg += fmt.Sprintf(", ví dụ “%s”", vn.Excerpt(expected, 40))
		values = append(values, finding.Value{Name: "expected", Value: vn.Excerpt(expected, 80)})
	}
	l.Add(ruleClosingArchive.At("closing.archive", msg+".").WithValues(values...))
	return l
}

// vtFirst writes the items of a Lưu line with VT first: "VT, VP" for
// "VP, VT", "VT, VP" for "VP".
func vtFirst(items []string) string {
	out := []string{"VT"}
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" && it != "VT" {
			out = append(out, it)
		}
	}
	return strings.Join(out, ", ")
}

// lowerKey returns s in lower case, NFC, on one line with single spaces,
// with the older "uỷ" made "ủy": the form titles and names are compared in.
func lowerKey(s string) string {
	s = strings.Join(strings.Fields(vn.Lower(vn.NFC(s))), " ")
	return strings.ReplaceAll(s, "uỷ", "ủy")
}

// upperLine returns s as the layout prints an authority line: capitals,
// NFC, one line with single spaces, "UỶ" made "ỦY".
func upperLine(s string) string {
	s = strings.Join(strings.Fields(strings.ToUpper(vn.NFC(s))), " ")
	return strings.ReplaceAll(s, "UỶ", "ỦY")
}

// authorityLine is one authority line as written (ô 7a).
type authorityLine struct {
	// prefix is the prefix read, in the decree's form ("TM.", "KT.", "Q.",
	// "TL.", "TUQ."), or "" when the line has none.
	prefix string
	// token is the prefix as written: "K/T", "KT", "KT.", "KÝ THAY".
	token string
	// body is what follows the prefix, in capitals: "GIÁM ĐỐC".
	body string
	// spaced reports whether a space follows the prefix.
	spaced bool
}

// authorityPrefixes are the ways a prefix is written, the longest first,
// with the prefix Nghị định 30/2020/NĐ-CP writes for each.
var authorityPrefixes = [...]struct{ written, canon string }{
	{"THỪA ỦY QUYỀN", "TUQ."}, {"THỪA LỆNH", "TL."}, {"THAY MẶT", "TM."}, {"KÝ THAY", "KT."}, {"QUYỀN", "Q."},
	{"T.UQ.", "TUQ."}, {"T/UQ", "TUQ."}, {"T.UQ", "TUQ."}, {"TUQ.", "TUQ."}, {"TUQ", "TUQ."},
	{"T.M.", "TM."}, {"T/M", "TM."}, {"T.M", "TM."}, {"TM.", "TM."}, {"TM", "TM."},
	{"K.T.", "KT."}, {"K/T", "KT."}, {"K.T", "KT."}, {"KT.", "KT."}, {"KT", "KT."},
	{"T.L.", "TL."}, {"T/L", "TL."}, {"T.L", "TL."}, {"TL.", "TL."}, {"TL", "TL."},
	{"Q.", "Q."}, {"Q", "Q."},
}

// parseAuthority reads an authority line (or a title typed with a prefix).
func parseAuthority(s string) authorityLine {
	u := upperLine(s)
	for _, p := range authorityPrefixes {
		rest, ok := strings.CutPrefix(u, p.written)
		if !ok {
			continue
		}
		// A prefix not ending with a dot must end at a space or the end
		// of the line: "KT GIÁM ĐỐC", not "KTX".
		if !strings.HasSuffix(p.written, ".") && rest != "" && rest[0] != ' ' {
			continue
		}
		return authorityLine{prefix: p.canon, token: p.written, body: strings.TrimSpace(rest), spaced: rest == "" || rest[0] == ' '}
	}
	return authorityLine{body: u}
}

// canonical returns the line as the decree writes it.
func (a authorityLine) canonical() string {
	if a.prefix == "" {
		return a.body
	}
	return strings.TrimSpace(a.prefix + " " + a.body)
}

// rank orders the prefixes: TM. first, then TL. and TUQ., then KT. and Q.
func (a authorityLine) rank() int {
	switch a.prefix {
	case "TM.":
		return 0
	case "TL.", "TUQ.":
		return 1
	}
	return 2
}

// formProblems returns what is wrong in the writing of the line.
func (a authorityLine) formProblems() []string {
	var out []string
	switch {
	case a.prefix == "":
	case a.token == strings.TrimSuffix(a.prefix, "."):
		out = append(out, fmt.Sprintf("thiếu dấu chấm sau “%s”", a.token))
	case a.token != a.prefix:
		out = append(out, fmt.Sprintf("viết “%s”, chữ viết tắt theo Nghị định 30/2020/NĐ-CP là “%s”", a.token, a.prefix))
	}
	switch {
	case a.prefix != "" && a.body == "":
		out = append(out, fmt.Sprintf("không có chức vụ hoặc tên tập thể sau “%s”", a.prefix))
	case a.prefix != "" && !a.spaced:
		out = append(out, fmt.Sprintf("thiếu dấu cách sau “%s”", a.prefix))
	}
	return out
}

// checkAuthority checks the signer's authority lines and title: the form
// of each line and their order, their fit with the title, and the
// collective's TM.
func (r *Report) checkAuthority() finding.List {
	s := r.Closing.Signer
	var ls lister
	title := upperLine(s.Title)
	bare, _ := headWithoutKT(s)
	prev := -1
	for i, a := range s.Authority {
		path := fmt.Sprintf("closing.signer.authority[%d]", i)
		label := fmt.Sprintf("Dòng thẩm quyền ký thứ %d", i+1)
		if p := textProblems(a, 100, false); len(p) > 0 {
			ls.add(textFinding(path, label, a, p))
		}
		if strings.TrimSpace(a) == "" {
			continue
		}
		line := parseAuthority(a)
		problems := line.formProblems()
		switch {
		case line.prefix == "" && line.body == title && i == len(s.Authority)-1:
			problems = append(problems, fmt.Sprintf("là chức vụ của người ký, văn bản đã in chức vụ “%s” ở dòng dưới nên sẽ in hai lần", title))
		case line.prefix == "" && i == bare:
			// A deputy's head without "KT.": one mistake, which the fit
			// with the title reports (ruleAuthorityTitle).
		case line.prefix == "":
			problems = append(problems, "không có chữ viết tắt thẩm quyền (TM., KT., Q., TL., TUQ.)")
		case line.rank() <= prev:
			problems = append(problems, "đứng sai thứ tự: “TM.” ghi trước, rồi “TL.” hoặc “TUQ.”, rồi “KT.” hoặc “Q.”")
		}
		if line.prefix != "" {
			prev = line.rank()
		}
		if len(problems) > 0 {
			f := ruleAuthorityForm.At(path, fmt.Sprintf("%s “%s” %s.", label, vn.Excerpt(a, 40), strings.Join(problems, "; "))).
				WithValues(finding.Value{Name: "written", Value: vn.Excerpt(a, 80)})
			if line.prefix != "" && line.body != "" {
				f.Values = append(f.Values, finding.Value{Name: "expected", Value: line.canonical()})
				f.Message = strings.TrimSuffix(f.Message, ".") + fmt.Sprintf(". Cách viết đúng: “%s”.", line.canonical())
			}
			ls.add(f)
		}
	}
	l := ls.done("closing.signer.authority", "dòng thẩm quyền", ruleClosingText, ruleAuthorityForm)
	if p := textProblems(s.Title, 100, false); len(p) > 0 {
		l.Add(textFinding("closing.signer.title", "Chức vụ người ký", s.Title, p))
	}
	if t := parseAuthority(s.Title); t.prefix != "" && t.prefix != "Q." && t.body != "" {
		l.Add(ruleAuthorityForm.At("closing.signer.title", fmt.Sprintf("Chức vụ người ký “%s” có chữ viết tắt thẩm quyền “%s”: ghi “%s” thành dòng thẩm quyền ký; chức vụ người ký là chức vụ của chính người ký (ví dụ “Phó Giám đốc”).",
			vn.Excerpt(s.Title, 40), t.prefix, t.canonical())).
			WithValues(finding.Value{Name: "written", Value: vn.Excerpt(s.Title, 80)}, finding.Value{Name: "expected", Value: t.canonical()}))
	}
	if len(s.Authority) > maxListed*5 {
		return l // 10.000 lines are not an authority to weigh
	}
	l.Extend(r.checkAuthorityFit())
	return l
}

// deputyHead returns the head whom a deputy's title signs for, in lower
// case ("giám đốc" for "Phó Giám đốc", "bộ trưởng" for "Thứ trưởng"), and
// whether the title is a deputy's. A deputy "phụ trách" (in charge of the
// office) signs as the head.
func deputyHead(title string) (string, bool) {
	t := lowerKey(title)
	if strings.Contains(t, "phụ trách") {
		return "", false
	}
	if strings.HasPrefix(t, "thứ trưởng") {
		return "bộ trưởng", true
	}
	rest, ok := strings.CutPrefix(t, "phó ")
	if !ok || rest == "" {
		return "", false
	}
	return rest, true
}

// sameHead reports whether two titles name one head: equal, or one the
// other followed by more words ("giám đốc", "giám đốc sở").
func sameHead(a, b string) bool {
	a, b = lowerKey(a), lowerKey(b)
	return a != "" && b != "" && (strings.HasPrefix(a+" ", b+" ") || strings.HasPrefix(b+" ", a+" "))
}

// checkAuthorityFit checks the printed authority lines against the
// signer's title (ruleAuthorityTitle) and, when the header gives no level,
// the collective's TM. (ruleAuthorityCollective).
func (r *Report) checkAuthorityFit() finding.List {
	s := r.Closing.Signer
	title := strings.TrimSpace(oneLine(s.Title))
	if title == "" {
		return nil
	}
	acting := false
	if t := parseAuthority(title); t.prefix == "Q." {
		acting, title = true, t.body
	}
	var lines []authorityLine
	var kt, order *authorityLine
	tm := false
	for _, a := range s.authority(r.Header.Level) {
		if strings.TrimSpace(a) == "" {
			continue
		}
		line := parseAuthority(a)
		lines = append(lines, line)
		switch line.prefix {
		case "KT.":
			kt = &lines[len(lines)-1]
		case "TL.", "TUQ.":
			order = &lines[len(lines)-1]
		case "Q.":
			acting = true
		case "TM.":
			tm = true
		}
	}
	head, deputy := deputyHead(title)
	bare, _ := headWithoutKT(s)
	var l finding.List
	fit := func(msg, expected string) {
		f := ruleAuthorityTitle.At("closing.signer.authority", msg).WithRelated("closing.signer.title").
			WithValues(finding.Value{Name: "title", Value: vn.Excerpt(title, 80)})
		if expected != "" {
			f.Values = append(f.Values, finding.Value{Name: "expected", Value: expected})
		}
		l.Add(f)
	}
	switch {
	case kt != nil && deputy && !sameHead(head, kt.body):
		fit(fmt.Sprintf("Người ký là %s nhưng dòng thẩm quyền ghi “%s”: cấp phó ký thay người đứng đầu của mình, tức “KT. %s”.",
			title, kt.canonical(), strings.ToUpper(head)), "KT. "+strings.ToUpper(head))
	case kt != nil && !deputy && !acting && sameHead(title, kt.body):
		fit(fmt.Sprintf("Người ký là %s nhưng dòng thẩm quyền ghi “%s”: người đứng đầu ký trực tiếp, không ghi “KT.”; “KT.” chỉ dùng khi cấp phó ký thay người đứng đầu.",
			title, kt.canonical()), "")
	case kt == nil && order != nil && !deputy && sameHead(title, order.body):
		fit(fmt.Sprintf("Người ký là %s nhưng dòng thẩm quyền ghi “%s”: người đứng đầu ký trực tiếp, không ký thừa lệnh (TL.) hay thừa ủy quyền (TUQ.) chính mình.",
			title, order.canonical()), "")
	case kt == nil && order != nil && deputy && sameHead(head, order.body):
		fit(fmt.Sprintf("Người ký là %s, cấp phó của %s: cấp phó ký thay người đứng đầu ghi “KT. %s”, không ghi “%s”.",
			title, order.body, order.body, order.canonical()), "KT. "+order.body)
	case kt == nil && order == nil && deputy && !acting && bare >= 0:
		l.Add(missingKT(s, bare, title, head))
	case kt == nil && order == nil && deputy && !acting:
		fit(fmt.Sprintf("Người ký là %s nhưng không có dòng “KT. %s”: cấp phó ký thay người đứng đầu ghi “KT.” trước chức vụ của người đứng đầu.",
			title, strings.ToUpper(head)), "KT. "+strings.ToUpper(head))
	}
	if r.Header.Level != "" {
		return l // the level's checks say what a collective signs
	}
	agency := lowerKey(oneLine(r.Header.Agency))
	committee := strings.HasPrefix(agency, "ủy ban nhân dân") || strings.HasPrefix(agency, "ubnd ")
	chair := strings.HasPrefix(lowerKey(title), "chủ tịch") || strings.HasPrefix(lowerKey(title), "phó chủ tịch")
	own := false
	for _, a := range s.Authority {
		own = own || strings.TrimSpace(a) != ""
	}
	if committee && chair && !tm && own {
		l.Add(ruleAuthorityCollective.At("closing.signer.authority", fmt.Sprintf("Báo cáo của %s do %s ký: Ủy ban nhân dân là cơ quan làm việc theo chế độ tập thể, người ký thay mặt Ủy ban ghi dòng “%s” đầu tiên.",
			oneLine(r.Header.Agency), title, committeeAuthority)).
			WithRelated("header.agency", "closing.signer.title").
			WithValues(finding.Value{Name: "expected", Value: committeeAuthority}))
	}
	for i, line := range lines {
		if line.prefix == "TM." && notCollective(line.body) {
			l.Add(ruleAuthorityCollective.At(fmt.Sprintf("closing.signer.authority[%d]", i), fmt.Sprintf("Dòng “%s”: “TM.” (thay mặt) chỉ dùng khi ký thay mặt một tập thể (Ủy ban nhân dân, Hội đồng, Ban, Thường trực); “%s” không phải một tập thể. Người đứng đầu ký trực tiếp, cấp phó ghi “KT.”.",
				line.canonical(), line.body)).
				WithValues(finding.Value{Name: "written", Value: line.canonical()}))
			break
		}
	}
	return l
}

// headWithoutKT returns the index of the deputy's own authority line that
// names his head without "KT." ("GIÁM ĐỐC" above "Phó Giám đốc") when no
// line has KT., TL., TUQ. or Q.: one mistake, which checkAuthorityFit
// reports once, at that line (missingKT), and the form check leaves alone.
// It is -1 and false when there is none.
func headWithoutKT(s Signer) (int, bool) {
	title := strings.TrimSpace(oneLine(s.Title))
	head, deputy := deputyHead(title)
	if !deputy || parseAuthority(title).prefix == "Q." {
		return -1, false
	}
	found := -1
	for i, a := range s.Authority {
		switch line := parseAuthority(a); {
		case line.prefix == "KT." || line.prefix == "TL." || line.prefix == "TUQ." || line.prefix == "Q.":
			return -1, false
		case line.prefix == "" && found < 0 && sameHead(head, line.body):
			found = i
		}
	}
	return found, found >= 0
}

// missingKT is the one finding of a deputy's authority line i that names
// his head without "KT.": at the line, with the title related and the line
// as it should read.
func missingKT(s Signer, i int, title, head string) finding.Finding {
	written := s.Authority[i]
	expected := "KT. " + parseAuthority(written).body
	return ruleAuthorityTitle.At(fmt.Sprintf("closing.signer.authority[%d]", i),
		fmt.Sprintf("Dòng thẩm quyền ký “%s” thiếu “KT.”: người ký là %s, cấp phó ký thay %s nên dòng này ghi “%s”.",
			vn.Excerpt(written, 40), title, head, expected)).
		WithRelated("closing.signer.title").
		WithValues(finding.Value{Name: "written", Value: vn.Excerpt(written, 80)},
			finding.Value{Name: "title", Value: vn.Excerpt(title, 80)}, finding.Value{Name: "expected", Value: expected})
}

// nonCollectives are the starts of a TM. line's body that name no
// collective: an agency run by its head, or a person's title.
var nonCollectives = [...]string{
	"SỞ ", "BỘ ", "CỤC ", "CHI CỤC ", "PHÒNG ", "VĂN PHÒNG ", "TRUNG TÂM ", "GIÁM ĐỐC", "PHÓ ", "CHỦ TỊCH", "TRƯỞNG ",
	"CHÁNH ", "BỘ TRƯỞNG", "THỦ TRƯỞNG", "CỤC TRƯỞNG", "TỔNG GIÁM ĐỐC",
}

// notCollective reports whether the body of a TM. line is no collective.
func notCollective(body string) bool {
	for _, p := range nonCollectives {
		if strings.HasPrefix(body+" ", p) {
			return true
		}
	}
	return false
}

// academicTitles are the titles, degrees and honours written before a name
// that the signer's name leaves out (lower case).
var academicTitles = [...]string{
	"pgs.ts.", "gs.ts.", "pgs.", "gs.", "ts.", "ths.", "ks.", "bs.", "ls.", "cn.", "ds.", "nsnd.", "nsưt.", "ngnd.", "ngưt.",
	"pgs", "gs", "ts", "ths", "nsnd", "nsưt", "ngnd", "ngưt",
	"tiến sĩ", "thạc sĩ", "bác sĩ", "kỹ sư", "luật sư", "giáo sư", "phó giáo sư",
}

// academicTitle splits a name that starts with an academic title, degree
// or honour ("TS. Nguyễn Văn An", "PGS.TS. …", "Tiến sĩ …"), a word of its
// own, into the title and the name.
func academicTitle(name string) (title, rest string, ok bool) {
	words := strings.Fields(name)
	var keys [4]string // the lowerKey of the first k words, made once for each k
	for _, a := range academicTitles {
		k := strings.Count(a, " ") + 1 // the titles are written with single spaces
		if len(words) < k {
			continue
		}
		if keys[k] == "" {
			keys[k] = lowerKey(strings.Join(words[:k], " "))
		}
		if keys[k] == a {
			return strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
		}
	}
	return "", "", false
}

// checkSignerName checks the signer's name (ô 7b).
func checkSignerName(name string) finding.List {
	var l finding.List
	if p := textProblems(name, 60, false); len(p) > 0 {
		// One finding per mistake: a name that is not one plain line
		// ("<img src=x onerror=alert(1)>") is not read for its form.
		l.Add(textFinding("closing.signer.name", "Họ tên người ký", name, p))
		return l
	}
	t := strings.TrimSpace(oneLine(vn.NFC(name)))
	if t == "" {
		return l
	}
	var problems []string
	expected := t
	if title, rest, ok := academicTitle(t); ok {
		problems = append(problems, fmt.Sprintf("có học hàm, học vị “%s” trước họ tên", title))
		expected = rest
	}
	letters, upper := 0, 0
	for _, r := range expected {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 4 && upper == letters {
		problems = append(problems, "viết in hoa toàn bộ")
		expected = nameCase(expected)
	}
	if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
		problems = append(problems, "có chữ số")
	}
	if len(problems) == 0 {
		return l
	}
	msg := fmt.Sprintf("Họ tên người ký “%s” %s: theo Nghị định 30/2020/NĐ-CP, họ tên người ký viết hoa chữ cái đầu mỗi tiếng, không ghi học hàm, học vị và danh hiệu",
		vn.Excerpt(t, 40), strings.Join(problems, "; "))
	values := []finding.Value{{Name: "name", Value: vn.Excerpt(t, 80)}}
	if expected != t && strings.IndexFunc(expected, unicode.IsLetter) >= 0 {
		msg += fmt.Sprintf(", ví dụ “%s”", vn.Excerpt(expected, 40))
		values = append(values, finding.Value{Name: "expected", Value: vn.Excerpt(expected, 80)})
	}
	l.Add(ruleSignerName.At("closing.signer.name", msg+".").WithValues(values...))
	return l
}

// nameCase writes each syllable of a name with a capital first letter:
// "Trịnh Tuấn Ngọc" for "TRỊNH TUẤN NGỌC".
func nameCase(s string) string {
	words := strings.Fields(vn.Lower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// placePrefixes are the kinds of unit a place name is written without
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 4), in lower case.
var placePrefixes = [...]string{"tỉnh ", "huyện ", "thị xã ", "thị trấn ", "quận ", "phường ", "xã "}

// checkPlace checks the header's place name (ô 4).
func (r *Report) checkPlace() finding.List {
	var l finding.List
	p := r.Header.Place
	t := strings.TrimSpace(vn.NFC(p))
	if t == "" {
		return l // the field rule's to report
	}
	if low := vn.Lower(t); len(low) != len(t) {
		t = low // datedPlace's offsets are those of the lower case
	}
	if at, ok := datedPlace(t); ok {
		name := strings.TrimRight(strings.TrimSpace(t[:at]), ",;:.- ")
		f := ruleHeaderPlace.At("header.place", fmt.Sprintf("Địa danh “%s” có cả ngày tháng: văn bản tự ghi “, ngày … tháng … năm …” sau địa danh nên sẽ in ngày tháng hai lần. Địa danh chỉ ghi tên đơn vị hành chính%s.",
			vn.Excerpt(t, 60), exampleOf(name))).
			WithRelated("header.date").
			WithValues(finding.Value{Name: "place", Value: vn.Excerpt(t, 80)})
		if name != "" {
			f.Values = append(f.Values, finding.Value{Name: "expected", Value: vn.Excerpt(name, 80)})
		}
		l.Add(f)
		return l
	}
	problems := textProblems(p, 60, false)
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(",;:.-–", last) {
		problems = append(problems, fmt.Sprintf("có dấu “%c” ở cuối, văn bản tự thêm dấu phẩy sau địa danh", last))
	}
	if len(problems) > 0 {
		l.Add(ruleHeaderPlaceForm.At("header.place", fmt.Sprintf("Địa danh “%s” %s.", vn.Excerpt(t, 40), strings.Join(problems, "; "))).
			WithValues(finding.Value{Name: "place", Value: vn.Excerpt(t, 80)}))
	}
	words := strings.Fields(t)
	for _, pre := range placePrefixes {
		k := len(strings.Fields(pre))
		if len(words) <= k || lowerKey(strings.Join(words[:k], " ")) != strings.TrimSpace(pre) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[k]); unicode.IsDigit(r) {
			continue // "Quận 1", "Phường 3": a unit named by a number keeps its kind
		}
		name := strings.Join(words[k:], " ")
		l.Add(ruleHeaderPlacePrefix.At("header.place", fmt.Sprintf("Địa danh “%s” ghi kèm “%s”: theo Nghị định 30/2020/NĐ-CP, địa danh là tên riêng của đơn vị hành chính, ví dụ “%s”.",
			vn.Excerpt(t, 40), strings.Join(words[:k], " "), vn.Excerpt(name, 40))).
			WithValues(finding.Value{Name: "place", Value: vn.Excerpt(t, 80)}, finding.Value{Name: "expected", Value: vn.Excerpt(name, 80)}))
		break
	}
	return l
}

// exampleOf writes ", ví dụ “name”" for a message, or "" without a name.
func exampleOf(name string) string {
	if name == "" {
		return ""
	}
	return fmt.Sprintf(", ví dụ “%s”", vn.Excerpt(name, 40))
}

// datedPlace reports whether a place name holds a date or part of the date
// line, and the byte offset where it starts: "ngày", "tháng" before a
// number, a date written with "/", "-" or ".", or a year after "năm".
func datedPlace(s string) (int, bool) {
	low := vn.Lower(s)
	for i := 0; i < len(low); {
		r, size := utf8.DecodeRuneInString(low[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(low) {
			r, size := utf8.DecodeRuneInString(low[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += size
		}
		w := low[i:j]
		next := strings.TrimLeft(low[j:], " ")
		nextDigit := next != "" && next[0] >= '0' && next[0] <= '9'
		switch {
		case w == "ngày" && (nextDigit || next == ""):
			return i, true
		case (w == "tháng" || w == "năm") && nextDigit:
			return i, true
		case allASCIIDigits(w) && j < len(low) && strings.ContainsRune("/-.", rune(low[j])) &&
			j+1 < len(low) && low[j+1] >= '0' && low[j+1] <= '9' && strings.ContainsAny(low[j+1:], "/-."):
			return i, true
		}
		i = j
	}
	return 0, false
}

// allASCIIDigits reports whether s is one or more ASCII digits.
func allASCIIDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
