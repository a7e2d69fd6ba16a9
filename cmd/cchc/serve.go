package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/cchc-go/cchc/service"
)

// serveCommand is "cchc serve".
func serveCommand() command {
	return command{
		name:     "serve",
		synopsis: "cchc serve [--addr HOST:PORT] [--max-size SIZE] [--max-concurrent N] [--timeout D]",
		about:    serveAbout,
		examples: serveExamples,
		run:      (*env).serve,
	}
}

// serveAbout and serveExamples are the help of "cchc serve".
const (
	serveAbout = `Serve answers over HTTP, for systems that do not speak Go (.NET, Java, PHP):
  POST /check                         the findings, as "cchc check --json" prints them
  POST /render?format=docx|pdf|html|md|txt[&strict=1][&draft=1]
                                      the document
  POST /lint[?format=docx|txt|md]     a report a person wrote, checked as "cchc lint" does
  GET  /schema, /openapi.json, /healthz
  GET  /                              a page for a clerk: paste or upload a report,
                                      see its findings and the document, download the DOCX
Errors are JSON with a stable code and a Vietnamese message: 400 for input that
is not a report (with its problems), 413 over --max-size, 422 for a render
refused with strict=1. The OpenAPI description is served at /openapi.json.

It listens on 127.0.0.1:8080 by default: put it behind the provincial
system's own gateway rather than on a public address. SIGINT or SIGTERM stops
it gracefully: it takes no new request and lets those in progress finish
(up to 30 s).`
	serveExamples = `  cchc serve
  cchc serve --addr 0.0.0.0:8080 --max-size 32M
  curl -s --data-binary @bao-cao.json http://127.0.0.1:8080/check
  curl -s --data-binary @bao-cao.json -o bao-cao.docx 'http://127.0.0.1:8080/render?format=docx'
`
)

// serve runs "cchc serve".
func (e *env) serve(c command, args []string) int {
	fs := e.flagSet(c)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	maxSize := maxSizeFlag(fs)
	concurrent := fs.Int("max-concurrent", 0, "requests worked on at once; the others wait (default 4 × the CPUs)")
	timeout := fs.Duration("timeout", 30*time.Second, "how long a request may wait for its turn")
	_, code, ok := e.parseN(c, fs, args, 0, "expected no argument")
	if !ok {
		return code
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "cchc serve: %v\n", err)
		return exitFail
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	h := service.New(service.Options{MaxBytes: int64(*maxSize), MaxConcurrent: *concurrent, Timeout: *timeout})
	return e.serveOn(ctx, ln, h)
}

// serveOn serves h on ln until ctx ends, then shuts down gracefully.
func (e *env) serveOn(ctx context.Context, ln net.Listener, h http.Handler) int {
	srv := newServer(h)
	fmt.Fprintf(e.stderr, "cchc serve: listening on http://%s/\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(e.stderr, "cchc serve: %v\n", err)
		return exitFail
	case <-ctx.Done():
	}
	return e.shutdown(srv, done)
}

// newServer is the HTTP server of h, with its time and size limits.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// shutdown stops srv gracefully: no new request, those in progress
// finished (up to 30 s); done receives what Serve returns.
func (e *env) shutdown(srv *http.Server, done <-chan error) int {
	fmt.Fprintln(e.stderr, "cchc serve: stopping: finishing the requests in progress")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(e.stderr, "cchc serve: %v\n", err)
		return exitFail
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "cchc serve: %v\n", err)
		return exitFail
	}
	fmt.Fprintln(e.stderr, "cchc serve: stopped")
	return exitOK
}
