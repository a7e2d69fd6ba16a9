package personnel_test

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
)

func n(v int64) *int64 { return &v }

// plain writes runs as text, marking bold runs **…** as the reference report
// does.
func plain(runs []doc.Run) string {
	return testutil.Marked(runs, func(r doc.Run) (string, bool) { return r.Text, r.Bold })
}

// organisation is the organisation part of the reference report, II.3.1.
func organisation() personnel.Organisation {
	return personnel.Organisation{
		Department: personnel.Department{
			Name: "Sở Tư pháp tỉnh An Giang", ShortName: "Sở Tư pháp",
			Units: n(10), Staff: n(84), Leaders: n(16),
			Qualifications: &personnel.Qualifications{
				Master:   &personnel.Degree{Total: n(14), Law: n(12), Other: n(2)},
				Bachelor: &personnel.Degree{Total: n(66), Law: n(55), Other: n(11)},
			},
		},
		PublicServiceUnits: &personnel.PublicServiceUnits{Total: n(4), Reorganised: n(4)},
		Local: []personnel.Local{
			{Level: personnel.LevelDistrict, Office: "Phòng Tư pháp", Offices: n(11), RegulationsIssued: n(11), Staff: n(57),
				Qualifications: &personnel.Qualifications{
					Master:   &personnel.Degree{Law: n(3), Other: n(0)},
					Bachelor: &personnel.Degree{Law: n(54), Other: n(0)},
				}},
			{Level: personnel.LevelCommune, Staff: n(306), Certified: n(300),
				Declared: personnel.LocalDeclared{CertifiedRate: "98%"}},
		},
	}
}

// The paragraph of II.3.1 on units, staff and qualifications, every figure
// from data: 300/306 = 98,04% is written "98%" at the precision the report
// states.
func ExampleSection_StaffParagraph() {
	p := personnel.Section{Organisation: organisation()}
	para, err := p.StaffParagraph(personnel.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plain(para.Runs))
	// Output:
	// Sở Tư pháp tỉnh An Giang hiện có 10 phòng, đơn vị thuộc Sở với 84 nhân sự. Đến nay, 04/04 đơn vị sự nghiệp thuộc Sở thực hiện sắp xếp, tổ chức lại tổ chức, bộ máy, tham mưu Ủy ban nhân dân tỉnh quyết định ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của từng đơn vị theo quy định. Về chuyên môn, Sở Tư pháp tỉnh An Giang hiện có 14 thạc sĩ (12 luật, 02 khác), 66 đại học (55 luật, 11 khác). Phòng Tư pháp cấp huyện có 57 công chức (trong đó có 03 Thạc sĩ Luật, 54 công chức có trình độ Đại học Luật). Tại cấp xã, có 306 công chức trong đó có 300 công chức được cấp chứng chỉ Hộ tịch (đạt 98%).
}

