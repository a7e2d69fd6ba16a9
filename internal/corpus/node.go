package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// node is a JSON value that keeps the order of object keys, so that an
// edited report reads like its base.
type node struct {
	object bool
	array  bool
	keys   []string
	vals   []*node
	items  []*node
	raw    []byte // a scalar as written
}

// parse reads one JSON value. Objects and arrays nest by recursion: the
// bases are the examples, and generated values are never parsed back.
func parse(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := parseNode(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON value")
	}
	return n, nil
}

func parseNode(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{object: t == '{', array: t == '['}
		for dec.More() {
			if n.object {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.(string))
			}
			child, err := parseNode(dec)
			if err != nil {
				return nil, err
			}
			if n.object {
				n.vals = append(n.vals, child)
			} else {
				n.items = append(n.items, child)
			}
		}
		_, err := dec.Token()
		return n, err
	case string:
		b, _ := marshal(t)
		return &node{raw: b}, nil
	case json.Number:
		return &node{raw: []byte(t)}, nil
	case nil:
		return &node{raw: []byte("null")}, nil
	default:
		b, _ := json.Marshal(t)
		return &node{raw: b}, nil
	}
}

// marshal writes a string as JSON without HTML escapes.
func marshal(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// change sets, deletes or appends at the path steps under n.
func (n *node) change(steps []step, op string, value *node) error {
	s := steps[0]
	last := len(steps) == 1
	if s.key != "" {
		if !n.object {
			return fmt.Errorf("%q: not an object", s.key)
		}
		i := n.find(s.key)
		switch {
		case last && op == "delete":
			if i < 0 {
				return fmt.Errorf("%q: no such key", s.key)
			}
			n.keys = append(n.keys[:i], n.keys[i+1:]...)
			n.vals = append(n.vals[:i], n.vals[i+1:]...)
			return nil
		case last && op == "set":
			if i < 0 {
				n.keys, n.vals = append(n.keys, s.key), append(n.vals, value)
			} else {
				n.vals[i] = value
			}
			return nil
		case i < 0:
			child := &node{object: steps[1].key != "", array: steps[1].key == ""}
			n.keys, n.vals = append(n.keys, s.key), append(n.vals, child)
			i = len(n.keys) - 1
		}
		if last { // append
			return n.vals[i].appendItem(value)
		}
		return n.vals[i].change(steps[1:], op, value)
	}
	if !n.array || s.index < 0 || s.index >= len(n.items) {
		return fmt.Errorf("[%d]: no such element", s.index)
	}
	switch {
	case last && op == "delete":
		n.items = append(n.items[:s.index], n.items[s.index+1:]...)
		return nil
	case last && op == "set":
		n.items[s.index] = value
		return nil
	case last:
		return n.items[s.index].appendItem(value)
	}
	return n.items[s.index].change(steps[1:], op, value)
}

func (n *node) appendItem(value *node) error {
	if !n.array {
		return errors.New("append: not an array")
	}
	n.items = append(n.items, value)
	return nil
}

func (n *node) find(key string) int {
	for i, k := range n.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// write writes n as indented JSON.
func (n *node) write(b *bytes.Buffer, indent string) {
	switch {
	case n.object:
		writeMembers(b, indent, '{', '}', len(n.keys), func(i int, inner string) {
			kb, _ := marshal(n.keys[i])
			b.Write(kb)
			b.WriteString(": ")
			n.vals[i].write(b, inner)
		})
	case n.array:
		writeMembers(b, indent, '[', ']', len(n.items), func(i int, inner string) {
			n.items[i].write(b, inner)
		})
	default:
		b.Write(n.raw)
	}
}

// writeMembers writes the count members of an object or array between start
// and end, one a line indented one step more than indent, with member
// writing the i-th after its indent; "{}" or "[]" when there are none.
func writeMembers(b *bytes.Buffer, indent string, start, end byte, count int, member func(i int, inner string)) {
	if count == 0 {
		b.WriteByte(start)
		b.WriteByte(end)
		return
	}
	inner := indent + "  "
	b.WriteByte(start)
	b.WriteByte('\n')
	for i := range count {
		b.WriteString(inner)
		member(i, inner)
		if i < count-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(indent)
	b.WriteByte(end)
}

// String writes n compactly, for messages.
func (n *node) String() string {
	var b bytes.Buffer
	n.write(&b, "")
	return strings.Join(strings.Fields(b.String()), " ")
}
