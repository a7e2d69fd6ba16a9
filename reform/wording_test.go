package reform_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/render/text"
)

func TestDecodeWordingChangesOnlyWhatItNames(t *testing.T) {
	w, err := reform.DecodeWording([]byte(`{
		"Conclusion": "Trên đây là báo cáo {{.Period}} của {{.Agency}}.",
		"Procedures": {"Feedback": "{{.Unit}} không nhận được phản ánh nào."}
	}`))
	require.NoError(t, err)
	def := reform.DefaultWording()
	assert.Equal(t, "Trên đây là báo cáo {{.Period}} của {{.Agency}}.", w.Conclusion)
	assert.Equal(t, "{{.Unit}} không nhận được phản ánh nào.", w.Procedures.Feedback)
	assert.Equal(t, def.Intro, w.Intro)
	assert.Equal(t, def.Procedures.Dossiers, w.Procedures.Dossiers)
	assert.Equal(t, def.Personnel, w.Personnel)
	assert.Equal(t, def.Procedures.Numbers, w.Procedures.Numbers)

	d, err := reference(t).DocumentWith(w)
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, text.WriteOptions(&b, d, text.Options{}))
	assert.Contains(t, b.String(), "Trên đây là báo cáo 11 tháng đầu năm 2024 của Sở Tư pháp.")
	assert.Contains(t, b.String(), "Sở Tư pháp không nhận được phản ánh nào.")
}

func TestDecodeWordingErrors(t *testing.T) {
	for _, c := range []struct {
		name, in   string
		code, path string // a decode problem
		contains   string // or an error
	}{
		{name: "unknown key", in: `{"Procedures": {"Dosiers": "x"}}`, code: reform.ProblemUnknownField, path: "Procedures.Dosiers"},
		{name: "wrong type", in: `{"Intro": 3}`, code: reform.ProblemType, path: "Intro"},
		{name: "syntax", in: `{"Intro": "x"`, code: reform.ProblemTruncated},
		{name: "broken template", in: `{"Personnel": {"Units": "{{.Staff"}}`, contains: "personnel: wording.Units:"},
		{name: "two broken", in: `{"Intro": "{{", "Digital": {"Email": "{{end}}"}}`, contains: "digital: wording.Email:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := reform.DecodeWording([]byte(c.in))
			require.Error(t, err)
			var de *reform.DecodeError
			if c.code != "" {
				require.True(t, errors.As(err, &de), "%v", err)
				require.NotEmpty(t, de.Problems)
				assert.Equal(t, c.code, de.Problems[0].Code)
				assert.Equal(t, c.path, de.Problems[0].Path)
				return
			}
			assert.Contains(t, err.Error(), c.contains)
		})
	}
	_, err := reform.DecodeWording([]byte(`{"Intro": "{{", "Digital": {"Email": "{{end}}"}}`))
	assert.ErrorContains(t, err, "reform: wording.Intro:", "every broken template at once")

	_, err = reform.DecodeWordingFrom(strings.NewReader(`"` + strings.Repeat("x", reform.MaxWordingBytes) + `"`))
	var de *reform.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, reform.ProblemSize, de.Problems[0].Code)
}

func TestDefaultWordingChecks(t *testing.T) {
	require.NoError(t, reform.DefaultWording().Check())
}

// FuzzDecodeWording: any input gives either an error or a wording whose
// every template compiles, in bounded time.
func FuzzDecodeWording(f *testing.F) {
	f.Add([]byte(`{"Conclusion": "Trên đây là báo cáo {{.Period}}."}`))
	f.Add([]byte(`{"Procedures": {"Feedback": "{{upper .Unit}}", "Numbers": {}}}`))
	f.Add([]byte(`{"Personnel": {"Units": "{{"}}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := reform.DecodeWording(data)
		if err != nil {
			return
		}
		if err := w.Check(); err != nil {
			t.Fatalf("decoded a wording whose templates do not compile: %v", err)
		}
	})
}
