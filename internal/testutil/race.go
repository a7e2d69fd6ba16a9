//go:build race

package testutil

// Slowdown is how many times slower code runs in this build than in a
// normal one: the race detector instruments every memory access, and a
// copy of 64 MiB, say, takes several times longer. Tests that bound the
// time of an operation multiply the bound by it, so that the bound catches
// a slow algorithm and not the detector.
const Slowdown = 8
