package tthc_test

import (
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/tthc"
)

// The dossier results of a province's units by level, in the layout of
// Biểu số 06/VPCP/KSTT: each level's row carries its subtotal, the total
// adds up the levels, and every sum is derived from the units (here 15.613
// = 8.252 + 6.806 + 555 for Sở Tư pháp). The table marks the sums, so that
// a spreadsheet writes them as formulas.
func ExampleUnitTable() {
	c := func(online, inPerson, carried, onTime, late, pending int64) *tthc.Counts {
		return &tthc.Counts{Online: online, InPerson: inPerson, CarriedOver: carried, OnTime: onTime, Late: late, Pending: pending}
	}
	form := tthc.Form06()
	form.Columns[1].Heads = []string{"Cơ quan, đơn vị"}
	t, err := tthc.UnitTable([]tthc.UnitGroup{
		{Name: "Cấp tỉnh", Units: []tthc.NamedCounts{{Name: "Sở Tư pháp", Counts: c(8252, 6806, 555, 15264, 1, 301)}}},
		{Name: "Cấp xã", Units: []tthc.NamedCounts{
			{Name: "Xã Bình Hòa", Counts: c(410, 220, 12, 615, 3, 24)},
			{Name: "Phường Mỹ Long", Counts: c(1020, 315, 40, 1350, 0, 25)},
		}},
	}, form)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range t.Rows {
		var cells []string
		for _, cell := range r[:7] { // STT, name, received, its parts, resolved
			cells = append(cells, cell.Runs[0].Text)
		}
		fmt.Println(strings.Join(cells, " | "))
	}
	for _, s := range t.Totals {
		fmt.Println("row", s.Row, "adds up rows", s.Of)
	}
	fmt.Println(len(t.Head), "head rows;", len(t.Columns), "columns")
	// Output:
	//  | Tổng cộng | 17.630 | 9.682 | 7.341 | 607 | 17.233
	// I | Cấp tỉnh | 15.613 | 8.252 | 6.806 | 555 | 15.265
	// 1 | Sở Tư pháp | 15.613 | 8.252 | 6.806 | 555 | 15.265
	// II | Cấp xã | 2.017 | 1.430 | 535 | 52 | 1.968
	// 1 | Xã Bình Hòa | 642 | 410 | 220 | 12 | 618
	// 2 | Phường Mỹ Long | 1.375 | 1.020 | 315 | 40 | 1.350
	// row 0 adds up rows [1 3]
	// row 1 adds up rows [2]
	// row 3 adds up rows [4 5]
	// 4 head rows; 13 columns
}
