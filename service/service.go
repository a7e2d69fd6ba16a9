// Package service serves the SDK over HTTP, for provincial systems written
// in other languages (.NET, Java, PHP) that cannot import Go: they post a
// report in the JSON interchange format and get back its findings or the
// rendered document.
//
// The endpoints (described in openapi.json, served at /openapi.json):
//
//	POST /check                     the findings: {"findings": […], "errors", "warnings", "infos"}
//	POST /render?format=docx|pdf|html|md|txt[&strict=1][&draft=1]
//	                                the document; its findings' counts in X-Cchc-Errors, -Warnings, -Infos
//	POST /lint[?format=docx|txt|md] a report a person wrote (DOCX, text, Markdown), checked as cchc lint
//	                                does: {"findings": […], "errors", …} as "cchc lint --json" prints it
//	GET  /schema                    the JSON Schema of the interchange format
//	GET  /healthz                   {"status": "ok"}
//	GET  /openapi.json              the OpenAPI 3.1 description
//	GET  /                          a page for a clerk: paste or upload a report (JSON, or a DOCX, text
//	                                or Markdown to lint), see its findings beside the rendered
//	                                document, download the DOCX
//
// Errors are JSON: {"error": {"code", "message"}} with a stable English code
// and a Vietnamese message, plus "problems" (decode problems, each with code,
// path, line, column and message) or "findings" when they say why. Input that
// is not a report is 400; a body over the size limit is 413; a render refused
// under strict=1 (error-level findings) or by the layout is 422.
//
// A Handler holds no state that a request changes: it is safe for
// concurrent use. It bounds each request's body (Options.MaxBytes), the
// requests in progress at once (Options.MaxConcurrent: the rest wait their
// turn) and the wait (Options.Timeout).
package service

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"runtime"
	"strconv"
	"time"

	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/finding"
	"github.com/cchc-go/cchc/reform/lint"
	"github.com/cchc-go/cchc/reform/render"
	"github.com/cchc-go/cchc/reform/render/docx"
	"github.com/cchc-go/cchc/reform/render/html"
	"github.com/cchc-go/cchc/reform/render/markdown"
	"github.com/cchc-go/cchc/reform/render/pdf"
	"github.com/cchc-go/cchc/reform/render/text"
)

// Options configure a Handler; a zero field takes its default.
type Options struct {
	// MaxBytes is the largest request body (default reform.DefaultMaxBytes,
	// 16 MiB); a larger one is answered 413.
	MaxBytes int64
	// MaxConcurrent is how many requests are decoded, checked or rendered
	// at once (default 4 × GOMAXPROCS); the others wait, which bounds the
	// memory in use.
	MaxConcurrent int
	// Timeout bounds how long a request waits for its turn (default 30 s);
	// past it the answer is 503. The work itself is bounded by MaxBytes:
	// checking and rendering take time in proportion to the report.
	Timeout time.Duration
	// Formats are the formats /render offers (default DOCX, PDF, HTML,
	// Markdown and plain text).
	Formats []render.Format
}

// DefaultFormats are the formats a Handler offers by default.
func DefaultFormats() []render.Format {
	return []render.Format{docx.Format(), pdf.Format(), html.Format(), markdown.Format(), text.Format()}
}

// Handler is the HTTP handler of the service.
type Handler struct {
	o     Options
	slots chan struct{}
	mux   *http.ServeMux
}

//go:embed openapi.json page
var files embed.FS

// New returns the handler of the service with options o.
func New(o Options) *Handler {
	if o.MaxBytes <= 0 {
		o.MaxBytes = reform.DefaultMaxBytes
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if len(o.Formats) == 0 {
		o.Formats = DefaultFormats()
	}
	h := &Handler{o: o, slots: make(chan struct{}, o.MaxConcurrent), mux: http.NewServeMux()}
	page, _ := fs.Sub(files, "page")
	h.mux.HandleFunc("/check", h.only(http.MethodPost, h.check))
	h.mux.HandleFunc("/render", h.only(http.MethodPost, h.render))
	h.mux.HandleFunc("/lint", h.only(http.MethodPost, h.lint))
	h.mux.HandleFunc("/schema", h.only(http.MethodGet, h.schema))
	h.mux.HandleFunc("/healthz", h.only(http.MethodGet, h.healthz))
	h.mux.HandleFunc("/openapi.json", h.only(http.MethodGet, h.openAPI))
	h.mux.Handle("/static/", h.only(http.MethodGet, http.StripPrefix("/static/", http.FileServerFS(page)).ServeHTTP))
	h.mux.HandleFunc("/{$}", h.only(http.MethodGet, h.page))
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "request.not_found", "Không có địa chỉ "+r.URL.Path+" trên dịch vụ: xem /openapi.json.")
	})
	return h
}

