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
	if under(to, "examples") || under(to, "cmd") {
		if !under(rel, "examples") && !under(rel, "cmd") {
			return "nothing imports examples or commands"
		}
	}
	if under(to, "service") && !under(rel, "service") && !under(rel, "examples") && !under(rel, "cmd") {
		return "only commands and examples import the HTTP service"
	}
	switch {
	case rel == "reform/vn":
		return "vn is the floor: it imports nothing from the module"
	case rel == "reform/finding" || rel == "reform/doc":
		if to != "reform/vn" {
			return "a leaf imports only reform/vn"
		}
	case rel == "reform/citation":
		if !leaf(to) {
			return "citation imports only vn, finding and doc"
		}
	case rel == "reform/section":
		if !leaf(to) && to != "reform/citation" {
			return "the shared section package imports only vn, finding, doc and citation"
		}
	case isSection(rel):
		return sectionRule(rel, to)
	case under(rel, "reform/lint"):
		return lintRule(rel, to)
	case under(rel, "reform/render"):
		if to != "reform/doc" && to != "reform/vn" && to != "reform/render" && !strings.HasPrefix(to, "reform/render/internal/") {
			return "a renderer imports only reform/doc and vn"
		}
	case rel == "reform":
		if strings.HasPrefix(to, "reform/render/") {
			return "reform never imports a renderer"
		}
		if under(to, "reform/lint") {
			return "reform never imports lint"
		}
	}
	return ""
}

// under reports whether package p is root or lies under it.
func under(p, root string) bool { return p == root || strings.HasPrefix(p, root+"/") }

// leaf reports whether p is one of the leaves (vn, finding, doc) or an
// internal helper of reform, which the packages above the leaves may use
// like a leaf.
func leaf(p string) bool {
	return p == "reform/vn" || p == "reform/finding" || p == "reform/doc" || strings.HasPrefix(p, "reform/internal/")
}

// sections are the report's sections, each a top-level package.
var sections = []string{"tthc", "personnel", "dissemination", "digital"}

// isSection reports whether p is a section or one of its sub-packages.
func isSection(p string) bool {
	for _, s := range sections {
		if under(p, s) {
			return true
		}
	}
	return false
}

// sectionRule is the rule of a section and its sub-packages: the leaves,
// citation and the shared section package; a section's own sub-packages,
// and for a sub-package its section; never reform or another section.
func sectionRule(rel, to string) string {
	top, _, _ := strings.Cut(rel, "/")
	switch {
	case leaf(to) || to == "reform/citation" || to == "reform/section":
	case strings.HasPrefix(to, top+"/"):
	case to == top && rel != top:
	default:
		return "a section imports only the leaves, citation and reform/section"
	}
	return ""
}

// lintRule is the rule of reform/lint and its sub-packages: the leaves,
// citation, the shared section package, the sections, reform and lint's own
// packages; never a renderer.
func lintRule(rel, to string) string {
	switch {
	case under(to, "reform/render"):
		return "lint never imports a renderer"
	case leaf(to) || to == "reform/citation" || to == "reform/section" || isSection(to) || to == "reform" || under(to, "reform/lint"):
	default:
		return "lint imports only the leaves, citation, reform/section, the sections, reform and its own packages"
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
		{"reform/vn", "reform/doc", false},
		{"reform/doc", "reform/vn", true},
		{"reform/finding", "reform/vn", true},
		{"reform/finding", "reform/doc", false},
		{"reform/doc", "reform/finding", false},
		{"reform/doc", "reform/citation", false},
		{"reform/citation", "reform/vn", true},
		{"reform/citation", "reform/doc", true},
		{"reform/citation", "reform/section", false},
		{"reform/citation", "reform/render", false},
		{"reform/section", "reform/citation", true},
		{"reform/section", "reform/doc", true},
		{"reform/section", "reform", false},
		{"reform/section", "tthc", false},
		{"reform/section", "reform/internal/strictjson", true},
		{"reform/doc", "reform/internal/strictjson", false},
		{"tthc", "reform/citation", true},
		{"tthc", "reform/section", true},
		{"tthc", "personnel", false},
		{"tthc", "tthc/internal/x", true},
		{"tthc/internal/x", "tthc", true},
		{"tthc/internal/x", "reform/section", true},
		{"tthc/internal/x", "personnel", false},
		{"digital", "reform", false},
		{"reform/lint", "reform", true},
		{"reform/lint", "tthc", true},
		{"reform/lint", "reform/section", true},
		{"reform/lint", "reform/lint/input", true},
		{"reform/lint/docxread", "reform/vn", true},
		{"reform/lint", "reform/render/docx", false},
		{"reform/lint", "reform/render", false},
		{"reform/lint", "service", false},
		{"reform", "reform/lint", false},
		{"reform/render/docx", "reform/doc", true},
		{"reform/render/docx", "reform/render/internal/sample", true},
		{"reform/render/html", "reform/citation", false},
		{"reform/render", "reform/doc", true},
		{"reform/render", "reform/finding", false},
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
