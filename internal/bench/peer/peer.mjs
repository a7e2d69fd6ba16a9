// The peer of the pipeline benchmark (issue 18): npm docx 9.15.2 builds the
// reference report's DOCX in-process, with no decoding and no checking. It
// reads the report already laid out (the JSON of doc.Layout that
// `go run ./internal/bench/measure -export-layout FILE` writes, read before
// the clock starts) and builds, for each document, what the Go writer
// builds: the header table (agencies, number | national title, motto, place
// and date), the title and trích yếu, every body paragraph (headings, body
// text, list items with their labels, bold and italic runs), the 14
// footnotes as Word footnotes, the closing table (recipients | signer), A4
// with the decree's margins, Times New Roman, and page numbers in the
// header from page 2 (a title page with an empty first header).
//
// Usage: node peer.mjs LAYOUT.json [N [WARMUP [OUT.docx]]]
// Prints one line: "npm-docx <cpu ns per document> <wall ns per document>
// <bytes>" (and writes the DOCX to OUT.docx when given), CPU time being the process's user + system time
// (process.cpuUsage, every thread), as the Go side measures it.
import { readFileSync, writeFileSync } from "node:fs";
import {
  AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Header, Packer, PageNumber,
  Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from "docx";

const [, , layoutFile, nArg = "200", warmArg = "50", outFile] = process.argv;
const layout = JSON.parse(readFileSync(layoutFile, "utf8"));
const n = Number(nArg);
const warmup = Number(warmArg);

const st = layout.Style;
const half = (pt) => pt * 2; // docx sizes are half-points
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const aligns = { 1: AlignmentType.LEFT, 2: AlignmentType.CENTER, 3: AlignmentType.RIGHT, 4: AlignmentType.JUSTIFIED };

// runs maps laid-out spans to text runs and footnote references.
function runs(spans, size, extra = {}) {
  const out = [];
  for (const s of spans || []) {
    if (s.Note > 0) {
      out.push(new FootnoteReferenceRun(s.Note));
      continue;
    }
    const lines = s.Text.split("\n");
    lines.forEach((t, i) => {
      out.push(new TextRun({ text: t, bold: s.Bold || extra.bold, italics: s.Italic || extra.italics, size: half(size), break: i > 0 ? 1 : 0 }));
    });
  }
  return out;
}

function line(text, size, opts = {}) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.CENTER,
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: half(size) })],
  });
}

function cell(width, children) {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children });
}

function headerTable(h) {
  const left = [];
  if (h.ParentAgency) left.push(line(h.ParentAgency, st.Sizes.Agency));
  left.push(line(h.IssuingAgency, st.Sizes.Agency, { bold: true }));
  left.push(line(h.Number, st.Sizes.Number));
  const right = [
    line(h.NationalTitle, st.Sizes.NationalTitle, { bold: true }),
    line(h.Motto, st.Sizes.Motto, { bold: true }),
    line(h.PlaceDate, st.Sizes.PlaceDate, { italics: true }),
  ];
  const [a, b] = st.HeaderColumns;
  return new Table({
    layout: TableLayoutType.FIXED, borders: noBorders, columnWidths: [a, b],
    rows: [new TableRow({ cantSplit: true, children: [cell(a, left), cell(b, right)] })],
  });
}

function closingTable(c) {
  const left = [line(c.Label, st.Sizes.ClosingLabel, { bold: true, italics: true, align: AlignmentType.LEFT })];
  for (const r of c.Recipients || []) left.push(line(r, st.Sizes.Recipients, { align: AlignmentType.LEFT }));
  const right = [];
  for (const a of c.Authority || []) right.push(line(a, st.Sizes.Signer, { bold: true }));
  right.push(line(c.Title, st.Sizes.Signer, { bold: true }));
  for (let i = 0; i < st.SignatureSpace; i++) right.push(line("", st.Sizes.Signer));
  right.push(line(c.Name, st.Sizes.Signer, { bold: true }));
  const [a, b] = st.ClosingColumns;
  return new Table({
    layout: TableLayoutType.FIXED, borders: noBorders, columnWidths: [a, b],
    rows: [new TableRow({ cantSplit: true, children: [cell(a, left), cell(b, right)] })],
  });
}

function bodyParagraph(p) {
  const children = [];
  if (p.Label) children.push(new TextRun({ text: p.Label + " ", bold: p.Bold, italics: p.Italic, size: half(st.Sizes.Body) }));
  children.push(...runs(p.Spans, st.Sizes.Body, { bold: p.Bold, italics: p.Italic }));
  return new Paragraph({
    alignment: aligns[p.Align] ?? AlignmentType.JUSTIFIED,
    indent: p.Indent ? { firstLine: st.FirstLineIndent } : undefined,
    spacing: { before: st.SpaceBefore * 20 },
    keepNext: p.Kind === 1,
    children,
  });
}

// build makes the document object of the layout.
function build(l) {
  const children = [headerTable(l.Header), line(l.Header.KindName, st.Sizes.Title, { bold: true }), line(l.Header.Subject, st.Sizes.Title, { bold: true })];
  for (const t of l.Header.To || []) children.push(line(t, st.Sizes.Body));
  for (const p of l.Body) children.push(bodyParagraph(p));
  children.push(closingTable(l.Closing));
  const footnotes = {};
  for (const f of l.Notes || []) {
    footnotes[f.Number] = { children: [new Paragraph({ children: runs(f.Spans, st.Sizes.Footnote) })] };
  }
  return new Document({
    styles: { default: { document: { run: { font: st.Font, size: half(st.Sizes.Body) } } } },
    footnotes,
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: st.PageWidth, height: st.PageHeight },
          margin: { top: st.Margins.Top, bottom: st.Margins.Bottom, left: st.Margins.Left, right: st.Margins.Right },
        },
      },
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(st.Sizes.PageNumber) })] })] }),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      children,
    }],
  });
}

async function once() {
  return Packer.toBuffer(build(layout));
}

let size = 0;
for (let i = 0; i < warmup; i++) size = (await once()).length;
if (outFile) writeFileSync(outFile, await once()); // to look at, outside the clock
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < n; i++) size = (await once()).length;
const wall = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0);
const cpuNs = (cpu.user + cpu.system) * 1000;
console.log(`npm-docx ${Math.round(cpuNs / n)} ${Math.round(wall / n)} ${size}`);
