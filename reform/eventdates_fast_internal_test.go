package reform

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/citation"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/vn"
)

// textDatesFull is textDates without the quick tests that pass over a text
// holding no date outside its citations: what it must find.
func (w eventWindow) textDatesFull(path, s string) finding.List {
	orig := vn.NFC(s)
	text := strings.ToLower(orig)
	if len(text) != len(orig) {
		orig = text
	}
	cits := citation.Scan(orig)
	var l finding.List
	for _, d := range datesIn(text) {
		if inside(cits, d.start) {
			continue
		}
		if f, bad := w.textDate(path, orig, d); bad {
			l.Add(f)
		}
	}
	return l
}

// fastWindow is the window of the reference report.
var fastWindow = eventWindow{label: "11 tháng đầu năm 2024", from: time.Date(2023, 12, 15, 0, 0, 0, 0, time.UTC),
	to: time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC), report: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC)}

// fastSeeds are texts with dates inside and outside citations, in every
// case and form.
var fastSeeds = []string{"Ngày 25/11/2024, Sở tổ chức hội nghị.", "NGÀY 05 THÁNG 8 NĂM 2023, sở họp", "ngày 05 Tháng 8 năm 2024",
	"Kế hoạch số 12/KH-UBND ngày 25/11/2024 của UBND tỉnh; ngày 30/11/2024, Sở họp", "Quyết định số 1/QĐ-UBND ngày 30/11/2024",
	"28/8/1945 - 28/8/2024", "İ ngày 5/1/2025, İİ", "99/99/9999", "Nghị định 30/2020/NĐ-CP, ngày 20/11/2023. Sở họp",
	"ngày 2\u0301 5/1/2025", "Thông tư số 01/2024/TT-BTP ngày 05 tháng 01 năm 2025", "tháng 12/2024", "1-2-2025", "a.1.2.2025"}

// TestTextDatesFast checks that the quick tests of textDatesOf change no
// finding, on the strings of the reference report and on the seeds.
func TestTextDatesFast(t *testing.T) {
	data, err := os.ReadFile("../examples/testdata/380-BC-STP.json")
	require.NoError(t, err)
	r, err := Decode(data)
	require.NoError(t, err)
	// A window the dates of the reference fall after.
	strict := eventWindow{label: "năm 2022", from: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
		to: time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC), report: time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)}
	n := 0
	r.ownStrings(func(path, s string) {
		for _, w := range []eventWindow{fastWindow, strict} {
			want := w.textDatesFull(path, s)
			n += len(want)
			assert.Equal(t, want, w.textDatesOf(path, s, citation.ScanAt(path, s)), s)
		}
	})
	for _, s := range fastSeeds {
		assert.Equal(t, fastWindow.textDatesFull("x", s), fastWindow.textDates("x", s), s)
	}
	assert.Positive(t, n)
}

func FuzzTextDatesFast(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, got := fastWindow.textDatesFull("x", s), fastWindow.textDatesOf("x", s, citation.Scan(s))
		if len(want) != len(got) {
			t.Fatalf("%q: %d findings, want %d", s, len(got), len(want))
		}
		for i := range want {
			if want[i].Message != got[i].Message {
				t.Fatalf("%q: %q, want %q", s, got[i].Message, want[i].Message)
			}
		}
	})
}
