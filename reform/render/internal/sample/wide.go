package sample

import (
	"fmt"
	"strconv"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
)

// Wide returns a short report with two appendices, the fixture of the
// renderers' tests of wide tables: the first holds a
// table laid out as Biểu số 06/VPCP/KSTT (13 columns, four head rows) with
// units rows under its total, too wide for a portrait page; the second a
// table of three columns, which is not.
func Wide(units int) *doc.Document {
	small := &doc.Table{
		Columns: []doc.Column{{Title: "STT", Width: 1, Align: doc.AlignCenter}, {Title: "Chỉ tiêu", Width: 6}, {Title: "Số lượng", Width: 2, Align: doc.AlignRight}},
		Rows:    [][]doc.Cell{{{Runs: doc.Text("1")}, {Runs: doc.Text("Thủ tục hành chính toàn trình")}, {Runs: doc.Text("98")}}},
	}
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "SỞ NỘI VỤ", IssuerName: "Sở Nội vụ", Number: "1987/BC-SNV", Place: "An Giang",
			Date: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), KindName: "BÁO CÁO", Subject: "Công tác cải cách hành chính quý III năm 2024",
		},
		Body:    []doc.Block{doc.P(doc.Plain("Số liệu chi tiết tại các phụ lục kèm theo."))},
		Closing: doc.Closing{Recipients: []string{"Bộ Nội vụ"}, Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Nguyễn Văn An"}},
		Appendices: []doc.Appendix{
			{Title: "Kết quả giải quyết thủ tục hành chính", Body: []doc.Block{doc.P(doc.Italic("Đơn vị tính: Số hồ sơ TTHC")), DossierForm(units)}},
			{Title: "Thủ tục hành chính theo mức độ", Body: []doc.Block{small}},
		},
	}
}

// DossierForm returns the table of Biểu số 06/VPCP/KSTT: 13 columns under
// four head rows, the total row, then a row for each of units units.
func DossierForm(units int) *doc.Table {
	form := &doc.Table{
		Columns: []doc.Column{{Width: 4, Align: doc.AlignCenter}, {Width: 24, Align: doc.AlignLeft}},
		Head:    dossierFormHead(),
	}
	for i := range 13 {
		if i >= 2 {
			form.Columns = append(form.Columns, doc.Column{Width: 7, Align: doc.AlignCenter})
		}
		form.Head[3] = append(form.Head[3], doc.Cell{Runs: doc.Text(fmt.Sprintf("(%d)", i+1))})
	}
	form.Rows = append(form.Rows, dossierRow("", "Tổng cộng", true))
	for i := range units {
		form.Rows = append(form.Rows, dossierRow(strconv.Itoa(i+1), fmt.Sprintf("Ủy ban nhân dân xã số %d", i+1), false))
	}
	return form
}

// dossierFormHead are the head rows of the form, the fourth (the column
// numbers) still empty.
func dossierFormHead() [][]doc.Cell {
	b := func(s string, span, rows int) doc.Cell {
		return doc.Cell{Runs: []doc.Run{doc.Bold(s)}, Span: span, RowSpan: rows}
	}
	return [][]doc.Cell{
		{b("STT", 1, 3), b("Cơ quan, đơn vị", 1, 3), b("Số hồ sơ nhận giải quyết", 4, 1), b("Kết quả giải quyết", 7, 1)},
		{b("Tổng số", 1, 2), b("Trong đó", 3, 1), b("Số hồ sơ đã giải quyết", 4, 1), b("Số hồ sơ đang giải quyết", 3, 1)},
		{b("Số mới tiếp nhận trực tuyến", 1, 1), b("Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính", 1, 1),
			b("Số kỳ trước chuyển qua", 1, 1), b("Tổng số", 1, 1), b("Trả trước hạn", 1, 1), b("Trả đúng thời hạn", 1, 1),
			b("Trả quá hạn", 1, 1), b("Tổng số", 1, 1), b("Trong hạn", 1, 1), b("Quá hạn", 1, 1)},
		nil,
	}
}

// dossierRow is a row of the form: its number, the unit's name and eleven
// figures, bold for the total.
func dossierRow(stt, name string, bold bool) []doc.Cell {
	cells := []doc.Cell{{Runs: doc.Text(stt)}, {Runs: []doc.Run{{Text: name, Bold: bold}}}}
	for k := range 11 {
		cells = append(cells, doc.Cell{Runs: []doc.Run{{Text: strconv.Itoa(1000 + 37*k), Bold: bold}}})
	}
	return cells
}
