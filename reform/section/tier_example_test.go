package section_test

import (
	"fmt"
	"testing/fstest"

	"github.com/cchc-go/cchc/reform/section"
)

// A section keeps its default sentences in template files, one per tier,
// and embeds them (//go:embed wording/*.tmpl); a file of a tier holds only
// the sentences that read otherwise there. A report of a commune reads the
// commune's sentence where the caller left the default, and the caller's
// sentence where it changed it.
func ExampleReadDefaults() {
	files := fstest.MapFS{
		"wording/department.tmpl": {Data: []byte("[Email]\n\t{{.Share}} công chức, viên chức\n\t được cấp thư điện tử.\n")},
		"wording/commune.tmpl":    {Data: []byte("[Email]\n\t{{.Share}} cán bộ, công chức\n\t được cấp thư điện tử.\n")},
	}
	type wording struct{ Email string }
	defaults := section.ReadDefaults("example", files, wording{})
	if err := defaults.Err(); err != nil {
		fmt.Println(err)
		return
	}

	var def wording
	defaults.Fill(&def, section.Department) // the section's DefaultWording
	changed := wording{Email: "Tất cả cán bộ, công chức có thư điện tử công vụ ({{.Share}})."}
	for _, w := range []wording{def, changed} {
		for _, tier := range []section.Tier{section.Department, section.Commune} {
			at := w
			defaults.At(&at, tier) // the section's Wording.At
			set, err := defaults.Compile(section.SentencesOf(at))
			if err != nil {
				fmt.Println(err)
				return
			}
			s, err := set.Execute("Email", map[string]string{"Share": "100%"})
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Printf("%s: %s\n", tier, s)
		}
	}
	// Output:
	// department: 100% công chức, viên chức được cấp thư điện tử.
	// commune: 100% cán bộ, công chức được cấp thư điện tử.
	// department: Tất cả cán bộ, công chức có thư điện tử công vụ (100%).
	// commune: Tất cả cán bộ, công chức có thư điện tử công vụ (100%).
}
