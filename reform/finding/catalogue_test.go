package finding

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func tthcRules() Catalogue {
	return Catalogue{
		{Code: "tthc.dossier.received", Severity: Error, Summary: "Tổng số hồ sơ tiếp nhận khác tổng trực tuyến, trực tiếp và kỳ trước chuyển sang.",
			Doc: "received = online + in person + carried over (Biểu 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP)."},
		{Code: "tthc.dossier.balance", Severity: Warning, Summary: "Hồ sơ tiếp nhận khác tổng hồ sơ đã giải quyết và đang giải quyết.",
			Doc: "received = resolved + pending (+ other when given)."},
	}
}

func personnelRules() Catalogue {
	return Catalogue{
		{Code: "personnel.women.rate", Severity: Error, Summary: "Tỷ lệ cán bộ nữ ghi khác tỷ lệ tính được.", Doc: "women / staff, half-up."},
		{Code: "personnel.women.rate.truncated", Severity: Warning, Summary: "Tỷ lệ cán bộ nữ bị cắt bớt chữ số thay vì làm tròn.", Doc: "Truncated instead of rounded."},
	}
}

func TestCatalogueLookupAndCodes(t *testing.T) {
	c := tthcRules()
	r, ok := c.Lookup("tthc.dossier.balance")
	require.True(t, ok)
	assert.Equal(t, Warning, r.Severity)
	_, ok = c.Lookup("tthc.dossier")
	assert.False(t, ok, "Lookup matches whole codes, not prefixes")
	_, ok = Catalogue(nil).Lookup("x")
	assert.False(t, ok)

	assert.Equal(t, []Code{"tthc.dossier.received", "tthc.dossier.balance"}, c.Codes())
	assert.Empty(t, Catalogue(nil).Codes())
}

func TestCatalogueValidate(t *testing.T) {
	require.NoError(t, tthcRules().Validate())
	require.NoError(t, tthcRules().Merge(personnelRules()).Validate())
	require.NoError(t, Catalogue(nil).Validate())

	tests := []struct {
		name  string
		c     Catalogue
		wants []string
	}{
		{"upper case", Catalogue{{Code: "TTHC.x", Severity: Error, Summary: "Tóm tắt."}}, []string{`rule 0: code "TTHC.x": expected dot-separated segments of [a-z0-9_]`}},
		{"empty segment", Catalogue{{Code: "tthc..x", Severity: Error, Summary: "Tóm tắt."}}, []string{`code "tthc..x"`}},
		{"trailing dot", Catalogue{{Code: "tthc.", Severity: Error, Summary: "Tóm tắt."}}, []string{`code "tthc."`}},
		{"hyphen", Catalogue{{Code: "tthc-x", Severity: Error, Summary: "Tóm tắt."}}, []string{`code "tthc-x"`}},
		{"empty code", Catalogue{{Code: "", Severity: Error, Summary: "Tóm tắt."}}, []string{`code ""`}},
		{"duplicate", tthcRules().Merge(tthcRules()[:1]), []string{`rule 2: code "tthc.dossier.received" already listed as rule 1`}},
		{"no severity", Catalogue{{Code: "x", Summary: "Tóm tắt."}}, []string{"rule 0 (x): severity 0: expected info, warning or error"}},
		{"empty summary", Catalogue{{Code: "x", Severity: Info, Summary: "  "}}, []string{"rule 0 (x): empty summary"}},
		{"decomposed summary", Catalogue{{Code: "x", Severity: Info, Summary: norm.NFD.String("Tóm tắt.")}}, []string{"rule 0 (x): summary is not in NFC"}},
		{
			"every problem at once",
			Catalogue{{Code: "A", Severity: 9}, {Code: "A", Severity: Error, Summary: "Được."}},
			[]string{`rule 0: code "A"`, "rule 0 (A): severity 9", "rule 0 (A): empty summary", `rule 1: code "A"`, `rule 1: code "A" already listed as rule 0`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			require.Error(t, err)
			for _, w := range tt.wants {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestCatalogueMerge(t *testing.T) {
	a, b := tthcRules(), personnelRules()
	got := a.Merge(b)
	assert.Equal(t, []Code{"personnel.women.rate", "personnel.women.rate.truncated", "tthc.dossier.balance", "tthc.dossier.received"}, got.Codes())
	assert.Equal(t, []Code{"tthc.dossier.received", "tthc.dossier.balance"}, a.Codes(), "Merge leaves its receiver as it was")
	got[0].Summary = "changed"
	assert.NotEqual(t, "changed", b[0].Summary, "Merge copies the rules")

	assert.Empty(t, cmp.Diff(Catalogue{a[1], a[0]}, a.Merge()), "Merge with nothing sorts a copy")
	assert.Empty(t, Catalogue(nil).Merge(nil, Catalogue{}))
	assert.Equal(t, got.Codes(), Catalogue(nil).Merge(b, a).Codes())
}

func TestCatalogueMarkdown(t *testing.T) {
	c := Catalogue{
		{Code: "tthc.dossier.balance", Severity: Warning, Summary: "Hồ sơ tiếp nhận khác tổng hồ sơ đã giải quyết và đang giải quyết."},
		{Code: "x.pipe", Severity: Info, Summary: "Có ký tự | và\nxuống dòng."},
	}
	want := "| Code | Severity | Summary |\n" +
		"|---|---|---|\n" +
		"| `tthc.dossier.balance` | warning | Hồ sơ tiếp nhận khác tổng hồ sơ đã giải quyết và đang giải quyết. |\n" +
		"| `x.pipe` | info | Có ký tự \\| và xuống dòng. |\n"
	assert.Equal(t, want, c.Markdown())
	assert.Equal(t, "| Code | Severity | Summary |\n|---|---|---|\n", Catalogue(nil).Markdown())
}
