// Package sample builds the sample document the renderers' tests render: the
// first pages of the reference report, Báo cáo số 380/BC-STP of Sở Tư pháp
// tỉnh An Giang (19/11/2024), with its real header, section I and its
// sub-items, the footnoted paragraphs of section II.1, its closing, and an
// appendix with a data table of the dossier figures of section II.2.
//
// The document is typed here by hand as a fixture of the layout engine; the
// report itself is built from data by package reform.
package sample

import (
	"time"

	"github.com/cchc-go/cchc/reform/doc"
)

// Name is the stable file name stem of the sample's renderings.
const Name = "sample-380-BC-STP"

// Document returns a fresh copy of the sample document.
func Document() *doc.Document {
	return &doc.Document{
		Header:     header(),
		Body:       body(),
		Closing:    closing(),
		Appendices: []doc.Appendix{appendix()},
	}
}

// header is the header of the reference report.
func header() doc.Header {
	return doc.Header{
		ParentAgency:  "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
		IssuingAgency: "SỞ TƯ PHÁP",
		IssuerName:    "Sở Tư pháp",
		Number:        "380/BC-STP",
		Place:         "An Giang",
		Date:          time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC),
		KindName:      "BÁO CÁO",
		Subject:       "Công tác cải cách hành chính 11 tháng đầu năm 2024",
	}
}

// body is the body: the opening paragraph, sections I to III and the
// closing sentence.
func body() []doc.Block {
	p, t := doc.P, doc.Plain
	return []doc.Block{
		p(t("Thực hiện Công văn số 2803/SNV-CCHC&XDCQ ngày 11 tháng 11 năm 2024 của Sở Nội vụ về việc phối hợp báo cáo số liệu công tác cải cách hành chính. Sở Tư pháp báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 với các kết quả như sau:")),
		direction(),
		results(),
		tasks(),
		p(t("Trên đây là báo cáo công tác cải cách hành chính 11 tháng đầu năm 2024 của Sở Tư pháp gửi đến Sở Nội vụ để tổng hợp.")),
	}
}

// direction is section I, the direction of the reform, with its four
// sub-items.
func direction() doc.Block {
	return &doc.Section{Title: "Công tác chỉ đạo, điều hành cải cách hành chính", Blocks: []doc.Block{
		planning(),
		organisation(),
		inspection(),
		propaganda(),
	}}
}

// planning is item I.1, the plan of the reform.
func planning() doc.Block {
	p, t := doc.P, doc.Plain
	return &doc.Section{Title: "Về Kế hoạch cải cách hành chính", Blocks: []doc.Block{
		p(t("Căn cứ Kế hoạch số 1247/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh An Giang về việc ban hành Kế hoạch cải cách hành chính tỉnh An Giang năm 2024. Ngày 31/01/2024, Sở Tư pháp ban hành Kế hoạch số 14/KH-STP về công tác cải cách hành chính năm 2024. Nội dung kế hoạch bám sát 06 nhiệm vụ trọng tâm gồm: Cải cách thể chế; cải cách thủ tục hành chính (TTHC); cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển Chính quyền điện tử, Chính quyền số. Tính đến thời điểm hiện tại, Sở Tư pháp đã hoàn thành 33/33 nhiệm vụ theo Kế hoạch cải cách hành chính đề ra từ đầu năm, đạt tỷ lệ 100%.")),
	}}
}

// organisation is item I.2, the direction of the reform: a list.
func organisation() doc.Block {
	return listSection("Về tổ chức chỉ đạo, điều hành cải cách hành chính",
		"Thực hiện Kế hoạch số 14/KH-STP ngày 31/01/2024 về công tác cải cách hành chính năm 2024, Giám đốc Sở giao các Phòng, đơn vị tổ chức triển khai thực hiện kế hoạch theo danh mục nhiệm vụ được phân công và định kỳ báo cáo tiến độ thực hiện về Văn phòng Sở để tổng hợp, báo cáo Lãnh đạo Sở.",
		"Trong các chỉ đạo họp giao ban tháng, Lãnh đạo Sở luôn quan tâm tập trung chỉ đạo các Phòng, đơn vị tập trung thực hiện và hoàn thành các nhiệm vụ theo Kế hoạch và chỉ đạo của UBND tỉnh về chỉ số cải cách hành chính, chỉ số PCI, DDCI, PAPI.",
		"Chỉ đạo các Phòng, đơn vị thực hiện nghiêm túc các chỉ đạo của UBND tỉnh về công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa liên thông và giải quyết thủ tục hành chính trên môi trường điện tử.",
	)
}

