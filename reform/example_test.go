package reform_test

import (
	"fmt"
	"os"

	"github.com/cchc-go/cchc/reform"
)

// Validate returns every finding of a report at once: here the slips of the
// reference report in its section II.3 and II.4 figures.
func ExampleReport_Validate() {
	data, err := os.ReadFile("../examples/testdata/380-BC-STP.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := reform.Decode(data)
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
