// Telling what a column holds from its heads: the words of the usual
// layouts of Biểu số 06/VPCP/KSTT, the heads of a form, and a mapping.

package kstt

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cchc-go/cchc/reform/vn"
	"github.com/cchc-go/cchc/tthc"
)

// rate is the figure of a column of rates, which a reading leaves out.
const rate tthc.ColumnFigure = "rate"

// figures are the count figures a column may hold, in the order of
// tthc.Counts: the index of a figure in a row's values. Read only.
var figures = []tthc.ColumnFigure{
	tthc.FigureReceived, tthc.FigureReceivedInPeriod, tthc.FigureOnline, tthc.FigureInPerson,
	tthc.FigureCarriedOver, tthc.FigureResolved, tthc.FigureEarly, tthc.FigureOnTime,
	tthc.FigureEarlyOrOnTime, tthc.FigureLate, tthc.FigurePending, tthc.FigurePendingInTime,
	tthc.FigurePendingOverdue, tthc.FigureOther,
}

// nFigures is the number of count figures.
const nFigures = 14

// figureIndex returns the index of f in figures, or -1.
func figureIndex(f tthc.ColumnFigure) int { return slices.Index(figures, f) }

// The indices of the figures in a row's values.
var (
	iReceived         = figureIndex(tthc.FigureReceived)
	iReceivedInPeriod = figureIndex(tthc.FigureReceivedInPeriod)
	iOnline           = figureIndex(tthc.FigureOnline)
	iInPerson         = figureIndex(tthc.FigureInPerson)
	iCarriedOver      = figureIndex(tthc.FigureCarriedOver)
	iResolved         = figureIndex(tthc.FigureResolved)
	iEarly            = figureIndex(tthc.FigureEarly)
	iOnTime           = figureIndex(tthc.FigureOnTime)
	iEarlyOrOnTime    = figureIndex(tthc.FigureEarlyOrOnTime)
	iLate             = figureIndex(tthc.FigureLate)
	iPending          = figureIndex(tthc.FigurePending)
	iInTime           = figureIndex(tthc.FigurePendingInTime)
	iOverdue          = figureIndex(tthc.FigurePendingOverdue)
	iOther            = figureIndex(tthc.FigureOther)
)

// mappable reports whether a mapping may name f.
func mappable(f tthc.ColumnFigure) bool {
	return figureIndex(f) >= 0 || f == tthc.FigureNumber || f == tthc.FigureName || f == Ignore
}

// mappableNames lists the figures a mapping may name, for a message.
func mappableNames() string {
	names := []string{string(tthc.FigureNumber), string(tthc.FigureName)}
	for _, f := range figures {
		names = append(names, string(f))
	}
	return strings.Join(append(names, string(Ignore)), ", ")
}

// figureLabels are the Vietnamese names of the figures in messages. Read
// only.
var figureLabels = map[tthc.ColumnFigure]string{
	tthc.FigureReceived:         "tổng số hồ sơ nhận giải quyết",
	tthc.FigureReceivedInPeriod: "số hồ sơ mới tiếp nhận",
	tthc.FigureOnline:           "số mới tiếp nhận trực tuyến",
	tthc.FigureInPerson:         "số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính",
	tthc.FigureCarriedOver:      "số kỳ trước chuyển qua",
	tthc.FigureResolved:         "tổng số hồ sơ đã giải quyết",
	tthc.FigureEarly:            "số hồ sơ trả trước hạn",
	tthc.FigureOnTime:           "số hồ sơ trả đúng thời hạn",
	tthc.FigureEarlyOrOnTime:    "số hồ sơ trả trước hạn và đúng hạn",
	tthc.FigureLate:             "số hồ sơ trả quá hạn",
	tthc.FigurePending:          "tổng số hồ sơ đang giải quyết",
	tthc.FigurePendingInTime:    "số hồ sơ đang giải quyết trong hạn",
	tthc.FigurePendingOverdue:   "số hồ sơ đang giải quyết quá hạn",
	tthc.FigureOther:            "số hồ sơ rút, trả lại, từ chối",
}

// words splits s into its lower-case words, NFC: letters and digits, and
// "%" as a word of its own.
func words(s string) []string {
	s = strings.ToLower(vn.NFC(s))
	return strings.FieldsFunc(strings.ReplaceAll(s, "%", " % "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && !unicode.Is(unicode.Mn, r)
	})
}

// normal is the text of s as heads are compared: its words joined by one
// space.
func normal(s string) string { return strings.Join(words(s), " ") }

// containsWords reports whether the words of kw appear, in order and one
// after another, among ws.
func containsWords(ws []string, kw []string) bool {
	if len(kw) == 0 {
		return false
	}
	for i := 0; i+len(kw) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(kw)], kw) {
			return true
		}
	}
	return false
}

// wordRule is one built-in rule: a column whose heads contain all the
// phrases of one of its sets holds figure. The phrases are split into
// words once.
type wordRule struct {
	figure tthc.ColumnFigure
	sets   [][][]string
}

// rule returns the rule of figure with its sets of phrases as written.
func rule(figure tthc.ColumnFigure, sets ...[]string) wordRule {
	r := wordRule{figure: figure}
	for _, set := range sets {
		var ws [][]string
		for _, p := range set {
			ws = append(ws, words(p))
		}
		r.sets = append(r.sets, ws)
	}
	return r
}

// The phrases of the pending dossiers, in the rules below.
var pendingPhrases = []string{"đang giải quyết", "đang xử lý", "chưa giải quyết"}

