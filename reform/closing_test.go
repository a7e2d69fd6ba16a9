package reform_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
)

// slipCodes are the codes of the checks of issue 17: the closing and the
// header's place, the periods of the report's own text, the writing of
// citations.
var slipCodes = map[finding.Code]bool{
	reform.CodeHeaderPlace: true, reform.CodeHeaderPlaceForm: true, reform.CodeHeaderPlacePrefix: true,
	reform.CodeClosingText: true, reform.CodeClosingArchive: true, reform.CodeRecipientArchive: true,
	reform.CodeRecipientForm: true, reform.CodeAuthorityForm: true, reform.CodeAuthorityTitle: true,
	reform.CodeAuthorityCollective: true, reform.CodeSignerName: true,
	reform.CodePeriodSubject: true, reform.CodePeriodText: true, reform.CodePeriodMention: true,
	reform.CodePeriodLate: true, reform.CodePeriodWindow: true,
	citation.CodeIssuerUnknown: true, citation.CodeIssuerForm: true, citation.CodeKindCV: true,
	citation.CodeKindCase: true, citation.CodeConflictSource: true,
}

// slips returns the findings of r with the codes of issue 17.
func slips(r *reform.Report) finding.List { return findingsWith(r, slipCodes) }

// findingsWith returns the findings of r whose codes are in codes.
func findingsWith(r *reform.Report, codes map[finding.Code]bool) finding.List {
	var out finding.List
	for _, f := range (reform.Checker{SkipDocument: true}).Validate(r) {
		if codes[f.Code] {
			out = append(out, f)
		}
	}
	return out
}

// codeCase is an edit of the minimal report (11 tháng đầu năm 2024,
// 15/12/2023–14/11/2024, dated 19/11/2024) and the codes of a group of
// checks it must give: a case that fires, or a near miss (want nil) that
// must not.
type codeCase struct {
	name string
	edit func(r *reform.Report)
	want []finding.Code
}

// runCodeCases runs each case on a fresh minimal report and compares the
// codes of its findings among codes; each finding must be documented by
// reform.Rules() and read as a clerk's message.
func runCodeCases(t *testing.T, codes map[finding.Code]bool, tests []codeCase) {
	t.Helper()
	rules := reform.Rules()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := minimal()
			tt.edit(r)
			l := findingsWith(r, codes)
			var got []finding.Code
			if len(l) > 0 {
				got = l.Codes()
			}
			assert.Equal(t, tt.want, got, "%v", l)
			require.NoError(t, rules.Check(l))
			for _, f := range l {
				assertClerkMessage(t, f)
			}
		})
	}
}

// assertClerkMessage checks that a message is one a clerk reads: in
// Vietnamese, without JSON paths.
func assertClerkMessage(t *testing.T, f finding.Finding) {
	t.Helper()
	assert.NotEmpty(t, f.Message)
	for _, p := range []string{"closing.", "header.", "period.", "basis", "signer", "recipients", "archive", " expected", " the "} {
		assert.NotContains(t, f.Message, p, "%s: %s", f.Code, f.Message)
	}
}

