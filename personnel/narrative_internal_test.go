package personnel

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The narrative fields that hold text, with their paths, in the order of the
// data: the fields Validate checks for markup.
func TestNarratives(t *testing.T) {
	b, err := os.ReadFile("testdata/an-giang-2024.json")
	require.NoError(t, err)
	p, err := Decode(b)
	require.NoError(t, err)
	var paths []string
	for _, n := range p.narratives() {
		paths = append(paths, n.path)
	}
	assert.Equal(t, []string{
		"organisation.planning", "civil_service.job_positions.narrative", "civil_service.rotations.narrative",
		"civil_service.training.outcome", "civil_service.gender.lead", "civil_service.gender.outcome",
		"civil_service.emulation.narrative[0].paragraph", "civil_service.emulation.narrative[1].paragraph",
	}, paths)
}
