// Package vn writes and reads the Vietnamese conventions of administrative
// documents (quy ước trình bày số liệu, ngày tháng trong văn bản hành chính):
// integers with "." between thousands (15.613), decimals with "," (53,5),
// rates from counts with decimal arithmetic and half-up rounding (53,5%),
// counts with the administrative leading zero (03, 04/04), money in đồng,
// header and citation dates with the leading-zero rule of Nghị định
// 30/2020/NĐ-CP, Roman numerals, điểm letters, NFC normalization and
// Vietnamese collation.
//
// The readers (ParseInt, ParseDecimal, ParsePercent, ParseCount, ParseRatio,
// ParseDate, ParseRoman, ParseLetter) accept what reports write and nothing
// else; their errors (*ParseError, *DateError) quote the text and say what
// was expected. Rates that cannot be computed return a *RateError. The
// package holds no mutable state; a Collator is the one value that must not
// be shared between goroutines.
//
// The package is a leaf: it imports nothing from this module.
//
// # Concurrent use
//
// Every function is safe for concurrent use: the package's tables are built
// once and never changed.
package vn
