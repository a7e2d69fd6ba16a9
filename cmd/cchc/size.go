package main

import (
	"errors"
	"flag"
	"math"
	"strconv"
	"strings"

	"github.com/cchc-go/cchc/reform"
)

// maxMaxSize is the largest --max-size: far beyond any report, and far from
// the overflow of the arithmetic of a reader that reads one byte more than
// its limit.
const maxMaxSize = 1 << 40

// sizeUnits are the units --max-size accepts after the number, in lower
// case: K, M, G, T and KiB … TiB are powers of 1024, KB … TB powers of 1000,
// as in GNU coreutils.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
	"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
	"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
	"t": 1 << 40, "tib": 1 << 40, "tb": 1e12,
}

// byteSize is a number of bytes, the value of --max-size.
type byteSize int64

// errSize is the error of parseSize, which the flag package prints after
// the flag and its value.
var errSize = errors.New("expected a number of bytes such as 1048576, 16M or 64MiB (K, M, G: ×1024; KB, MB, GB: ×1000), from 1 byte to 1TiB")

// parseSize reads a size: a whole number of bytes with an optional unit of
// sizeUnits, in any case ("16M", "64MiB", "500kb", "1048576").
func parseSize(s string) (byteSize, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, errSize
	}
	unit, ok := sizeUnits[strings.ToLower(strings.TrimSpace(s[i:]))]
	if !ok {
		return 0, errSize
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64/unit || n*unit > maxMaxSize {
		return 0, errSize
	}
	return byteSize(n * unit), nil
}

// String writes the size with the largest binary unit that divides it:
// "16MiB", "1500" (bytes).
func (s byteSize) String() string {
	for _, u := range []struct {
		name string
		size int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if s != 0 && int64(s)%u.size == 0 {
			return strconv.FormatInt(int64(s)/u.size, 10) + u.name
		}
	}
	return strconv.FormatInt(int64(s), 10)
}

// describe writes the size for a message: "16MiB (16777216 bytes)",
// "1500 bytes".
func (s byteSize) describe() string {
	n := strconv.FormatInt(int64(s), 10) + " bytes"
	if u := s.String(); u != strconv.FormatInt(int64(s), 10) {
		return u + " (" + n + ")"
	}
	return n
}

// Set parses the value of the flag.
func (s *byteSize) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = n
	return nil
}

// maxSizeFlag adds --max-size to fs, with the default limit of the decoder,
// and returns the value.
func maxSizeFlag(fs *flag.FlagSet) *byteSize {
	s := byteSize(reform.DefaultMaxBytes)
	fs.Var(&s, "max-size", "refuse a report larger than `SIZE` bytes, without reading it whole;\n"+
		"K, M, G (or KiB, MiB, GiB) are ×1024, KB, MB, GB ×1000: 64M, 64MiB, 500KB")
	return &s
}
