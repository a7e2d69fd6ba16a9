package digital_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/digital"
)

// TestAccounts: the staff with an official e-mail address over the staff,
// as the e-mail sentence derives them.
func TestAccounts(t *testing.T) {
	tests := []struct {
		name        string
		e           *digital.Email
		with, staff int64
		ok          bool
	}{
		{"none", nil, 0, 0, false},
		{"counts", &digital.Email{Staff: ptr(86), WithEmail: ptr(80)}, 80, 86, true},
		{"counts win over all", &digital.Email{Staff: ptr(86), WithEmail: ptr(80), All: true}, 80, 86, true},
		{"all of the staff", &digital.Email{Staff: ptr(86), All: true}, 86, 86, true},
		{"all without the staff", &digital.Email{All: true}, 0, 0, false},
		{"one count alone", &digital.Email{WithEmail: ptr(80)}, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w, s, ok := tc.e.Accounts()
			assert.Equal(t, []any{tc.with, tc.staff, tc.ok}, []any{w, s, ok})
		})
	}
}

// TestOnlineServices: toàn trình and một phần together, in the scheme of
// Nghị định 42/2022/NĐ-CP only.
func TestOnlineServices(t *testing.T) {
	online := func(full, partial *int64) *digital.Services {
		return &digital.Services{Online: &digital.Online{Full: full, Partial: partial, Information: ptr(42)}}
	}
	tests := []struct {
		name string
		s    *digital.Services
		n    int64
		ok   bool
	}{
		{"none", nil, 0, false},
		{"online", online(ptr(98), ptr(143)), 241, true},
		{"one count missing", online(ptr(98), nil), 0, false},
		{"mức độ 1–4", &digital.Services{Levels: &digital.Levels{Level3: ptr(25), Level4: ptr(74)}}, 0, false},
		{"past the int64 range", online(ptr(math.MaxInt64), ptr(1)), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := tc.s.OnlineServices()
			assert.Equal(t, []any{tc.n, tc.ok}, []any{n, ok})
		})
	}
}
