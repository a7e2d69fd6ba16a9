package service_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/corpus"
	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/service"
)

const examples = "../examples/testdata"

// reference is the JSON of the reference report.
func reference(t testing.TB) []byte {
	t.Helper()
	return testutil.Reference(t)
}

// answer is a decoded JSON answer of the service.
type answer struct {
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
	Problems []reform.Problem `json:"problems"`
	Findings []struct {
		Code     string `json:"code"`
		Severity string `json:"severity"`
		Path     string `json:"path"`
		Message  string `json:"message"`
	} `json:"findings"`
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Infos    int    `json:"infos"`
	Status   string `json:"status"`
}

func do(t testing.TB, h http.Handler, method, target string, body []byte) (*httptest.ResponseRecorder, answer) {
	t.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var a answer
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &a), "%s", rec.Body.String())
	}
	return rec, a
}

func TestEndpoints(t *testing.T) {
	h := service.New(service.Options{})
	ref := reference(t)
	tests := []struct {
		name, method, target string
		body                 []byte
		status               int
		code                 string // the error code, for an error answer
		contentType          string
	}{
		{"health", "GET", "/healthz", nil, 200, "", "application/json"},
		{"schema", "GET", "/schema", nil, 200, "", "application/schema+json"},
		{"openapi", "GET", "/openapi.json", nil, 200, "", "application/json"},
		{"page", "GET", "/", nil, 200, "", "text/html"},
		{"page script", "GET", "/static/page.js", nil, 200, "", "text/javascript"},
		{"unknown path", "GET", "/nope", nil, 404, "request.not_found", "application/json"},
		{"wrong method", "GET", "/check", nil, 405, "request.method", "application/json"},
		{"check the reference", "POST", "/check", ref, 200, "", "application/json"},
		{"not a report", "POST", "/check", []byte(`{"colour":1}`), 400, "request.not_a_report", "application/json"},
		{"not JSON", "POST", "/render?format=docx", []byte(`{`), 400, "request.not_a_report", "application/json"},
		{"unknown format", "POST", "/render?format=odt", ref, 400, "request.format", "application/json"},
		{"render DOCX", "POST", "/render?format=docx", ref, 200, "", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"render HTML", "POST", "/render?format=html", ref, 200, "", "text/html"},
		{"strict render of a report with errors", "POST", "/render?format=txt&strict=1", ref, 422, "render.strict", "application/json"},
		{"lint the seed text", "POST", "/lint?format=txt", seed(t), 200, "", "application/json"},
		{"lint a broken DOCX", "POST", "/lint?format=docx", []byte("PK\x03\x04 not a zip"), 400, "request.not_a_document", "application/json"},
		{"lint in an unknown format", "POST", "/lint?format=odt", seed(t), 400, "request.format", "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, a := do(t, h, tt.method, tt.target, tt.body)
			assert.Equal(t, tt.status, rec.Code, "%s", rec.Body.String())
			assert.True(t, strings.HasPrefix(rec.Header().Get("Content-Type"), tt.contentType), rec.Header().Get("Content-Type"))
			if tt.code != "" {
				require.NotNil(t, a.Error)
				assert.Equal(t, tt.code, a.Error.Code)
				assert.NotEmpty(t, a.Error.Message)
			}
		})
	}
	_, a := do(t, h, "POST", "/check", ref)
	assert.Equal(t, 7, a.Errors, "the reference report's seven errors")
	rec, _ := do(t, h, "POST", "/render?format=docx", ref)
	assert.Equal(t, "7", rec.Header().Get("X-Cchc-Errors"))
	assert.True(t, bytes.HasPrefix(rec.Body.Bytes(), []byte("PK")), "a DOCX is a zip")
	_, a = do(t, h, "POST", "/check", []byte(`{"colour":1}`))
	require.NotEmpty(t, a.Problems)
	assert.Equal(t, reform.ProblemUnknownField, a.Problems[0].Code)
	assert.Equal(t, 1, a.Problems[0].Line)
}

// seed is the reference report's text as its authors typed it.
func seed(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../reform/lint/testdata/seed.txt")
	require.NoError(t, err)
	return b
}

// TestLint: the seed text's slips come back as findings with their places.
func TestLint(t *testing.T) {
	h := service.New(service.Options{})
	rec, a := do(t, h, "POST", "/lint", seed(t))
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Positive(t, a.Errors)
	var codes []string
	for _, f := range a.Findings {
		codes = append(codes, f.Code+" "+f.Path)
	}
	assert.Contains(t, codes, "tthc.dossier.balance II.2.2.đ, đoạn 1")
	rec, _ = do(t, service.New(service.Options{MaxBytes: 100}), "POST", "/lint", seed(t))
	assert.Equal(t, http.StatusRequestEntityTooLarge, rec.Code)
}

func TestTooLarge(t *testing.T) {
	h := service.New(service.Options{MaxBytes: 1000})
	rec, a := do(t, h, "POST", "/check", reference(t))
	assert.Equal(t, http.StatusRequestEntityTooLarge, rec.Code)
	require.NotNil(t, a.Error)
	assert.Equal(t, "request.too_large", a.Error.Code)
	require.Len(t, a.Problems, 1)
	assert.Equal(t, reform.ProblemSize, a.Problems[0].Code)
}

