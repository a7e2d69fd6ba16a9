package citation

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is a kind of document (tên loại văn bản), written as a citation names
// it: "Kế hoạch", "Nghị định", "Công văn". The constants below are every kind
// the package knows; KindInfo gives the abbreviation each one carries in a
// số, ký hiệu.
type Kind string

// The kinds of Phụ lục III of Nghị định 30/2020/NĐ-CP, with their
// abbreviation in a số, ký hiệu.
const (
	// Resolution is a Nghị quyết (NQ): cá biệt, quy phạm, or of the Party.
	Resolution Kind = "Nghị quyết"
	// Decision is a Quyết định (QĐ): cá biệt, quy phạm, or of the Party.
	Decision Kind = "Quyết định"
	// Directive is a Chỉ thị (CT).
	Directive Kind = "Chỉ thị"
	// Regulation is a Quy chế (QC).
	Regulation Kind = "Quy chế"
	// Provision is a Quy định (QyĐ; QĐ or QĐi in Party documents).
	Provision Kind = "Quy định"
	// Communique is a Thông cáo (TC).
	Communique Kind = "Thông cáo"
	// Notice is a Thông báo (TB).
	Notice Kind = "Thông báo"
	// Guidance is a Hướng dẫn (HD).
	Guidance Kind = "Hướng dẫn"
	// Programme is a Chương trình (CTr).
	Programme Kind = "Chương trình"
	// Plan is a Kế hoạch (KH).
	Plan Kind = "Kế hoạch"
	// ActionPlan is a Phương án (PA).
	ActionPlan Kind = "Phương án"
	// Scheme is an Đề án (ĐA).
	Scheme Kind = "Đề án"
	// Project is a Dự án (DA).
	Project Kind = "Dự án"
	// Report is a Báo cáo (BC).
	Report Kind = "Báo cáo"
	// Minutes is a Biên bản (BB).
	Minutes Kind = "Biên bản"
	// Submission is a Tờ trình (TTr).
	Submission Kind = "Tờ trình"
	// Contract is a Hợp đồng (HĐ).
	Contract Kind = "Hợp đồng"
	// Telegram is a Công điện (CĐ).
	Telegram Kind = "Công điện"
	// Memorandum is a Bản ghi nhớ (BGN).
	Memorandum Kind = "Bản ghi nhớ"
	// Agreement is a Bản thỏa thuận (BTT).
	Agreement Kind = "Bản thỏa thuận"
	// Authorization is a Giấy ủy quyền (GUQ).
	Authorization Kind = "Giấy ủy quyền"
	// Invitation is a Giấy mời (GM).
	Invitation Kind = "Giấy mời"
	// Introduction is a Giấy giới thiệu (GGT).
	Introduction Kind = "Giấy giới thiệu"
	// LeavePermit is a Giấy nghỉ phép (GNP).
	LeavePermit Kind = "Giấy nghỉ phép"
	// DispatchSlip is a Phiếu gửi (PG).
	DispatchSlip Kind = "Phiếu gửi"
	// TransferSlip is a Phiếu chuyển (PC).
	TransferSlip Kind = "Phiếu chuyển"
	// NoticeSlip is a Phiếu báo (PB).
	NoticeSlip Kind = "Phiếu báo"
)

