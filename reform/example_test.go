package reform_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/render/text"
)

// readExample reads the example report testdata/<name> of the examples
// folder and decodes it strictly, as a system reads a report it received.
func readExample(name string) (*reform.Report, error) {
	data, err := os.ReadFile("../examples/testdata/" + name)
	if err != nil {
		return nil, err
	}
	return reform.Decode(data)
}

// Validate returns every finding of a report at once: here the slips of the
// reference report in its section II.3 and II.4 figures.
func ExampleReport_Validate() {
	r, err := readExample("380-BC-STP.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Validate() {
		if f.Code == "personnel.base.mismatch" || f.Code == "dissemination.publications.copies" {
			fmt.Printf("%s %s\n%s\n", f.Severity, f.Path, f.Message)
		}
	}
	// Output:
	// error direction.communication.publications.declared.copies
	// Tổng số tài liệu ghi 4.521 nhưng các thành phần cộng lại được 4.520 (1.000 + 230 + 460 + 140 + 1.000 + 400 + 1.000 + 195 + 95), chênh lệch 1.
	// error results.personnel.civil_service.gender.groups[0].total
	// Mẫu số của tỷ lệ nữ trong nhân sự của Sở là 86 nhưng số nhân sự của Sở ở phần tổ chức bộ máy là 84, chênh lệch 2; hai số liệu phải là một.
}

// Decode reads the interchange format strictly: input that is not a report
// is an error that names every problem with its code, JSON path, line and
// column.
func ExampleDecode() {
	_, err := reform.Decode([]byte(`{
  "header": {"agency": "Sở Tư pháp", "colour": "đỏ", "date": "2024-11-31"},
  "period": {"kind": "year", "year": "2024"}
}`))
	var de *reform.DecodeError
	if errors.As(err, &de) {
		for _, p := range de.Problems {
			fmt.Println(p.Code, p.Path, p.Line, p.Column)
		}
	}
	// Output:
	// decode.unknown_field header.colour 2 38
	// decode.date.invalid header.date 2 62
	// decode.type period.year 3 38
}

// small is a report built from Go values.
func small() *reform.Report {
	return &reform.Report{
		Header: reform.Header{ParentAgency: "Ủy ban nhân dân tỉnh An Giang", Agency: "Sở Tư pháp", AgencyCode: "STP",
			Number: "12/BC-STP", Place: "An Giang", Date: reform.NewDate(2024, time.December, 20), SentTo: "Sở Nội vụ"},
		Period:    reform.Period{Kind: reform.Year, Year: 2024},
		Direction: &reform.Direction{Plan: &reform.Plan{TasksPlanned: 33, TasksDone: 33}},
		Closing: reform.Closing{Recipients: []string{"Sở Nội vụ"}, Archive: "VT, VP",
			Signer: reform.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Title: "Phó Giám đốc", Name: "Nguyễn Văn An"}},
	}
}

// Document builds the laid-out document a renderer writes; here as plain
// text (wrapped at 80 columns), of which the first lines are printed.
func ExampleReport_Document() {
	d, err := small().Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := text.Write(&b, d); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(b.String(), "\n")
	for _, l := range lines[:14] {
		fmt.Println(strings.TrimRight(l, " "))
	}
	// Output:
	// ỦY BAN NHÂN DÂN TỈNH AN GIANG
	// SỞ TƯ PHÁP
	//
	// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// Độc lập - Tự do - Hạnh phúc
	//
	// Số: 12/BC-STP
	//
	// An Giang, ngày 20 tháng 12 năm 2024
	//
	// BÁO CÁO
	// Công tác cải cách hành chính năm 2024
	//
	// Sở Tư pháp báo cáo công tác cải cách hành chính năm 2024 với các kết quả như
}

// A department adds a section of its own after section I; its findings come
// with the report's, under custom.<key>.
func ExampleReport_Insert() {
	r := small()
	if err := r.Insert("I", inspections{visited: 186, fined: 20}); err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range r.Validate() {
		fmt.Println(f.Code, f.Path)
	}
	d, err := r.Document()
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := text.Write(&b, d); err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.Contains(strings.ToLower(l), "hành nghề") {
			fmt.Println(l)
		}
	}
	// Output:
	// health.fined custom.health.fined
	// II. CÔNG TÁC THANH TRA HÀNH NGHỀ Y, DƯỢC
	// Thanh tra Sở kiểm tra 186 cơ sở hành nghề, xử phạt 20 cơ sở.
}

// inspections is a department's own section.
type inspections struct{ visited, fined int64 }

func (inspections) Key() string   { return "health" }
func (inspections) Title() string { return "Công tác thanh tra hành nghề y, dược" }

func (s inspections) Blocks() ([]doc.Block, error) {
	return []doc.Block{doc.P(doc.Plain(fmt.Sprintf("Thanh tra Sở kiểm tra %d cơ sở hành nghề, xử phạt %d cơ sở.", s.visited, s.fined)))}, nil
}

func (s inspections) Validate() finding.List {
	var l finding.List
	if s.fined > s.visited/10 {
		l.Add(finding.Finding{Code: "health.fined", Severity: finding.Warning, Path: "fined",
			Message: "Số cơ sở bị xử phạt vượt 10% số cơ sở được kiểm tra: cần rà soát lại số liệu."})
	}
	return l
}

// Aggregate rolls units up: counts add and rates are derived again from the
// sums, never averaged.
func ExampleAggregate() {
	a, b := small(), small()
	a.Direction.Plan.TasksDone, b.Direction.Plan.TasksPlanned, b.Direction.Plan.TasksDone = 30, 10, 10
	h := reform.Header{Agency: "Sở Nội vụ", AgencyCode: "SNV", Place: "An Giang", Date: reform.NewDate(2024, time.December, 25)}
	sum, findings := reform.Aggregate(h, a.Period, []*reform.Report{a, b}, reform.AggregateOptions{})
	fmt.Println(len(findings), "phát hiện")
	p := sum.Direction.Plan
	fmt.Printf("%d/%d nhiệm vụ\n", p.TasksDone, p.TasksPlanned)
	// Output:
	// 0 phát hiện
	// 40/43 nhiệm vụ
}

// A department words a finding its own way: the values the check compared
// stand in braces. Severity overrides and disabled codes go in the same
// rule set.
func ExampleChecker_reword() {
	r, err := readExample("380-BC-STP.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	c := reform.Checker{Rules: finding.RuleSet{}.
		Reword("tthc.dossier.balance", "Còn {unexplained} hồ sơ chưa rõ kết quả (tiếp nhận {received}, đã và đang giải quyết {accounted}).").
		Override("tthc.dossier.balance", finding.Error)}
	for _, f := range c.Validate(r) {
		if f.Code == "tthc.dossier.balance" {
			fmt.Println(f.Severity, f.Message)
		}
	}
	// Output:
	// error Còn 47 hồ sơ chưa rõ kết quả (tiếp nhận 15613, đã và đang giải quyết 15566).
}