// TestOpenAPIListsEveryEndpoint keeps the committed description in step with
// the handler: every path it describes answers, every answer it documents
// for the reference is one it gives.
func TestOpenAPIListsEveryEndpoint(t *testing.T) {
	h := service.New(service.Options{})
	rec, _ := do(t, h, "GET", "/openapi.json", nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &doc))
	assert.Equal(t, "3.1.0", doc.OpenAPI)
	want := []string{"/", "/check", "/healthz", "/lint", "/openapi.json", "/render", "/schema"}
	var got []string
	for p, ops := range doc.Paths {
		got = append(got, p)
		for method := range ops {
			target := p
			if p == "/render" {
				target += "?format=txt"
			}
			rec, _ := do(t, h, strings.ToUpper(method), target, reference(t))
			assert.NotEqual(t, http.StatusNotFound, rec.Code, "%s %s", method, p)
			assert.NotEqual(t, http.StatusMethodNotAllowed, rec.Code, "%s %s", method, p)
		}
	}
	assert.ElementsMatch(t, want, got)
}

// TestCorpusOverHTTP posts every case of the bad-input corpus to a server on
// a loopback port: input that is not a report is 400 with its problems; a
// report is 200 with its findings, and renders when it has no error.
func TestCorpusOverHTTP(t *testing.T) {
	srv := httptest.NewServer(service.New(service.Options{}))
	defer srv.Close()
	cases, err := corpus.Load(filepath.Join(examples, "corpus", "cases.json"))
	require.NoError(t, err)
	for _, c := range cases {
		data, err := c.Build(examples)
		require.NoError(t, err)
		status, a := post(t, srv.URL+"/check", data)
		if len(c.Want.Decode) > 0 {
			want := http.StatusBadRequest
			if c.Want.Decode[0].Code == reform.ProblemSize {
				want = http.StatusRequestEntityTooLarge
			}
			if assert.Equal(t, want, status, c.Name) && assert.NotEmpty(t, a.Problems, c.Name) {
				assert.True(t, c.Want.Decode[0].Matches(a.Problems[0].Code, a.Problems[0].Path), "%s: %+v", c.Name, a.Problems[0])
			}
			continue
		}
		if !assert.Equal(t, http.StatusOK, status, c.Name) {
			continue
		}
		if a.Errors == 0 {
			status, _ := post(t, srv.URL+"/render?format=html", data)
			assert.Equal(t, http.StatusOK, status, "check passes, so render succeeds: %s", c.Name)
		}
	}
}

func post(t testing.TB, url string, body []byte) (int, answer) {
	t.Helper()
	res, err := http.Post(url, "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	var a answer
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		require.NoError(t, json.Unmarshal(b, &a))
	}
	return res.StatusCode, a
}

// TestLoad sends 200 concurrent renders of the reference report to a server
// on a loopback port: every one succeeds, the goroutines return to their
// number before, and the heap stays bounded by the concurrency limit.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	srv := httptest.NewServer(service.New(service.Options{MaxConcurrent: 4}))
	ref := reference(t)
	client := &http.Client{Timeout: 2 * time.Minute}
	before := runtime.NumGoroutine()
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan string, 200)
	for range 200 {
		wg.Go(func() {
			res, err := client.Post(srv.URL+"/render?format=docx", "application/json", bytes.NewReader(ref))
			if err != nil {
				errs <- err.Error()
				return
			}
			defer res.Body.Close()
			n, _ := io.Copy(io.Discard, res.Body)
			if res.StatusCode != http.StatusOK || n == 0 {
				errs <- res.Status
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	close(stop)
	<-sampled
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	client.CloseIdleConnections()
	srv.Close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "no goroutine left behind")
	assert.Less(t, peak, uint64(512<<20), "heap in use")
	t.Logf("200 concurrent renders in %v, heap in use at most %d MiB", took, peak>>20)
}

// TestPage drives the clerk's page in headless Chromium: a report carried in
// the fragment is checked, its findings appear as list items, and markup in
// every text field shows as text.
func TestPage(t *testing.T) {
	bin := rendertest.Tool(t, "chromium")
	srv := httptest.NewServer(service.New(service.Options{}))
	defer srv.Close()
	dir := t.TempDir()
	dom := func(report []byte, shot, fragment string) string {
		args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + filepath.Join(dir, "profile"), "--virtual-time-budget=20000",
			"--window-size=1400,1000"}
		url := srv.URL + "/#report=" + base64.URLEncoding.EncodeToString(report) + fragment
		if shot != "" {
			args = append(args, "--screenshot="+shot)
		} else {
			args = append(args, "--dump-dom")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		out, err := exec.CommandContext(ctx, bin, append(args, url)...).Output()
		require.NoError(t, err)
		return string(out)
	}
	// The eighth finding with a place is the first warning, the dossier
	// balance of II.2.2.đ: the page scrolls the document to it.
	got := dom(reference(t), "", "&finding=7")
	for _, code := range []string{"dissemination.publications.copies", "personnel.base.mismatch", "citation.symbol.malformed"} {
		assert.Contains(t, got, `data-code="`+code+`"`)
	}
	assert.Contains(t, got, "7 lỗi, 5 cảnh báo, 19 lưu ý.")
	assert.Contains(t, got, "Tại: II.2.2.đ Kết quả giải quyết TTHC")
	assert.Contains(t, got, `data-shown-place="II.2.2.đ Kết quả giải quyết TTHC"`, "the link found its heading")
	if out := rendertest.OutDir(t); out != "" {
		dom(reference(t), filepath.Join(out, "service-page.png"), "&finding=7")
	}

	// Markup in every text field of the report shows as text.
	var r any
	require.NoError(t, json.Unmarshal(reference(t), &r))
	inject(r)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	got = dom(b, "", "")
	assert.NotContains(t, got, "<script>alert")
	assert.Contains(t, got, "&lt;script&gt;alert")
}

// inject puts a script tag before every string value of v.
func inject(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if s, ok := e.(string); ok && !strings.Contains(k, "date") && k != "kind" && k != "mode" && k != "level" && k != "group" {
				x[k] = "<script>alert(1)</script>" + s
				continue
			}
			inject(e)
		}
	case []any:
		for _, e := range x {
			inject(e)
		}
	}
}
