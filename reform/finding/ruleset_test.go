package finding

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRuleSetEnabled(t *testing.T) {
	var zero RuleSet
	for _, c := range []Code{"", "tthc", "tthc.dossier.balance", "x.truncated"} {
		assert.True(t, zero.Enabled(c), "the zero RuleSet enables %q", c)
	}

	rs := RuleSet{}.Disable("tthc.dossier", "personnel.women.rate.truncated")
	tests := []struct {
		code Code
		want bool
	}{
		{"tthc.dossier", false},
		{"tthc.dossier.balance", false},
		{"tthc.dossier.received.online", false},
		{"tthc.dossiers", true},
		{"tthc.dossier_count", true},
		{"tthc", true},
		{"tthc.feedback", true},
		{"personnel.women.rate", true},
		{"personnel.women.rate.truncated", false},
		{"personnel.women", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rs.Enabled(tt.code), tt.code)
	}
	assert.False(t, RuleSet{}.Disable("personnel.women.rate").Enabled("personnel.women.rate.truncated"),
		"disabling a rate check disables its truncated finding too")
}

func TestRuleSetSeverity(t *testing.T) {
	rs := RuleSet{}.
		Override("tthc", Info).
		Override("tthc.dossier.balance", Error).
		Override("personnel.women.rate.truncated", Error)
	tests := []struct {
		code     Code
		def      Severity
		want     Severity
		overlaps string
	}{
		{"tthc.feedback.late", Error, Info, "prefix"},
		{"tthc", Warning, Info, "exact"},
		{"tthc.dossier.balance", Warning, Error, "longer code wins over prefix"},
		{"tthc.dossier.balance.other", Warning, Error, "longest prefix wins"},
		{"tthcx", Warning, Warning, "not under tthc"},
		{"personnel.women.rate", Error, Error, "mismatch keeps its own"},
		{"personnel.women.rate.truncated", Warning, Error, "truncated raised"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rs.Severity(tt.code, tt.def), "%s: %s", tt.code, tt.overlaps)
	}

	// The order of overrides does not matter: the longer code wins.
	other := RuleSet{}.Override("tthc.dossier.balance", Error).Override("tthc", Info)
	assert.Equal(t, Error, other.Severity("tthc.dossier.balance", Warning))

	// Overriding again replaces; an invalid severity removes the override.
	again := rs.Override("tthc", Warning)
	assert.Equal(t, Warning, again.Severity("tthc.feedback", Error))
	removed := rs.Override("tthc", 0)
	assert.Equal(t, Error, removed.Severity("tthc.feedback", Error))
	assert.Equal(t, Error, removed.Severity("tthc.dossier.balance", Info), "other overrides stay")
	assert.Equal(t, Info, rs.Severity("tthc.feedback", Error), "the receiver keeps its override")
}

func TestRuleSetValueSemantics(t *testing.T) {
	// Build a base whose slices have spare capacity, then derive two sets
	// from it: neither may see the other's change, nor the base either.
	base := RuleSet{}.Disable("a").Disable("b").Disable("c").
		Override("o1", Info).Override("o2", Info).Override("o3", Info)
	x := base.Disable("d").Override("p", Warning)
	y := base.Disable("e").Override("q", Error)

	assert.False(t, x.Enabled("d"))
	assert.True(t, x.Enabled("e"))
	assert.False(t, y.Enabled("e"))
	assert.True(t, y.Enabled("d"))
	assert.True(t, base.Enabled("d"))
	assert.True(t, base.Enabled("e"))

	assert.Equal(t, Warning, x.Severity("p", Error))
	assert.Equal(t, Info, x.Severity("q", Info))
	assert.Equal(t, Error, y.Severity("q", Info))
	assert.Equal(t, Error, y.Severity("p", Error))
	assert.Equal(t, Error, base.Severity("p", Error))

	// Override on a copy does not reach the disabled codes of another copy.
	z := base.Override("o1", Error)
	w := z.Disable("f")
	assert.True(t, z.Enabled("f"))
	assert.False(t, w.Enabled("f"))
	assert.Equal(t, Info, base.Severity("o1", Error))
}

