package digital_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/digital"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// unit is a second department with its own figures, partly signed.
func unit() digital.Section {
	return digital.Section{
		Agency: "Sở Tư pháp",
		Plan:   "Kế hoạch số 12/KH-SNV ngày 15/02/2024 của Sở Nội vụ về Chuyển đổi số năm 2024",
		Documents: &digital.Documents{
			Incoming: &digital.Incoming{Total: 2000, ExcludesSecret: false, Handled: ptr(1900)},
			Outgoing: &digital.Outgoing{Total: 200, Signed: ptr(100), Issued: ptr(200),
				Declared: digital.DeclaredOutgoing{SignedShare: "50%"}},
		},
		Services: &digital.Services{Levels: &digital.Levels{Level2: ptr(10), Level3: ptr(5), Level4: ptr(20)},
			Declared: digital.DeclaredServices{Total: ptr(35)}},
		Email:   &digital.Email{Staff: ptr(40), WithEmail: ptr(38)},
		Systems: section.Text{section.Bullets(doc.Narrative{Text: "Triển khai chữ ký số chuyên dùng cho lãnh đạo các phòng."})},
	}
}

func TestAdd(t *testing.T) {
	ref := reference(t)
	got, err := ref.Add(unit())
	require.NoError(t, err)
	want := digital.Section{
		Agency: "Sở Tư pháp", // the same on both sides
		// Plans differ: dropped.
		Documents: &digital.Documents{
			// 10.343 + 2.000; handled 10.343 + 1.900; one side counts secret
			// documents, so the sum does not exclude them.
			Incoming: &digital.Incoming{Total: 12343, Handled: ptr(12243)},
			// 3.728 + 200; signed 3.728 + 100; issued 3.728 + 200. The
			// declared 50% of the unit is dropped.
			Outgoing: &digital.Outgoing{Total: 3928, Signed: ptr(3828), Issued: ptr(3928)},
		},
		// Level 2: 49 + 10, level 3: 25 + 5, level 4: 74 + 20; declared
		// totals dropped.
		Services: &digital.Services{Levels: &digital.Levels{Level2: ptr(59), Level3: ptr(30), Level4: ptr(94)}},
		// The reference gives no counts, the unit no "all": nothing adds.
		Email:        &digital.Email{},
		Digitisation: ref.Digitisation,
		Systems:      append(append(section.Text(nil), ref.Systems...), unit().Systems...),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Add (-want +got):\n%s", diff)
	}
	// A roll-up has no declared figure left to contradict it, and its text
	// re-derives the shares: 3.828/3.928 = 97,45…% → 97,5%, never the
	// average of 100% and 50%.
	assert.Empty(t, got.Validate())
	assert.Equal(t,
		"+ Số văn bản đi: 3.928 văn bản, trong đó 3.828 văn bản (97,5%) được ký số; tất cả văn bản đều được xử lý phát hành trên hệ thống văn phòng điện tử.",
		lineWith(text(t, &got), "+ Số văn bản đi"))
	// 12.243/12.343 = 99,18…% → 99,2%.
	assert.Equal(t,
		"+ Số văn bản đến: 12.343 văn bản, trong đó 12.243 văn bản (99,2%) đã được phân công xử lý trên hệ thống văn phòng điện tử.",
		lineWith(text(t, &got), "+ Số văn bản đến"))
}

func TestAddKeepsWhatBothGive(t *testing.T) {
	a, b := unit(), unit()
	b.Documents.Outgoing.Signed = nil
	b.Services.Levels.Level2 = nil
	b.Email = nil
	b.Documents.Incoming = nil
	got, err := a.Add(b)
	require.NoError(t, err)
	assert.Equal(t, a.Plan, got.Plan, "the same plan on both sides is kept")
	assert.Nil(t, got.Documents.Outgoing.Signed, "signed is not given by every unit")
	assert.Equal(t, ptr(400), got.Documents.Outgoing.Issued)
	assert.Nil(t, got.Documents.Incoming)
	// A level left out has no procedure (section.Levels): one section's
	// mức độ 2 is the roll-up's.
	assert.Equal(t, a.Services.Levels.Level2, got.Services.Levels.Level2)
	assert.Equal(t, ptr(10), got.Services.Levels.Level3)
	assert.Nil(t, got.Email)

	all := digital.Section{Email: &digital.Email{All: true}}
	got, err = all.Add(all)
	require.NoError(t, err)
	assert.Equal(t, &digital.Email{All: true}, got.Email)
}