// ServeHTTP answers one request within the time limit.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.o.Timeout)
	defer cancel()
	h.mux.ServeHTTP(w, r.WithContext(ctx))
}

// only answers 405 to a method other than method.
func (h *Handler) only(method string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, "request.method", fmt.Sprintf("Địa chỉ %s chỉ nhận phương thức %s.", r.URL.Path, method))
			return
		}
		next(w, r)
	}
}

// acquire waits for a slot among MaxConcurrent; false when the request's
// time ran out first (the answer is then written).
func (h *Handler) acquire(w http.ResponseWriter, r *http.Request) bool {
	select {
	case h.slots <- struct{}{}:
		return true
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "request.timeout", "Dịch vụ đang bận, hết thời gian chờ: hãy gửi lại sau.")
		return false
	}
}

func (h *Handler) release() { <-h.slots }

// report reads and decodes the request's report; when it cannot, it writes
// the answer (400 or 413) and returns nil.
func (h *Handler) report(w http.ResponseWriter, r *http.Request) *reform.Report {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.o.MaxBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{
			Error: apiError{Code: "request.too_large", Message: fmt.Sprintf("Báo cáo gửi lên lớn hơn giới hạn %d byte của dịch vụ.", h.o.MaxBytes)},
			Problems: []reform.Problem{{Code: reform.ProblemSize,
				Message: fmt.Sprintf("dữ liệu lớn hơn giới hạn %d byte", h.o.MaxBytes)}}})
		return nil
	case err != nil:
		writeError(w, http.StatusBadRequest, "request.body", "Không đọc được nội dung yêu cầu: "+err.Error())
		return nil
	}
	rep, err := reform.DecodeOptions{MaxBytes: h.o.MaxBytes}.Decode(data)
	if err != nil {
		body := errorBody{Error: apiError{Code: "request.not_a_report",
			Message: "Dữ liệu gửi lên không phải báo cáo theo định dạng trao đổi: xem danh sách lỗi."}}
		var de *reform.DecodeError
		if errors.As(err, &de) {
			body.Problems = de.Problems
		}
		writeJSON(w, http.StatusBadRequest, body)
		return nil
	}
	return rep
}

// withReport calls use with the request's report while holding a slot
// among MaxConcurrent; when no slot frees in time or the body is not a
// report, it writes that answer instead.
func (h *Handler) withReport(w http.ResponseWriter, r *http.Request, use func(*reform.Report)) {
	if !h.acquire(w, r) {
		return
	}
	defer h.release()
	if rep := h.report(w, r); rep != nil {
		use(rep)
	}
}

func (h *Handler) check(w http.ResponseWriter, r *http.Request) {
	h.withReport(w, r, func(rep *reform.Report) {
		writeJSON(w, http.StatusOK, rep.Validate().Summary())
	})
}

func (h *Handler) render(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := render.Pick(q.Get("format"), h.o.Formats...)
	if err != nil {
		writeError(w, http.StatusBadRequest, "request.format", fmt.Sprintf("Định dạng %q không có: cần format=%s.", q.Get("format"), formatNames(h.o.Formats)))
		return
	}
	strict, draft := truthy(q.Get("strict")), truthy(q.Get("draft"))
	h.withReport(w, r, func(rep *reform.Report) { writeRendered(w, f, rep, strict, draft) })
}

