package reform

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/tthc"
)

// versionOne is a report of schema version 1 with free text in every old
// shape: II.2's flagged list (a paragraph, two bullets, a paragraph with
// items), I.4's and II.6's bullets, II.3's and II.4's paragraphs, and the
// same again in the previous report.
const versionOne = `{
  "schema_version": "1",
  "header": {"agency": "Sở Tư pháp", "agency_code": "STP", "place": "An Giang", "date": "2024-11-19"},
  "period": {"kind": "year", "year": 2024},
  "direction": {"communication": {"organiser": "Sở Tư pháp", "narrative": [
    {"text": "Duy trì *Tủ sách pháp luật*:", "items": [{"text": "tại 156 xã."}]}
  ]}},
  "results": {
    "procedures": {"unit": "Sở Tư pháp", "implementation": [
      {"text": "Triển khai[^1].", "notes": ["Nghị định số 63/2010/NĐ-CP"]},
      {
        "bullet": true,
        "text": "Trình công bố."
      },
      {"text": "Báo cáo.", "bullet": true},
      {"bullet": false, "text": "Rà soát:", "items": [{"text": "a;"}]}
    ]},
    "personnel": {"organisation": {"department": {"name": "Sở Tư pháp"}, "notes": [{"text": "Ghi chú."}]},
      "civil_service": {"emulation": {"narrative": [{"text": "Hưởng ứng."}, {"text": "Ký kết."}]}}},
    "digital": {"systems": [{"text": "Hệ thống 158."}, {"text": "An toàn."}]}
  },
  "closing": {"signer": {"title": "Giám đốc", "name": "A"}},
  "previous": {
    "header": {"agency": "Sở Tư pháp", "agency_code": "STP", "place": "An Giang", "date": "2023-11-19"},
    "period": {"kind": "year", "year": 2023},
    "results": {"procedures": {"unit": "Sở", "one_stop": [{"bullet": true, "text": "Một cửa."}]}},
    "closing": {"signer": {"title": "Giám đốc", "name": "A"}}
  }
}`

// versionOneText is the free text of versionOne, as version 2 writes it.
func versionOneText(t *testing.T, r *Report) {
	t.Helper()
	n := func(s string, items ...doc.Narrative) doc.Narrative { return doc.Narrative{Text: s, Items: items} }
	assert.Equal(t, section.Text{section.Bullets(n("Duy trì *Tủ sách pháp luật*:", n("tại 156 xã.")))}, r.Direction.Communication.Narrative)
	assert.Equal(t, []tthc.Text{
		section.Paragraph("Triển khai[^1].", "Nghị định số 63/2010/NĐ-CP"),
		section.Bullets(n("Trình công bố."), n("Báo cáo.")),
		{Paragraph: &doc.Narrative{Text: "Rà soát:", Items: []doc.Narrative{n("a;")}}},
	}, r.Results.Procedures.Implementation)
	assert.Equal(t, section.Text{section.Paragraph("Ghi chú.")}, r.Results.Personnel.Organisation.Notes)
	assert.Equal(t, section.Text{section.Paragraph("Hưởng ứng."), section.Paragraph("Ký kết.")}, r.Results.Personnel.CivilService.Emulation.Narrative)
	assert.Equal(t, section.Text{section.Bullets(n("Hệ thống 158."), n("An toàn."))}, r.Results.Digital.Systems)
	assert.Equal(t, []tthc.Text{section.Bullets(n("Một cửa."))}, r.Previous.Results.Procedures.OneStop)
}

// A report of version 1 is read in the current shapes, keeps its version,
// which Validate notes, and is written in version 2; written again, it reads
// the same.
func TestDecodeVersionOne(t *testing.T) {
	r, err := Decode([]byte(versionOne))
	require.NoError(t, err)
	versionOneText(t, r)
	assert.Equal(t, "1", r.SchemaVersion)
	l := r.checkSchemaVersion()
	require.Len(t, l, 1)
	assert.Equal(t, CodeSchemaVersionOld, l[0].Code)
	assert.Equal(t, finding.Info, l[0].Severity)
	assert.NotContains(t, l[0].Message, "paragraph", "the message is for a clerk")
	require.NoError(t, schemaVersionRules().Check(l), "the catalogue documents the code")

	out, err := r.Encode()
	require.NoError(t, err)
	assert.Contains(t, string(out), `"schema_version": "2"`)
	back, err := Decode(out)
	require.NoError(t, err)
	versionOneText(t, back)
	assert.Equal(t, "2", back.SchemaVersion)
	assert.Empty(t, back.checkSchemaVersion())
	r.SchemaVersion, back.SchemaVersion = "", ""
	assert.Empty(t, cmp.Diff(r, back, cmp.AllowUnexported(Report{})), "version 1 and its version 2 are one report")
}

