package citation

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKindsPhuLucIII holds the table to Phụ lục III of Nghị định
// 30/2020/NĐ-CP as layout-nd30.md lists it.
func TestKindsPhuLucIII(t *testing.T) {
	phuLucIII := map[Kind]string{
		"Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy chế": "QC", "Quy định": "QyĐ",
		"Thông cáo": "TC", "Thông báo": "TB", "Hướng dẫn": "HD", "Chương trình": "CTr", "Kế hoạch": "KH",
		"Phương án": "PA", "Đề án": "ĐA", "Dự án": "DA", "Báo cáo": "BC", "Biên bản": "BB", "Tờ trình": "TTr",
		"Hợp đồng": "HĐ", "Công điện": "CĐ", "Bản ghi nhớ": "BGN", "Bản thỏa thuận": "BTT",
		"Giấy ủy quyền": "GUQ", "Giấy mời": "GM", "Giấy giới thiệu": "GGT", "Giấy nghỉ phép": "GNP",
		"Phiếu gửi": "PG", "Phiếu chuyển": "PC", "Phiếu báo": "PB",
	}
	for k, abbr := range phuLucIII {
		info, ok := k.Info()
		require.True(t, ok, "%s is in the table", k)
		assert.Equal(t, abbr, info.Abbr, "%s", k)
		assert.True(t, info.Administrative, "%s is administrative", k)
		got, ok := KindOfAbbr(abbr, Administrative)
		assert.True(t, ok)
		assert.Equal(t, k, got, "%s is the kind of %s", got, abbr)
	}
	for _, k := range []Kind{Letter, PublicLetter} {
		assert.Empty(t, k.Abbr(), "%s has no abbreviation", k)
	}
	normative := map[Kind]string{Decree: "NĐ", Circular: "TT", JointCircular: "TTLT", Order: "L", Law: "", LegalCode: "", Ordinance: ""}
	for k, abbr := range normative {
		info, ok := k.Info()
		require.True(t, ok)
		assert.Equal(t, abbr, info.Abbr, "%s", k)
		assert.True(t, info.Normative, "%s", k)
		assert.False(t, info.Administrative, "%s is never administrative", k)
	}
}

func TestKindsTable(t *testing.T) {
	kinds := Kinds()
	seen := map[Kind]bool{}
	state := map[string]Kind{}
	for _, info := range kinds {
		assert.False(t, seen[info.Kind], "%s listed once", info.Kind)
		seen[info.Kind] = true
		if info.Abbr != "" {
			other, dup := state[info.Abbr]
			assert.False(t, dup, "%s: abbreviation %s already belongs to %s", info.Kind, info.Abbr, other)
			state[info.Abbr] = info.Kind
		}
		assert.True(t, info.Administrative || info.Normative || info.HasParty(), "%s is issued somehow", info.Kind)
	}
	// The table is a copy.
	kinds[0].Abbr = "XX"
	kinds[0].PartyAbbrs[0] = "XX"
	assert.Equal(t, "NQ", Resolution.Abbr())
	info, _ := Resolution.Info()
	assert.Equal(t, []string{"NQ"}, info.PartyAbbrs)

	_, ok := Kind("Sổ tay").Info()
	assert.False(t, ok)
	assert.Empty(t, Kind("Sổ tay").Abbr())
}

func TestKindOfAbbr(t *testing.T) {
	tests := []struct {
		abbr   string
		family Family
		want   Kind
		ok     bool
	}{
		{"CĐ", Administrative, Telegram, true},
		{"CD", Administrative, "", false}, // Đ matters
		{"BTT", Normative, Agreement, true},
		{"TT", Normative, Circular, true},
		{"TT", Party, PartyCircular, true}, // Thông tri in Party numbers
		{"QĐi", Party, Provision, true},
		{"QĐ", Party, Decision, true},
		{"CV", Party, Letter, true},
		{"CV", Administrative, "", false},
		{"kh", Administrative, "", false},
		{"", Administrative, "", false},
	}
	for _, tt := range tests {
		got, ok := KindOfAbbr(tt.abbr, tt.family)
		assert.Equal(t, tt.ok, ok, "%s %s", tt.abbr, tt.family)
		assert.Equal(t, tt.want, got, "%s %s", tt.abbr, tt.family)
	}
}

func TestKindAt(t *testing.T) {
	tests := []struct {
		text string
		want Kind
		ok   bool
	}{
		{"Thông tư liên tịch số", JointCircular, true}, // longest name first
		{"Thông tư số", Circular, true},
		{"thông tư số", Circular, true},
		{"Nghị quyết liên tịch", JointResolution, true},
		{"Bộ luật Dân sự", LegalCode, true},
		{"Bản thoả thuận số", Agreement, true}, // older tone placement
		{"Giấy uỷ quyền số", Authorization, true},
		{"Thông tin", "", false},
		{"Kế hoạchx", "", false},
		{"NGHỊ ĐỊNH SỐ", Decree, true}, // case does not matter
		{"Thông tư liên quan", Circular, true},
		{"Quyết địnhh", "", false},
	}
	for _, tt := range tests {
		got, _, ok := reader{s: tt.text}.kindAt(0)
		assert.Equal(t, tt.ok, ok, tt.text)
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestKindIndexes checks Info, KindOfAbbr and kindPlace against a walk of
// the table, which is what their indexes stand for.
func TestKindIndexes(t *testing.T) {
	abbrs := []string{"", "CV", "TT", "QĐ", "QĐi", "QyĐ", "L", "NĐ", "CD", "cv", "X"}
	for i, info := range kindTable {
		got, ok := info.Kind.Info()
		assert.True(t, ok)
		assert.Equal(t, info, got)
		assert.Equal(t, uint8(i), kindPlace(info.Kind))
		abbrs = append(abbrs, info.Abbr)
		abbrs = append(abbrs, info.PartyAbbrs...)
	}
	_, ok := Kind("Thư").Info()
	assert.False(t, ok)
	assert.Equal(t, uint8(255), kindPlace("Thư"))
	for _, a := range abbrs {
		for _, f := range []Family{0, Administrative, Normative, Party} {
			var want Kind
			for _, info := range kindTable {
				if f == Party && slices.Contains(info.PartyAbbrs, a) || f != Party && info.Abbr != "" && info.Abbr == a {
					want = info.Kind
					break
				}
			}
			got, ok := KindOfAbbr(a, f)
			assert.Equal(t, want, got, "%q %v", a, f)
			assert.Equal(t, want != "", ok, "%q %v", a, f)
		}
	}
}
