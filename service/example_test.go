package service_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/cchc-go/cchc/service"
)

// A system in another language posts a report and reads its findings; here
// the report has a slip: 30 of 33 tasks done, stated as 100%.
func ExampleNew() {
	srv := httptest.NewServer(service.New(service.Options{}))
	defer srv.Close()
	report := `{
  "header": {"agency": "Sở Tư pháp", "agency_code": "STP", "place": "An Giang", "date": "2024-12-20"},
  "period": {"kind": "year", "year": 2024},
  "direction": {"plan": {"tasks_planned": 33, "tasks_done": 30, "declared_rate": "100%"}},
  "closing": {"signer": {"title": "Giám đốc", "name": "Nguyễn Văn A"}}
}`
	res, err := http.Post(srv.URL+"/check", "application/json", strings.NewReader(report))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	var body struct {
		Findings []struct {
			Code, Severity, Path string
		} `json:"findings"`
		Errors int `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Status, "errors:", body.Errors)
	for _, f := range body.Findings {
		if f.Severity == "error" {
			fmt.Println(f.Code, f.Path)
		}
	}
	res2, err := http.Post(srv.URL+"/render?format=txt&strict=1", "application/json", strings.NewReader(report))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res2.Body.Close()
	fmt.Println(res2.Status)
	// Output:
	// 200 OK errors: 1
	// reform.plan.rate direction.plan.declared_rate
	// 422 Unprocessable Entity
}