// The kinds without an abbreviation (Công văn, Thư công), the legal normative
// kinds (văn bản quy phạm pháp luật) that Phụ lục III does not list, the
// Party-only kinds and the generic word "Văn bản".
const (
	// Letter is a Công văn (official letter): n/AGENCY-UNIT, no kind
	// abbreviation (CV in Party documents).
	Letter Kind = "Công văn"
	// PublicLetter is a Thư công: no kind abbreviation.
	PublicLetter Kind = "Thư công"
	// Conclusion is a Kết luận (KL): a Party conclusion, or an inspection
	// conclusion (kết luận thanh tra) of a state body.
	Conclusion Kind = "Kết luận"
	// PartyCircular is a Thông tri (TT), a kind only the Party issues.
	PartyCircular Kind = "Thông tri"
	// Constitution is the Hiến pháp, cited by its year.
	Constitution Kind = "Hiến pháp"
	// LegalCode is a Bộ luật (code of law), e.g. "Bộ luật Dân sự năm 2015".
	LegalCode Kind = "Bộ luật"
	// Law is a Luật, cited by name ("Luật Hộ tịch") or number
	// ("Luật số 80/2015/QH13").
	Law Kind = "Luật"
	// Ordinance is a Pháp lệnh of the Standing Committee of the National
	// Assembly (n/YYYY/UBTVQHk).
	Ordinance Kind = "Pháp lệnh"
	// Order is a Lệnh of the State President (L-CTN).
	Order Kind = "Lệnh"
	// JointResolution is a Nghị quyết liên tịch (NQLT).
	JointResolution Kind = "Nghị quyết liên tịch"
	// Decree is a Nghị định (NĐ) of the Government.
	Decree Kind = "Nghị định"
	// Circular is a Thông tư (TT) of a minister.
	Circular Kind = "Thông tư"
	// JointCircular is a Thông tư liên tịch (TTLT).
	JointCircular Kind = "Thông tư liên tịch"
	// Document is the generic word "Văn bản": any kind, so its số, ký hiệu is
	// never checked against a kind.
	Document Kind = "Văn bản"
)

// KindInfo describes a kind: the abbreviation its số, ký hiệu carries in each
// numbering standard, and which standards it is issued under.
type KindInfo struct {
	// Kind is the kind.
	Kind Kind
	// Abbr is the abbreviation in a state document's số, ký hiệu ("KH" in
	// 1247/KH-UBND, "NĐ" in 63/2010/NĐ-CP); empty when the kind has none
	// (Công văn, Thư công, Luật, Bộ luật, Pháp lệnh, Hiến pháp).
	Abbr string
	// PartyAbbrs are the abbreviations in a Party document's số, ký hiệu
	// ("NQ" in 18-NQ/TW); empty when the Party does not issue the kind.
	PartyAbbrs []string
	// Administrative reports whether state bodies issue the kind as an
	// administrative document, numbered n/KIND-AGENCY without a year.
	Administrative bool
	// Normative reports whether the kind is issued as a legal normative
	// document (văn bản quy phạm pháp luật), numbered n/YYYY/KIND-AGENCY.
	Normative bool
	// Generic reports whether the word names no particular kind ("Văn bản").
	Generic bool
}

// HasParty reports whether the Party issues documents of the kind.
func (k KindInfo) HasParty() bool { return len(k.PartyAbbrs) > 0 }