// inspection is item I.3, the inspection of the reform: a list.
func inspection() doc.Block {
	return listSection("Về kiểm tra cải cách hành chính",
		"Ban hành: Kế hoạch hoạt động kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông; rà soát, đánh giá thủ tục hành chính năm 2024 của Sở Tư pháp; Kế hoạch phát động thi đua kiểm soát TTHC năm 2024.",
		"Cử công chức làm việc tại Trung tâm Phục vụ hành chính công. Chỉ đạo các Phòng, đơn vị thực hiện nghiêm túc các chỉ đạo của UBND tỉnh về công tác kiểm soát thủ tục hành chính.",
		"Rà soát, thống kê thủ tục hành chính liên quan đến thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
	)
}

// listSection is a section titled title holding one "-" list of items of
// plain text.
func listSection(title string, items ...string) doc.Block {
	list := &doc.List{}
	for _, it := range items {
		list.Items = append(list.Items, doc.Item{Runs: doc.Text(it)})
	}
	return &doc.Section{Title: title, Blocks: []doc.Block{list}}
}

// propaganda is item I.4, the communication of the reform: a list with a
// nested "+" list and bold figures.
func propaganda() doc.Block {
	t := doc.Plain
	return &doc.Section{Title: "Về công tác tuyên truyền cải cách hành chính", Blocks: []doc.Block{
		&doc.List{Items: []doc.Item{
			{
				Runs: doc.Text("Về kết quả tuyên truyền, phổ biến pháp luật (PBGDPL) thông qua Hội nghị, tập huấn: Trong kỳ báo cáo, Sở Tư pháp phối hợp các Sở, ban, ngành tổ chức 13 lớp tập huấn và 03 buổi sinh hoạt ngày pháp luật với tổng số 1.745 lượt người tham dự. Cụ thể như sau:"),
				Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{
					{Runs: doc.Text("Phối hợp với Liên đoàn lao động tỉnh tổ chức 03 lớp tập huấn kiến thức pháp luật cho hệ thống báo cáo viên, tuyên truyền viên pháp luật (đợt I, đợt II và đợt III/2024 với 463 lượt người tham dự).")},
					{Runs: doc.Text("Tổ chức 04 lớp tập huấn bồi dưỡng, nghiệp vụ hòa giải ở cơ sở năm 2024 với 406 lượt người tham dự.")},
					{Runs: []doc.Run{t("Tổ chức 02 lớp bồi dưỡng kiến thức pháp luật cho đoàn viên thanh niên năm 2024 với "), doc.Bold("195"), t(" lượt người tham dự.")}},
				}}},
			},
			{Runs: []doc.Run{t("Thông qua biên soạn, in ấn, phát hành tài liệu: Sở Tư pháp tổ chức biên soạn, in ấn và cấp phát "), doc.Bold("4.521"), t(" tài liệu pháp luật.")}},
		}},
	}}
}

// results is section II, the results, with its institutional and
// procedural reform.
func results() doc.Block {
	return &doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
		institutions(),
		procedures(),
	}}
}

// institutions is item II.1, institutional reform: paragraphs with
// footnotes.
func institutions() doc.Block {
	return &doc.Section{Title: "Cải cách thể chế", Blocks: []doc.Block{drafting(), review()}}
}

