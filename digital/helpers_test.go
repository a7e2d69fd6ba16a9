package digital_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/doc"
)

// decode reads a Digital strictly: unknown fields are errors.
func decode(data []byte) (*digital.Section, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d digital.Section
	if err := dec.Decode(&d); err != nil {
		return nil, err
	}
	return &d, nil
}

// reference returns section II.6 of the reference report (Báo cáo số
// 380/BC-STP), as testdata/reference.json encodes it.
func reference(t testing.TB) *digital.Section {
	t.Helper()
	data, err := os.ReadFile("testdata/reference.json")
	require.NoError(t, err)
	d, err := decode(data)
	require.NoError(t, err)
	return d
}

func ptr(v int64) *int64 { return &v }

// sectionTitles are the titles of II.1–II.6 of the outline, so that the
// section's blocks are laid out where the report has them: "6.", "6.1.".
var sectionTitles = []string{
	"Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
	"Cải cách chế độ công vụ", "Cải cách tài chính công",
}

// document puts blocks under "II. KẾT QUẢ THỰC HIỆN / 6. Xây dựng và phát
// triển Chính quyền điện tử, Chính quyền số" of a minimal report, without the
// end mark.
func document(blocks []doc.Block) *doc.Document {
	var secs []doc.Block
	for _, title := range sectionTitles {
		secs = append(secs, &doc.Section{Title: title})
	}
	secs = append(secs, &doc.Section{Title: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", Blocks: blocks})
	st := doc.DefaultStyle()
	st.EndMark = ""
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "SỞ TƯ PHÁP", Number: "380/BC-STP", Place: "An Giang",
			Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC), KindName: "BÁO CÁO",
			Subject: "Công tác cải cách hành chính 11 tháng đầu năm 2024",
		},
		Body:    []doc.Block{&doc.Section{Title: "Kết quả thực hiện", Blocks: secs}},
		Closing: doc.Closing{Recipients: []string{"Sở Nội vụ"}, Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"}},
		Style:   &st,
	}
}

// sectionPrefix is the path of section 6 in document's body.
const sectionPrefix = "body[0].blocks[5]"

// lines lays blocks out and returns the lines of section 6 as a report
// prints them: label, space, text.
func lines(t testing.TB, blocks []doc.Block) []string {
	t.Helper()
	l, err := doc.Lay(document(blocks))
	require.NoError(t, err)
	var out []string
	for _, p := range l.Body {
		if !strings.HasPrefix(p.Path, sectionPrefix) {
			continue
		}
		out = append(out, strings.TrimSpace(p.Label+" "+doc.PlainText(p.Spans)))
	}
	return out
}

// text returns the generated lines of d with the default wording.
func text(t testing.TB, d *digital.Section) []string {
	t.Helper()
	return textWith(t, d, digital.DefaultWording())
}

// textWith returns the generated lines of d with wording w.
func textWith(t testing.TB, d *digital.Section, w digital.Wording) []string {
	t.Helper()
	blocks, err := d.Blocks(w)
	require.NoError(t, err)
	return lines(t, blocks)
}