// kindTable is the package's table of kinds, in the order of Phụ lục III, then
// the kinds it does not list. It is never modified.
var kindTable = [...]KindInfo{
	{Kind: Resolution, Abbr: "NQ", PartyAbbrs: []string{"NQ"}, Administrative: true, Normative: true},
	{Kind: Decision, Abbr: "QĐ", PartyAbbrs: []string{"QĐ"}, Administrative: true, Normative: true},
	// Chỉ thị were legal normative documents of local government before 2016
	// (e.g. 12/2010/CT-UBND); they are cited still.
	{Kind: Directive, Abbr: "CT", PartyAbbrs: []string{"CT"}, Administrative: true, Normative: true},
	{Kind: Regulation, Abbr: "QC", PartyAbbrs: []string{"QC"}, Administrative: true},
	// Party Quy định are numbered both 08-QĐi/TW (2018) and 101-QĐ/TW.
	{Kind: Provision, Abbr: "QyĐ", PartyAbbrs: []string{"QĐ", "QĐi"}, Administrative: true},
	{Kind: Communique, Abbr: "TC", Administrative: true},
	{Kind: Notice, Abbr: "TB", PartyAbbrs: []string{"TB"}, Administrative: true},
	{Kind: Guidance, Abbr: "HD", PartyAbbrs: []string{"HD"}, Administrative: true},
	{Kind: Programme, Abbr: "CTr", PartyAbbrs: []string{"CTr"}, Administrative: true},
	{Kind: Plan, Abbr: "KH", PartyAbbrs: []string{"KH"}, Administrative: true},
	{Kind: ActionPlan, Abbr: "PA", Administrative: true},
	{Kind: Scheme, Abbr: "ĐA", PartyAbbrs: []string{"ĐA"}, Administrative: true},
	{Kind: Project, Abbr: "DA", Administrative: true},
	{Kind: Report, Abbr: "BC", PartyAbbrs: []string{"BC"}, Administrative: true},
	{Kind: Minutes, Abbr: "BB", PartyAbbrs: []string{"BB"}, Administrative: true},
	{Kind: Submission, Abbr: "TTr", PartyAbbrs: []string{"TTr"}, Administrative: true},
	{Kind: Contract, Abbr: "HĐ", Administrative: true},
	{Kind: Telegram, Abbr: "CĐ", Administrative: true},
	{Kind: Memorandum, Abbr: "BGN", Administrative: true},
	{Kind: Agreement, Abbr: "BTT", Administrative: true},
	{Kind: Authorization, Abbr: "GUQ", Administrative: true},
	{Kind: Invitation, Abbr: "GM", Administrative: true},
	{Kind: Introduction, Abbr: "GGT", Administrative: true},
	{Kind: LeavePermit, Abbr: "GNP", Administrative: true},
	{Kind: DispatchSlip, Abbr: "PG", Administrative: true},
	{Kind: TransferSlip, Abbr: "PC", Administrative: true},
	{Kind: NoticeSlip, Abbr: "PB", Administrative: true},
	{Kind: Letter, PartyAbbrs: []string{"CV"}, Administrative: true},
	{Kind: PublicLetter, Administrative: true},
	{Kind: Conclusion, Abbr: "KL", PartyAbbrs: []string{"KL"}, Administrative: true},
	{Kind: PartyCircular, PartyAbbrs: []string{"TT"}},
	{Kind: Constitution, Normative: true},
	{Kind: LegalCode, Normative: true},
	{Kind: Law, Normative: true},
	{Kind: Ordinance, Normative: true},
	{Kind: Order, Abbr: "L", Normative: true},
	{Kind: JointResolution, Abbr: "NQLT", Normative: true},
	{Kind: Decree, Abbr: "NĐ", Normative: true},
	{Kind: Circular, Abbr: "TT", Normative: true},
	{Kind: JointCircular, Abbr: "TTLT", Normative: true},
	{Kind: Document, Administrative: true, Normative: true, Generic: true},
}

// Kinds returns the table of every kind the package knows, in the order of
// Phụ lục III of Nghị định 30/2020/NĐ-CP followed by the kinds it does not
// list. The slice is a copy: changing it changes nothing in the package.
func Kinds() []KindInfo {
	out := make([]KindInfo, len(kindTable))
	for i, k := range kindTable {
		k.PartyAbbrs = append([]string(nil), k.PartyAbbrs...)
		out[i] = k
	}
	return out
}

// Info returns what the package knows of the kind, and whether it knows it.
func (k Kind) Info() (KindInfo, bool) {
	if i, ok := kindIndexes.place[k]; ok {
		return kindTable[i], true
	}
	return KindInfo{}, false
}

// kindLookup indexes kindTable: the place of each kind and the kind of each
// abbreviation, in each numbering.
type kindLookup struct {
	place map[Kind]uint8
	state map[string]Kind // Abbr
	party map[string]Kind // PartyAbbrs
}

// kindIndexes indexes kindTable for Info, kindPlace and KindOfAbbr; where
// two kinds share an abbreviation, the first in the table has it, as a
// walk of the table would find. Built once when the package is initialised
// and never changed, so it is safe for concurrent use.
var kindIndexes = func() kindLookup {
	l := kindLookup{place: make(map[Kind]uint8, len(kindTable)), state: make(map[string]Kind), party: make(map[string]Kind)}
	first := func(m map[string]Kind, abbr string, k Kind) {
		if _, ok := m[abbr]; !ok && abbr != "" {
			m[abbr] = k
		}
	}
	for i, info := range kindTable {
		if _, ok := l.place[info.Kind]; !ok {
			l.place[info.Kind] = uint8(i)
		}
		first(l.state, info.Abbr, info.Kind)
		for _, a := range info.PartyAbbrs {
			first(l.party, a, info.Kind)
		}
	}
	return l
}()

