//go:build !race

package testutil

// Slowdown is how many times slower code runs in this build than in a
// normal one: 1, since this build has no race detector (see race.go).
const Slowdown = 1
