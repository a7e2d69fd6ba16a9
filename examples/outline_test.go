package examples_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/tthc"
)

// The fixed outline (reform.Outline, issue 15): the commune of
// commune-binh-hoa.json asks for it ("outline": {"fixed": true, …}), so its
// report prints every item of the standard outline, and the items it has
// nothing for (I.4, II.2.2.a and b, II.3, II.4, II.5) hold "Không phát
// sinh.". Its golden files show it.

// heading is a heading of a laid-out report: its number, the labels from
// the mục down ("II. 2. 2.2. đ)"), its text, and whether the fixed outline's
// empty paragraph is all it holds.
type heading struct {
	number, title string
	empty         bool
}

// outlineOf lays r out and returns its headings; empty is the paragraph of
// an item with nothing to report.
func outlineOf(t *testing.T, r *reform.Report, w reform.Wording, empty string) []heading {
	t.Helper()
	d, err := r.DocumentWith(w)
	require.NoError(t, err)
	l, err := doc.Lay(d)
	require.NoError(t, err)
	var out []heading
	var labels []string
	for i, p := range l.Body {
		if p.Kind != doc.KindHeading {
			continue
		}
		labels = append(labels[:p.Depth-1], p.Label)
		h := heading{number: strings.Join(labels, " "), title: doc.PlainText(p.Spans)}
		if i+1 < len(l.Body) && l.Body[i+1].Kind == doc.KindParagraph {
			h.empty = doc.PlainText(l.Body[i+1].Spans) == empty
		}
		out = append(out, h)
	}
	return out
}

// numbers returns the numbers of hs; titled returns the number of the
// heading that starts with prefix, "" when there is none; emptyItems the
// numbers of the items that hold the empty paragraph.
func numbers(hs []heading) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.number
	}
	return out
}

func titled(hs []heading, prefix string) string {
	for _, h := range hs {
		if strings.HasPrefix(h.title, prefix) {
			return h.number
		}
	}
	return ""
}

func emptyItems(hs []heading) []string {
	var out []string
	for _, h := range hs {
		if h.empty {
			out = append(out, h.number)
		}
	}
	return out
}

// fixed lays {"outline": …} over r as JSON, as a unit adds the option to a
// report it has.
func fixed(t *testing.T, r *reform.Report, outline string) {
	t.Helper()
	require.NoError(t, reform.DecodeOptions{}.DecodeOver(r, []byte(`{"outline": `+outline+`}`)))
}

// TestFixedOutlineNumbersAlike: two communes with different empty topics,
// xã Bình Hòa (no I.4, II.3, II.4, II.5; procedures without new procedures,
// review or apologies narrative) and đặc khu Phú Quốc of the province
// example (no I.2, I.3, II.1, III, IV, V; its own staff and training), number
// their reports alike under the fixed outline: the same numbers, with the
// same headings, so "II. 2. 2.2. đ)" is the dossier results in both. The
// trimmed outline numbers them differently.
func TestFixedOutlineNumbersAlike(t *testing.T) {
	t.Parallel()
	w := reform.DefaultWording()
	commune := loadReport(t, communeJSON)
	require.Equal(t, &reform.Outline{Fixed: true, Empty: reform.DefaultEmpty}, commune.Outline, "the example asks for it")
	zone := loadReport(t, filepath.Join(provinceDir, "dac-khu-phu-quoc.json"))
	require.Nil(t, zone.Outline)

	trimmed := *commune
	trimmed.Outline = nil
	trimmedCommune, trimmedZone := outlineOf(t, &trimmed, w, reform.DefaultEmpty), outlineOf(t, zone, w, reform.DefaultEmpty)
	assert.Equal(t, []string{"II. 2. 2.2. c)", "II. 1. 1.1. b)"},
		[]string{titled(trimmedCommune, "Kết quả giải quyết TTHC"), titled(trimmedZone, "Kết quả giải quyết TTHC")},
		"trimmed, the dossier results have a number of their own in each report")

	fixed(t, zone, `{"fixed": true}`)
	a, b := outlineOf(t, commune, w, reform.DefaultEmpty), outlineOf(t, zone, w, reform.DefaultEmpty)
	require.Equal(t, numbers(a), numbers(b))
	for i := range a {
		if strings.HasPrefix(a[i].title, "Công tác tiếp nhận, xử lý phản ánh") {
			// The feedback heading names the unit: "… của Ủy ban nhân dân xã." /
			// "… của Ủy ban nhân dân đặc khu."
			assert.Equal(t, "II. 2. 2.2. g)", a[i].number)
			continue
		}
		assert.Equal(t, a[i].title, b[i].title, a[i].number)
	}
	assert.Len(t, a, 31, "every heading of the standard outline: 5 mục, 12 sub-items and the sections' 14 topics")
	for _, hs := range [][]heading{a, b} {
		assert.Equal(t, "II. 2. 2.2. đ)", titled(hs, "Kết quả giải quyết TTHC"))
		assert.Equal(t, "II. 6. 6.1.", titled(hs, "Ứng dụng CNTT"))
	}
	// Different items are empty in each.
	assert.Equal(t, []string{"I. 4.", "II. 2. 2.2. a)", "II. 2. 2.2. b)", "II. 3. 3.1.", "II. 4. 4.1.", "II. 4. 4.2.", "II. 4. 4.3.", "II. 5."},
		emptyItems(a))
	assert.Equal(t, []string{"I. 2.", "I. 3.", "I. 4.", "II. 1.", "II. 2. 2.1.", "II. 2. 2.2. a)", "II. 2. 2.2. b)", "II. 2. 2.2. d)",
		"II. 4. 4.1.", "II. 4. 4.3.", "II. 5.", "III. 1.", "III. 2.", "IV.", "V."}, emptyItems(b))
}

