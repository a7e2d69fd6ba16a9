package lint_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
	"github.com/cchc-go/cchc/reform/lint/input"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/reform/vn"
)

// seedPath is a copy of the reference report's text
// (../shared/seed/000_3f8d0b47124cc1de.txt): Báo cáo số 380/BC-STP of Sở Tư
// pháp An Giang, 19/11/2024.
const seedPath = "testdata/seed.txt"

func readSeed(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	require.NoError(tb, err)
	return b
}

// want is one finding lint must make on the seed: its code, its place as a
// clerk reads it, how its quote starts, and values to check.
type want struct {
	code   finding.Code
	place  string
	quote  string
	values map[string]string
	why    string
}

// seedFindings are every finding of the seed text, in the order of the
// report. The slips the issue lists are all here, with the codes the typed
// checks give them on the JSON encoding of the same report
// (examples/reference_test.go); the citation infos the typed checks also
// make (dates written in words or with a padded month) come with them.
// Nothing else: no finding on the identities that hold (148 = 49 + 25 +
// 74; 15.613 = 8.252 + 6.806 + 555; 15.265 = 15.264 + 01; 300/306 = 98%;
// 7/16 = 43,75%; 33/33 = 100%; 14 = 12 + 02; 66 = 55 + 11; 57 = 03 + 54;
// 04 = 03 + 01), and none of the typed checks of the place name, the
// closing block and the periods of the report's own text that lint runs
// since issue 17 (reform.header.place*, reform.closing.*,
// reform.period.subject/.text/.late/.mention): the seed writes them right,
// as TestWrittenSeed shows field by field ("An Giang"; dated five days
// after its cut-off; "11 tháng đầu năm 2024" in the opening and closing
// sentences; one recipient a line, "- Lưu: VT, CCHC."; GIÁM ĐỐC signing
// himself, "Trịnh Tuấn Ngọc"). The dates after the report's own were
// lint.date.future and are reform.event.text.future, the typed rule: the
// seed has none in its results.
var seedFindings = []want{
	{"citation.date.style", "mở đầu, đoạn 1", "Công văn số 2803/SNV-CCHC&XDCQ ngày 11 tháng 11 năm 2024",
		map[string]string{"written": "11 tháng 11 năm 2024"}, "a citation dated in words"},
	{"citation.date.style", "I.2, đoạn 3", "Quyết định số 766/QĐ-TTg ngày 23-06-2022",
		map[string]string{"written": "23-06-2022", "canonical": "23/6/2022"}, "\"23-06-2022\": hyphens and June padded"},
	{"dissemination.publications.copies", "I.4, đoạn 12", "4.521 tài liệu pháp luật",
		map[string]string{"total": "4521", "sum": "4520", "difference": "1"},
		"4.521 copies stated where the nine items add up to 4.520"},
	{"citation.date.style", "I.4, đoạn 17", "Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019",
		map[string]string{"written": "31 tháng 12 năm 2019"}, "a citation dated in words"},
	{"citation.date.style", "chú thích 5", "Báo cáo số 285/BC-UBND ngày 21/03/2024",
		map[string]string{"written": "21/03/2024"}, "March padded in note 5"},
	{"citation.kind.case", "chú thích 7", "báo cáo số 1085/BC-UBND ngày 30/10/2024",
		map[string]string{"written": "báo cáo", "expected": "Báo cáo"},
		"note 7 cites its second report in lower case after \"; \" (seed line 118): the info the typed check makes on the " +
			"JSON (citation.kind.case), new in lint now that its citation checks get the registry of issuers (issue 17)"},
	{"citation.conflict.source", "chú thích 10", "Kế hoạch số 04/KH-UBND ngày 05/01/2024",
		map[string]string{"document": "Kế hoạch số 04/KH-UBND ngày 05/01/2024"},
		"one Kế hoạch số 04/KH-UBND for two plans: the plan of rà soát, hệ thống hóa (note 4) and the plan of kiểm tra, rà soát " +
			"(note 10). lint.footnote.same_document (a warning) until issue 17: one rule, now citation.CheckSources with the typed " +
			"check's code and severity (an info), as the JSON of the same report gets"},
	{"citation.symbol.malformed", "II.1.3, đoạn 1", "Quyết định số 143/QĐTTg",
		map[string]string{"written": "143/QĐTTg", "expected": "143/QĐ-TTg"}, "\"143/QĐTTg\" without its hyphen"},
	{"citation.date.style", "II.2.1, đoạn 1", "Quyết định số 766/QĐ-TTg ngày 23-06-2022",
		map[string]string{"written": "23-06-2022"}, "the second \"23-06-2022\""},
	{"lint.numbering.punctuation", "II.2.2", "2.2 Kiểm soát",
		map[string]string{"written": "2.2", "expected": "2.2."}, "\"2.2\" without its dot among 1.1., 2.1., 3.1. …"},
	{"citation.date.style", "chú thích 12", "Báo cáo số 283/BC-UBND ngày 20/03/2024",
		map[string]string{"written": "20/03/2024"}, "March padded in note 12"},
	{"citation.symbol.malformed", "II.2.2.a, đoạn 2", "Công điện số 644/CD-TTg",
		map[string]string{"written": "644/CD-TTg", "expected": "644/CĐ-TTg"}, "\"644/CD-TTg\": CD for CĐ"},
	{"citation.conflict.symbol", "II.2.2.a, đoạn 2", "Công điện số 644/CD-TTg",
		map[string]string{"symbol": "644/CD-TTg", "other_symbol": "644/CĐ-TTg"}, "\"644/CĐ-TTg\" and \"644/CD-TTg\": one document, two symbols"},
	{"tthc.dossier.balance", "II.2.2.đ, đoạn 1", "15.613 hồ sơ",
		map[string]string{"received": "15613", "accounted": "15566", "unexplained": "47"},
		"15.613 received against 15.265 resolved + 301 pending"},
	{"personnel.gender.rate.truncated", "II.4.2, đoạn 3", "46/86 cán bộ nữ (đạt tỷ lệ 53,4%",
		map[string]string{"stated": "53.4", "computed": "53.5", "numerator": "46", "denominator": "86"}, "46/86 written 53,4% (53,5%)"},
	{"personnel.base.mismatch", "II.4.2, đoạn 3", "46/86 cán bộ nữ",
		map[string]string{"stated": "86", "organisation": "84", "difference": "2"}, "84 staff in II.3 and 86 in the gender figures"},
	{"personnel.gender.rate.truncated", "II.4.2, đoạn 3", "26/57 cán bộ nữ (đạt tỷ lệ 45%",
		map[string]string{"stated": "45", "computed": "46"}, "26/57 written 45% (46%)"},
	{"citation.kind.case", "II.4.3, đoạn 1", "kế hoạch số 60/KH-STP ngày 25/3/2024",
		map[string]string{"written": "kế hoạch", "expected": "Kế hoạch"},
		"4.3 cites \"kế hoạch số 60/KH-STP\" in lower case after \"; \" (seed line 212): the typed check's info on the JSON, " +
			"new in lint with the registry of issuers (issue 17); STP, the report's own agency, is added to the registry " +
			"from its \"Số: 380/BC-STP\" line, so no issuer is unknown"},
	{"citation.year.mismatch", "II.5.3.a", "Nghị định 130/2005/NĐ-CP ngày 17/10/2015",
		map[string]string{"number_year": "2005", "date": "17/10/2015"}, "Nghị định 130/2005/NĐ-CP dated 17/10/2015"},
	{"citation.conflict.date", "II.5.3.a", "Nghị định 130/2005/NĐ-CP ngày 17/10/2015",
		map[string]string{"date": "17/10/2015", "other_date": "17/10/2005"}, "… and 17/10/2005 elsewhere"},
	{"citation.date.style", "II.6.1, đoạn 1", "Kế hoạch số 64/KH-STP ngày 27/03/2024",
		map[string]string{"written": "27/03/2024"}, "March padded"},
	{"lint.numbering.repeat", "III", "III. PHƯƠNG HƯỚNG",
		map[string]string{"written": "III.", "expected": "IV."}, "the heading \"III.\" used twice (the last section should be IV.)"},
	{"citation.kind.mismatch", "III.5, đoạn 2", "Thông tư số 04/2020/BTT-BTP",
		map[string]string{"kind": "Thông tư", "abbreviation": "BTT", "expected": "TT"}, "\"Thông tư số 04/2020/BTT-BTP\""},
	{"citation.date.style", "III.5, đoạn 2", "Thông tư số 01/2022/TT-BTP ngày 04/1/2022",
		map[string]string{"written": "04/1/2022", "canonical": "04/01/2022"}, "\"04/1/2022\": January unpadded"},
}

