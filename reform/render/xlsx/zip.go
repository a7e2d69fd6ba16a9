package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render"
)

// zipWriter is the zip writer excelize writes the workbook's parts to. It
// holds the parts and writes them on Close in a fixed order with a fixed
// time, so that the same layout gives the same bytes (excelize writes
// streamed sheets in the order of a map), and it puts the package
// properties of the layout in place of excelize's.
type zipWriter struct {
	w     io.Writer
	core  []byte
	names []string
	parts map[string]*bytes.Buffer
}

// partCore is the part of the package properties.
const partCore = "docProps/core.xml"

// Create starts a part.
func (z *zipWriter) Create(name string) (io.Writer, error) {
	if z.parts == nil {
		z.parts = map[string]*bytes.Buffer{}
	}
	b, ok := z.parts[name]
	if !ok {
		b = new(bytes.Buffer)
		z.parts[name] = b
		z.names = append(z.names, name)
	}
	b.Reset()
	return b, nil
}

// AddFS is not used by the workbooks written here.
func (z *zipWriter) AddFS(fs.FS) error { return errors.New("xlsx: zip: AddFS is not supported") }

// zipTime is the time of every entry: the earliest a zip can hold.
var zipTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// Close writes the parts: the content types first, as readers expect, the
// others by name.
func (z *zipWriter) Close() error {
	zw := zip.NewWriter(z.w)
	for _, name := range partOrder(z.names) {
		data := z.parts[name].Bytes()
		if name == partCore && z.core != nil {
			data = z.core
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// partOrder returns the names of the parts in the order they are written:
// the content types first, as readers expect, the others by name.
func partOrder(names []string) []string {
	names = append([]string(nil), names...)
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"
		if a != b {
			return a
		}
		return names[i] < names[j]
	})
	return names
}

// corePropertiesOpen opens the package properties with their namespaces.
const corePropertiesOpen = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
	` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
	` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`

// xmlLeaf writes an element with its attributes attrs (each after a
// space) holding text, escaped.
func xmlLeaf(b *strings.Builder, tag, text, attrs string) {
	b.WriteString("<" + tag + attrs + ">")
	_ = xml.EscapeText(b, []byte(text))
	b.WriteString("</" + tag + ">")
}

// coreProps returns the package properties of l: its title, subject and
// language, and its date read back from the place-date line (never the
// clock), as the DOCX renderer writes them.
func coreProps(l *doc.Layout) []byte {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(corePropertiesOpen)
	leaf := func(tag, text, attrs string) { xmlLeaf(&b, tag, text, attrs) }
	subject := strings.ReplaceAll(l.Header.Subject, "\n", " ")
	leaf("dc:title", strings.TrimSpace(l.Header.KindName+" "+subject), "")
	if subject != "" {
		leaf("dc:subject", subject, "")
	}
	leaf("dc:creator", creator, "")
	leaf("cp:lastModifiedBy", creator, "")
	leaf("dc:language", "vi-VN", "")
	if t, ok := render.DocumentDate(l.Header.PlaceDate); ok {
		stamp := t.Format("2006-01-02T15:04:05Z")
		leaf("dcterms:created", stamp, ` xsi:type="dcterms:W3CDTF"`)
		leaf("dcterms:modified", stamp, ` xsi:type="dcterms:W3CDTF"`)
	}
	b.WriteString("</cp:coreProperties>")
	return []byte(b.String())
}

// creator is the author the package's properties name.
const creator = "cchc"