// The reference report prints "**10**" and "**84**" in bold: the emphasis
// belongs to the wording, not to the data.
func ExampleWording_emphasis() {
	p := personnel.Section{Organisation: organisation()}
	w := personnel.DefaultWording()
	w.Units = "{{.Agency}} hiện có **{{.Units}}** phòng, đơn vị thuộc Sở với **{{.Staff}}** nhân sự."
	para, err := p.StaffParagraph(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	first, _, _ := strings.Cut(plain(para.Runs), ". Đến nay")
	fmt.Println(first + ".")
	// Output:
	// Sở Tư pháp tỉnh An Giang hiện có **10** phòng, đơn vị thuộc Sở với **84** nhân sự.
}

// The gender paragraph writes the derived rates, not the report's: 46/86 is
// 53,488…%, written 53,5% (the report's 53,4% is truncated); 26/57 is
// 45,61…%, written 46% at the report's precision (it wrote 45%). The whole of
// the leaders (16) and of the district (57) come from the organisation part.
func ExampleSection_GenderParagraph() {
	p := personnel.Section{
		Organisation: organisation(),
		CivilService: personnel.CivilService{Gender: personnel.Gender{
			Lead: doc.Narrative{Text: "Kết quả thực hiện pháp luật về bình đẳng giới trong công tác tư pháp và công tác cán bộ Ngành Tư pháp: " +
				"Ủy ban nhân dân tỉnh quan tâm giao Sở Tư pháp thực hiện pháp luật về bình đẳng giới trong công tác tư pháp và công tác cán bộ Ngành Tư pháp."},
			Groups: []personnel.Women{
				{Group: personnel.GroupDepartment, Women: n(46), Total: n(86), Declared: personnel.WomenDeclared{Rate: "53,4%"}},
				{Group: personnel.GroupMasters, Women: n(9)},
				{Group: personnel.GroupLeaders, Women: n(7), Declared: personnel.WomenDeclared{Rate: "43,75%"}},
				{Group: personnel.GroupDistrict, Women: n(26), Declared: personnel.WomenDeclared{Rate: "45%"}},
			},
		}},
	}
	para, err := p.GenderParagraph(personnel.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plain(para.Runs))
	for _, f := range p.Validate() {
		fmt.Println(f.Code, f.Path)
	}
	// Output:
	// Kết quả thực hiện pháp luật về bình đẳng giới trong công tác tư pháp và công tác cán bộ Ngành Tư pháp: Ủy ban nhân dân tỉnh quan tâm giao Sở Tư pháp thực hiện pháp luật về bình đẳng giới trong công tác tư pháp và công tác cán bộ Ngành Tư pháp. Sở Tư pháp có 46/86 cán bộ nữ (đạt tỷ lệ 53,5%), trong đó có 09 nhân sự là nữ có trình độ Thạc sĩ, 07/16 nhân sự lãnh đạo cấp phòng thuộc Sở là nữ (đạt tỷ lệ 43,75%). Tại Phòng Tư pháp cấp huyện 26/57 cán bộ nữ (đạt tỷ lệ 46%).
	// personnel.qualification.degrees.incomplete organisation.department.staff
	// personnel.base.mismatch civil_service.gender.groups[0].total
	// personnel.gender.rate.truncated civil_service.gender.groups[0].declared.rate
	// personnel.gender.rate.truncated civil_service.gender.groups[3].declared.rate
}

// Validate finds the slips of the reference report's sections II.3 and II.4.
func ExampleSection_Validate() {
	p := personnel.Section{
		Organisation: organisation(),
		CivilService: personnel.CivilService{Gender: personnel.Gender{Groups: []personnel.Women{
			{Group: personnel.GroupDepartment, Women: n(46), Total: n(86), Declared: personnel.WomenDeclared{Rate: "53,4%"}},
		}}},
	}
	for _, f := range p.Validate() {
		fmt.Println(f)
	}
	// Output:
	// warning personnel.qualification.degrees.incomplete organisation.department.staff: Số nhân sự của Sở là 84 nhưng các nhóm được nêu cộng lại được 80 (thạc sĩ 14 + đại học 66), thiếu 4 chưa rõ thuộc nhóm nào; báo cáo không nêu số liệu: tiến sĩ, dưới đại học.
	// error personnel.base.mismatch civil_service.gender.groups[0].total: Mẫu số của tỷ lệ nữ trong nhân sự của Sở là 86 nhưng số nhân sự của Sở ở phần tổ chức bộ máy là 84, chênh lệch 2; hai số liệu phải là một.
	// warning personnel.gender.rate.truncated civil_service.gender.groups[0].declared.rate: Tỷ lệ nữ trong nhân sự của Sở ghi 53,4% nhưng 46/86 tính được 53,5% (làm tròn); 53,4% là giá trị bị cắt bớt chữ số, không làm tròn.
}

// Add rolls up two units: counts add, rates are derived again from the sums
// (46/86 + 30/50 = 76/136 = 55,9%), never averaged.
func ExampleSection_Add() {
	unit := func(name string, women, staff int64) personnel.Section {
		return personnel.Section{
			Organisation: personnel.Organisation{Department: personnel.Department{Name: name, Staff: n(staff)}},
			CivilService: personnel.CivilService{Gender: personnel.Gender{Groups: []personnel.Women{
				{Group: personnel.GroupDepartment, Women: n(women)},
			}}},
		}
	}
	sum, err := personnel.Sum(unit("Sở A", 46, 86), unit("Sở B", 30, 50))
	if err != nil {
		fmt.Println(err)
		return
	}
	sum.Organisation.Department.Name = "Các sở"
	para, err := sum.GenderParagraph(personnel.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plain(para.Runs))
	// Output:
	// Các sở có 76/136 cán bộ nữ (đạt tỷ lệ 55,9%).
}
