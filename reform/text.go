package reform

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/section"
)

// Entry is one piece of narrative content: a paragraph, a "-" list or an
// a) b) c) list, exactly one of them (section.Entry: the one shape of free
// text of every section of the interchange format).
type Entry = section.Entry

// Text is narrative content (nội dung): paragraphs and lists in order, in
// the JSON form of section.Text. Consecutive bullets entries print as one
// "-" list.
type Text []Entry

// shared returns the text as section.Text, whose methods walk, check and
// print it.
func (t Text) shared() section.Text { return section.Text(t) }

// Part is a titled sub-item of a section with its narrative content and
// sub-items; its number follows from its place (1., 1.1., a)).
type Part struct {
	// Title is the heading without its number.
	Title string `json:"title" validate:"required"`
	// Text is the content under the heading.
	Text Text `json:"text,omitempty"`
	// Parts are the sub-items.
	Parts []Part `json:"parts,omitempty" validate:"dive"`
}

// narratives calls fn for every narrative of the text with its JSON path.
func (t Text) narratives(path string, fn func(path string, n doc.Narrative)) {
	t.shared().Walk(path, fn)
}

// walkNarrative calls fn for n and each of its items with their JSON paths.
func walkNarrative(path string, n doc.Narrative, fn func(string, doc.Narrative)) {
	section.WalkNarrative(path, n, fn)
}

func (p Part) narratives(path string, fn func(string, doc.Narrative)) {
	p.Text.narratives(path+".text", fn)
	for i, sub := range p.Parts {
		sub.narratives(path+".parts["+strconv.Itoa(i)+"]", fn)
	}
}

// texts calls fn for the text of a part and of its sub-parts.
func (p Part) texts(path string, fn func(string, Text)) {
	fn(path+".text", p.Text)
	for i, sub := range p.Parts {
		sub.texts(path+".parts["+strconv.Itoa(i)+"]", fn)
	}
}

// blocks turns the text into document blocks, resolving figure
// placeholders with figs.
func (t Text) blocks(path string, figs figureSet) ([]doc.Block, error) {
	return t.shared().Blocks(path, figs.resolveTree)
}

// blocks turns a part into a section with its content.
func (p Part) blocks(path string, figs figureSet) (*doc.Section, error) {
	s := &doc.Section{Title: p.Title, Sources: []string{path}}
	bs, err := p.Text.blocks(path+".text", figs)
	if err != nil {
		return nil, err
	}
	s.Blocks = bs
	for i, sub := range p.Parts {
		ss, err := sub.blocks(path+".parts["+strconv.Itoa(i)+"]", figs)
		if err != nil {
			return nil, err
		}
		s.Blocks = append(s.Blocks, ss)
	}
	return s, nil
}

// The free text of schema version 1, read in the current version.
//
// Version 1 wrote the narrative of II.2 (package tthc) as a list of
// narratives, each a paragraph or, with "bullet": true, a "-" item; the
// other narrative of I.4 (dissemination) and of II.6 (digital systems) as a
// list of narratives printed as "-" items; and the notes of II.3 and the
// narrative of II.4's emulation as a list of narratives printed as
// paragraphs. upgrade rewrites those lists in the one shape of free text,
// section.Text, in the bytes of the document: it inserts the entry objects
// around the narratives ({"paragraph": …}, {"bullets": [ … ]}) and blanks
// the "bullet" flags with spaces, so that every line keeps its number and
// the strict decoder's problems point at the document's own lines.

// oldShape is how a list of narratives of version 1 reads.
type oldShape int

const (
	// flagged: a paragraph, or a "-" item with "bullet": true.
	flagged oldShape = iota
	// bullets: every narrative a "-" item.
	bulletItems
	// paragraphs: every narrative a paragraph.
	paragraphs
)

// oldFields are the fields of a report whose shape version 2 changed, by
// their JSON keys from the report's root. Built once, never changed.
var oldFields = [...]struct {
	keys  []string
	shape oldShape
}{
	{[]string{"direction", "communication", "narrative"}, bulletItems},
	{[]string{"results", "procedures", "implementation"}, flagged},
	{[]string{"results", "procedures", "new_procedures"}, flagged},
	{[]string{"results", "procedures", "review"}, flagged},
	{[]string{"results", "procedures", "publicity"}, flagged},
	{[]string{"results", "procedures", "one_stop"}, flagged},
	{[]string{"results", "procedures", "results_text"}, flagged},
	{[]string{"results", "procedures", "apologies"}, flagged},
	{[]string{"results", "procedures", "feedback_text"}, flagged},
	{[]string{"results", "personnel", "organisation", "notes"}, paragraphs},
	{[]string{"results", "personnel", "civil_service", "emulation", "narrative"}, paragraphs},
	{[]string{"results", "digital", "systems"}, bulletItems},
}

