package dissemination_test

import (
	"fmt"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/doc"
)

// The events and publications of the reference report (380/BC-STP), with
// the totals it states: 13 training sessions, 03 law days, 1.745 attendances,
// 4.521 copies. The summary prints the stated 1.745 because one event gives
// no attendance and the stated total covers the 1.578 known; the
// publications paragraph prints the 4.520 its items add up to, and Validate
// says that the stated 4.521 is one too many.
func ExampleSection_Blocks() {
	d := dissemination.Section{
		Organiser: "Sở Tư pháp",
		Events: dissemination.Events{
			Partner: "các Sở, ban, ngành",
			Items: []dissemination.Event{
				{Kind: dissemination.KindClass, Count: 3, Partner: "Liên đoàn lao động tỉnh", Topic: "kiến thức pháp luật",
					Audience: "hệ thống báo cáo viên, tuyên truyền viên pháp luật", Detail: "đợt I, Đợt II và đợt III/2024", Attendance: n(463)},
				{Kind: dissemination.KindClass, Count: 1, Topic: "triển khai những quy định pháp luật về Bảo hiểm xã hội",
					Attendance: n(170), AttendanceUnit: dissemination.Persons},
				{Kind: dissemination.KindConference, Mode: dissemination.Online, Training: true, Count: 1,
					Topic: "tập huấn kỹ năng phổ biến, giáo dục pháp luật", Attendance: n(120), AttendanceUnit: dissemination.Persons},
				{Kind: dissemination.KindClass, Count: 4, Topic: "bồi dưỡng, nghiệp vụ hòa giải ở cơ sở năm 2024", Attendance: n(406)},
				{Kind: dissemination.KindConference, Training: true, Count: 1, Noun: "Hội nghị sơ kết",
					Topic: "thực hiện Quyết định số 25/2021/QĐ-TTg kết hợp tập huấn nghiệp vụ"},
				{Kind: dissemination.KindLawDay, Count: 3, Attendance: n(133)},
				{Kind: dissemination.KindClass, Count: 2, Noun: "lớp bồi dưỡng", Attendance: n(195)},
				{Kind: dissemination.KindClass, Count: 1, Noun: "lớp bồi dưỡng", Place: "huyện Thoại Sơn", Attendance: n(91)},
			},
			Declared: dissemination.DeclaredEvents{TrainingSessions: n(13), LawDays: n(3), Attendance: n(1745)},
		},
		Publications: dissemination.Publications{
			Items: []dissemination.Publication{
				{Copies: n(1000), Unit: "cuốn", Title: "Bản tin Tư pháp số Xuân Nhâm Thìn 2024"},
				{Copies: n(230), Unit: "cuốn", Title: "Luật Bảo vệ quyền lợi người tiêu dùng năm 2023"},
				{Copies: n(460), Unit: "cuốn", Title: "tài liệu triển khai văn bản quy phạm pháp luật đợt II/2024"},
				{Copies: n(140), Unit: "cuốn", Title: "tài liệu triển khai văn bản quy phạm pháp luật đợt III/2024"},
				{Copies: n(1000), Title: "Bản tin Tư pháp số 30/4/2024"},
				{Copies: n(400), Unit: "cuốn", Title: "Sổ tay về công tác hòa giải cho hòa giải viên ở cơ sở"},
				{Copies: n(1000), Title: "Bản tin Tư pháp số ngành 28-8 và 2-9 năm 2024"},
				{Copies: n(195), Unit: "cuốn", Title: "Tài liệu bồi dưỡng kiến thức pháp luật cho đoàn viên thanh niên năm 2024"},
				{Copies: n(95), Unit: "cuốn", Title: "Tài liệu bồi dưỡng kiến thức pháp luật cho Trưởng, Phó khóm, ấp năm 2024"},
			},
			Declared: dissemination.DeclaredPublications{Copies: n(4521)},
		},
	}

	blocks, err := d.Blocks(dissemination.DefaultWording())
	if err != nil {
		fmt.Println(err)
		return
	}
	items := blocks[0].(*doc.List).Items
	fmt.Println("-", markup(items[0].Runs))
	fmt.Println("+", markup(items[1].Blocks[0].(*doc.List).Items[0].Runs))
	for _, f := range d.Validate() {
		fmt.Println(f.Severity, f.Code)
	}
	// Output:
	// - Về kết quả tuyên truyền, phổ biến pháp luật (PBGDPL) thông qua Hội nghị, tập huấn: Trong kỳ báo cáo, Sở Tư pháp phối hợp các Sở, ban, ngành tổ chức 13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật với tổng số 1.745 lượt người tham dự. Cụ thể như sau:
	// + Sở Tư pháp tổ chức biên soạn, in ấn và cấp phát **4.520** tài liệu pháp luật. Cụ thể như sau: **1.000** cuốn Bản tin Tư pháp số Xuân Nhâm Thìn 2024; **230** cuốn Luật Bảo vệ quyền lợi người tiêu dùng năm 2023; **460** cuốn tài liệu triển khai văn bản quy phạm pháp luật đợt II/2024; **140** cuốn tài liệu triển khai văn bản quy phạm pháp luật đợt III/2024; **1.000** Bản tin Tư pháp số 30/4/2024; **400** cuốn Sổ tay về công tác hòa giải cho hòa giải viên ở cơ sở; **1.000** Bản tin Tư pháp số ngành 28-8 và 2-9 năm 2024; **195** cuốn Tài liệu bồi dưỡng kiến thức pháp luật cho đoàn viên thanh niên năm 2024; **95** cuốn Tài liệu bồi dưỡng kiến thức pháp luật cho Trưởng, Phó khóm, ấp năm 2024.
	// info dissemination.events.attendance.missing
	// error dissemination.publications.copies
}

// markup writes runs back as inline markup: bold as "**…**".
func markup(runs []doc.Run) string {
	return testutil.Marked(runs, func(r doc.Run) (string, bool) { return r.Text, r.Bold })
}
