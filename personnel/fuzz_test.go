package personnel_test

import (
	"testing"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/personnel"
	"github.com/cchc-go/cchc/reform/doc"
)

// FuzzPersonnel decodes arbitrary bytes strictly, validates and writes the
// text: nothing panics, Validate is deterministic, and Blocks either fails
// with an error or gives blocks that lay out whenever its narratives are well
// formed (Validate finds no markup problem).
func FuzzPersonnel(f *testing.F) {
	testutil.Seed(f, referencePath,
		`{}`,
		`{"organisation":{"department":{"name":"Sở *x*","staff":-1,"qualifications":{"below":{"law":5}}}}}`,
		`{"organisation":{"local":[{"level":"district","staff":0,"certified":3,"declared":{"certified_rate":"98,123456789012345678901234567890123%"}}]}}`,
		`{"civil_service":{"gender":{"groups":[{"group":"department","women":9223372036854775807,"total":1}]}}}`,
		`{"civil_service":{"emulation":{"titles":[{"authority":"A","awards":[{"title":"emulation_flag","individuals":9223372036854775807},{"title":"emulation_flag","individuals":9223372036854775807}]}]}}}`,
		`{"organisation":{"planning":{"text":"a[^1]","notes":[""]}}}`,
	)
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := personnel.Decode(b)
		if err != nil {
			return
		}
		findings := p.Validate()
		if again := p.Validate(); len(again) != len(findings) {
			t.Fatalf("Validate is not deterministic: %d then %d findings", len(findings), len(again))
		}
		blocks, err := p.Blocks(personnel.DefaultWording())
		if err != nil {
			if len(findings.WithCode(personnel.CodeMarkup)) == 0 {
				t.Fatalf("Blocks failed on data without a markup finding: %v", err)
			}
			return
		}
		if _, err := doc.Lay(document(blocks)); err != nil && len(findings.WithCode(personnel.CodeMarkup)) == 0 {
			t.Fatalf("Lay failed on data without a markup finding: %v", err)
		}
		_, _ = p.Add(*p)
	})
}