// assertFindings checks that got are exactly the wanted findings, in order
// (places compared only when place is set).
func assertFindings(t *testing.T, wants []want, got []lint.Finding, withPlace bool) {
	t.Helper()
	var lines []string
	for _, f := range got {
		lines = append(lines, string(f.Code)+" @ "+f.Place.Where()+" | "+f.Place.Quote)
	}
	require.Len(t, got, len(wants), "findings:\n%s", strings.Join(lines, "\n"))
	for i, w := range wants {
		f := got[i]
		assert.Equal(t, w.code, f.Code, "finding %d (%s)", i, w.why)
		if withPlace {
			assert.Equal(t, w.place, f.Path, "finding %d (%s)", i, w.why)
			assert.Equal(t, w.place, f.Place.String(), "finding %d", i)
		}
		// A DOCX made from the text keeps its emphasis marks as text.
		quote := strings.ReplaceAll(f.Place.Quote, "*", "")
		assert.True(t, strings.HasPrefix(quote, w.quote), "finding %d (%s) quotes %q", i, w.why, f.Place.Quote)
		for name, v := range w.values {
			got, ok := f.Value(name)
			if assert.True(t, ok, "finding %d (%s) has no value %q", i, w.why, name) {
				assert.Equal(t, v, got, "finding %d (%s) value %q", i, w.why, name)
			}
		}
		assert.True(t, vn.IsNFC(f.Message), "message in NFC")
		rule, ok := lint.AllRules().Lookup(f.Code)
		if assert.True(t, ok, "%s documented", f.Code) {
			assert.Equal(t, rule.Severity, f.Severity, "%s has its catalogue's severity", f.Code)
		}
		assert.NotEmpty(t, f.Message)
		assert.Positive(t, f.Place.Paragraph, "finding %d has its paragraph number", i)
	}
}

