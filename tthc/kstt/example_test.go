package kstt_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cchc-go/cchc/tthc/kstt"
)

// A Sở's export by field, as CSV: a head of one row in the system's own
// words, the total first. The clerk typed the total's late dossiers one too
// few, and one figure as "1,234".
func ExampleReadCSV() {
	const export = `STT,Lĩnh vực,Tổng số tiếp nhận,Trực tuyến,Trực tiếp,Kỳ trước chuyển sang,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết
,Tổng cộng,1344,1110,214,20,1318,400,916,1,26
1,Hộ tịch,1300,"1,084",200,16,1277,390,885,2,23
2,Chứng thực,44,26,14,4,41,10,31,0,3
`
	imp, err := kstt.ReadCSV(strings.NewReader(export), kstt.Options{Name: "bieu06", Mapping: kstt.Mapping{Unit: "Sở Tư pháp"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	u := imp.Units[0]
	fmt.Println(u.Name, "–", len(u.Dossiers.Fields), "lĩnh vực")
	data, _ := json.Marshal(u.Dossiers.Fields[0])
	fmt.Println(string(data))
	for _, f := range imp.Findings {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// Sở Tư pháp – 2 lĩnh vực
	// {"field":"Hộ tịch","online":1084,"in_person":200,"carried_over":16,"early":390,"on_time":885,"late":2,"pending":23}
	// warning kstt.cell.separator bieu06!D3
	// error kstt.subtotal.sum bieu06!J2
}

// A vendor's export names its own columns: the mapping reads column N as
// the dossiers withdrawn and leaves out the notes, whatever their heads.
func ExampleDecodeMapping() {
	m, err := kstt.DecodeMapping(strings.NewReader(`{
		"columns": [{"column": "N", "figure": "other"}, {"head": "ghi chú", "figure": "ignore"}],
		"rows": "units"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Columns[0].Column, m.Columns[0].Figure, m.Rows)
	_, err = kstt.DecodeMapping(strings.NewReader(`{"columns": [{"column": "N", "figure": "withdrawn"}]}`))
	fmt.Println(err != nil)
	// Output:
	// N other units
	// true
}
