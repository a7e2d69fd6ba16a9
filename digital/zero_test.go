package digital_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cchc-go/cchc/digital"
)

// TestZeroDocuments: no document, or none handled, signed or issued on the
// system, reads as a sentence says it ("không có", "chưa có văn bản được ký
// số"), never "0 văn bản (0%)".
func TestZeroDocuments(t *testing.T) {
	for _, tc := range []struct {
		name, prefix string
		change       func(d *digital.Section)
		want         string
	}{
		{"nothing received", "+ Số văn bản đến:", func(d *digital.Section) {
			d.Documents.Incoming = &digital.Incoming{Total: 0, Handled: ptr(0), ExcludesSecret: true}
		}, "+ Số văn bản đến: không có."},
		{"none handled on the system", "+ Số văn bản đến:", func(d *digital.Section) {
			d.Documents.Incoming = &digital.Incoming{Total: 120, Handled: ptr(0)}
		}, "+ Số văn bản đến: 120 văn bản, chưa có văn bản được phân công xử lý trên hệ thống văn phòng điện tử."},
		{"none signed, some issued", "+ Số văn bản đi:", func(d *digital.Section) {
			d.Documents.Outgoing = &digital.Outgoing{Total: 40, Signed: ptr(0), Issued: ptr(30)}
		}, "+ Số văn bản đi: 40 văn bản, chưa có văn bản được ký số; 30 văn bản (75%) được xử lý phát hành trên hệ thống văn phòng điện tử."},
		{"signed, none issued", "+ Số văn bản đi:", func(d *digital.Section) {
			d.Documents.Outgoing = &digital.Outgoing{Total: 40, Signed: ptr(40), Issued: ptr(0)}
		}, "+ Số văn bản đi: 40 văn bản, tất cả văn bản đều được ký số; chưa có văn bản được xử lý phát hành trên hệ thống văn phòng điện tử."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := reference(t)
			tc.change(d)
			assert.Equal(t, tc.want, lineWith(text(t, d), tc.prefix))
		})
	}
}
