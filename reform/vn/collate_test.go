package vn_test

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/vn"
)

func TestSort(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{
			name: "đ after every d",
			in:   []string{"Đào", "Dương", "Đinh", "Dũng"},
			want: []string{"Dũng", "Dương", "Đào", "Đinh"},
		},
		{
			name: "a ă â",
			in:   []string{"Âu", "Ăn", "Anh", "âm", "ăn"},
			want: []string{"Anh", "ăn", "Ăn", "âm", "Âu"},
		},
		{
			name: "tones after letters: ngang huyền hỏi ngã sắc nặng",
			in:   []string{"bạ", "bá", "bã", "bả", "bà", "ba"},
			want: []string{"ba", "bà", "bả", "bã", "bá", "bạ"},
		},
		{
			name: "e ê, o ô ơ, u ư",
			in:   []string{"ư", "ơ", "u", "ô", "ê", "o", "e"},
			want: []string{"e", "ê", "o", "ô", "ơ", "u", "ư"},
		},
		{
			name: "Uông before Ứng",
			in:   []string{"Ứng", "Uông"},
			want: []string{"Uông", "Ứng"},
		},
		{
			name: "the reference report's recipients",
			in: []string{"Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Sở Nội vụ",
				"Giám đốc, Phó Giám đốc Sở", "Phòng, đơn vị trực thuộc Sở", "Công Thông tin điện tử Sở"},
			want: []string{"Công Thông tin điện tử Sở", "Giám đốc, Phó Giám đốc Sở", "Phòng, đơn vị trực thuộc Sở",
				"Sở Nội vụ", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"},
		},
		{
			name: "composed and decomposed: ordered by bytes",
			in:   []string{"Việt", "Vie\u0302\u0323t", "Viet"},
			want: []string{"Viet", "Vie\u0302\u0323t", "Việt"},
		},
		{name: "empty", in: []string{}, want: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.in)
			vn.Sort(got)
			assert.Equal(t, tt.want, got)
			// The result does not depend on the order of the input.
			r := rand.New(rand.NewPCG(1, 2))
			for range 10 {
				shuffled := slices.Clone(tt.in)
				r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
				vn.NewCollator().Sort(shuffled)
				require.Equal(t, tt.want, shuffled)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"D", "Đ", -1},
		{"Dz", "Đa", -1},
		{"a", "ă", -1},
		{"az", "ăa", -1},
		{"ă", "â", -1},
		{"o", "ơ", -1},
		{"ô", "ơ", -1},
		{"a", "A", -1},
		{"Hà Nội", "Hà Nội", 0},
		{"An Giang", "Bạc Liêu", -1},
		{"Việt", "Vie\u0302\u0323t", 1}, // collation ties, bytes decide
	}
	c := vn.NewCollator()
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, vn.Compare(tt.a, tt.b))
			assert.Equal(t, -tt.want, vn.Compare(tt.b, tt.a))
			assert.Equal(t, tt.want, c.Compare(tt.a, tt.b))
		})
	}
}

// Collators are owned by their callers: Sort and Compare share no state and
// can run from many goroutines at once (run with -race).
func TestCollateConcurrent(t *testing.T) {
	want := []string{"Anh", "Ăn", "Dương", "Đào"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				s := []string{"Đào", "Ăn", "Dương", "Anh"}
				vn.Sort(s)
				assert.Equal(t, want, s)
				assert.Equal(t, 1, vn.Compare("Đ", "D"))
			}
		})
	}
	wg.Wait()
}
