package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/service"
)

// TestServeShutsDownGracefully serves on a loopback port, answers a check,
// and on cancellation (what SIGINT and SIGTERM do) stops with exit 0 after
// the request in progress has its answer.
func TestServeShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lockedWriter{w: &bytes.Buffer{}}
	e := &env{stdout: &errWriter{w: io.Discard}, stderr: stderr}
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			cancel() // the signal comes while this request is in progress
			time.Sleep(300 * time.Millisecond)
			_, _ = io.WriteString(w, "done")
			return
		}
		service.New(service.Options{}).ServeHTTP(w, r)
	})
	exit := make(chan int, 1)
	go func() { exit <- e.serveOn(ctx, ln, slow) }()
	base := "http://" + ln.Addr().String()

	res, err := http.Post(base+"/check", "application/json", bytes.NewReader(readFile(t, reference(t))))
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, string(body), `"errors":7`)

	res, err = http.Get(base + "/slow")
	require.NoError(t, err, "the request in progress is answered")
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, "done", string(body))
	select {
	case code := <-exit:
		assert.Equal(t, exitOK, code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	assert.Contains(t, stderr.String(), "cchc serve: stopped")
	_, err = http.Get(base + "/healthz")
	assert.Error(t, err, "no new request after the stop")
}

func TestServeUsage(t *testing.T) {
	got := runInProcess(t, nil, "serve", "extra")
	assert.Equal(t, exitFail, got.code)
	got = runInProcess(t, nil, "serve", "--addr", "256.0.0.1:80")
	assert.Equal(t, exitFail, got.code)
	assert.True(t, strings.Contains(string(got.stderr), "cchc serve:"), "%s", got.stderr)
}

// lockedWriter serialises writes from the server's goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// String returns what was written, under the lock.
func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.(*bytes.Buffer).String()
}
