package vn_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestDate(t *testing.T) {
	d := vn.Date(2024, time.November, 19)
	assert.Equal(t, time.Date(2024, 11, 19, 0, 0, 0, 0, time.UTC), d)
	assert.Equal(t, time.UTC, d.Location())
}

func TestHeaderDate(t *testing.T) {
	testWritten(t, []written[time.Time]{
		{vn.Date(2024, time.January, 5), "ngày 05 tháng 01 năm 2024"},
		{vn.Date(2024, time.March, 9), "ngày 09 tháng 3 năm 2024"},
		{vn.Date(2024, time.November, 19), "ngày 19 tháng 11 năm 2024"}, // the reference report
		{vn.Date(2024, time.February, 28), "ngày 28 tháng 02 năm 2024"},
		{vn.Date(2024, time.February, 29), "ngày 29 tháng 02 năm 2024"},
		{vn.Date(2023, time.December, 29), "ngày 29 tháng 12 năm 2023"},
		{vn.Date(2024, time.October, 10), "ngày 10 tháng 10 năm 2024"},
		{vn.Date(2019, time.December, 31), "ngày 31 tháng 12 năm 2019"},
		{vn.Date(2024, time.September, 1), "ngày 01 tháng 9 năm 2024"},
		{vn.Date(999, time.May, 15), "ngày 15 tháng 5 năm 0999"},
	}, vn.HeaderDate)
}

func TestPlaceDate(t *testing.T) {
	assert.Equal(t, "An Giang, ngày 19 tháng 11 năm 2024",
		vn.PlaceDate("An Giang", vn.Date(2024, time.November, 19)))
	assert.Equal(t, "Hà Nội, ngày 05 tháng 01 năm 2024",
		vn.PlaceDate("Ha\u0300 Nô\u0323i", vn.Date(2024, time.January, 5)), "a decomposed place comes out NFC")
}

func TestCitationDate(t *testing.T) {
	testWritten(t, []written[time.Time]{
		{vn.Date(2024, time.January, 5), "05/01/2024"},
		{vn.Date(2024, time.May, 15), "15/5/2024"},
		{vn.Date(2024, time.February, 28), "28/02/2024"},
		{vn.Date(2024, time.March, 9), "09/3/2024"},
		{vn.Date(2023, time.December, 29), "29/12/2023"}, // Kế hoạch số 1247/KH-UBND
		{vn.Date(2024, time.January, 31), "31/01/2024"},  // Kế hoạch số 14/KH-STP
		{vn.Date(2022, time.June, 23), "23/6/2022"},      // the report writes "23-06-2022"
		{vn.Date(2024, time.March, 27), "27/3/2024"},     // the report writes "27/03/2024"
		{vn.Date(2022, time.January, 4), "04/01/2022"},   // the report writes "04/1/2022"
		{vn.Date(2024, time.November, 19), "19/11/2024"},
	}, vn.CitationDate)
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"05/01/2024", vn.Date(2024, time.January, 5)},
		{"5/1/2024", vn.Date(2024, time.January, 5)},
		{"15/5/2024", vn.Date(2024, time.May, 15)},
		{"23-06-2022", vn.Date(2022, time.June, 23)},
		{"05.01.2024", vn.Date(2024, time.January, 5)},
		{"27/03/2024", vn.Date(2024, time.March, 27)},
		{"04/1/2022", vn.Date(2022, time.January, 4)},
		{"29/02/2024", vn.Date(2024, time.February, 29)},
		{"ngày 31 tháng 12 năm 2019", vn.Date(2019, time.December, 31)},
		{"31 tháng 12 năm 2019", vn.Date(2019, time.December, 31)},
		{"ngày 11 tháng 11 năm 2024", vn.Date(2024, time.November, 11)},
		{"Ngày 05 Tháng 01 Năm 2024", vn.Date(2024, time.January, 5)},
		{"NGÀY 05 THÁNG 01 NĂM 2024", vn.Date(2024, time.January, 5)},
		{"ngày 02/02/2024", vn.Date(2024, time.February, 2)},
		{"ngày  31\ttháng 12\nnăm 2019", vn.Date(2019, time.December, 31)},
		{"  15/5/2024 ", vn.Date(2024, time.May, 15)},
		{"ngày 31 tha\u0301ng 12 na\u0306m 2019", vn.Date(2019, time.December, 31)}, // decomposed (NFD)
		{"01/01/0001", vn.Date(1, time.January, 1)},
		{"31/12/9999", vn.Date(9999, time.December, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vn.ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason string // a part of the error's reason
	}{
		{"31/02/2024", "day 31 does not exist in 2/2024: expected 1 to 29"},
		{"29/02/2023", "day 29 does not exist in 2/2023: expected 1 to 28"},
		{"31/4/2024", "day 31 does not exist in 4/2024: expected 1 to 30"},
		{"0/1/2024", "day 0 does not exist"},
		{"05/01/24", `year "24": expected a four-digit year`},
		{"31 tháng 12 năm 19", "expected a four-digit year"},
		{"05/01/02024", "expected a four-digit year"},
		{"5/13/2024", "month 13: expected 1 to 12"},
		{"5/0/2024", "month 0: expected 1 to 12"},
		{"005/01/2024", `day "005": expected one or two digits`},
		{"05/001/2024", `month "001": expected one or two digits`},
		{"01/01/0000", "year 0000 does not exist"},
		{"", "expected"},
		{"   ", "expected"},
		{"garbage", "expected"},
		{"ngày", "expected"},
		{"05//01/2024", "expected"},
		{"05/01-2024", "expected"},
		{"/05/01/2024", "expected"},
		{"05/01/2024/", "expected"},
		{"05 / 01 / 2024", "expected"},
		{"05/01/2024 x", "expected"},
		{"ngày 31 tháng 12 2019", "expected"},
		{"31 tháng 12 năm", "expected"},
		{"31 tháng mười hai năm 2019", "expected"},
		{"+5/1/2024", "expected"},
		{"٠٥/٠١/٢٠٢٤", "expected"}, // Arabic-Indic digits
		{"2024-01-05", `day "2024": expected one or two digits`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := vn.ParseDate(tt.in)
			require.Error(t, err)
			assert.True(t, got.IsZero())
			var de *vn.DateError
			require.True(t, errors.As(err, &de), "error %T is not a *vn.DateError", err)
			assert.Equal(t, tt.in, de.Text)
			assert.Contains(t, de.Reason, tt.reason)
			assert.Contains(t, err.Error(), strconv.Quote(tt.in))
			assert.Contains(t, err.Error(), "expected")
		})
	}
}

// Every day of three years, written by both writers, reads back as itself.
func TestDateRoundTrip(t *testing.T) {
	for d := vn.Date(2023, time.January, 1); d.Year() < 2026; d = d.AddDate(0, 0, 1) {
		for _, s := range []string{vn.CitationDate(d), vn.HeaderDate(d), vn.PlaceDate("An Giang", d)[len("An Giang, "):]} {
			got, err := vn.ParseDate(s)
			require.NoError(t, err, s)
			require.Equal(t, d, got, s)
		}
	}
}