// The version a document says, or the shapes of its free text, decide how
// it is read.
func TestDecodeVersions(t *testing.T) {
	v2 := `{"results":{"digital":{"systems":[{"bullets":[{"text":"Hệ thống."}]}]}}}`
	v1 := `{"results":{"digital":{"systems":[{"text":"Hệ thống."}]}}}`
	for _, tt := range []struct {
		name, json, version string
	}{
		{"no version, the current shapes", v2, ""},
		{"no version, old shapes", v1, "1"},
		{"version 2", `{"schema_version":"2",` + v2[1:], "2"},
		{"version 1 written in the current shapes", `{"schema_version":"1",` + v2[1:], "1"},
		{"no free text", `{"header":{"agency":"Sở"}}`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Decode([]byte(tt.json))
			require.NoError(t, err)
			assert.Equal(t, tt.version, r.SchemaVersion)
			if r.Results != nil {
				assert.Equal(t, section.Text{section.Bullets(doc.Narrative{Text: "Hệ thống."})}, r.Results.Digital.Systems)
			}
		})
	}
	_, err := Decode([]byte(`{"schema_version":"2",` + v1[1:]))
	assert.Error(t, err, "version 2 does not read the old shapes")
}

// The problems of a document of version 1 are on the document's own
// lines: the conversion inserts no line and removes none.
func TestDecodeVersionOneProblemLines(t *testing.T) {
	bad := strings.Replace(versionOne, `"text": "Trình công bố."`, `"text": 7`, 1)
	bad = strings.Replace(bad, `{"text": "Hưởng ứng."}`, `{"text": "Hưởng ứng.", "colour": 1}`, 1)
	_, err := Decode([]byte(bad))
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Problems, 2, "%v", de)
	lines := strings.Split(bad, "\n")
	for _, p := range de.Problems {
		assert.Contains(t, lines[p.Line-1], map[string]string{ProblemType: `"text": 7`, ProblemUnknownField: `"colour"`}[p.Code], "%v", p)
	}
	assert.Equal(t, "results.procedures.implementation[1].bullets[0].text", de.Problems[0].Path)
}

// Input of version 1 that is not JSON gets the problem of its syntax, not
// those of its free text, which upgrade could not read.
func TestDecodeVersionOneNotJSON(t *testing.T) {
	_, err := Decode([]byte(strings.Replace(versionOne, `"closing"`, `closing"`, 1)))
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Problems, 1, "%v", de)
	assert.Equal(t, ProblemSyntax, de.Problems[0].Code)
	assert.True(t, isOldShape("previous.results.procedures.review[2].bullet"))
	assert.False(t, isOldShape("results.procedures.review[2].paragraph"))
	assert.False(t, isOldShape("results.institutions.text[0].text"))
}

// upgrade rewrites only the free text of version 1: other documents come
// back as they are.
func TestUpgradeLeavesOthers(t *testing.T) {
	for _, in := range []string{
		`{"schema_version":"2","results":{"digital":{"systems":[{"text":"x"}]}}}`,
		`{"schema_version":"9","results":{"digital":{"systems":[{"text":"x"}]}}}`,
		`{"results":{"digital":{"systems":[]}}}`,
		`{"results":{"digital":{"systems":"x"}}}`,
		`{"results":{"digital":{"systems":[1]}}}`,
		`[1, 2]`,
		`{"results":`,
		``,
	} {
		out, _ := upgrade([]byte(in))
		assert.Equal(t, in, string(out))
	}
	out, legacy := upgrade([]byte("\xEF\xBB\xBF" + `{"results":{"digital":{"systems":[{"text":"x"}]}}}`))
	assert.True(t, legacy)
	assert.Equal(t, "\xEF\xBB\xBF"+`{"results":{"digital":{"systems":[{"bullets": [{"text":"x"}]}]}}}`, string(out), "after a byte order mark")
}

// FuzzUpgrade: for any input upgrade does not panic; valid JSON stays
// valid JSON with as many lines, and what it does not convert comes back
// unchanged.
func FuzzUpgrade(f *testing.F) {
	f.Add([]byte(versionOne))
	f.Add([]byte(`{"results":{"procedures":{"review":[{"bullet":true,"text":"a"},{"text":"b","bullet":true}]}}}`))
	f.Add([]byte(`{"previous":{"previous":{"results":{"digital":{"systems":[{"text":"\"]}"}]}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, legacy := upgrade(data)
		if !json.Valid(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))) {
			if !bytes.Equal(out, data) {
				t.Fatalf("changed input that is not JSON")
			}
			return
		}
		if !json.Valid(bytes.TrimPrefix(out, []byte("\xEF\xBB\xBF"))) {
			t.Fatalf("not JSON after upgrade:\n%s", out)
		}
		if bytes.Count(out, []byte("\n")) != bytes.Count(data, []byte("\n")) {
			t.Fatalf("the lines changed")
		}
		if !legacy && !bytes.Equal(out, data) {
			t.Fatalf("changed a document that is not of version 1")
		}
	})
}
