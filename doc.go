// Package cchc is an SDK for Vietnamese periodic administrative-reform reports
// (báo cáo công tác cải cách hành chính, CCHC): the reports every Sở, district
// and commune writes each quarter, half-year and year.
//
// Provincial systems that hold the figures hand them to the SDK as typed data
// (Go values or strict JSON) and get back every finding of the checks and the
// official document, in the layout of Nghị định 30/2020/NĐ-CP.
//
// # The pipeline
//
//	typed data ──Validate──▶ finding.List
//	     │
//	     └──Document──▶ *doc.Document ──doc.Lay──▶ *doc.Layout ──docx/html/markdown/text──▶ bytes
//
// # Where to start
//
//   - reform/doc: the layout-neutral document tree, the style sheet, and Lay,
//     which decides numbering, footnote numbers, header and closing lines once.
//   - reform/render/docx, reform/render/html, reform/render/markdown,
//     reform/render/text: the renderers; reform/render: the common Format shape.
//   - reform/vn: Vietnamese numbers, rates, dates, numerals and collation.
//   - reform/finding: findings, lists of findings and the common checks.
//   - reform/citation: references to legal and administrative documents.
//
// The domain packages (tthc, personnel, dissemination, digital) and package
// reform, which holds the whole report, build on these.
package cchc