// writeRendered answers /render for the report rep: the document in format
// f, or the error findings when strict and rep has some or when the layout
// refuses it.
func writeRendered(w http.ResponseWriter, f render.Format, rep *reform.Report, strict, draft bool) {
	checked := reform.Checker{}.Check(rep, reform.DefaultWording())
	l := checked.Findings
	if strict && l.HasErrors() {
		writeJSON(w, http.StatusUnprocessableEntity, errorBody{
			Error:    apiError{Code: "render.strict", Message: fmt.Sprintf("Báo cáo có %d lỗi nên không được dựng văn bản (strict=1).", len(l.Errors()))},
			Findings: l.Errors()})
		return
	}
	var buf bytes.Buffer
	if err := writeChecked(&buf, f, checked, draft); err != nil {
		writeJSON(w, http.StatusUnprocessableEntity, errorBody{
			Error:    apiError{Code: "render.refused", Message: "Báo cáo không dựng được thành văn bản theo thể thức: xem các lỗi."},
			Findings: l.Errors()})
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", f.MediaType)
	hd.Set("Content-Disposition", `attachment; filename="bao-cao`+f.Extension+`"`)
	n := l.Count()
	hd.Set("X-Cchc-Errors", strconv.Itoa(n.Errors))
	hd.Set("X-Cchc-Warnings", strconv.Itoa(n.Warnings))
	hd.Set("X-Cchc-Infos", strconv.Itoa(n.Infos))
	hd.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

// lint checks a report a person wrote: the body is the file, its format
// the format parameter or else its content (a zip is a DOCX).
func (h *Handler) lint(w http.ResponseWriter, r *http.Request) {
	name := "bao-cao"
	switch f := r.URL.Query().Get("format"); f {
	case "":
	case "docx", "txt", "md":
		name += "." + f
	default:
		writeError(w, http.StatusBadRequest, "request.format", fmt.Sprintf("Định dạng %q không có: cần format=docx|txt|md.", f))
		return
	}
	if !h.acquire(w, r) {
		return
	}
	defer h.release()
	doc, err := lint.ReadFrom(name, http.MaxBytesReader(w, r.Body, h.o.MaxBytes), lint.Limits{MaxBytes: h.o.MaxBytes})
	var tooLarge *http.MaxBytesError
	switch {
	case errors.Is(err, lint.ErrTooLarge) || errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, "request.too_large", fmt.Sprintf("Tệp gửi lên lớn hơn giới hạn %d byte của dịch vụ.", h.o.MaxBytes))
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "request.not_a_document", "Không đọc được văn bản gửi lên (DOCX, văn bản thuần hoặc Markdown): "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, lint.Check(doc, lint.Options{}).Summary(name))
}

func (h *Handler) schema(w http.ResponseWriter, _ *http.Request) {
	s, err := reform.Schema()
	if err != nil {
		writeError(w, http.StatusInternalServerError, "server.schema", "Không tạo được lược đồ JSON: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/schema+json")
	_, _ = w.Write(s)
}

func (h *Handler) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (h *Handler) openAPI(w http.ResponseWriter, _ *http.Request) {
	b, _ := files.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

func (h *Handler) page(w http.ResponseWriter, _ *http.Request) {
	b, _ := files.ReadFile("page/index.html")
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	// The page runs its own script only, and shows the rendered report in
	// a sandboxed frame that runs none.
	hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self' blob:; img-src 'self' data:; object-src 'none'; base-uri 'none'")
	hd.Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(b)
}

// truthy reads a query flag: "1", "true", "yes".
func truthy(s string) bool {
	b, err := strconv.ParseBool(s)
	return err == nil && b || s == "yes"
}

func formatNames(fs []render.Format) string {
	var b bytes.Buffer
	for i, f := range fs {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(f.Name)
	}
	return b.String()
}

// apiError is the "error" member of an error answer.
type apiError struct {
	// Code is a stable English code, e.g. "request.not_a_report".
	Code string `json:"code"`
	// Message is a Vietnamese sentence for the person who sent the report.
	Message string `json:"message"`
}

// errorBody is an error answer.
type errorBody struct {
	Error    apiError         `json:"error"`
	Problems []reform.Problem `json:"problems,omitempty"`
	Findings finding.List     `json:"findings,omitempty"`
}

func writeError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, errorBody{Error: apiError{Code: code, Message: message}})
}

// writeJSON writes v as JSON with status, without HTML escapes.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	body := b.Bytes
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		body = func() []byte {
			return []byte(`{"error":{"code":"server.encode","message":"Không ghi được câu trả lời."}}` + "\n")
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(body())
}

// writeChecked writes the layout Check built in format f: the report is
// built and laid out once for its findings and its output. A draft is laid
// out again, with "DỰ THẢO" above the title.
func writeChecked(w io.Writer, f render.Format, c reform.Checked, draft bool) error {
	if c.Err != nil {
		return c.Err
	}
	lay := c.Layout
	if draft {
		c.Document.Header.Draft = true
		var err error
		if lay, err = doc.Lay(c.Document); err != nil {
			return err
		}
	}
	return f.Write(w, lay)
}
