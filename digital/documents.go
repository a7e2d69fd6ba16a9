package digital

// Topic: the document flow on the electronic office system (tình hình sử
// dụng phần mềm quản lý văn bản): documents received and handled on the
// system (văn bản đến), documents sent, digitally signed and issued on it
// (văn bản đi), and the shares a report states of them. Printed as the
// document-flow item with a "+" item each for incoming and outgoing
// documents.

import (
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/section"
)

// Documents is the document flow on the electronic office system (văn bản
// đến, văn bản đi trên hệ thống văn phòng điện tử).
type Documents struct {
	// Incoming are the documents received (văn bản đến).
	Incoming *Incoming `json:"incoming,omitempty"`
	// Outgoing are the documents sent (văn bản đi).
	Outgoing *Outgoing `json:"outgoing,omitempty"`
}

// Incoming are the documents received in the period (văn bản đến).
type Incoming struct {
	// Total is the number of documents received (số văn bản đến).
	Total int64 `json:"total" validate:"gte=0,lte=1000000000000"`
	// ExcludesSecret says that Total leaves out the secret documents (trừ
	// các văn bản mật), which are not handled on the electronic system.
	ExcludesSecret bool `json:"excludes_secret,omitempty"`
	// Handled is the number of documents assigned and handled on the
	// electronic office system (được phân công xử lý trên hệ thống văn
	// phòng điện tử); nil when the report does not say.
	Handled *int64 `json:"handled,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredIncoming `json:"declared,omitzero"`
}

// DeclaredIncoming are the shares a report states about incoming documents,
// as written ("100%", "98,5%").
type DeclaredIncoming struct {
	// HandledShare is the stated share of Handled in Total.
	HandledShare string `json:"handled_share,omitempty"`
}

// Outgoing are the documents sent in the period (văn bản đi).
type Outgoing struct {
	// Total is the number of documents sent (số văn bản đi).
	Total int64 `json:"total" validate:"gte=0,lte=1000000000000"`
	// Signed is the number of documents digitally signed (được ký số); nil
	// when the report does not say.
	Signed *int64 `json:"signed,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Issued is the number of documents issued on the electronic office
	// system (xử lý phát hành trên hệ thống văn phòng điện tử); nil when the
	// report does not say.
	Issued *int64 `json:"issued,omitempty" validate:"omitempty,gte=0,lte=1000000000000"`
	// Declared are the figures the report states besides the counts.
	Declared DeclaredOutgoing `json:"declared,omitzero"`
}

// DeclaredOutgoing are the shares a report states about outgoing documents,
// as written.
type DeclaredOutgoing struct {
	// SignedShare is the stated share of Signed in Total.
	SignedShare string `json:"signed_share,omitempty"`
	// IssuedShare is the stated share of Issued in Total.
	IssuedShare string `json:"issued_share,omitempty"`
}

// The codes of the document-flow checks; Rules documents each one.
const (
	// CodeDocumentsHandled: more incoming documents handled on the system
	// than received.
	CodeDocumentsHandled finding.Code = "digital.documents.handled"
	// CodeDocumentsSigned: more outgoing documents signed than sent.
	CodeDocumentsSigned finding.Code = "digital.documents.signed"
	// CodeDocumentsIssued: more outgoing documents issued on the system than
	// sent.
	CodeDocumentsIssued finding.Code = "digital.documents.issued"
	// CodeDocumentsShare: a stated share of documents differs from the one
	// computed from the counts.
	CodeDocumentsShare finding.Code = "digital.documents.share"
)

// The rules of the document-flow checks (see Rules): built once, never
// changed.
var (
	ruleDocumentsHandled = finding.Rule{Code: CodeDocumentsHandled, Severity: finding.Error,
		Summary: "Số văn bản đến được xử lý trên hệ thống văn phòng điện tử vượt quá số văn bản đến.",
		Doc:     "documents.incoming.handled ≤ documents.incoming.total (finding.AtMost)."}
	ruleDocumentsSigned = finding.Rule{Code: CodeDocumentsSigned, Severity: finding.Error,
		Summary: "Số văn bản đi được ký số vượt quá số văn bản đi.",
		Doc:     "documents.outgoing.signed ≤ documents.outgoing.total (finding.AtMost)."}
	ruleDocumentsIssued = finding.Rule{Code: CodeDocumentsIssued, Severity: finding.Error,
		Summary: "Số văn bản đi được phát hành trên hệ thống vượt quá số văn bản đi.",
		Doc:     "documents.outgoing.issued ≤ documents.outgoing.total (finding.AtMost)."}
	ruleDocumentsShare = finding.RateRule{
		Mismatch: finding.Rule{Code: CodeDocumentsShare, Severity: finding.Error,
			Summary: "Tỷ lệ văn bản ghi trong báo cáo khác tỷ lệ tính từ số văn bản.",
			Doc: "A declared share of documents (handled_share, signed_share, issued_share) is compared with count/total × 100 " +
				"rounded half-up at the stated precision (finding.CheckRate)."},
		Truncated: finding.Rule{Code: finding.TruncatedCode(CodeDocumentsShare), Severity: finding.Warning,
			Summary: "Tỷ lệ văn bản ghi trong báo cáo bị cắt bớt chữ số thay vì làm tròn.",
			Doc:     "The declared share of documents equals the truncated value, not the rounded one (finding.CheckRate)."},
	}
)