func TestRuleSetApply(t *testing.T) {
	l := List{
		{Code: "tthc.dossier.balance", Severity: Warning, Path: "a", Message: "1"},
		{Code: "tthc.feedback.late", Severity: Error, Path: "b", Message: "2"},
		{Code: "personnel.women.rate.truncated", Severity: Warning, Path: "c", Message: "3"},
		{Code: "personnel.women.rate", Severity: Error, Path: "c", Message: "4"},
		{Code: "tthc.dossier", Severity: Error, Path: "d", Message: "5"},
	}
	orig := append(List(nil), l...)

	rs := RuleSet{}.Disable("tthc.dossier").Override("personnel.women.rate.truncated", Info).Override("tthc", Warning)
	got := rs.Apply(l)
	want := List{
		{Code: "tthc.feedback.late", Severity: Warning, Path: "b", Message: "2"},
		{Code: "personnel.women.rate.truncated", Severity: Info, Path: "c", Message: "3"},
		{Code: "personnel.women.rate", Severity: Error, Path: "c", Message: "4"},
	}
	assert.Empty(t, cmp.Diff(want, got))
	assert.Empty(t, cmp.Diff(orig, l), "Apply leaves its argument as it was")

	assert.Empty(t, cmp.Diff(l, RuleSet{}.Apply(l)), "the zero RuleSet keeps everything")
	assert.Nil(t, RuleSet{}.Apply(List{}), "nothing kept is nil, with the default rules too")
	assert.Nil(t, rs.Apply(List{}))
	assert.Empty(t, RuleSet{}.Disable("tthc", "personnel").Apply(l))
	assert.Empty(t, rs.Apply(nil))
	assert.Error(t, rs.Apply(l).Err(), "personnel.women.rate is still an error")
	assert.False(t, rs.Apply(List{l[1]}).HasErrors(), "an override can turn an error into a warning")
}

func TestReword(t *testing.T) {
	f := Finding{Code: "tthc.dossier.balance", Severity: Warning, Path: "dossiers.pending",
		Message: "Số hồ sơ tiếp nhận là 15.613 …",
		Values:  []Value{{Name: "received", Value: "15613"}, {Name: "accounted", Value: "15566"}}}
	for _, c := range []struct {
		name, message, want string
	}{
		{"values and path", "Tiếp nhận {received}, đã và đang giải quyết {accounted} ({path}).", "Tiếp nhận 15613, đã và đang giải quyết 15566 (dossiers.pending)."},
		{"no placeholder", "Số liệu hồ sơ chưa khớp.", "Số liệu hồ sơ chưa khớp."},
		{"braces that are text", "{ {} {received} {", "{ {} 15613 {"},
		{"a value the finding lacks keeps its message", "Thiếu {unexplained} hồ sơ.", "Số hồ sơ tiếp nhận là 15.613 …"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rs := RuleSet{}.Reword("tthc.dossier.balance", c.message)
			out := rs.Apply(List{f, {Code: "tthc.dossier.resolved", Message: "khác"}})
			require.Len(t, out, 2)
			assert.Equal(t, c.want, out[0].Message)
			assert.Equal(t, "khác", out[1].Message, "only the code named is reworded")
		})
	}
	base := RuleSet{}.Reword("tthc.dossier.balance", "A {received}")
	again := base.Reword("tthc.dossier.balance", "B {received}")
	removed := again.Reword("tthc.dossier.balance", "")
	assert.Equal(t, "A 15613", base.Message(f), "a RuleSet is a value")
	assert.Equal(t, "B 15613", again.Message(f))
	assert.Equal(t, f.Message, removed.Message(f))
	assert.Equal(t, "A 15613", base.Disable("x").Override("y", Error).Message(f), "Disable and Override keep the rewordings")
}

// FuzzReword: any department message gives, for any finding, either the
// finding's own message or a text with no placeholder of a value it has.
func FuzzReword(f *testing.F) {
	f.Add("Tiếp nhận {received} ({path}).", "received", "15613")
	f.Add("{ {} {x", "x", "1")
	f.Add("{{a}}", "a", "{b}")
	f.Fuzz(func(t *testing.T, message, name, value string) {
		fd := Finding{Code: "a.b", Path: "p", Message: "own", Values: []Value{{Name: name, Value: value}}}
		got := RuleSet{}.Reword("a.b", message).Message(fd)
		if message == "" && got != "own" {
			t.Fatalf("an empty message reworded %q", got)
		}
		// A value can make a placeholder's text with the message's own braces
		// ("{{0}}" with 0 = "0" is "{0}", rightly), so the placeholders left
		// are looked for with a value that cannot: a NUL.
		fd.Values[0].Value = "\x00"
		marked := RuleSet{}.Reword("a.b", message).Message(fd)
		if marked != "own" && placeholder(name) && name != "" && strings.Contains(marked, "{"+name+"}") {
			t.Fatalf("placeholder {%s} left in %q", name, marked)
		}
	})
}
