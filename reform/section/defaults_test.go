package section

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testWording is a wording struct as the sections declare them: string
// fields are sentences; other fields and unexported ones are not.
type testWording struct {
	Numbers int
	Title   string
	Staff   string
	Email   string
	note    string
}

// testFiles are the wording files of testWording: a department's, the
// People's Committees', and a commune's.
func testFiles() fstest.MapFS {
	return fstest.MapFS{
		"wording/department.tmpl": {Data: []byte("# The base.\n\n[Title]\n\tỨng dụng CNTT\n\n[Staff]\n\t{{.Agency}} có\n\t {{.N}} nhân sự\n\t{{if .All}}.{{end}}\n\n[Email]\n\tcông chức, viên chức\n")},
		"wording/committee.tmpl":  {Data: []byte("[Email]\n\tcán bộ, công chức, viên chức\n")},
		"wording/commune.tmpl":    {Data: []byte("[Email]\n\tcán bộ, công chức\n[Title]\n")},
	}
}

func TestParseSentences(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]string
		err       string
	}{
		{"one line", "[A]\n\tx {{.N}}\n", map[string]string{"A": "x {{.N}}"}, ""},
		{"lines are joined as they are", "[A]\n\tmột\n\t hai\n\t{{end}}ba\n", map[string]string{"A": "một hai{{end}}ba"}, ""},
		{"only the first tab is dropped", "[A]\n\t\tx\n", map[string]string{"A": "\tx"}, ""},
		{"no line is the empty sentence", "[A]\n[B]\n\tb\n", map[string]string{"A": "", "B": "b"}, ""},
		{"comments and blank lines", "# c\n\n[A]\n\ta\n# between\n\n\tb\n", map[string]string{"A": "ab"}, ""},
		{"a blank at the end of a line", "[A]\n\tmột \n\thai\n", nil, "2: [A]: a line ends in a blank"},
		{"a line break written CRLF", "[A]\r\n\ta\r\n", nil, "1: \"[A]\\r\" is neither"},
		{"text before a name", "\ta\n[A]\n", nil, "1: a line of text before the first [Name]"},
		{"a name twice", "[A]\n\ta\n[A]\n", nil, "3: [A] is given twice"},
		{"a line of nothing known", "[A]\n  a\n", nil, "2: \"  a\" is neither"},
		{"not NFC", "[A]\n\tHo\u0300a\n", nil, "not UTF-8 text in NFC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSentences(tt.src)
			if tt.err != "" {
				assert.ErrorContains(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadDefaultsByTier(t *testing.T) {
	d := ReadDefaults("test", testFiles(), testWording{})
	require.NoError(t, d.Err())
	staff := "{{.Agency}} có {{.N}} nhân sự{{if .All}}.{{end}}"
	tests := []struct {
		tier               Tier
		title, staff, mail string
	}{
		{Department, "Ứng dụng CNTT", staff, "công chức, viên chức"},
		{Province, "Ứng dụng CNTT", staff, "cán bộ, công chức, viên chức"},
		{District, "Ứng dụng CNTT", staff, "cán bộ, công chức, viên chức"},
		{Commune, "", staff, "cán bộ, công chức"},
		{"", "Ứng dụng CNTT", staff, "công chức, viên chức"},
		{"xã", "Ứng dụng CNTT", staff, "công chức, viên chức"},
	}
	for _, tt := range tests {
		t.Run(string(tt.tier), func(t *testing.T) {
			assert.Equal(t, []Sentence{{"Title", tt.title}, {"Staff", tt.staff}, {"Email", tt.mail}}, d.Sentences(tt.tier))
			var w testWording
			d.Fill(&w, tt.tier)
			assert.Equal(t, testWording{Title: tt.title, Staff: tt.staff, Email: tt.mail}, w)
		})
	}
}

// The sentences a caller changed win over the tier's; those still the
// department's defaults become the tier's.
func TestDefaultsAt(t *testing.T) {
	d := ReadDefaults("test", testFiles(), testWording{})
	var w testWording
	d.Fill(&w, Department)
	w.Title = "Chuyển đổi số"
	d.At(&w, Commune)
	assert.Equal(t, "Chuyển đổi số", w.Title, "the caller's sentence")
	assert.Equal(t, "cán bộ, công chức", w.Email, "the commune's default")
	assert.Equal(t, d.Sentences(Department)[1].Text, w.Staff, "no tier changes it")

	d.At(&w, Province)
	assert.Equal(t, "cán bộ, công chức", w.Email, "a tier's default is no longer the department's: it is kept")
}

// Each tier's default sentences are compiled once; any other list anew.
func TestDefaultsCompileOnce(t *testing.T) {
	d := ReadDefaults("test", testFiles(), testWording{})
	for _, tier := range Tiers() {
		a, err := d.Compile(d.Sentences(tier))
		require.NoError(t, err)
		b, err := d.Compile(d.Sentences(tier))
		require.NoError(t, err)
		assert.Same(t, a, b, tier)
	}
	province, err := d.Compile(d.Sentences(Province))
	require.NoError(t, err)
	district, err := d.Compile(d.Sentences(District))
	require.NoError(t, err)
	assert.Same(t, province, district, "two tiers read the same file: one set")

	changed := d.Sentences(Commune)
	changed[0].Text = "Khác"
	a, err := d.Compile(changed)
	require.NoError(t, err)
	b, err := d.Compile(changed)
	require.NoError(t, err)
	assert.NotSame(t, a, b)
	assert.NoError(t, d.Check(changed))
}

// A problem of the files is kept, names its file, and fails every Compile.
func TestReadDefaultsProblems(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		err   []string
	}{
		{"no department file", fstest.MapFS{}, []string{"test: open wording/department.tmpl"}},
		{"a field left out", fstest.MapFS{"wording/department.tmpl": {Data: []byte("[Title]\n[Staff]\n")}},
			[]string{"test: wording/department.tmpl: no sentence [Email]"}},
		{"a name that is no field", with("wording/commune.tmpl", "[Emial]\n\tx\n[note]\n"),
			[]string{"test: wording/commune.tmpl: [Emial] is not a sentence", "[note] is not a sentence"}},
		{"a line of nothing known", with("wording/committee.tmpl", "[Email]\nx\n"),
			[]string{"test: wording/committee.tmpl:2: \"x\" is neither"}},
		{"a template that does not parse", with("wording/district.tmpl", "[Staff]\n\t{{.N\n"),
			[]string{"wording/district.tmpl: test: wording.Staff:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ReadDefaults("test", tt.files, testWording{})
			for _, want := range tt.err {
				assert.ErrorContains(t, d.Err(), want)
			}
			_, err := d.Compile(d.Sentences(Department))
			assert.Equal(t, d.Err(), err)
			assert.Equal(t, d.Err(), d.Check(nil))
		})
	}
}

// with returns the test files with the file at path replaced by src.
func with(path, src string) fstest.MapFS {
	fs := testFiles()
	fs[path] = &fstest.MapFile{Data: []byte(src)}
	return fs
}

func TestSentencesOf(t *testing.T) {
	w := testWording{Numbers: 2, Title: "a", Email: "c", note: "d"}
	want := []Sentence{{"Title", "a"}, {"Staff", ""}, {"Email", "c"}}
	assert.Equal(t, want, SentencesOf(w))
	assert.Equal(t, want, SentencesOf(&w))
}

func TestTierKnown(t *testing.T) {
	for _, tier := range Tiers() {
		assert.True(t, tier.Known(), tier)
	}
	for _, tier := range []Tier{"", "xã", "Commune"} {
		assert.False(t, tier.Known(), tier)
		assert.Equal(t, Department, tier.wording(), tier)
	}
}