// TestFixedOutlineZeroFigures: a commune with nothing late, nothing overdue
// and no apology letter reads naturally under the fixed outline: "không có
// hồ sơ quá hạn", "đều trong hạn", and an apologies item that says there
// was nothing to apologise for, never "đã gửi 0 văn bản xin lỗi".
func TestFixedOutlineZeroFigures(t *testing.T) {
	t.Parallel()
	r := loadReport(t, communeJSON)
	d := r.Results.Procedures.Dossiers
	d.OnTime += d.Late // 1.098 + 06: nothing late
	d.Late = 0
	*d.PendingInTime += *d.PendingOverdue // 79 + 02: nothing overdue
	*d.PendingOverdue = 0
	*d.ApologyLetters = 0
	d.Declared = tthc.DeclaredDossiers{}
	dd, err := r.Document()
	require.NoError(t, err)
	txt := textLines(t, dd)
	assert.Contains(t, txt, "(trong đó 1.210 hồ sơ trước hạn, 1.104 hồ sơ đúng hạn, không có hồ sơ quá hạn)")
	assert.Contains(t, txt, "số lượng hồ sơ đang giải quyết là 81 hồ sơ (đều trong hạn).")
	assert.Contains(t, txt, "e) Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC.\n\n"+
		"Trong kỳ, Ủy ban nhân dân xã Bình Hòa không có hồ sơ giải quyết quá hạn phải xin lỗi người dân, tổ chức.\n")
	for _, zero := range []string{" 0 ", " 00 ", "0 văn bản xin lỗi", "0 hồ sơ quá hạn"} {
		assert.NotContains(t, txt, zero)
	}
}

// TestFixedOutlineFromTheFrame: the roll-up takes the outline from its
// frame, as "cchc aggregate --frame" lays the frame over the sum
// (DecodeOver): the province's frame with "outline" gives a roll-up that
// numbers its items as the communes do, and writes the option in its JSON.
// The units' own option is theirs: Aggregate does not carry it.
func TestFixedOutlineFromTheFrame(t *testing.T) {
	t.Parallel()
	units, _ := provinceUnitReports(t)
	frameData, err := os.ReadFile(provincePath("frame.json"))
	require.NoError(t, err)
	var frameJSON map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(frameData, &frameJSON))
	frameJSON["outline"] = json.RawMessage(`{"fixed": true, "empty": "Không phát sinh trong kỳ."}`)
	frameData, err = json.Marshal(frameJSON)
	require.NoError(t, err)
	frame, err := reform.Decode(frameData)
	require.NoError(t, err)

	units[2].Outline = &reform.Outline{Fixed: true} // đặc khu Phú Quốc asks for it for its own report
	sum, _ := reform.Aggregate(frame.Header, frame.Period, units, reform.AggregateOptions{})
	assert.Nil(t, sum.Outline, "a unit's outline is not the roll-up's")
	require.NoError(t, reform.DecodeOptions{}.DecodeOver(sum, frameData))
	want := &reform.Outline{Fixed: true, Empty: "Không phát sinh trong kỳ."}
	assert.Equal(t, want, sum.Outline)
	assert.False(t, sum.Validate().HasErrors())

	// The roll-up as "cchc aggregate -f json" writes it keeps the option.
	data, err := sum.Encode()
	require.NoError(t, err)
	again, err := reform.Decode(data)
	require.NoError(t, err)
	assert.Equal(t, want, again.Outline)

	w := reform.DefaultWording()
	province := outlineOf(t, sum, w, want.Empty)
	commune := outlineOf(t, loadReport(t, communeJSON), w, reform.DefaultEmpty)
	assert.Equal(t, numbers(commune), numbers(province))
	// The frame writes no I.4 nor II.5, and the units give no review of
	// job positions and no rewards.
	assert.Equal(t, []string{"I. 4.", "II. 2. 2.1.", "II. 2. 2.2. a)", "II. 2. 2.2. b)", "II. 2. 2.2. d)", "II. 4. 4.1.", "II. 4. 4.3.", "II. 5."},
		emptyItems(province))
}
