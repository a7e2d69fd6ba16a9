package main

import (
	"fmt"
	"os"
	"strings"
)

// The label and cut-off window of the report of the first 11 months of 2024.
func Example_period() {
	run([]string{"period", "first_months", "2024", "11"}, nil, os.Stdout, os.Stderr)
	// Output:
	// 11 tháng đầu năm 2024
	// 15/12/2023 – 14/11/2024
}

// A report without findings, checked for a machine: the JSON object, and
// exit status 0.
func Example_checkJSON() {
	code := run([]string{"check", "--json", "testdata/clean.json"}, nil, os.Stdout, os.Stdout)
	fmt.Println("exit", code)
	// Output:
	// {
	//   "findings": [],
	//   "errors": 0,
	//   "warnings": 0,
	//   "infos": 0
	// }
	// exit 0
}

// Input that is not a report: each problem with its JSON path, line and
// column, Vietnamese message and code, and exit status 2.
func Example_checkNotAReport() {
	in := strings.NewReader(`{"header": {"agency": "Sở Tư pháp", "agency_code": 7}, "period": {"kind": "month", "year": 2024, "n": "5"}}`)
	code := run([]string{"check", "-"}, in, os.Stdout, os.Stdout)
	fmt.Println("exit", code)
	// Output:
	// cchc check: standard input is not a report in the interchange format (2 problems):
	// header.agency_code (dòng 1, cột 52): gặp số 7: cần một chuỗi [decode.type]
	// period.n (dòng 1, cột 103): gặp chuỗi "5": cần một số nguyên [decode.type]
	// exit 2
}