func TestCheckPlace(t *testing.T) {
	place := func(s string) func(r *reform.Report) { return func(r *reform.Report) { r.Header.Place = s } }
	runCodeCases(t, slipCodes, []codeCase{
		{"the date line in the place", place("An Giang, ngày 19 tháng 11 năm 2024"), []finding.Code{reform.CodeHeaderPlace}},
		{"a date in the place", place("An Giang 19/11/2024"), []finding.Code{reform.CodeHeaderPlace}},
		{"a place", place("An Giang"), nil},
		{"a unit named by a number", place("Quận 1"), nil},
		{"a comma at the end", place("An Giang,"), []finding.Code{reform.CodeHeaderPlaceForm}},
		{"two lines", place("An\nGiang"), []finding.Code{reform.CodeHeaderPlaceForm}},
		{"markup", place("<b>An Giang</b>"), []finding.Code{reform.CodeHeaderPlaceForm}},
		{"the kind of unit first", place("Tỉnh An Giang"), []finding.Code{reform.CodeHeaderPlacePrefix}},
		{"a ward named by a number", place("Phường 3"), nil},
		{"a city", place("Thành phố Hồ Chí Minh"), nil},
	})
	r := minimal()
	r.Header.Place = "An Giang, ngày 19 tháng 11 năm 2024"
	f := slips(r)[0]
	assert.Equal(t, finding.Error, f.Severity)
	assert.Equal(t, "Địa danh “An Giang, ngày 19 tháng 11 năm 2024” có cả ngày tháng: văn bản tự ghi “, ngày … tháng … năm …” sau địa danh nên sẽ in ngày tháng hai lần. Địa danh chỉ ghi tên đơn vị hành chính, ví dụ “An Giang”.", f.Message)
	v, _ := f.Value("expected")
	assert.Equal(t, "An Giang", v)
}

func TestCheckRecipientsAndArchive(t *testing.T) {
	recipients := func(rs ...string) func(r *reform.Report) { return func(r *reform.Report) { r.Closing.Recipients = rs } }
	archive := func(s string) func(r *reform.Report) { return func(r *reform.Report) { r.Closing.Archive = s } }
	runCodeCases(t, slipCodes, []codeCase{
		{"a dash typed in", recipients("- Sở Nội vụ;"), []finding.Code{reform.CodeRecipientForm}},
		{"the final punctuation the layout replaces", recipients("Sở Nội vụ;", "Sở Tài chính."), nil},
		{"two recipients in one", recipients("Sở Nội vụ; Sở Tài chính"), []finding.Code{reform.CodeRecipientForm}},
		{"two recipients on two lines", recipients("Sở Nội vụ;\n- Sở Tài chính"), []finding.Code{reform.CodeRecipientForm}},
		{"commas inside one recipient", recipients("Giám đốc, Phó Giám đốc Sở", "TT. Huyện ủy, TT. HĐND huyện"), nil},
		{"the Lưu line as a recipient", recipients("Sở Nội vụ", "Lưu: VT, CCHC."), []finding.Code{reform.CodeRecipientArchive}},
		{"the Lưu line with a dash", recipients("- Lưu VT"), []finding.Code{reform.CodeRecipientArchive}},
		{"an archive centre is a recipient", recipients("Trung tâm Lưu trữ lịch sử tỉnh", "Lưu trữ lịch sử"), nil},
		{"a control character", recipients("Sở Nội vụ\x00"), []finding.Code{reform.CodeClosingText}},
		{"Markdown", recipients("**Sở Nội vụ**"), []finding.Code{reform.CodeClosingText}},
		{"no recipients", recipients(), nil},
		{"the label typed in the archive", archive("Lưu: VT, CCHC"), []finding.Code{reform.CodeClosingArchive}},
		{"an archive", archive("VT, CCHC"), nil},
		{"no archive: the layout prints Lưu: VT.", archive(""), nil},
		{"VT alone", archive("VT"), nil},
		{"copies", archive("VT, HC (2)"), nil},
		{"no letters", archive("-"), []finding.Code{reform.CodeClosingArchive}},
		{"without VT", archive("CCHC"), []finding.Code{reform.CodeClosingArchive}},
		{"a dash", archive("- VT, CCHC"), []finding.Code{reform.CodeClosingArchive}},
		{"two lines", archive("VT,\nCCHC"), []finding.Code{reform.CodeClosingText}},
		{"a drafter's mark", func(r *reform.Report) { r.Closing.Drafter = "PL.(300)" }, nil},
		{"a drafter's mark in HTML", func(r *reform.Report) { r.Closing.Drafter = "<b>PL</b>" }, []finding.Code{reform.CodeClosingText}},
	})
	r := minimal()
	r.Closing.Recipients = []string{"Sở Nội vụ", "Lưu: VT, CCHC."}
	f := slips(r)[0]
	assert.Equal(t, "Nơi nhận thứ 2 “Lưu: VT, CCHC.” là dòng lưu văn bản, không phải một nơi nhận: văn bản sẽ in dòng này với dấu “;” rồi in thêm dòng “Lưu” ở cuối danh sách. Bỏ dòng này khỏi nơi nhận và ghi “VT, CCHC” vào dòng Lưu.", f.Message)
	assert.Equal(t, "closing.recipients[1]", f.Path)
	r = minimal()
	r.Closing.Archive = "Lưu: VT, CCHC"
	f = slips(r)[0]
	v, _ := f.Value("expected")
	assert.Equal(t, "VT, CCHC", v)
	r.Closing.Archive = "CCHC"
	f = slips(r)[0]
	v, _ = f.Value("expected")
	assert.Equal(t, "VT, CCHC", v)
	// VT typed last is moved first, not added again.
	r.Closing.Archive = "CCHC, VT"
	f = slips(r)[0]
	v, _ = f.Value("expected")
	assert.Equal(t, "VT, CCHC", v)
	// One problem for "Lưu: VT": the label typed in, not also VT missing
	// from the start.
	r.Closing.Archive = "Lưu: VT"
	f = slips(r)[0]
	assert.NotContains(t, f.Message, "không bắt đầu bằng")
	v, _ = f.Value("expected")
	assert.Equal(t, "VT", v)
}