// upgrade returns data with the free text of version 1 in the shapes of the
// current version, and whether the document is of version 1: it says so,
// or it says no version and has free text in the old shapes. A document of
// the current version, of a version Decode does not read, or that is not
// JSON is returned as it is.
func upgrade(data []byte) ([]byte, bool) {
	start := 0
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		start = 3
	}
	if !json.Valid(data[start:]) {
		return data, false
	}
	root := skipSpace(data, start)
	if data[root] != '{' {
		return data, false
	}
	version := stringMember(data, root, "schema_version")
	if version != "" && !slices.Contains(OldSchemaVersions(), version) {
		return data, false
	}
	return upgradeObject(data, root, version)
}

// upgradeObject converts the old fields of the report at offset root and of
// the reports it holds as previous.
func upgradeObject(data []byte, root int, version string) ([]byte, bool) {
	out := slices.Clone(data)
	var ins []insertion
	for obj := root; obj >= 0; obj = objectMember(data, obj, "previous") {
		for _, f := range oldFields {
			if at := objectPath(data, obj, f.keys); at >= 0 {
				ins = append(ins, oldList(out, at, f.shape)...)
			}
		}
	}
	if len(ins) == 0 {
		return data, version != ""
	}
	return insert(out, ins), true
}

// withoutOldShapes leaves out of the problems of input that is not JSON,
// or that nests too deep (which upgrade cannot read), those of free text
// written in the shapes of version 1: the unknown keys of a narrative
// ("text", "notes", "items", "bullet") where version 2 expects an entry.
// Once the syntax is mended, the document is read in its version and they
// are no problems.
func withoutOldShapes(ps []Problem) []Problem {
	if !slices.ContainsFunc(ps, func(p Problem) bool { return unreadable[p.Code] }) {
		return ps
	}
	return slices.DeleteFunc(ps, func(p Problem) bool { return p.Code == ProblemUnknownField && isOldShape(p.Path) })
}

// unreadable are the codes of problems that keep upgrade from reading a
// document: it is no JSON, or nests deeper than it reads. Built once,
// never changed.
var unreadable = map[string]bool{ProblemSyntax: true, ProblemTruncated: true, ProblemTrailing: true,
	ProblemDepth: true, ProblemSize: true, ProblemUTF8: true, ProblemTooMany: true}

// isOldShape reports whether path is a key of a narrative of version 1 in
// a field whose shape version 2 changed: "results.digital.systems[0].text",
// "previous.results.procedures.review[2].bullet".
func isOldShape(path string) bool {
	for strings.HasPrefix(path, "previous.") {
		path = strings.TrimPrefix(path, "previous.")
	}
	field, rest, ok := strings.Cut(path, "[")
	if !ok {
		return false
	}
	_, key, ok := strings.Cut(rest, "].")
	if !ok || !slices.Contains([]string{"text", "notes", "items", "bullet"}, key) {
		return false
	}
	for _, f := range oldFields {
		if strings.Join(f.keys, ".") == field {
			return true
		}
	}
	return false
}

// insertion is text to insert before the byte at offset at.
type insertion struct {
	at   int
	text string
}

// insert returns b with the insertions, in the order of their offsets.
func insert(b []byte, ins []insertion) []byte {
	slices.SortStableFunc(ins, func(x, y insertion) int { return x.at - y.at })
	var out bytes.Buffer
	out.Grow(len(b) + 32*len(ins))
	prev := 0
	for _, in := range ins {
		out.Write(b[prev:in.at])
		out.WriteString(in.text)
		prev = in.at
	}
	out.Write(b[prev:])
	return out.Bytes()
}

// oldList returns the insertions that write the list of narratives at
// offset at in the current shape, blanking the "bullet" flags in b; none
// when the value is no list of narratives of version 1 (already entries,
// empty, or of another type, which the decoder reports).
func oldList(b []byte, at int, shape oldShape) []insertion {
	if b[at] != '[' {
		return nil
	}
	items := elements(b, at)
	if len(items) == 0 {
		return nil
	}
	for _, it := range items {
		if b[it.at] != '{' || isEntry(b, it.at) {
			return nil
		}
	}
	switch shape {
	case bulletItems:
		return []insertion{{at, `[{"bullets": `}, {valueEnd(b, at), `}]`}}
	case paragraphs:
		var ins []insertion
		for _, it := range items {
			ins = append(ins, insertion{it.at, `{"paragraph": `}, insertion{it.end, `}`})
		}
		return ins
	}
	return flaggedList(b, items)
}