// drafting is item II.1.1, the drafting of legal documents, cited in
// footnotes.
func drafting() doc.Block {
	p, t, note := doc.P, doc.Plain, doc.NoteText
	return &doc.Section{Title: "Xây dựng và ban hành các VBQPPL của cơ quan, đơn vị", Blocks: []doc.Block{
		p(t("Ủy ban nhân dân tỉnh ban hành Công văn triển khai thực hiện các công việc liên quan đến xây dựng văn bản quy phạm pháp luật năm 2024"),
			note("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"),
			t("; Công điện số 15/CĐ-TTg ngày 19/02/2024 của Thủ tướng Chính phủ về tăng cường công tác xây dựng, hoàn thiện các dự án Luật trình Quốc hội tại kỳ họp thứ 7 Quốc hội khóa XV"),
			note("Công văn số 618/UBND-NC ngày 15/5/2024 của UBND tỉnh"),
			t("; báo cáo tình hình triển khai thực hiện Chỉ số cải thiện chất lượng các quy định của pháp luật 06 tháng đầu năm 2024 trên địa bàn tỉnh An Giang"),
			note("Báo cáo số 518/BC-UBND ngày 23/5/2024 của UBND tỉnh"),
			t("; phối hợp với Văn phòng Ủy ban nhân dân tỉnh thực hiện xem xét, kiểm tra 39 đề nghị xây dựng nghị quyết trước khi trình Thường trực Hội đồng nhân dân tỉnh chấp thuận (tăng 07 so với cùng kỳ); thẩm định 82 dự thảo văn bản quy phạm pháp luật (tăng 13 so với cùng kỳ).")),
	}}
}

// review is item II.1.2, the review of legal documents, cited in
// footnotes.
func review() doc.Block {
	p, t, note := doc.P, doc.Plain, doc.NoteText
	return &doc.Section{Title: "Công tác rà soát VBQPPL của cơ quan, đơn vị", Blocks: []doc.Block{
		p(t("Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát, hệ thống hóa VBQPPL năm 2024 trên địa bàn tỉnh An Giang"),
			note("Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND tỉnh"),
			t("; kế hoạch, quyết định công bố, báo cáo kết quả thực hiện hệ thống hóa VBQPPL kỳ 2019 - 2023 trên địa bàn tỉnh"),
			note("Kế hoạch số 36/KH-UBND ngày 18/01/2024 của UBND tỉnh; Quyết định số 289/QĐ-UBND ngày 28/02/2024 của UBND tỉnh"),
			t(". Giao Sở Tư pháp thực hiện công bố Tập hệ thống hóa văn bản quy phạm pháp luật còn hiệu lực trên địa bàn tỉnh An Giang kỳ 2019 - 2023"),
			note("Công văn số 822/STP-XDKT&TDTHPL ngày 06/6/2024 của Sở Tư pháp"),
			t(".")),
	}}
}

// procedures is item II.2, administrative procedure reform.
func procedures() doc.Block {
	p, t := doc.P, doc.Plain
	return &doc.Section{Title: "Cải cách thủ tục hành chính", Blocks: []doc.Block{
		&doc.Section{Title: "Kiểm soát thủ tục hành chính", Blocks: []doc.Block{
			&doc.Section{Title: "Kết quả giải quyết TTHC", Blocks: []doc.Block{
				p(t("Sở Tư pháp tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252, trực tiếp 6.806, hồ sơ kỳ trước chuyển sang là 555. Chi tiết tại Phụ lục kèm theo.")),
			}},
			&doc.Section{Title: "Công tác tiếp nhận, xử lý phản ánh, kiến nghị", Blocks: []doc.Block{
				p(t("Sở Tư pháp nhận được 03 phản ánh, kiến nghị của người dân, tổ chức liên quan đến TTHC trên Cổng dịch vụ công Quốc gia và Sở đã trả lời công dân theo quy định.")),
			}},
		}},
	}}
}

// tasks is section III, the tasks ahead: a lettered list.
func tasks() doc.Block {
	return &doc.Section{Title: "Phương hướng, nhiệm vụ CCHC tháng 12 năm 2024 và năm 2025", Blocks: []doc.Block{
		&doc.Section{Title: "Cải cách thể chế", Blocks: []doc.Block{
			&doc.List{Marker: doc.Letters, Items: []doc.Item{
				{Runs: doc.Text("Ban hành danh mục xây dựng văn bản quy phạm pháp luật năm 2025.")},
				{Runs: doc.Text("Tăng cường phối hợp với Văn phòng UBND tỉnh và Sở, ban, ngành tỉnh liên quan trong việc góp ý, thẩm định dự thảo văn bản và đánh giá tác động của thủ tục hành chính (nếu có).")},
			}},
		}},
	}}
}

