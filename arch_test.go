package cchc_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/cchc-go/cchc"

// importRule says why rel may not import to, or "" when it may. These are the
// rules of DESIGN.md ("Which way imports go"), the same as the project's
// check-imports tool.
func importRule(rel, to string) string {
	under := func(p, root string) bool { return p == root || strings.HasPrefix(p, root+"/") }
	if under(to, "examples") || under(to, "cmd") {
		if !under(rel, "examples") && !under(rel, "cmd") {
			return "nothing imports examples or commands"
		}
	}
	if under(to, "service") && !under(rel, "service") && !under(rel, "examples") && !under(rel, "cmd") {
		return "only commands and examples import the HTTP service"
	}
	switch {
	case rel == "reform/finding" || rel == "reform/vn" || rel == "reform/doc":
		return "a leaf imports nothing from the module"
	case rel == "reform/citation":
		if to != "reform/finding" && to != "reform/vn" && to != "reform/doc" {
			return "citation imports only the leaves"
		}
	case under(rel, "tthc") || under(rel, "personnel") || under(rel, "dissemination") || under(rel, "digital"):
		top := strings.SplitN(rel, "/", 2)[0]
		switch {
		case to == "reform/finding" || to == "reform/vn" || to == "reform/doc" || to == "reform/citation":
		case strings.HasPrefix(to, top+"/"):
		default:
			return "a domain package imports only the leaves and citation"
		}
	case strings.HasPrefix(rel, "reform/render/"):
		if to != "reform/doc" && to != "reform/vn" && to != "reform/render" && !strings.HasPrefix(to, "reform/render/internal/") {
			return "a renderer imports only reform/doc and vn"
		}
	case rel == "reform":
		if strings.HasPrefix(to, "reform/render/") {
			return "reform never imports a renderer"
		}
	}
	return ""
}

// TestImportRules fails when a package of the module imports another against
// the rules of DESIGN.md.
func TestImportRules(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	checked := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		rel := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		for _, imp := range fields[1:] {
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			to := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			checked++
			if why := importRule(rel, to); why != "" {
				t.Errorf("%s imports %s: %s", rel, to, why)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no import inside the module was checked: go list found nothing")
	}
}

// TestImportRuleTable keeps the rule function honest: each rule fires.
func TestImportRuleTable(t *testing.T) {
	tests := []struct {
		from, to string
		allowed  bool
	}{
		{"reform/vn", "reform/finding", false},
		{"reform/doc", "reform/vn", false},
		{"reform/finding", "reform/doc", false},
		{"reform/citation", "reform/vn", true},
		{"reform/citation", "reform/render", false},
		{"tthc", "reform/citation", true},
		{"tthc", "personnel", false},
		{"tthc", "tthc/internal/x", true},
		{"tthc/internal/x", "tthc", false},
		{"digital", "reform", false},
		{"reform/render/docx", "reform/doc", true},
		{"reform/render/docx", "reform/render/internal/sample", true},
		{"reform/render/html", "reform/citation", false},
		{"reform", "reform/render/docx", false},
		{"reform", "tthc", true},
		{"reform", "examples", false},
		{"cmd/cchc", "examples", true},
		{"cmd/cchc", "reform/render/docx", true},
		{"cmd/cchc", "service", true},
		{"service", "reform/render/docx", true},
		{"service", "cmd/cchc", false},
		{"reform", "service", false},
	}
	for _, tt := range tests {
		got := importRule(tt.from, tt.to) == ""
		if got != tt.allowed {
			t.Errorf("%s -> %s: allowed=%v, want %v", tt.from, tt.to, got, tt.allowed)
		}
	}
}