// Abbr returns the kind's abbreviation in a state document's số, ký hiệu
// ("KH" for Kế hoạch), or "" when it has none or the kind is unknown.
func (k Kind) Abbr() string {
	info, _ := k.Info()
	return info.Abbr
}

// KindOfAbbr returns the kind whose abbreviation is abbr, exactly as written
// (case and Đ matter: "CĐ" is Công điện, "CD" is nothing), in the numbering of
// the given family: the Party's abbreviations for Party, the state's
// otherwise. The zero Family means the state's.
func KindOfAbbr(abbr string, f Family) (Kind, bool) {
	m := kindIndexes.state
	if f == Party {
		m = kindIndexes.party
	}
	k, ok := m[abbr]
	return k, ok
}

// kindName is one way a kind is written at the start of a citation: its
// first letter in lower case and the rest of the name.
type kindName struct {
	kind  Kind
	first rune   // the first letter, in lower case: 'n'
	tail  string // the name after its first letter, in lower case: "ghị định"
}

// kindNames holds, for every first byte a kind name can start with (its
// first letter in lower case for ASCII, 0xC4 for Đ and đ), the names that
// start with it, the longest first so that "Thông tư liên tịch" wins over
// "Thông tư", and the bytes the second letter of one of them can start with.
// It is built once from kindTable and never modified.
var kindNames = buildKindNames()

// kindIndex is the type of kindNames.
type kindIndex struct {
	names  [256][]kindName
	second [256]byteSet
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// kindSpellings are older spellings of kind names that citations still use
// (tone mark on the first vowel of "oa", "uy").
var kindSpellings = [...]struct {
	kind     Kind
	spelling string
}{
	{Agreement, "Bản thoả thuận"},
	{Authorization, "Giấy uỷ quyền"},
}

// kindBucket is the index of the first byte of a name in kindNames.
func kindBucket(b byte) byte {
	if b < utf8.RuneSelf {
		return b | 0x20
	}
	return b
}

func buildKindNames() *kindIndex {
	var t kindIndex
	add := func(k Kind, name string) {
		r, size := utf8.DecodeRuneInString(name)
		tail := strings.ToLower(name[size:])
		b := kindBucket(name[0])
		t.names[b] = append(t.names[b], kindName{kind: k, first: unicode.ToLower(r), tail: tail})
		// The second letter in either case: an ASCII letter, or the first
		// byte of a Vietnamese letter, which its two cases share.
		t.second[b].add(tail[0])
		if 'a' <= tail[0] && tail[0] <= 'z' {
			t.second[b].add(tail[0] - 'a' + 'A')
		}
	}
	for _, info := range kindTable {
		add(info.Kind, string(info.Kind))
	}
	for _, sp := range kindSpellings {
		add(sp.kind, sp.spelling)
	}
	for i := range t.names {
		sort.SliceStable(t.names[i], func(a, b int) bool { return len(t.names[i][a].tail) > len(t.names[i][b].tail) })
	}
	return &t
}

// mayStartKind reports whether a kind name may start at i, from its first two
// bytes: a quick test before kindAt.
func mayStartKind(s string, i int) bool {
	b := kindBucket(s[i])
	if len(kindNames.names[b]) == 0 {
		return false
	}
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		j = i + 2 // Đ, đ
	}
	return j < len(s) && kindNames.second[b].has(s[j])
}

// kindNode is a node of kindTrie: a letter of a kind name, in lower case,
// after the letters of its parents.
type kindNode struct {
	letter  string // the letter in lower case, as UTF-8: "ị"
	r       rune   // the same letter as a rune
	capital rune   // the other rune foldLetter reads as the letter (lowersTo), or -1
	lead    byte   // letter[0], kept here so that follow reads no string
	upper   byte   // the capital of an ASCII letter, else the letter's first byte
	kind    uint8  // 1 + the index in kindTable of the kind whose name ends with the letter, or 0
	child   int16  // the first of the letters that follow it in longer names, or 0 for none
	sibling int16  // the next letter after the same parent, or 0 for none
}

// kindTree is the type of kindTrie: nodes[0] is no node.
type kindTree struct {
	nodes []kindNode
	root  [256]int16 // the first node of each first byte (kindBucket), or 0
}

