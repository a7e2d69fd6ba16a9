package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// errExists is the error of writeFile for a file that exists, without force.
var errExists = errors.New("file exists")

// exists reports whether something is at path (a dangling link counts).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// writeFile writes data to the file path so that the file never holds part
// of it: data goes to a temporary file in the same folder, which is then
// renamed over path. Without force, path must not exist: it is first created
// exclusively (O_EXCL), so that two runs cannot both write it, and writeFile
// returns an error wrapping errExists when it does. With force, an existing
// regular file is replaced and keeps its permissions.
func writeFile(path string, data []byte, force bool) (err error) {
	mode := fs.FileMode(0o644)
	reserved := false
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	switch {
	case err == nil:
		// The new file has the permissions the umask leaves; the
		// temporary file takes them over.
		reserved = true
		if info, serr := f.Stat(); serr == nil {
			mode = info.Mode().Perm()
		}
		if cerr := f.Close(); cerr != nil {
			os.Remove(path)
			return cerr
		}
	case errors.Is(err, fs.ErrExist):
		if !force {
			return fmt.Errorf("%s: %w", path, errExists)
		}
		info, serr := os.Stat(path)
		if serr != nil {
			return serr
		}
		if !info.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		mode = info.Mode().Perm()
	default:
		return err
	}

	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		if reserved {
			os.Remove(path)
		}
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			if reserved {
				os.Remove(path)
			}
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
