package reform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/reform"
)

// TestFindingsArePlaced: each finding of the reference report names the
// heading of the printed report where a clerk finds the figure or citation
// at fault, as the document numbers it.
func TestFindingsArePlaced(t *testing.T) {
	places := map[string]string{}
	for _, f := range reference(t).Validate() {
		places[string(f.Code)+" "+f.Path] = f.Place
	}
	for key, want := range map[string]string{
		"dissemination.publications.copies direction.communication.publications.declared.copies": "I.4 Về công tác tuyên truyền cải cách hành chính",
		"tthc.dossier.balance results.procedures.dossiers.pending":                               "II.2.2.đ Kết quả giải quyết TTHC",
		"personnel.base.mismatch results.personnel.civil_service.gender.groups[0].total":         "II.4 Cải cách chế độ công vụ",
		"citation.date.style basis.text[14:182]":                                                 "Đoạn mở đầu",
		"citation.date.style results.institutions.parts[1].text[0].paragraph.notes[1][135:196]":  "II.1.2 Công tác rà soát VBQPPL của cơ quan, đơn vị",
		"citation.kind.mismatch directions.areas[4].text[0].bullets[1].text[200:324]":            "IV.5 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
		"citation.year.mismatch results.finance.parts[2].parts[0].title[39:86]":                  "II.5.3.a Tình hình triển khai thực hiện Nghị định 130/2005/NĐ-CP ngày 17/10/2015; Nghị…",
		"reform.figure.delta.unverified figures[0].declared_delta":                               "",
	} {
		got, ok := places[key]
		if assert.True(t, ok, "no finding %s", key) {
			assert.Equal(t, want, got, key)
		}
	}
	r := reference(t)
	r.Header.Place = ""
	r.Closing.Recipients = nil
	for _, f := range r.Validate() {
		if f.Path == "header.place" {
			assert.Equal(t, "Phần đầu văn bản (cơ quan, số, ngày)", f.Place)
		}
	}
	skip := reform.Checker{SkipDocument: true}
	for _, f := range skip.Validate(reference(t)) {
		assert.Empty(t, f.Place, "no document, no place")
	}
}