func TestAddErrors(t *testing.T) {
	online := digital.Section{Services: &digital.Services{Online: &digital.Online{Full: ptr(1)}}}
	both := digital.Section{Services: &digital.Services{Online: &digital.Online{Full: ptr(1)}, Levels: &digital.Levels{Level2: ptr(1)}}}
	huge := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: math.MaxInt64, Signed: ptr(1)}}}
	hugeSigned := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: 1, Signed: ptr(math.MaxInt64)}}}
	atMax := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: finding.MaxCount}}}
	one := digital.Section{Documents: &digital.Documents{Outgoing: &digital.Outgoing{Total: 1}}}
	tests := []struct {
		name string
		a, b digital.Section
		is   []error
		path string
	}{
		{"schemes differ", unit(), online, []error{digital.ErrScheme}, "digital: services: "},
		{"schemes differ, other way", online, unit(), []error{digital.ErrScheme}, "digital: services: "},
		{"one side with both schemes", both, digital.Section{}, []error{digital.ErrScheme}, "digital: services: "},
		{"total overflows", huge, huge, []error{digital.ErrOverflow, finding.ErrOverflow},
			"digital: add: documents.outgoing.total: 9223372036854775807 + 9223372036854775807: "},
		{"signed overflows", hugeSigned, hugeSigned, []error{digital.ErrOverflow, finding.ErrOverflow},
			"digital: add: documents.outgoing.signed: "},
		{"sum above the largest count", atMax, one, []error{digital.ErrOverflow, finding.ErrAboveMaxCount},
			"digital: add: documents.outgoing.total: 1000000000000 + 1: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.a.Add(tt.b)
			require.Error(t, err)
			for _, is := range tt.is {
				assert.True(t, errors.Is(err, is), "%v is not %v", err, is)
			}
			assert.Contains(t, err.Error(), tt.path)
			if !errors.Is(err, digital.ErrOverflow) {
				assert.NotErrorIs(t, err, finding.ErrOverflow)
			} else {
				assert.NotErrorIs(t, err, digital.ErrScheme)
			}
		})
	}
}

// The result shares no memory with the inputs.
func TestAddCopies(t *testing.T) {
	ref := reference(t)
	before := reference(t)
	got, err := ref.Add(unit())
	require.NoError(t, err)
	got.Digitisation[0].Phases[0].Kinds[0] = "changed"
	*got.Digitisation[0].Phases[0].Count = 1
	got.Systems[0].Bullets[0].Text = "changed"
	*got.Documents.Outgoing.Signed = 1
	if diff := cmp.Diff(before, ref); diff != "" {
		t.Errorf("changing the sum changed an input:\n%s", diff)
	}
}

func TestSum(t *testing.T) {
	zero, err := digital.Sum()
	require.NoError(t, err)
	assert.Equal(t, digital.Section{}, zero)

	// One unit: a copy without its declared figures; its project keeps its
	// own declared number of phases.
	one, err := digital.Sum(*reference(t))
	require.NoError(t, err)
	assert.Empty(t, one.Services.Declared)
	assert.Empty(t, one.Email.Declared)
	assert.Equal(t, ptr(2), one.Digitisation[0].Declared.Phases)
	assert.Equal(t, reference(t).Plan, one.Plan)
	assert.Equal(t, text(t, reference(t)), text(t, &one), "the reference text derives nothing from declared figures")

	// Three units: each count is the sum of the three.
	three, err := digital.Sum(unit(), unit(), unit())
	require.NoError(t, err)
	assert.Equal(t, int64(600), three.Documents.Outgoing.Total)
	assert.Equal(t, ptr(300), three.Documents.Outgoing.Signed)
	total, ok := three.Services.Total()
	assert.True(t, ok)
	assert.Equal(t, int64(105), total) // 3 × (10 + 5 + 20)
	assert.Len(t, three.Systems, 3)

	online := digital.Section{Services: &digital.Services{Online: &digital.Online{Full: ptr(1)}}}
	_, err = digital.Sum(unit(), unit(), online)
	require.ErrorIs(t, err, digital.ErrScheme)
	assert.Contains(t, err.Error(), "digital: units[2]: services: ")

	both := digital.Section{Services: &digital.Services{Online: &digital.Online{}, Levels: &digital.Levels{}}}
	_, err = digital.Sum(both)
	require.ErrorIs(t, err, digital.ErrScheme)
	assert.Contains(t, err.Error(), "units[0]")

	// A sum above the largest count names the unit and the field.
	big := unit()
	big.Documents.Outgoing.Total = finding.MaxCount - 300
	_, err = digital.Sum(unit(), unit(), big)
	require.ErrorIs(t, err, digital.ErrOverflow)
	require.ErrorIs(t, err, finding.ErrAboveMaxCount)
	assert.Contains(t, err.Error(), "digital: units[2]: add: documents.outgoing.total: 400 + 999999999700: ")
}

func TestServicesTotal(t *testing.T) {
	total, ok := reference(t).Services.Total()
	assert.True(t, ok)
	assert.Equal(t, int64(148), total) // 49 + 25 + 74
	var none *digital.Services
	_, ok = none.Total()
	assert.False(t, ok)
	_, ok = (&digital.Services{Levels: &digital.Levels{}}).Total()
	assert.False(t, ok)
	_, ok = (&digital.Services{Levels: &digital.Levels{Level1: ptr(1)}, Online: &digital.Online{Full: ptr(1)}}).Total()
	assert.False(t, ok)
	_, ok = (&digital.Services{Levels: &digital.Levels{Level1: ptr(math.MaxInt64), Level2: ptr(1)}}).Total()
	assert.False(t, ok, "a total past the int64 range is not given, never wrapped")
	total, ok = (&digital.Services{Levels: &digital.Levels{Level1: ptr(math.MaxInt64), Level2: ptr(1), Level3: ptr(-1)}}).Total()
	assert.True(t, ok, "the sum is exact even when it leaves the range on the way")
	assert.Equal(t, int64(math.MaxInt64), total)
}
