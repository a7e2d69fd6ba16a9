package strictjson

import "strings"

// The chunks of a stringArena: the first holds arenaFirst bytes, each next
// one twice the last, up to the arena's largest (arenaMax unless it says
// otherwise). A string longer than a quarter of that gets an allocation of
// its own, so that a chunk is never left mostly empty for one long string.
const (
	arenaFirst = 512
	arenaMax   = 16 << 10
)

// stringArena makes many short strings out of few allocations: it copies
// them one after the other into a chunk and returns each as a part of the
// chunk's string. A strings.Builder only appends to what it has written,
// so the strings it returned never change; a new chunk is a new Builder,
// and the strings of the old one stay valid. One arena serves one call
// (a Decode, a Strings walk): it is not safe for concurrent use.
//
// The strings of one chunk share its memory, which lives as long as any of
// them does: fine for a decoded report, whose strings live together.
type stringArena struct {
	b       strings.Builder
	next    int // the size of the next chunk
	largest int // the size of the largest chunk; 0 is arenaMax
}

// string returns p as a string. room is about how many bytes the strings
// still to come hold, p's included (0 when unknown): a chunk is no bigger,
// and when room was too small, another chunk takes the rest.
func (a *stringArena) string(p []byte, room int) string {
	if len(p) == 0 {
		return ""
	}
	if a.b.Cap()-a.b.Len() < len(p) {
		if len(p) > a.largestChunk()/4 {
			return string(p)
		}
		a.newChunk(len(p), room)
	}
	n := a.b.Len()
	a.b.Write(p)
	return a.b.String()[n:]
}

// newChunk starts a chunk that can hold at least need bytes.
func (a *stringArena) newChunk(need, room int) {
	size := max(a.next, arenaFirst)
	a.next = min(2*size, a.largestChunk())
	if room > 0 {
		size = min(size, room)
	}
	a.b = strings.Builder{}
	a.b.Grow(max(size, need))
}

// largestChunk returns the size of the arena's largest chunk.
func (a *stringArena) largestChunk() int {
	if a.largest > 0 {
		return a.largest
	}
	return arenaMax
}
