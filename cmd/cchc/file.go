package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// errExists is the error of writeFile for a file that exists, without force.
var errExists = errors.New("file exists")

// exists reports whether something is at path (a dangling link counts).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// holdBeforeCommit, when set at build time (go build -ldflags
// "-X main.holdBeforeCommit=1"), makes writeFile stop before it moves the
// complete temporary file into place, after saying so on standard error, so
// that a test can interrupt the run there. It is empty in every other build.
var holdBeforeCommit string

// link creates newname as a hard link to oldname; a variable so that tests
// can make it fail.
var link = os.Link

// writeFile writes data to the file path so that path never holds part of
// it, and never is an empty file left by a failed or interrupted run: data
// goes to a temporary file in the same folder, which is complete and synced
// before it becomes path. Without force, path must not exist: the temporary
// file is hard-linked to path, which fails when path exists (so two runs
// cannot both write it), and writeFile then returns an error wrapping
// errExists; a new file has the permissions the umask leaves of 0666. With
// force, the temporary file is renamed over path, and an existing regular
// file keeps its permissions. On any failure, and when the process is
// interrupted (SIGINT, SIGTERM: see removeTempsOnSignal), the temporary
// file is removed.
func writeFile(path string, data []byte, force bool) (err error) {
	keepMode, err := keptMode(path, force)
	if err != nil {
		return err
	}
	tmp, err := createTemp(path)
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			temps.remove(name)
		}
	}()
	if err = fillTemp(tmp, data, keepMode); err != nil {
		return err
	}
	if holdBeforeCommit != "" {
		hold(name)
	}
	return temps.commit(name, func() error { return moveIntoPlace(name, path, force) })
}

// keptMode returns the permissions the file written at path keeps: none
// for a new file; with force, those of the regular file there (or that a
// link there points to, since the link is replaced as rename does). It
// returns an error wrapping errExists for a file that exists without force.
func keptMode(path string, force bool) (*fs.FileMode, error) {
	info, err := os.Lstat(path)
	switch {
	case err == nil && !force:
		return nil, fmt.Errorf("%s: %w", path, errExists)
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		if info, err = os.Stat(path); err != nil {
			return nil, err
		}
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	mode := info.Mode().Perm()
	return &mode, nil
}

// fillTemp writes data to the temporary file, gives it the permissions
// keepMode when set, syncs and closes it.
func fillTemp(tmp *os.File, data []byte, keepMode *fs.FileMode) error {
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if keepMode != nil {
		if err := tmp.Chmod(*keepMode); err != nil {
			return err
		}
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	return tmp.Close()
}

// hold stops the run for good before the complete temporary file name is
// moved into place, after saying so (see holdBeforeCommit).
func hold(name string) {
	fmt.Fprintf(os.Stderr, "cchc: holding %s\n", name)
	for {
		time.Sleep(time.Hour)
	}
}

// moveIntoPlace moves the complete temporary file name to path: renamed
// over it with force, else hard-linked to it, which fails when path
// exists.
func moveIntoPlace(name, path string, force bool) error {
	if force {
		return os.Rename(name, path)
	}
	lerr := link(name, path)
	switch {
	case lerr == nil:
		return os.Remove(name)
	case errors.Is(lerr, fs.ErrExist):
		return fmt.Errorf("%s: %w", path, errExists)
	case errors.Is(lerr, errors.ErrUnsupported) || errors.Is(lerr, fs.ErrPermission):
		// A file system without hard links (FAT, some network
		// shares): check, then rename, which leaves a short race
		// with another run but never an empty file.
		if exists(path) {
			return fmt.Errorf("%s: %w", path, errExists)
		}
		return os.Rename(name, path)
	}
	return lerr
}

// createTemp creates a new temporary file beside path, named
// ".NAME.RANDOM.tmp", with the permissions a new file at path would have
// (0666 less the umask), and registers it with temps.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		if !temps.add(name) {
			return nil, errors.New("interrupted")
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			return f, nil
		}
		temps.forget(name)
		if !errors.Is(err, fs.ErrExist) {
			return nil, createError(path, err)
		}
	}
	return nil, fmt.Errorf("%s: cannot create a temporary file beside it", path)
}

// createError names the file the user asked for, path, not the temporary
// one, in an error creating it.
func createError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: "create", Path: path, Err: pe.Err}
	}
	return err
}

// tempFiles are the temporary files of the run that exist, so that a signal
// can remove them.
type tempFiles struct {
	mu    sync.Mutex
	names map[string]bool
	// closed is set when the process is about to exit on a signal: no new
	// temporary file may be created.
	closed bool
	// handler installs the signal handler with the first temporary file:
	// a run that writes none (check, serve) keeps the default handling,
	// and serve its own graceful shutdown.
	handler sync.Once
}

// temps are the temporary files of this process.
var temps = &tempFiles{names: map[string]bool{}}

// add registers name before the file is created, and reports false when the
// process is exiting on a signal.
func (t *tempFiles) add(name string) bool {
	t.handler.Do(removeTempsOnSignal)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return false
	}
	t.names[name] = true
	return true
}

// forget unregisters name, a file that was not created or no longer exists.
func (t *tempFiles) forget(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.names, name)
}

// remove removes the file name and unregisters it.
func (t *tempFiles) remove(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	os.Remove(name)
	delete(t.names, name)
}

// commit runs move, which moves or links the temporary file name into place
// and removes it, with no signal handling in between: the destination is
// either complete or absent. Whatever move returns, name is then
// unregistered, and removed if it still exists.
func (t *tempFiles) commit(name string, move func() error) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	err := move()
	if err != nil {
		os.Remove(name)
	}
	delete(t.names, name)
	return err
}

// removeAll removes every registered file and refuses new ones. It keeps
// the lock, so that no commit can run after it: the process exits next.
func (t *tempFiles) removeAll() {
	t.mu.Lock()
	t.closed = true
	for name := range t.names {
		os.Remove(name)
	}
}

// removeTempsOnSignal makes an interrupt (SIGINT, Ctrl-C) or SIGTERM remove
// the temporary files of the run before the process ends; the process then
// ends as the signal would have ended it, so that a shell sees it was
// interrupted.
func removeTempsOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-c
		temps.removeAll()
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(sig) == nil {
			// The default action ends the process; wait for it.
			time.Sleep(time.Second)
		}
		code := 128 + 15
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
