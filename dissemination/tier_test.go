package dissemination_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/dissemination"
	"github.com/cchc-go/cchc/reform/section"
)

// Law dissemination reads alike at every tier: the section has no file of
// a tier, and its default wording is the department's everywhere.
func TestWordingAtTier(t *testing.T) {
	def := dissemination.DefaultWording()
	require.NoError(t, def.Check())
	for _, tier := range section.Tiers() {
		assert.Equal(t, def, def.At(tier), tier)
	}
}