// check checks the document flow: each count of a part at most its total,
// each declared share against its counts.
func (d *Documents) check(out *finding.List) {
	if d == nil {
		return
	}
	d.Incoming.check(out)
	d.Outgoing.check(out)
}

// check checks the incoming documents: handled ≤ total, and the stated
// share of handled.
func (in *Incoming) check(out *finding.List) {
	if in == nil {
		return
	}
	checkDocumentParts(out, "incoming", in.Total, documentPart{rule: ruleDocumentsHandled, name: "handled",
		what: "văn bản đến được xử lý trên hệ thống văn phòng điện tử", data: "số văn bản đến được xử lý trên hệ thống",
		count: in.Handled, share: in.Declared.HandledShare})
}

// check checks the outgoing documents: signed and issued each ≤ total, and
// their stated shares.
func (o *Outgoing) check(out *finding.List) {
	if o == nil {
		return
	}
	checkDocumentParts(out, "outgoing", o.Total,
		documentPart{rule: ruleDocumentsSigned, name: "signed", what: "văn bản đi được ký số",
			data: "số văn bản đi được ký số", count: o.Signed, share: o.Declared.SignedShare},
		documentPart{rule: ruleDocumentsIssued, name: "issued", what: "văn bản đi được phát hành trên hệ thống văn phòng điện tử",
			data: "số văn bản đi được phát hành trên hệ thống", count: o.Issued, share: o.Declared.IssuedShare})
}

// documentPart is a count of documents that is part of the total of its
// flow (handled of the incoming, signed or issued of the outgoing), with
// its stated share of the total.
type documentPart struct {
	rule  finding.Rule // part ≤ total
	name  string       // the JSON name of the count: "signed"
	what  string       // the documents counted: "văn bản đi được ký số"
	data  string       // the count in the message of a share it cannot derive
	count *int64       // the count; nil when not given
	share string       // the stated share, as written
}

// checkDocumentParts checks the parts of the total of the flow dir
// ("incoming", "outgoing"): each part ≤ total, then each stated share
// against its counts.
func checkDocumentParts(out *finding.List, dir string, total int64, parts ...documentPart) {
	base := "documents." + dir + "."
	for _, p := range parts {
		atMost(out, p.rule, base+p.name, base+"total", "số "+p.what, p.count, total)
	}
	for _, p := range parts {
		checkShare(out, shareSubject{
			rule: ruleDocumentsShare, path: base + "declared." + p.name + "_share",
			numPath: base + p.name, denPath: base + "total", label: "tỷ lệ " + p.what, data: p.data,
		}, p.share, p.count, total)
	}
}

// addDocuments adds the document flow: each of incoming and outgoing only
// when both sides give it, each optional count only when both give it.
func addDocuments(ad *section.Adder, a, b *Documents) *Documents {
	if a == nil || b == nil {
		return nil
	}
	out := &Documents{Incoming: addIncoming(ad, a.Incoming, b.Incoming), Outgoing: addOutgoing(ad, a.Outgoing, b.Outgoing)}
	if out.Incoming == nil && out.Outgoing == nil {
		return nil
	}
	return out
}

// addIncoming adds the incoming documents when both sides give them.
func addIncoming(ad *section.Adder, x, y *Incoming) *Incoming {
	if x == nil || y == nil {
		return nil
	}
	return &Incoming{
		Total:          ad.Add("documents.incoming.total", x.Total, y.Total),
		Handled:        ad.Optional("documents.incoming.handled", x.Handled, y.Handled),
		ExcludesSecret: x.ExcludesSecret && y.ExcludesSecret,
	}
}

// addOutgoing adds the outgoing documents when both sides give them.
func addOutgoing(ad *section.Adder, x, y *Outgoing) *Outgoing {
	if x == nil || y == nil {
		return nil
	}
	return &Outgoing{
		Total:  ad.Add("documents.outgoing.total", x.Total, y.Total),
		Signed: ad.Optional("documents.outgoing.signed", x.Signed, y.Signed),
		Issued: ad.Optional("documents.outgoing.issued", x.Issued, y.Issued),
	}
}

