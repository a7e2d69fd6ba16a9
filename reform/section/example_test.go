package section_test

import (
	"fmt"

	"github.com/cchc-go/cchc/reform/section"
	"github.com/cchc-go/cchc/reform/vn"
)

// A section declares its default sentences once, compiles them once, and
// writes its text with a Writer that keeps the first error.
func Example() {
	defaults := []section.Sentence{
		{Name: "Units", Text: "{{.Unit}} có {{join .Units}}{{if .Staff.Given}}, với {{.Staff}} công chức{{end}}."},
	}
	compiler := section.NewCompiler("example", defaults)

	set, err := compiler.Compile(defaults)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := set.Writer()
	for _, staff := range []*int64{nil, ptr(7)} {
		fmt.Println(w.Sentence("Units", struct {
			Unit  string
			Units []string
			Staff section.Figure
		}{"Sở Tư pháp", []string{"Văn phòng", "Thanh tra", "03 phòng chuyên môn"}, section.Optional(vn.DefaultFormat(), staff)}))
	}
	if err := w.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Sở Tư pháp có Văn phòng, Thanh tra và 03 phòng chuyên môn.
	// Sở Tư pháp có Văn phòng, Thanh tra và 03 phòng chuyên môn, với 07 công chức.
}