// builtinRules are the words of the usual layouts of Biểu số 06/VPCP/KSTT
// and of the one-stop systems' variants, in the order they are tried: the
// more specific first ("quá hạn" under "đang giải quyết" before "quá
// hạn"). Built once, never changed.
var builtinRules = []wordRule{
	rule(rate, []string{"tỷ lệ"}, []string{"tỉ lệ"}, []string{"%"}),
	rule(tthc.FigureOther, []string{"rút"}, []string{"trả lại"}, []string{"từ chối"}, []string{"hủy"}, []string{"huỷ"}),
	rule(tthc.FigurePendingOverdue, pairs(pendingPhrases, []string{"quá hạn", "trễ hạn", "trễ hẹn"})...),
	rule(tthc.FigurePendingInTime, append(pairs(pendingPhrases, []string{"trong hạn"}), []string{"chưa đến hạn"}, []string{"còn hạn"})...),
	rule(tthc.FigureCarriedOver, []string{"kỳ trước"}, []string{"chuyển qua"}, []string{"tồn đầu kỳ"}),
	rule(tthc.FigurePending, []string{"đang giải quyết"}, []string{"đang xử lý"}, []string{"chưa giải quyết"}),
	rule(tthc.FigureEarlyOrOnTime, append(pairs([]string{"trước hạn"}, []string{"đúng hạn"}),
		pairs([]string{"đã giải quyết", "đã xử lý"}, []string{"trong hạn"})...)...),
	rule(tthc.FigureEarly, []string{"trước hạn"}, []string{"sớm hạn"}),
	rule(tthc.FigureOnTime, []string{"đúng hạn"}, []string{"đúng thời hạn"}, []string{"đúng hẹn"}),
	rule(tthc.FigureLate, []string{"quá hạn"}, []string{"trễ hạn"}, []string{"trễ hẹn"}, []string{"quá thời hạn"}),
	rule(tthc.FigureOnline, []string{"trực tuyến"}, []string{"qua mạng"}),
	rule(tthc.FigureInPerson, []string{"trực tiếp"}, []string{"bưu chính"}, []string{"bưu điện"}),
	rule(tthc.FigureReceivedInPeriod, []string{"mới tiếp nhận"}, []string{"tiếp nhận mới"}, []string{"nhận mới"}, []string{"tiếp nhận trong kỳ"}),
	rule(tthc.FigureResolved, []string{"đã giải quyết"}, []string{"đã xử lý"}, []string{"giải quyết xong"}, []string{"đã trả kết quả"}),
	rule(tthc.FigureReceived, []string{"nhận giải quyết"}, []string{"tiếp nhận"}, []string{"số hồ sơ nhận"}, []string{"tổng số hồ sơ"}),
	rule(tthc.FigureName, []string{"lĩnh vực"}, []string{"đơn vị"}, []string{"cơ quan"}, []string{"tên"}, []string{"nội dung"},
		[]string{"địa phương"}, []string{"công việc"}),
}

// pairs returns the sets of one phrase of a and one of b.
func pairs(a, b []string) [][]string {
	var out [][]string
	for _, x := range a {
		for _, y := range b {
			out = append(out, []string{x, y})
		}
	}
	return out
}

// numberHeads are the heads of the column of row numbers. Read only.
var numberHeads = []string{"stt", "tt", "số tt", "số thứ tự"}

// matcher tells what a column holds from its heads.
type matcher struct {
	m     Mapping
	heads [][]string                   // the words of each Mapping.Columns[i].Head
	form  map[string]tthc.ColumnFigure // normalised heads of the form's columns
}

// newMatcher returns the matcher of m.
func newMatcher(m Mapping) *matcher {
	form := tthc.Form06()
	if m.Form != nil {
		form = *m.Form
	}
	out := &matcher{m: m, form: map[string]tthc.ColumnFigure{}}
	for _, c := range m.Columns {
		out.heads = append(out.heads, words(c.Head))
	}
	for _, c := range form.Columns {
		if c.Per != "" {
			continue
		}
		k := normal(strings.Join(c.Heads, " / "))
		if _, dup := out.form[k]; !dup && k != "" {
			out.form[k] = c.Figure
		}
	}
	return out
}

// figure returns what the column col (from 1) with heads path holds, or ""
// when nothing matches.
func (mt *matcher) figure(col int, path []string) tthc.ColumnFigure {
	ws := words(strings.Join(path, " "))
	for _, c := range mt.m.Columns {
		if c.Column != "" && columnNumber(c.Column) == col {
			return c.Figure
		}
	}
	for i, c := range mt.m.Columns {
		if c.Column == "" && containsWords(ws, mt.heads[i]) {
			return c.Figure
		}
	}
	if len(ws) == 0 {
		return ""
	}
	if f, ok := mt.form[strings.Join(ws, " ")]; ok {
		return f
	}
	return builtinFigure(path, ws)
}

// builtinFigure returns the figure the built-in words give a column of
// heads path (ws, its words).
func builtinFigure(path []string, ws []string) tthc.ColumnFigure {
	if len(path) > 0 && slices.Contains(numberHeads, normal(path[len(path)-1])) {
		return tthc.FigureNumber
	}
	for _, r := range builtinRules {
		for _, set := range r.sets {
			if allPhrases(ws, set) {
				return r.figure
			}
		}
	}
	return ""
}

// allPhrases reports whether every phrase of set (its words) is among ws.
func allPhrases(ws []string, set [][]string) bool {
	for _, p := range set {
		if !containsWords(ws, p) {
			return false
		}
	}
	return true
}

// maxHeadText is the length of the longest text taken for a head.
const maxHeadText = 500

// knownHead reports whether a head cell's own text names a column of the
// form: how the head is found above the data.
func (mt *matcher) knownHead(text string) bool {
	return len(text) <= maxHeadText && mt.figure(0, []string{text}) != ""
}
