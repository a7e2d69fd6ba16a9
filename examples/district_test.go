package examples_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// The district report is made up but shaped like the reports of a UBND huyện:
// Báo cáo số 215/BC-UBND of Ủy ban nhân dân huyện An Thạnh (a district that
// does not exist) for quý III năm 2024. It differs from the reference report
// where district reports differ:
//   - the procedures are counted by online service in the scheme of Nghị định
//     42/2022/NĐ-CP (toàn trình, một phần, chỉ cung cấp thông tin) in II.2 and
//     II.6 alike, with the procedures eligible for toàn trình;
//   - dossiers are split into early and on time, pending into in time and
//     overdue, and the quarter's carry-over is checked against the pending
//     dossiers of quý II;
//   - the changes against the same quarter of 2023 are derived from the prior
//     figures (tăng 03) or declared and checked (giảm 02);
//   - I.4, II.3, II.4 and II.5 are left out, so II.6 is numbered 3, and the
//     report has a section V;
//   - the signature is "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
const (
	districtJSON = "district-an-thanh.json"
	districtStem = "district-an-thanh"
)

func TestDistrictReport(t *testing.T) {
	t.Parallel()
	r := loadReport(t, districtJSON)

	// Every figure the report states agrees with its data: 31/42 = 73,8%,
	// 4.121/4.133 resolved early or on time = 99,7%, 2.415/4.288 received
	// online = 56,3%, 2.415 + 1.873 + 96 = 4.384 = 4.133 + 251, 96 carried
	// over = 96 pending at the end of quý II, 3 − 5 = −2.
	assert.Empty(t, r.Validate())

	d, err := r.Document()
	require.NoError(t, err)
	out := renderAll(t, districtStem, d)
	txt := textLines(t, d)
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN HUYỆN AN THẠNH\n",
		"An Thạnh, ngày 18 tháng 9 năm 2024",
		"Công tác cải cách hành chính quý III năm 2024",
		"đã hoàn thành 31/42 nhiệm vụ",
		"đạt tỷ lệ 73,8%",
		"(tăng 03 so với cùng kỳ)",
		"(giảm 02 so với cùng kỳ)",
		"toàn trình là 98 thủ tục (34,6%), một phần là 143 thủ tục (50,5%), chỉ cung cấp thông tin là 42 thủ tục (14,8%)",
		"tiếp nhận 4.384 hồ sơ",
		"1.204 hồ sơ trước hạn, 2.917 hồ sơ đúng hạn, 12 hồ sơ quá hạn",
		"\n3. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số\n",
		"97,8% công chức, viên chức (182/186)",
		"\nV. KIẾN NGHỊ, ĐỀ XUẤT\n",
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thanh Hải",
	} {
		assert.Contains(t, txt, want)
	}
	// The sections left out leave neither a heading nor a gap in the
	// numbering.
	for _, absent := range []string{"tuyên truyền", "tổ chức bộ máy", "chế độ công vụ", "tài chính công", "\n4. "} {
		assert.NotContains(t, txt, absent)
	}

	t.Run("real clients", func(t *testing.T) {
		_, pdf := checkDOCX(t, districtStem, out["docx"])
		flat := squash(pdf)
		for _, want := range []string{"ỦYBANNHÂNDÂNHUYỆNANTHẠNH", "Số:215/BC-UBND", "V.KIẾNNGHỊ,ĐỀXUẤT", "PHÓCHỦTỊCH", "LêThanhHải"} {
			assert.Contains(t, flat, want)
		}
	})
}

// TestDistrictSchemes shows that the two schemes of service levels never mix:
// a report whose II.6 counts the procedures by mức độ while II.2 counts them
// by toàn trình and một phần is a finding, not a conversion.
func TestDistrictSchemes(t *testing.T) {
	r := loadReport(t, districtJSON)
	two, three, four := int64(42), int64(143), int64(98)
	r.Results.Digital.Services = &digital.Services{Levels: &digital.Levels{Level2: &two, Level3: &three, Level4: &four}}

	got := r.Validate()
	require.Len(t, got, 1, "%v", got)
	assert.Equal(t, reform.CodeCatalogueScheme, got[0].Code)
	assert.Equal(t, finding.Warning, got[0].Severity)
	assert.Equal(t, "results.digital.services", got[0].Path)
	assert.Equal(t, []string{"results.procedures.catalogue"}, got[0].Related)
}
