//go:build unix

package service_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/reform/render/rendertest"
	"github.com/cchc-go/cchc/service"
)

// TestPageAsAClerkUsesIt drives the clerk's page in headless Chromium over
// the DevTools protocol, as a person uses it: choose the reference report's
// JSON file in the file field, see the findings appear, follow the link of
// a finding to its place in the rendered document, and download the DOCX,
// whose bytes must be a DOCX (a zip with word/document.xml). With CCHC_OUT
// set it leaves a screenshot of the page after the link was followed,
// service-page-upload.png, and the downloaded DOCX.
func TestPageAsAClerkUsesIt(t *testing.T) {
	bin := rendertest.Tool(t, "chromium")
	srv := httptest.NewServer(service.New(service.Options{}))
	defer srv.Close()
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	b := startBrowser(t, bin, filepath.Join(dir, "profile"))
	downloads := filepath.Join(dir, "downloads")
	require.NoError(t, os.MkdirAll(downloads, 0o755))
	events := b.events()
	require.NoError(t, b.call(ctx, "", "Browser.setDownloadBehavior",
		map[string]any{"behavior": "allow", "downloadPath": downloads, "eventsEnabled": true}, nil))
	p, err := b.newPage(ctx)
	require.NoError(t, err)
	require.NoError(t, p.call(ctx, "Emulation.setDeviceMetricsOverride",
		map[string]any{"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": false}, nil))
	require.NoError(t, p.call(ctx, "Page.navigate", map[string]any{"url": srv.URL + "/"}, nil))
	require.NoError(t, p.until(ctx, `document.readyState === "complete" && !!document.getElementById("file")`))

	// Choose the file, as the clerk does: the page reads it and checks it.
	file := filepath.Join(dir, "380-BC-STP.json")
	require.NoError(t, os.WriteFile(file, reference(t), 0o644))
	var doc struct {
		Root struct {
			NodeID int64 `json:"nodeId"`
		} `json:"root"`
	}
	require.NoError(t, p.call(ctx, "DOM.getDocument", map[string]any{}, &doc))
	var input struct {
		NodeID int64 `json:"nodeId"`
	}
	require.NoError(t, p.call(ctx, "DOM.querySelector", map[string]any{"nodeId": doc.Root.NodeID, "selector": "#file"}, &input))
	require.NoError(t, p.call(ctx, "DOM.setFileInputFiles", map[string]any{"nodeId": input.NodeID, "files": []string{file}}, nil))
	require.NoError(t, p.until(ctx, `document.getElementById("status").textContent === "Đã kiểm tra."`), "the findings and the document appear")

	var got struct {
		Summary string   `json:"summary"`
		Codes   []string `json:"codes"`
		Places  []string `json:"places"`
		Report  int      `json:"report"`
	}
	require.NoError(t, p.eval(ctx, `({
		summary: document.getElementById("summary").textContent,
		codes: [...document.querySelectorAll("#findings li")].map(li => li.dataset.code),
		places: [...document.querySelectorAll("#findings a.place")].map(a => a.textContent),
		report: new TextEncoder().encode(document.getElementById("report").value).length
	})`, &got))
	assert.Equal(t, "7 lỗi, 5 cảnh báo, 19 lưu ý.", got.Summary)
	assert.Len(t, got.Codes, 31)
	assert.Contains(t, got.Codes, "tthc.dossier.balance")
	assert.Contains(t, got.Places, "Tại: II.2.2.đ Kết quả giải quyết TTHC")
	assert.Equal(t, len(reference(t)), got.Report, "the file's text is in the field, to edit and check again")

	// Follow the link of the dossier balance: the document scrolls to its
	// heading and marks it.
	var place struct {
		Shown   string  `json:"shown"`
		Heading string  `json:"heading"`
		Top     float64 `json:"top"`
		Scroll  float64 `json:"scroll"`
		Marked  string  `json:"marked"`
	}
	require.NoError(t, p.eval(ctx, `(() => {
		const a = [...document.querySelectorAll("#findings a.place")].find(a => a.textContent.includes("II.2.2.đ"));
		a.click();
		const d = document.getElementById("document").contentDocument;
		const h = [...d.querySelectorAll("h1,h2,h3,h4,h5,h6")].find(h => h.style.background !== "");
		return {shown: document.body.dataset.shownPlace || "", heading: h ? h.textContent.trim() : "",
			top: h ? h.getBoundingClientRect().top : -1, scroll: d.defaultView.scrollY, marked: a.closest("li").className};
	})()`, &place))
	assert.Equal(t, "II.2.2.đ Kết quả giải quyết TTHC", place.Shown)
	assert.Contains(t, place.Heading, "Kết quả giải quyết TTHC")
	assert.Greater(t, place.Scroll, 1000.0, "the document scrolled down to II.2")
	assert.InDelta(t, 12, place.Top, 2, "the heading is at the top of the frame")
	assert.Equal(t, "shown", place.Marked)
	shot := screenshot(ctx, t, p)
	rendertest.WriteOut(t, "service-page-upload.png", shot)

	// Download the DOCX: the button posts the report to /render and saves
	// the answer as bao-cao.docx.
	require.NoError(t, p.eval(ctx, `document.getElementById("docx").click()`, nil))
	require.NoError(t, waitDownload(ctx, events), "the download completes")
	data, err := os.ReadFile(filepath.Join(downloads, "bao-cao.docx"))
	require.NoError(t, err)
	assert.Equal(t, []byte("PK\x03\x04"), data[:4], "a zip")
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	var parts []string
	for _, f := range zr.File {
		parts = append(parts, f.Name)
	}
	assert.Contains(t, parts, "word/document.xml")
	assert.Contains(t, parts, "[Content_Types].xml")
	var status string
	require.NoError(t, p.until(ctx, `document.getElementById("status").textContent === "Đã tải DOCX."`))
	require.NoError(t, p.eval(ctx, `document.getElementById("status").textContent`, &status))
	rendertest.WriteOut(t, "service-page-download.docx", data)
}

// screenshot returns a PNG of the page as it is shown.
func screenshot(ctx context.Context, t *testing.T, p *page) []byte {
	t.Helper()
	var shot struct {
		Data string `json:"data"`
	}
	require.NoError(t, p.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot))
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(png, []byte("\x89PNG")))
	return png
}

// waitDownload waits for the browser's event that a download completed.
func waitDownload(ctx context.Context, events chan cdpMessage) error {
	for {
		select {
		case m := <-events:
			if m.Method != "Browser.downloadProgress" {
				continue
			}
			var ev struct {
				State string `json:"state"`
			}
			if json.Unmarshal(m.Params, &ev) == nil {
				switch ev.State {
				case "completed":
					return nil
				case "canceled":
					return context.Canceled
				}
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
