package markdown_test

import (
	"fmt"
	"os"

	"github.com/cchc-go/cchc/reform/doc"
	"github.com/cchc-go/cchc/reform/render/internal/sample"
	"github.com/cchc-go/cchc/reform/render/markdown"
)

func ExampleWrite() {
	d := sample.Report(
		&doc.Section{Title: "Kết quả thực hiện", Blocks: []doc.Block{
			doc.P(doc.Plain("Ủy ban nhân dân tỉnh ban hành Công văn triển khai năm 2024"),
				doc.NoteText("Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh"),
				doc.Plain("; mã *TTHC* [mới] | 1.2.")),
			&doc.List{Items: []doc.Item{{
				Runs: []doc.Run{doc.Plain("Cấp phát "), doc.Bold("4.521"), doc.Plain(" tài liệu:")},
				Blocks: []doc.Block{&doc.List{Marker: doc.Plus, Items: []doc.Item{
					{Runs: doc.Text("# 1.000 bản tin.")},
				}}},
			}}},
		}},
	)
	if err := markdown.Write(os.Stdout, d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | ỦY BAN NHÂN DÂN TỈNH AN GIANG<br>**SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
	// | :---: | :---: |
	// | Số: 380/BC-STP | *An Giang, ngày 19 tháng 11 năm 2024* |
	//
	// # BÁO CÁO
	//
	// **Công tác cải cách hành chính 11 tháng đầu năm 2024**
	//
	// ## I. KẾT QUẢ THỰC HIỆN
	//
	// Ủy ban nhân dân tỉnh ban hành Công văn triển khai năm 2024[^1]; mã \*TTHC\* \[mới\] \| 1.2.
	//
	// - Cấp phát **4.521** tài liệu:
	//   + \# 1.000 bản tin./.
	//
	// ***Nơi nhận:***
	//
	// - Sở Nội vụ;
	// - Lưu: VT, CCHC.
	//
	// **GIÁM ĐỐC**
	//
	// **Trịnh Tuấn Ngọc**
	//
	// [^1]: Công văn số 134/UBND-NC ngày 31/01/2024 của UBND tỉnh
}