func TestSeedText(t *testing.T) {
	data := readSeed(t)
	res, err := lint.Bytes(seedPath, data, lint.Options{})
	require.NoError(t, err)
	assertFindings(t, seedFindings, res.Findings, true)

	// What the header and title say.
	assert.Equal(t, "380/BC-STP", res.Number)
	assert.Equal(t, "Công tác cải cách hành chính 11 tháng đầu năm 2024", res.Title)
	require.NotNil(t, res.Period)
	assert.Equal(t, reform.Period{Kind: reform.FirstMonths, N: 11, Year: 2024}, *res.Period)
	assert.Equal(t, vn.Date(2024, time.November, 19), res.ReportDate)
	assert.Equal(t, input.Text, res.Format)
	assert.Equal(t, 14, res.Footnotes)

	// Every place points into the file: its line holds the quoted text.
	lines := strings.Split(string(data), "\n")
	for _, f := range res.Findings {
		require.Positive(t, f.Place.Line, "%s", f.Code)
		line := strings.ReplaceAll(lines[f.Place.Line-1], "*", "")
		head := strings.TrimSuffix(f.Place.Quote, "…")
		head = head[:min(len(head), 20)]
		assert.Contains(t, line, head, "%s at line %d", f.Code, f.Place.Line)
	}

	// The errors and warnings the command line counts.
	l := res.List()
	assert.Len(t, l.Errors(), 8)
	assert.Len(t, l.Warnings(), 5, "6 before issue 17's notes 4/10 became the info citation.conflict.source")
	assert.Len(t, l.Infos(), 11, "8, notes 4/10 and the two kind names in lower case (issue 17)")
	assert.True(t, res.HasErrors())
}

// TestSeedIdentitiesHold makes sure no finding is about a figure of an
// identity that holds.
func TestSeedIdentitiesHold(t *testing.T) {
	res, err := lint.Bytes(seedPath, readSeed(t), lint.Options{})
	require.NoError(t, err)
	for _, f := range res.Findings {
		for _, ok := range []string{"148", "49 thủ tục", "300 công chức", "7/16", "33/33", "14 thạc sĩ", "66 đại học", "57 công chức", "03 đơn vị"} {
			assert.False(t, strings.HasPrefix(f.Place.Quote, ok), "%s about %q, an identity that holds", f.Code, ok)
		}
	}
}

// TestSeedDOCXFromLibreOffice converts the seed to DOCX with LibreOffice
// and lints it: the same slips at the same places, and only layout
// findings besides (a DOCX made from plain text has no header table, a
// monospaced font, LibreOffice's margins).
func TestSeedDOCXFromLibreOffice(t *testing.T) {
	soffice := rendertest.Tool(t, "soffice")
	dir := t.TempDir()
	src := filepath.Join(dir, "seed.txt")
	require.NoError(t, os.WriteFile(src, readSeed(t), 0o644))
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx", "--outdir", dir, src)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	data, err := os.ReadFile(filepath.Join(dir, "seed.docx"))
	require.NoError(t, err)
	rendertest.WriteOut(t, "lint-seed.docx", data)

	res, err := lint.Bytes("seed.docx", data, lint.Options{})
	require.NoError(t, err)
	assert.Equal(t, input.DOCX, res.Format)
	var content []lint.Finding
	layout := map[finding.Code]int{}
	for _, f := range res.Findings {
		if strings.HasPrefix(string(f.Code), "lint.layout.") || f.Code == lint.CodeHeaderMissing {
			layout[f.Code]++
			continue
		}
		content = append(content, f)
	}
	assertFindings(t, seedFindings, content, true)
	for _, code := range []finding.Code{lint.CodeLayoutFont, lint.CodeLayoutSize, lint.CodeLayoutHeaderTable} {
		assert.Positive(t, layout[code], "%s on a DOCX in Liberation Mono 10 pt without a header table", code)
	}
}