// stripDocuments copies the document flow without its declared shares.
func stripDocuments(x *Documents) *Documents {
	if x == nil {
		return nil
	}
	out := &Documents{}
	if in := x.Incoming; in != nil {
		out.Incoming = &Incoming{Total: in.Total, ExcludesSecret: in.ExcludesSecret, Handled: clonePtr(in.Handled)}
	}
	if o := x.Outgoing; o != nil {
		out.Outgoing = &Outgoing{Total: o.Total, Signed: clonePtr(o.Signed), Issued: clonePtr(o.Issued)}
	}
	return out
}

// Portion is a count out of a whole (một phần của tổng số), formatted.
type Portion struct {
	// Count is the count: "3.500".
	Count string
	// Share is the count over the whole as a percentage, "93,9%"; empty when
	// it cannot be computed (a whole of 0, a negative count).
	Share string
	// All is true when the count equals a whole above 0: the text may say
	// "tất cả" (all), and only then.
	All bool
	// None is true when the count is 0: the text says "chưa có văn bản …"
	// rather than "0 văn bản (0%)".
	None bool
}

// IncomingData is the data of Wording.Incoming.
type IncomingData struct {
	// Total is the number of documents received: "10.343".
	Total string
	// ExcludesSecret says the total leaves out secret documents.
	ExcludesSecret bool
	// Handled are the documents handled on the system, or nil.
	Handled *Portion
	// None is true when no document was received: the text says so
	// instead of "0 văn bản".
	None bool
}

// OutgoingData is the data of Wording.Outgoing.
type OutgoingData struct {
	// Total is the number of documents sent: "3.728".
	Total string
	// Signed are the documents digitally signed, or nil.
	Signed *Portion
	// Issued are the documents issued on the system, or nil.
	Issued *Portion
	// AllSignedAndIssued is true when every document was both signed and
	// issued on the system.
	AllSignedAndIssued bool
	// None is true when no document was sent: the text says so instead of
	// "0 văn bản".
	None bool
}

// portion formats count out of whole; nil when count is not given.
func (w *writer) portion(count *int64, whole int64) *Portion {
	if count == nil {
		return nil
	}
	p := &Portion{Count: w.format.Count(*count), All: *count == whole && whole > 0, None: *count == 0}
	if share, err := w.format.Percent(*count, whole); err == nil {
		p.Share = share
	}
	return p
}

// documentsItem is the document-flow item: the lead (Wording.Documents)
// with the incoming and outgoing sentences as "+" items; false when neither
// sentence writes anything.
func (w *writer) documentsItem(d *Documents) (doc.Item, bool) {
	if d == nil || (d.Incoming == nil && d.Outgoing == nil) {
		return doc.Item{}, false
	}
	sub := &doc.List{Marker: doc.Plus}
	sub.Items = appendText(sub.Items, w.incomingText(d.Incoming))
	sub.Items = appendText(sub.Items, w.outgoingText(d.Outgoing))
	lead := w.line("Documents", nil)
	if len(sub.Items) == 0 {
		return doc.Item{}, false
	}
	return doc.Item{Runs: doc.Text(lead), Blocks: []doc.Block{sub}}, true
}

// incomingText is the incoming-documents sentence (Wording.Incoming); empty
// when there are no incoming documents.
func (w *writer) incomingText(in *Incoming) string {
	if in == nil {
		return ""
	}
	return w.line("Incoming", IncomingData{
		Total: w.format.Count(in.Total), ExcludesSecret: in.ExcludesSecret, Handled: w.portion(in.Handled, in.Total), None: in.Total == 0,
	})
}

// outgoingText is the outgoing-documents sentence (Wording.Outgoing); empty
// when there are no outgoing documents.
func (w *writer) outgoingText(o *Outgoing) string {
	if o == nil {
		return ""
	}
	data := OutgoingData{Total: w.format.Count(o.Total), Signed: w.portion(o.Signed, o.Total), Issued: w.portion(o.Issued, o.Total), None: o.Total == 0}
	data.AllSignedAndIssued = data.Signed != nil && data.Signed.All && data.Issued != nil && data.Issued.All
	return w.line("Outgoing", data)
}

// documentRules are the rules of the documents, in the order Rules lists them.
func documentRules() finding.Catalogue {
	return finding.Catalogue{
		ruleDocumentsHandled,
		ruleDocumentsSigned,
		ruleDocumentsIssued,
		ruleDocumentsShare.Mismatch,
		ruleDocumentsShare.Truncated,
	}
}
