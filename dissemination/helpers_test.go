package dissemination_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/doc"
)

// decode reads a section strictly: unknown fields are errors.
func decode(data []byte) (*dissemination.Section, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d dissemination.Section
	if err := dec.Decode(&d); err != nil {
		return nil, err
	}
	return &d, nil
}

// reference returns section I.4 of the reference report (380/BC-STP,
// testdata/reference.json), with the figures exactly as the report states
// them.
func reference(t testing.TB) *dissemination.Section {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "reference.json"))
	require.NoError(t, err)
	d, err := decode(data)
	require.NoError(t, err)
	return d
}

// n returns a pointer to a figure.
func n(v int64) *int64 { return &v }

// layOut lays out blocks as the body of a minimal report.
func layOut(t testing.TB, blocks []doc.Block) *doc.Layout {
	t.Helper()
	l, err := doc.Lay(report(blocks))
	require.NoError(t, err)
	return l
}

// report wraps blocks in a minimal document that doc.Lay accepts.
func report(blocks []doc.Block) *doc.Document {
	return &doc.Document{
		Header: doc.Header{
			IssuingAgency: "SỞ TƯ PHÁP", Number: "380/BC-STP", Place: "An Giang",
			Date: time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC), KindName: "BÁO CÁO",
			Subject: "Công tác cải cách hành chính 11 tháng đầu năm 2024",
		},
		Body:    blocks,
		Closing: doc.Closing{Signer: doc.Signer{Title: "GIÁM ĐỐC", Name: "Trịnh Tuấn Ngọc"}},
	}
}

// golden compares got with testdata/name, or writes it with UPDATE_GOLDEN=1.
func golden(t *testing.T, name string, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if os.Getenv("UPDATE_GOLDEN") == "1" {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with UPDATE_GOLDEN=1 to create %s", path)
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, d)
	}
}
