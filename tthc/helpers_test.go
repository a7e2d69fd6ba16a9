package tthc

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

func i64(n int64) *int64 { return &n }

// referenceFigures is the figures of section II.2 of the reference report
// (Báo cáo số 380/BC-STP, Sở Tư pháp An Giang, 19/11/2024), as it states
// them, without the narrative:
//
//	"Tổng số thủ tục là 148; trong đó mức độ 2 là 49 thủ tục, mức độ 3 là 25
//	thủ tục, mức độ 4 là 74 thủ tục."
//	"tiếp nhận 15.613 hồ sơ; trong đó hồ sơ trực tuyến là 8.252, trực tiếp
//	6.806, hồ sơ kỳ trước chuyển sang là 555. Số lượng hồ sơ đã giải quyết là
//	15.265 (trong đó 15.264 hồ sơ đúng hạn, 01 hồ sơ quá hạn); số lượng hồ sơ
//	đang giải quyết là 301 hồ sơ."
//	"nhận được 03 phản ánh, kiến nghị … trên Cổng dịch vụ công Quốc gia và Sở
//	đã trả lời công dân theo quy định."
//
// The report does not split early from on time, nor pending into in time and
// overdue, and does not say how many feedback items were answered on time.
func referenceFigures() Section {
	return Section{
		Unit: "Sở Tư pháp", UnitShort: "Sở",
		Catalogue: &Catalogue{
			Levels:   &Levels{Level2: i64(49), Level3: i64(25), Level4: i64(74)},
			Declared: DeclaredCatalogue{Total: i64(148)},
		},
		Dossiers: &Dossiers{
			Counts:   Counts{Online: 8252, InPerson: 6806, CarriedOver: 555, OnTime: 15264, Late: 1, Pending: 301},
			Declared: DeclaredDossiers{Received: i64(15613), Resolved: i64(15265)},
		},
		Feedback: &Feedback{Received: 3, Answered: i64(3), Channel: "Cổng dịch vụ công Quốc gia"},
	}
}

// anGiangOnline is a catalogue in the scheme of Nghị định 42/2022/NĐ-CP that
// adds up: An Giang 2024, 759 toàn trình + 441 một phần + 724 information
// only = 1.924 procedures, stated as 39,45% / 22,92% / 37,63% (domain.md §3).
func anGiangOnline() *Catalogue {
	return &Catalogue{
		Online: &OnlineServices{Full: 759, Partial: 441, InformationOnly: 724},
		Declared: DeclaredCatalogue{Total: i64(1924),
			FullRate: "39,45%", PartialRate: "22,92%", InformationOnlyRate: "37,63%"},
	}
}

// loadReference decodes testdata/reference.json: the whole section II.2 of
// the reference report, narrative included.
func loadReference(t testing.TB) *Section {
	t.Helper()
	f, err := os.Open("testdata/reference.json")
	require.NoError(t, err)
	defer f.Close()
	s, err := DecodeJSON(f)
	require.NoError(t, err)
	return s
}
