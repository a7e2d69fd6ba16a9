package kstt_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/tthc"
	"github.com/cchc-go/cchc/tthc/kstt"
)

// TestRules checks the catalogue and makes every finding it documents,
// each from a CSV export with one slip (the form's head, then rows).
func TestRules(t *testing.T) {
	t.Parallel()
	require.NoError(t, kstt.Rules().Validate())
	head := csvHead()
	tests := map[finding.Code]string{
		kstt.CodeCellNotNumber:           head + "1,Hộ tịch,,abc,,,,,,,,,\n",
		kstt.CodeCellTextNumber:          "", // a workbook's text cell: TestCells
		kstt.CodeCellSeparator:           head + `1,Hộ tịch,,"1,234",,,,,,,,,` + "\n",
		kstt.CodeCellNotCount:            head + "1,Hộ tịch,,-3,,,,,,,,,\n",
		kstt.CodeCellNoValue:             "", // a workbook's formula: TestCells
		kstt.CodeCellDash:                head + "1,Hộ tịch,,-,,,,,,,,,\n",
		kstt.CodeHeaderUnknown:           "STT,Lĩnh vực,Trực tuyến,Trực tiếp,Kỳ trước,Đúng hạn,Quá hạn,Đang giải quyết,Ghi chú\n1,Hộ tịch,1,0,0,1,0,0,x\n",
		kstt.CodeHeaderIgnored:           "STT,Lĩnh vực,Trực tuyến,Trực tiếp,Kỳ trước,Đúng hạn,Quá hạn,Đang giải quyết,Tỷ lệ\n1,Hộ tịch,1,0,0,1,0,0,100\n",
		kstt.CodeHeaderDuplicate:         "STT,Lĩnh vực,Trực tuyến,Trực tiếp,Kỳ trước,Đúng hạn,Quá hạn,Đang giải quyết,Trực tuyến\n1,Hộ tịch,1,0,0,1,0,0,1\n",
		kstt.CodeHeaderMissing:           "STT,Lĩnh vực,Trực tuyến,Trực tiếp,Đúng hạn,Quá hạn,Đang giải quyết\n1,Hộ tịch,1,0,1,0,0\n",
		kstt.CodeSubtotalSum:             head + ",Tổng cộng,,2,,,,,,,,,\n1,Hộ tịch,,1,,,,,1,,,,\n",
		kstt.CodeRowUnnamed:              head + ",,,1,,,,,1,,,,\n",
		kstt.CodeRowEmpty:                head + "1,Hộ tịch,,,,,,,,,,,\n",
		kstt.CodeTableAfter:              head + "1,Hộ tịch,,1,,,,,1,,,,\n,Người lập biểu,,,,,,,,,,,\n",
		tthc.CodeDossierReceived:         head + "1,Hộ tịch,2,1,,,,,1,,,,\n",
		tthc.CodeDossierReceivedInPeriod: "STT,Lĩnh vực,Số mới tiếp nhận,Trực tuyến,Trực tiếp,Kỳ trước,Đúng hạn,Quá hạn,Đang giải quyết\n1,Hộ tịch,3,1,1,0,2,0,0\n",
		tthc.CodeDossierResolved:         head + "1,Hộ tịch,,1,,,2,,1,,,,\n",
		tthc.CodeDossierPending:          head + "1,Hộ tịch,,2,,,,,1,,1,1,1\n",
		tthc.CodeDossierBalance:          head + "1,Hộ tịch,,2,,,,,1,,,,\n",
		tthc.CodeDossierBalanceMismatch:  head + "1,Hộ tịch,,1,,,,,1,,1,,\n",
		tthc.CodeDossierFieldsDuplicate:  head + "1,Hộ tịch,,1,,,,,1,,,,\n2,Hộ tịch,,1,,,,,1,,,,\n",
	}
	for _, r := range kstt.Rules() {
		text, ok := tests[r.Code]
		require.True(t, ok, "no test case for %s", r.Code)
		if text == "" {
			continue
		}
		imp := readCSV(t, text, kstt.Options{})
		assert.NotEmpty(t, imp.Findings.WithCode(r.Code), "%s: %v", r.Code, imp.Findings)
		for _, f := range imp.Findings {
			assert.True(t, strings.HasPrefix(f.Path, "Sheet1!"), "%s: %s is a cell", f.Code, f.Path)
			assert.NotEmpty(t, f.Message)
		}
	}
}

// TestCodesFile keeps tthc/kstt/CODES.md, the catalogue of every code a
// reading makes, equal to Rules (UPDATE_GOLDEN=1 rewrites it).
func TestCodesFile(t *testing.T) {
	t.Parallel()
	got := "# Finding codes of reading a Biểu 06/VPCP/KSTT export\n\n" +
		"Every code `kstt.Read`, `ReadXLSX` and `ReadCSV` can produce, generated from `kstt.Rules()` " +
		"(run `UPDATE_GOLDEN=1 go test ./tthc/kstt` after changing a rule). The `tthc.*` codes are the checks of " +
		"package tthc, made of each row of the export with tthc's severity.\n\n" + kstt.Rules().Markdown()
	if os.Getenv("UPDATE_GOLDEN") != "" {
		require.NoError(t, os.WriteFile("CODES.md", []byte(got), 0o644))
	}
	want, err := os.ReadFile("CODES.md")
	require.NoError(t, err)
	if string(want) != got {
		t.Fatal("tthc/kstt/CODES.md is stale: run UPDATE_GOLDEN=1 go test ./tthc/kstt and commit it")
	}
}