// closing is the closing: recipients, archive and signer.
func closing() doc.Closing {
	return doc.Closing{
		Recipients: []string{
			"Sở Nội vụ", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh",
			"Giám đốc, Phó Giám đốc Sở", "Phòng, đơn vị trực thuộc Sở", "Cổng Thông tin điện tử Sở",
		},
		Archive: "VT, CCHC",
		Signer:  doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"},
	}
}

// appendix is the appendix: the table of the dossier figures and its
// source.
func appendix() doc.Appendix {
	p, t := doc.P, doc.Plain
	return doc.Appendix{
		Title: "Kết quả giải quyết thủ tục hành chính 11 tháng đầu năm 2024",
		Body: []doc.Block{
			&doc.Table{
				Columns: []doc.Column{
					{Title: "STT", Width: 1, Align: doc.AlignCenter},
					{Title: "Chỉ tiêu", Width: 6},
					{Title: "Số hồ sơ", Width: 2, Align: doc.AlignRight},
				},
				Rows: [][]doc.Cell{
					{{Runs: doc.Text("1")}, {Runs: doc.Text("Tiếp nhận trực tuyến")}, {Runs: doc.Text("8.252")}},
					{{Runs: doc.Text("2")}, {Runs: doc.Text("Tiếp nhận trực tiếp")}, {Runs: doc.Text("6.806")}},
					{{Runs: doc.Text("3")}, {Runs: doc.Text("Kỳ trước chuyển sang")}, {Runs: doc.Text("555")}},
					{{Runs: []doc.Run{doc.Bold("Tổng số hồ sơ tiếp nhận")}, Span: 2, Align: doc.AlignCenter}, {Runs: []doc.Run{doc.Bold("15.613")}}},
				},
			},
			p(t("Số liệu do Hệ thống thông tin giải quyết TTHC tỉnh An Giang cung cấp.")),
		},
	}
}

// Minimal returns a short document around body, without the end mark: the
// fixture of the text renderers' tests of one construct at a time.
func Minimal(body ...doc.Block) *doc.Document {
	st := doc.DefaultStyle()
	st.EndMark = ""
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "Sở Tư pháp", Place: "An Giang", KindName: "Báo cáo",
			Date:    time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC),
			Subject: "Thử",
		},
		Body:    body,
		Closing: doc.Closing{Signer: doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"}},
		Style:   &st,
	}
}

// Report returns a short report around body: the header of the reference
// report and a closing to Sở Nội vụ, the fixture of the renderers' Example
// functions.
func Report(body ...doc.Block) *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			ParentAgency:  "Ủy ban nhân dân tỉnh An Giang",
			IssuingAgency: "Sở Tư pháp",
			Number:        "380/BC-STP",
			Place:         "An Giang",
			Date:          time.Date(2024, time.November, 19, 0, 0, 0, 0, time.UTC),
			KindName:      "Báo cáo",
			Subject:       "Công tác cải cách hành chính 11 tháng đầu năm 2024",
		},
		Body: body,
		Closing: doc.Closing{
			Recipients: []string{"Sở Nội vụ"},
			Archive:    "VT, CCHC",
			Signer:     doc.Signer{Title: "Giám đốc", Name: "Trịnh Tuấn Ngọc"},
		},
	}
}

// Formal returns Minimal() with every optional line of the header and the
// closing: a parent agency, no number, urgency, secrecy, a draft, two
// addressees, a recipient, the archive, two authority lines and the
// drafter.
func Formal() *doc.Document {
	d := Minimal()
	d.Header.ParentAgency = "Ủy ban nhân dân tỉnh An Giang"
	d.Header.Number = ""
	d.Header.Urgency = "Khẩn"
	d.Header.Secrecy = "Mật"
	d.Header.Draft = true
	d.Header.To = []string{"Sở Nội vụ", "Văn phòng UBND tỉnh"}
	d.Closing = doc.Closing{
		Recipients: []string{"Như trên"},
		Archive:    "VT, HC (2)",
		Signer:     doc.Signer{Authority: []string{"TM. Ủy ban nhân dân", "KT. Chủ tịch"}, Title: "Phó Chủ tịch", Name: "Nguyễn Văn A"},
		Drafter:    "PL.(300)",
	}
	return d
}
