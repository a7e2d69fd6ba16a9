package citation

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedPath is a copy of the reference report (../shared/seed/000_3f8d0b47124cc1de.txt):
// Báo cáo số 380/BC-STP of Sở Tư pháp An Giang, 19/11/2024.
const seedPath = "testdata/seed.txt"

func readSeed(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	require.NoError(tb, err)
	return string(b)
}

// seedReportDate reads the report's own date from its place-date line, so
// that the date the future check uses comes from the report.
func seedReportDate(t *testing.T, text string) time.Time {
	t.Helper()
	_, after, ok := strings.Cut(text, "An Giang, ")
	require.True(t, ok, "place-date line")
	line, _, _ := strings.Cut(after, "\n")
	d, err := vn.ParseDate(line)
	require.NoError(t, err)
	return d
}

// span reads the byte range at the end of a finding path: "body[120:178]".
var spanRe = regexp.MustCompile(`\[(\d+):(\d+)\]$`)

func spanText(t *testing.T, text, path string) string {
	t.Helper()
	m := spanRe.FindStringSubmatch(path)
	require.NotNil(t, m, "path %q has no byte range", path)
	start, _ := strconv.Atoi(m[1])
	end, _ := strconv.Atoi(m[2])
	require.True(t, 0 <= start && start < end && end <= len(text), "range of %q", path)
	return text[start:end]
}

func TestSeedReport(t *testing.T) {
	text := readSeed(t)
	cits := ScanAt("body", text)

	// 101 citations: 75 with a số, ký hiệu and 26 laws and codes cited by a
	// name with a capital letter (golden listing: testdata/seed.golden).
	// Not counted: the report's own "Số: 380/BC-STP" (no kind), "Đề án 06/CP"
	// (the project's common name: no "số", no hyphen, no year), and six laws
	// whose names the report writes in lower case ("Luật hộ tịch",
	// "Bộ luật hình sự"), which Scan cannot tell from prose.
	require.Len(t, cits, 101)
	named := 0
	for _, c := range cits {
		if c.Number == 0 {
			named++
		}
	}
	assert.Equal(t, 26, named)
	for _, c := range cits {
		assert.NotContains(t, c.Text, "06/CP")
		assert.NotContains(t, c.Text, "380/BC-STP")
	}

	got := CheckAll(cits, Options{ReportDate: seedReportDate(t, text)})
	want := []struct {
		code    finding.Code
		cite    string // how the citation the finding is about starts
		related string // how the earlier citation starts, for cross-checks
		reason  string
	}{
		{CodeDateStyle, "Công văn số 2803/SNV-CCHC&XDCQ ngày 11 tháng 11 năm 2024", "",
			"date written in words; citations write 11/11/2024"},
		{CodeDateStyle, "Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ về việc", "",
			"hyphens, and month 6 padded: 23/6/2022"},
		{CodeDateStyle, "Nghị định số 100/2019/NĐ-CP ngày 31 tháng 12 năm 2019", "",
			"date written in words; citations write 31/12/2019"},
		{CodeDateStyle, "Báo cáo số 285/BC-UBND ngày 21/03/2024", "",
			"month 3 padded: 21/3/2024"},
		{CodeSymbolMalformed, "Quyết định số 143/QĐTTg", "",
			"no hyphen between the kind QĐ and the issuer TTg"},
		{CodeDateStyle, "Quyết định số 766/QĐ-TTg ngày 23-06-2022 của Thủ tướng Chính phủ: Phê duyệt", "",
			"the second citation of 766/QĐ-TTg repeats 23-06-2022"},
		{CodeDateStyle, "Báo cáo số 283/BC-UBND ngày 20/03/2024", "",
			"month 3 padded: 20/3/2024"},
		{CodeSymbolMalformed, "Công điện số 644/CD-TTg", "",
			"CD for CĐ, the abbreviation of Công điện"},
		{CodeConflictSymbol, "Công điện số 644/CD-TTg", "Công điện số 644/CĐ-TTg",
			"the same Công điện is spelled 644/CĐ-TTg earlier"},
		{CodeYearMismatch, "Nghị định 130/2005/NĐ-CP ngày 17/10/2015", "",
			"a 2005 decree dated 2015"},
		{CodeConflictDate, "Nghị định 130/2005/NĐ-CP ngày 17/10/2015", "Nghị định 130/2005/NĐ-CP ngày 17/10/2005",
			"the same decree is dated 17/10/2005 earlier (and later)"},
		{CodeDateStyle, "Kế hoạch số 64/KH-STP ngày 27/03/2024", "",
			"month 3 padded: 27/3/2024"},
		{CodeKindMismatch, "Thông tư số 04/2020/BTT-BTP", "",
			"BTT is Bản thỏa thuận; a Thông tư is TT"},
		{CodeDateStyle, "Thông tư số 01/2022/TT-BTP ngày 04/1/2022", "",
			"month 1 not padded: 04/01/2022"},
	}
	require.Len(t, got, len(want), "findings:\n%s", listFindings(got))
	for i, w := range want {
		f := got[i]
		assert.Equal(t, w.code, f.Code, "finding %d (%s)", i, w.reason)
		assert.True(t, strings.HasPrefix(spanText(t, text, f.Path), w.cite),
			"finding %d (%s) is at %q", i, w.reason, spanText(t, text, f.Path))
		if w.related != "" {
			require.Len(t, f.Related, 1, "finding %d", i)
			assert.True(t, strings.HasPrefix(spanText(t, text, f.Related[0]), w.related),
				"finding %d (%s) relates to %q", i, w.reason, spanText(t, text, f.Related[0]))
		}
		assert.True(t, strings.HasPrefix(f.Path, "body["), f.Path)
		assert.True(t, vn.IsNFC(f.Message), "message in NFC")
	}
}

func listFindings(l finding.List) string {
	var b strings.Builder
	for _, f := range l {
		fmt.Fprintln(&b, f)
	}
	return b.String()
}

// TestSeedGolden lists every citation the seed gives, as written and as
// String writes it back; review testdata/seed.golden by eye after
// UPDATE_GOLDEN=1.
func TestSeedGolden(t *testing.T) {
	text := readSeed(t)
	var b strings.Builder
	for _, c := range Scan(text) {
		fmt.Fprintf(&b, "[%d:%d] %s\n", c.Start, c.End, strings.ReplaceAll(c.Text, "\n", `\n`))
		fmt.Fprintf(&b, "  = %s\n", c)
	}
	golden(t, filepath.Join("testdata", "seed.golden"), b.String())
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	want := testutil.Golden(t, path, []byte(got))
	assert.Equal(t, string(want), got)
}