// flaggedList returns the insertions of a list of version 1's II.2
// narratives: a paragraph entry for each paragraph, one bullets entry for
// each run of bullets; the flags are blanked in b.
func flaggedList(b []byte, items []span) []insertion {
	var ins []insertion
	run := false
	for i, it := range items {
		bullet := takeFlag(b, it.at)
		switch {
		case bullet && !run:
			ins = append(ins, insertion{it.at, `{"bullets": [`})
		case !bullet && run:
			ins = append(ins, insertion{items[i-1].end, `]}`})
		}
		if !bullet {
			ins = append(ins, insertion{it.at, `{"paragraph": `}, insertion{it.end, `}`})
		}
		run = bullet
	}
	if run {
		ins = append(ins, insertion{items[len(items)-1].end, `]}`})
	}
	return ins
}

// takeFlag reports whether the narrative object at offset at has "bullet":
// true, and blanks its "bullet" member, comma included.
func takeFlag(b []byte, at int) bool {
	ms := members(b, at)
	for k, m := range ms {
		if m.key != "bullet" {
			continue
		}
		from, to := m.keyAt, m.end
		switch {
		case k < len(ms)-1:
			to = ms[k+1].keyAt
		case k > 0:
			from = ms[k-1].end
		}
		value := string(b[m.at:m.end])
		for i := from; i < to; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
		return value == "true"
	}
	return false
}

// isEntry reports whether the object at offset at is an entry of the
// current shape: it has a paragraph, bullets or letters.
func isEntry(b []byte, at int) bool {
	for _, m := range members(b, at) {
		if m.key == "paragraph" || m.key == "bullets" || m.key == "letters" {
			return true
		}
	}
	return false
}

// A small reader of valid JSON by byte offsets: the values of object
// members and array elements, without recursion.

// span is the value of an array element: its first byte and the byte after
// it.
type span struct{ at, end int }

// member is an object member: its key, where the key starts, and its value.
type member struct {
	key     string
	keyAt   int
	at, end int
}

// members returns the members of the object at offset at.
func members(b []byte, at int) []member {
	var out []member
	i := skipSpace(b, at+1)
	for b[i] != '}' {
		keyEnd := stringEnd(b, i)
		var key string
		if json.Unmarshal(b[i:keyEnd], &key) != nil {
			return out
		}
		v := skipSpace(b, skipSpace(b, keyEnd)+1)
		end := valueEnd(b, v)
		out = append(out, member{key: key, keyAt: i, at: v, end: end})
		i = skipSpace(b, end)
		if b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	return out
}

// elements returns the elements of the array at offset at.
func elements(b []byte, at int) []span {
	var out []span
	i := skipSpace(b, at+1)
	for b[i] != ']' {
		end := valueEnd(b, i)
		out = append(out, span{i, end})
		i = skipSpace(b, end)
		if b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	return out
}

// objectMember returns the offset of the value of key in the object at
// offset at when that value is an object, else -1.
func objectMember(b []byte, at int, key string) int {
	for _, m := range members(b, at) {
		if m.key == key && b[m.at] == '{' {
			return m.at
		}
	}
	return -1
}

// objectPath returns the offset of the value at keys under the object at
// offset at, every value but the last an object; -1 when there is none.
func objectPath(b []byte, at int, keys []string) int {
	for i, k := range keys {
		if i == len(keys)-1 {
			for _, m := range members(b, at) {
				if m.key == k {
					return m.at
				}
			}
			return -1
		}
		if at = objectMember(b, at, k); at < 0 {
			return -1
		}
	}
	return -1
}

// stringMember returns the value of key in the object at offset at when it
// is a string, else "".
func stringMember(b []byte, at int, key string) string {
	for _, m := range members(b, at) {
		var s string
		if m.key == key && json.Unmarshal(b[m.at:m.end], &s) == nil {
			return s
		}
	}
	return ""
}

// skipSpace returns the offset of the first byte from i that is not JSON
// white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the offset after the string that starts at offset i.
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the offset after the value that starts at offset i.
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) && !strings.ContainsRune(",]} \t\r\n", rune(b[j])) {
		j++
	}
	return j
}