func TestCheckAuthority(t *testing.T) {
	signer := func(title string, authority ...string) func(r *reform.Report) {
		return func(r *reform.Report) { r.Closing.Signer.Title, r.Closing.Signer.Authority = title, authority }
	}
	committee := func(title string, authority ...string) func(r *reform.Report) {
		return func(r *reform.Report) {
			r.Header.Agency, r.Header.AgencyCode, r.Header.Number = "Ủy ban nhân dân huyện An Thạnh", "UBND", "215/BC-UBND"
			r.Closing.Signer.Title, r.Closing.Signer.Authority = title, authority
		}
	}
	runCodeCases(t, slipCodes, []codeCase{
		// The form of a line.
		{"KT without its dot", signer("Phó Giám đốc", "KT GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityForm}},
		{"KT. with its dot", signer("Phó Giám đốc", "KT. GIÁM ĐỐC"), nil},
		{"the Party's K/T", signer("Phó Giám đốc", "K/T GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityForm}},
		{"no space after the dot", signer("Phó Giám đốc", "KT.GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityForm}},
		{"lower case, which the layout capitalises", signer("Phó Giám đốc", "kt. giám đốc"), nil},
		{"spelled out", signer("Phó Giám đốc", "Ký thay Giám đốc"), []finding.Code{reform.CodeAuthorityForm}},
		{"a prefix alone", signer("Giám đốc", "KT."), []finding.Code{reform.CodeAuthorityForm}},
		{"the title repeated", signer("Phó Giám đốc", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityForm}},
		{"a line without prefix", signer("Chánh Văn phòng", "GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityForm}},
		{"lines out of order", committee("Phó Chủ tịch", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"), []finding.Code{reform.CodeAuthorityForm}},
		{"lines in order", committee("Phó Chủ tịch", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), nil},
		{"KT. typed in the title", signer("KT. Giám đốc"), []finding.Code{reform.CodeAuthorityForm}},
		{"Q. as the title", signer("Q. Giám đốc"), nil},
		{"Q. above the acting head's title", signer("Phó Giám đốc", "Q. GIÁM ĐỐC"), nil},
		// The fit with the title.
		{"the head signs KT. for himself", signer("Giám đốc", "KT. GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityTitle}},
		{"the head signs", signer("Giám đốc"), nil},
		{"a deputy without KT.", signer("Phó Giám đốc"), []finding.Code{reform.CodeAuthorityTitle}},
		{"a deputy's head without KT., one finding", signer("Phó Giám đốc", "GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityTitle}},
		{"another head without KT.", signer("Phó Giám đốc", "CHỦ TỊCH"), []finding.Code{reform.CodeAuthorityForm, reform.CodeAuthorityTitle}},
		{"a deputy in charge", signer("Phó Giám đốc phụ trách"), nil},
		{"a deputy of another head", signer("Phó Giám đốc", "KT. CHỦ TỊCH"), []finding.Code{reform.CodeAuthorityTitle}},
		{"a deputy of the head with a longer name", signer("Phó Giám đốc", "KT. GIÁM ĐỐC SỞ"), nil},
		{"a deputy signs by order", signer("Phó Giám đốc", "TL. GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityTitle}},
		{"the head signs by his own order", signer("Giám đốc", "TUQ. GIÁM ĐỐC"), []finding.Code{reform.CodeAuthorityTitle}},
		{"the office's head signs by order", signer("Chánh Văn phòng", "TL. GIÁM ĐỐC"), nil},
		{"the office's deputy under KT.", signer("Phó Chánh Văn phòng", "TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG"), nil},
		{"a vice-minister without KT.", signer("Thứ trưởng"), []finding.Code{reform.CodeAuthorityTitle}},
		{"a vice-minister", signer("Thứ trưởng", "KT. BỘ TRƯỞNG"), nil},
		// A collective.
		{"a committee's KT. without TM.", committee("Phó Chủ tịch", "KT. CHỦ TỊCH"), []finding.Code{reform.CodeAuthorityCollective}},
		{"a committee's chair with no lines", committee("Chủ tịch"), nil},
		{"a committee's chair", committee("Chủ tịch", "TM. ỦY BAN NHÂN DÂN"), nil},
		{"TM. before a Sở", signer("Giám đốc", "TM. SỞ TƯ PHÁP"), []finding.Code{reform.CodeAuthorityCollective}},
		{"TM. before a board", signer("Trưởng ban", "TM. BAN CHỈ ĐẠO"), nil},
		{"with a level, the level's check says it", func(r *reform.Report) {
			committee("Phó Chủ tịch", "KT. CHỦ TỊCH")(r)
			r.Header.Level = reform.LevelDistrict
		}, nil},
		{"with a level and no lines, the level's lines are printed", func(r *reform.Report) {
			committee("Phó Chủ tịch")(r)
			r.Header.Level = reform.LevelDistrict
		}, nil},
		// The name.
		{"an academic title", func(r *reform.Report) { r.Closing.Signer.Name = "TS. Nguyễn Văn An" }, []finding.Code{reform.CodeSignerName}},
		{"a name in capitals", func(r *reform.Report) { r.Closing.Signer.Name = "TRỊNH TUẤN NGỌC" }, []finding.Code{reform.CodeSignerName}},
		{"a name", func(r *reform.Report) { r.Closing.Signer.Name = "Tạ Thu" }, nil},
		{"a name that starts like a title", func(r *reform.Report) { r.Closing.Signer.Name = "Tsang Văn Gia" }, nil},
		{"a control character in the name", func(r *reform.Report) { r.Closing.Signer.Name = "Trịnh\x07 Tuấn Ngọc" }, []finding.Code{reform.CodeClosingText}},
	})

	r := minimal()
	signer("Phó Giám đốc")(r)
	f := slips(r)[0]
	assert.Equal(t, finding.Error, f.Severity)
	assert.Equal(t, "Người ký là Phó Giám đốc nhưng không có dòng “KT. GIÁM ĐỐC”: cấp phó ký thay người đứng đầu ghi “KT.” trước chức vụ của người đứng đầu.", f.Message)
	v, _ := f.Value("expected")
	assert.Equal(t, "KT. GIÁM ĐỐC", v)
	signer("Phó Giám đốc", "GIÁM ĐỐC")(r)
	f = slips(r)[0]
	assert.Equal(t, "closing.signer.authority[0]", f.Path)
	assert.Equal(t, []string{"closing.signer.title"}, f.Related)
	assert.Equal(t, "Dòng thẩm quyền ký “GIÁM ĐỐC” thiếu “KT.”: người ký là Phó Giám đốc, cấp phó ký thay giám đốc nên dòng này ghi “KT. GIÁM ĐỐC”.", f.Message)
	v, _ = f.Value("expected")
	assert.Equal(t, "KT. GIÁM ĐỐC", v)
	signer("Phó Giám đốc", "K/T GIÁM ĐỐC")(r)
	f = slips(r)[0]
	assert.Equal(t, "Dòng thẩm quyền ký thứ 1 “K/T GIÁM ĐỐC” viết “K/T”, chữ viết tắt theo Nghị định 30/2020/NĐ-CP là “KT.”. Cách viết đúng: “KT. GIÁM ĐỐC”.", f.Message)
	r = minimal()
	r.Closing.Signer.Name = "TS. TRỊNH TUẤN NGỌC"
	f = slips(r)[0]
	v, _ = f.Value("expected")
	assert.Equal(t, "Trịnh Tuấn Ngọc", v)
}

// TestClosingBadInput: signer and recipient fields full of markup, control
// characters and 10.000 lines give a few clear findings, quickly.
func TestClosingBadInput(t *testing.T) {
	line := "- <script>alert(1)</script>**Sở**\x00\x07 Nội vụ;\nSở Tài chính"
	many := make([]string, 10000)
	for i := range many {
		many[i] = line
	}
	r := minimal()
	r.Header.Place = strings.Repeat("An Giang\x01<b>", 10000)
	r.Closing.Recipients = many
	r.Closing.Archive = strings.Repeat(line, 10000)
	r.Closing.Signer = reform.Signer{Authority: many, Title: strings.Repeat(line, 10000), Name: strings.Repeat(line, 10000)}
	r.Closing.Drafter = strings.Repeat(line, 10000)

	start := time.Now()
	l := r.Validate()
	took := time.Since(start)
	assert.Less(t, took, 10*time.Second, "bounded time")
	got := slips(r)
	assert.LessOrEqual(t, len(got), 120, "a few findings, the rest counted: %d", len(got))
	count := map[finding.Code]int{}
	for _, f := range got {
		count[f.Code]++
		assert.LessOrEqual(t, len([]rune(f.Message)), 700, "a message of a readable length: %s", f.Code)
		assertClerkMessage(t, f)
	}
	for _, c := range []finding.Code{reform.CodeClosingText, reform.CodeRecipientForm, reform.CodeAuthorityForm, reform.CodeHeaderPlaceForm} {
		assert.Positive(t, count[c], "%s", c)
	}
	var more finding.Finding
	for _, f := range got {
		if f.Path == "closing.recipients" && f.Code == reform.CodeClosingText {
			more = f
		}
	}
	v, _ := more.Value("more")
	assert.Equal(t, "9980", v, "the recipients past the first 20 are counted")
	assert.NotEmpty(t, l)
}

func BenchmarkCheckClosing(b *testing.B) {
	r := reference(b)
	r.Closing.Signer.Authority = []string{"KT. GIÁM ĐỐC"}
	r.Closing.Signer.Title = "Phó Giám đốc"
	c := reform.Checker{SkipDocument: true}
	for b.Loop() {
		_ = c.Validate(r)
	}
}

// oneSlip is a single deliberate slip in the reference report: JSON paths
// (dotted, list items by number) and the values written there.
type oneSlip struct {
	name string
	set  map[string]any
	want finding.Code
}

// TestOneFindingPerSlip: a single slip in the reference report gives one
// finding, not the same mistake twice; the places where it also shows are
// the finding's related paths. Validate's findings are folded as
// finding.List.FoldIntoFields folds them.
func TestOneFindingPerSlip(t *testing.T) {
	signer := func(title string, authority ...any) map[string]any {
		return map[string]any{"closing.signer": map[string]any{"title": title, "name": "Trịnh Tuấn Ngọc", "authority": authority}}
	}
	slipsOf := []oneSlip{
		{"a deputy's head without KT.", signer("Phó Giám đốc", "GIÁM ĐỐC"), reform.CodeAuthorityTitle},
		{"a deputy without any line", signer("Phó Giám đốc"), reform.CodeAuthorityTitle},
		{"the Party's K/T", signer("Phó Giám đốc", "K/T GIÁM ĐỐC"), reform.CodeAuthorityForm},
		{"KT. typed in the title", signer("KT. Giám đốc"), reform.CodeAuthorityForm},
		{"the head signs KT.", signer("Giám đốc", "KT. GIÁM ĐỐC"), reform.CodeAuthorityTitle},
		{"a deputy signs by order", signer("Phó Giám đốc", "TL. GIÁM ĐỐC"), reform.CodeAuthorityTitle},
		{"the title repeated", signer("Giám đốc", "GIÁM ĐỐC"), reform.CodeAuthorityForm},
		{"TM. before a Sở", signer("Giám đốc", "TM. SỞ TƯ PHÁP"), reform.CodeAuthorityCollective},
		{"a recipient with its dash", map[string]any{"closing.recipients.0": "- Sở Nội vụ"}, reform.CodeRecipientForm},
		{"the Lưu line as a recipient", map[string]any{"closing.recipients.5": "Lưu: VT, CCHC"}, reform.CodeRecipientArchive},
		{"Lưu typed in the archive", map[string]any{"closing.archive": "Lưu: VT, CCHC"}, reform.CodeClosingArchive},
		{"a name in capitals", map[string]any{"closing.signer.name": "TRỊNH TUẤN NGỌC"}, reform.CodeSignerName},
		{"no name", map[string]any{"closing.signer.name": ""}, finding.FieldCode("required")},
		{"a dated place", map[string]any{"header.place": "An Giang, ngày 19 tháng 11 năm 2024"}, reform.CodeHeaderPlace},
		{"a place with its kind", map[string]any{"header.place": "Tỉnh An Giang"}, reform.CodeHeaderPlacePrefix},
		{"a year before 1945", map[string]any{"period.year": 1900}, finding.FieldCode("gte")},
		{"an unknown kind of period", map[string]any{"period.kind": "week"}, finding.FieldCode("oneof")},
		{"a negative count of pending dossiers", map[string]any{"results.procedures.dossiers.pending": -1}, finding.FieldCode("gte")},
		{"a negative count of online dossiers", map[string]any{"results.procedures.dossiers.online": -1}, finding.FieldCode("gte")},
		{"a negative count of feedback", map[string]any{"results.procedures.feedback.received": -1}, finding.FieldCode("gte")},
		{"a negative count of incoming documents", map[string]any{"results.digital.documents.incoming.total": -1}, finding.FieldCode("gte")},
		{"a negative staff", map[string]any{"results.personnel.organisation.department.staff": -1}, finding.FieldCode("gte")},
		{"a negative group of autonomy", map[string]any{"results.finance.autonomy.partial": -1}, finding.FieldCode("gte")},
		{"a negative number of copies", map[string]any{"direction.communication.publications.items.0.copies": -1}, finding.FieldCode("gte")},
		{"more tasks done than planned", map[string]any{"direction.plan.tasks_done": 40}, reform.CodePlanDone},
		// Issue 21: the kind is the field rule's alone, not also the sum of
		// training sessions it leaves out.
		{"an unknown kind of event", map[string]any{"direction.communication.events.items.0.kind": "workshop"}, finding.FieldCode("oneof")},
		{"a negative count of classes", map[string]any{"direction.communication.events.items.0.count": -3}, finding.FieldCode("gte")},
		{"a placeholder naming no figure", map[string]any{"basis.text": "Sở đã rà soát {khong_co} văn bản."}, reform.CodePlaceholder},
		// The figure renamed to another's name: its own placeholder then
		// names no figure, told in the name's finding (related paths).
		{"a figure's name typed twice", map[string]any{"figures.1.name": "resolutions_reviewed"}, reform.CodeFigureName},
		{"a figure's name not a name", map[string]any{"figures.1.name": "Decisions Reviewed"}, reform.CodeFigureName},
		{"markup for the signer's name", map[string]any{"closing.signer.name": "<img src=x onerror=alert(1)>"}, reform.CodeClosingText},
		{"negative tasks planned", map[string]any{"direction.plan.tasks_planned": -1}, finding.FieldCode("gte")},
		{"tasks planned above the largest count", map[string]any{"direction.plan.tasks_planned": 1000000000001}, finding.FieldCode("lte")},
	}
	base := map[string]bool{}
	for _, f := range slipFindings(t, nil) {
		base[slipKey(f)] = true
	}
	for _, s := range slipsOf {
		t.Run(s.name, func(t *testing.T) {
			var added finding.List
			for _, f := range slipFindings(t, s.set) {
				if !base[slipKey(f)] {
					added = append(added, f)
				}
			}
			require.Len(t, added, 1, "%v", added)
			assert.Equal(t, s.want, added[0].Code)
			assertClerkMessage(t, added[0])
		})
	}
}

// slipFindings validates the reference report with the values of set
// written over it, its findings folded.
func slipFindings(t *testing.T, set map[string]any) finding.List {
	t.Helper()
	data := testutil.Reference(t)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	for path, v := range set {
		setPath(doc, strings.Split(path, "."), v)
	}
	data, err := json.Marshal(doc)
	require.NoError(t, err)
	r, err := reform.Decode(data)
	require.NoError(t, err)
	return r.Validate().FoldIntoFields()
}

// slipKey identifies a finding across two validations.
func slipKey(f finding.Finding) string { return string(f.Code) + " " + f.Path + " " + f.Message }

// setPath writes v at the path segs of a decoded JSON value: object keys,
// and list items by number.
func setPath(doc any, segs []string, v any) {
	switch c := doc.(type) {
	case map[string]any:
		if len(segs) == 1 {
			c[segs[0]] = v
			return
		}
		setPath(c[segs[0]], segs[1:], v)
	case []any:
		n, _ := strconv.Atoi(segs[0])
		if len(segs) == 1 {
			c[n] = v
			return
		}
		setPath(c[n], segs[1:], v)
	}
}

// TestFigureMessages checks that the findings of a figure's change name it
// as the printed report shows it (its count and the words after it where a
// narrative quotes it), never by its name in the data.
func TestFigureMessages(t *testing.T) {
	r := reference(t)
	seven := int64(7)
	r.Figures = append(r.Figures, reform.Figure{Name: "unquoted", Count: 12, DeclaredDelta: &seven})
	tests := []struct {
		path, quote, related string
	}{
		{"figures[0].declared_delta", "của số liệu “39 đề nghị xây dựng nghị quyết…”", "results.institutions.parts[0].text[0].paragraph.text"},
		{"figures[3].declared_delta", "của số liệu “15 nghị quyết”", ""},
		{fmt.Sprintf("figures[%d].declared_delta", len(r.Figures)-1), fmt.Sprintf("của số liệu thứ %d (12)", len(r.Figures)), ""},
	}
	byPath := map[string]finding.Finding{}
	for _, f := range r.Validate() {
		if f.Code == reform.CodeFigureUnverified {
			byPath[f.Path] = f
		}
	}
	for _, tc := range tests {
		f, ok := byPath[tc.path]
		require.True(t, ok, tc.path)
		assert.Contains(t, f.Message, tc.quote)
		assert.NotContains(t, f.Message, "_", "no figure's name in the data: %s", f.Message)
		assertClerkMessage(t, f)
		if tc.related != "" {
			assert.Equal(t, []string{tc.related}, f.Related)
		}
	}
}