// kindTrie holds the names of kindNames as a tree of their letters, from
// the first letters of each first byte: a position is read along one path
// of it instead of being matched against every name of its first byte.
// Built once from kindNames when the package is initialised and never
// changed, so it is safe for concurrent use.
var kindTrie = buildKindTrie()

func buildKindTrie() *kindTree {
	t := &kindTree{nodes: make([]kindNode, 1, 1+kindTrieSize())}
	for b, names := range kindNames.names {
		for _, n := range names {
			x := t.step(0, byte(b), letterString(n.first))
			for j := 0; j < len(n.tail); {
				_, size := utf8.DecodeRuneInString(n.tail[j:])
				x = t.step(x, 0, n.tail[j:j+size])
				j += size
			}
			t.nodes[x].kind = 1 + kindIndexes.place[n.kind]
		}
	}
	return t
}

// letterString returns the UTF-8 of r, without an allocation for an ASCII
// letter in lower case.
func letterString(r rune) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	if 'a' <= r && r <= 'z' {
		return letters[r-'a' : r-'a'+1]
	}
	return string(r)
}

// kindTrieSize returns the number of nodes of kindTrie: the letters of the
// names of kindNames, those a name shares with an earlier one of its first
// byte counted once.
func kindTrieSize() int {
	size := 0
	for _, names := range kindNames.names {
		for i, n := range names {
			shared := 0
			for _, m := range names[:i] {
				if m.first == n.first {
					shared = max(shared, 1+utf8.RuneCountInString(commonPrefix(m.tail, n.tail)))
				}
			}
			size += 1 + utf8.RuneCountInString(n.tail) - shared
		}
	}
	return size
}

// commonPrefix returns the longest start of a made of whole letters that
// b starts with too.
func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return a[:i]
}

// step returns the node of letter under parent (the first letters of the
// first byte b when parent is 0), which it adds if it is not there.
func (t *kindTree) step(parent int16, b byte, letter string) int16 {
	head := &t.root[b]
	if parent != 0 {
		head = &t.nodes[parent].child
	}
	r, _ := utf8.DecodeRuneInString(letter)
	for x := *head; x != 0; x = t.nodes[x].sibling {
		if t.nodes[x].r == r {
			return x
		}
	}
	upper := letter[0]
	if 'a' <= upper && upper <= 'z' {
		upper -= 'a' - 'A'
	}
	x := int16(len(t.nodes))
	n := kindNode{letter: letter, r: r, capital: capitalOf(r), lead: letter[0], upper: upper, sibling: *head}
	*head = x // before append, which may move t.nodes
	t.nodes = append(t.nodes, n)
	return x
}

// capitalOf returns the rune other than x that lowersTo gives for x (its
// capital of the same first byte), or -1 when there is none. Every letter
// of a kind name has one at most (a test checks it).
func capitalOf(x rune) rune {
	if l := lowersTo(x); len(l) > 1 {
		return l[1]
	}
	return -1
}

// foldLetter returns the length of n's letter, not ASCII, in any case, at
// the start of s, which starts with the letter's first byte (follow has
// tested it), or 0; as foldPrefix (in the tests) reads it: a letter whose
// UTF-8 starts with the same byte and whose lower case is n's, which is
// the letter itself or its capital (lowersTo).
func (n *kindNode) foldLetter(s string) int {
	if strings.HasPrefix(s, n.letter) {
		return len(n.letter)
	}
	r, size := utf8.DecodeRuneInString(s)
	if r != n.capital {
		return 0
	}
	return size
}

// follow returns the node, from x and its siblings, whose letter starts s
// in any case, and the length of that letter in s; 0 when none does.
func (t *kindTree) follow(x int16, s string) (int16, int) {
	if s == "" {
		return 0, 0
	}
	a := s[0]
	for ; x != 0; x = t.nodes[x].sibling {
		n := &t.nodes[x]
		if a != n.lead && a != n.upper {
			continue
		}
		if n.lead < utf8.RuneSelf {
			return x, 1 // an ASCII letter, or its capital
		}
		if k := n.foldLetter(s); k > 0 {
			return x, k
		}
	}
	return 0, 0
}
