import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * A small layer over pdfkit for Hearth's printable reports: a tagged PDF (a structure tree that
 * screen readers follow, with headings, paragraphs, lists and figures with alternative text),
 * DejaVu Sans embedded (any language's letters print), the title and language in the metadata,
 * and page numbers marked as artifacts.
 *
 * Output is a pure function of the input: dates come from the caller (the result's time, not the
 * clock), so the same report always gives the same bytes.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** Calm colours: one warm accent, soft neutrals. Never red against green. */
export const COLORS = {
  text: '#2b2622',
  muted: '#6b625b',
  accent: '#b0602f',
  partner: '#5f7186',
  track: '#efe9e3',
  rule: '#d8cfc6',
};

export interface PdfMeta {
  title: string;
  subject: string;
  lang: string;
  /** CreationDate and ModDate (and so the file ID): the time of the data, for identical bytes. */
  date: Date;
}

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: PdfMeta) {
    const { regular, bold } = loadFonts();
    this.doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: 56, bottom: 64, left: 56, right: 56 },
      pdfVersion: '1.7',
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: meta.title,
        Subject: meta.subject,
        Author: 'Hearth',
        Creator: 'Hearth',
        Producer: 'Hearth (PDFKit)',
        CreationDate: meta.date,
        ModDate: meta.date,
      },
    });
    this.doc.registerFont('body', regular);
    this.doc.registerFont('bold', bold);
    this.doc.font('body').fontSize(11).fillColor(COLORS.text);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Starts a new page when less than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 22 : level === 2 ? 15 : 12.5;
    this.ensureSpace(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc
      .font('bold')
      .fontSize(size)
      .fillColor(COLORS.text)
      .text(text, this.left, this.doc.y, { width: this.width, structParent: this.root, structType: `H${level}` });
    this.doc.moveDown(0.3);
    this.doc.font('body').fontSize(11);
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
    this.doc
      .font(options.bold ? 'bold' : 'body')
      .fontSize(options.size ?? 11)
      .fillColor(options.color ?? COLORS.text)
      .text(text, this.left, this.doc.y, { width: this.width, lineGap: 2, structParent: this.root });
    this.doc.moveDown(0.5);
    this.doc.font('body').fontSize(11).fillColor(COLORS.text);
  }

  list(items: readonly string[]): void {
    if (items.length === 0) return;
    const list = this.doc.struct('L');
    this.root.add(list);
    this.doc
      .font('body')
      .fontSize(11)
      .fillColor(COLORS.text)
      .list([...items], this.left + 4, this.doc.y, {
        width: this.width - 4,
        lineGap: 2,
        bulletRadius: 2,
        textIndent: 12,
        paragraphGap: 4,
        structParent: list,
      });
    list.end();
    this.doc.moveDown(0.5);
  }

  /** Vector graphics with a text alternative; `draw` gets the top-left corner and the width. */
  figure(alt: string, height: number, draw: (x: number, y: number, width: number) => void): void {
    this.ensureSpace(height + 8);
    const x = this.left;
    const y = this.doc.y;
    this.root.add(
      this.doc.struct('Figure', { alt }, () => {
        this.doc.save();
        draw(x, y, this.width);
        this.doc.restore();
      }),
    );
    this.doc.font('body').fontSize(11).fillColor(COLORS.text);
    this.doc.x = x;
    this.doc.y = y + height + 8;
  }

  /** Page numbers on every page (as artifacts, which screen readers skip), then the bytes. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      const { margins, height } = this.doc.page;
      const bottom = margins.bottom;
      margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font('body')
        .fontSize(8.5)
        .fillColor(COLORS.muted)
        .text(footer(i + 1, range.count), margins.left, height - 40, { width: this.width, align: 'center', lineBreak: false });
      this.doc.endMarkedContent();
      margins.bottom = bottom;
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }
}

export interface Bar {
  value: number;
  color: string;
}

export interface BarRow {
  label: string;
  bars: readonly Bar[];
}

/**
 * A horizontal bar chart, 0 to 100, drawn with rectangles and lines: one row per dimension, one
 * bar per person. Returns the height it needs for `rows`.
 */
export function barChartHeight(rows: readonly BarRow[]): number {
  const per = Math.max(1, rows[0]?.bars.length ?? 1);
  return 20 + rows.length * (per * 11 + 12);
}

export function drawBarChart(
  doc: PDFKit.PDFDocument,
  rows: readonly BarRow[],
  x: number,
  y: number,
  width: number,
  legend: readonly { label: string; color: string }[] = [],
): void {
  const labelWidth = 150;
  const valueWidth = 28;
  const left = x + labelWidth;
  const barWidth = width - labelWidth - valueWidth;
  const barHeight = 9;
  const per = Math.max(1, rows[0]?.bars.length ?? 1);
  const rowHeight = per * (barHeight + 2) + 12;
  const chartHeight = rows.length * rowHeight;

  // Scale: 0, 25, 50, 75, 100.
  doc.font('body').fontSize(7.5).fillColor(COLORS.muted);
  for (const tick of [0, 25, 50, 75, 100]) {
    const tx = left + (barWidth * tick) / 100;
    doc.moveTo(tx, y + 12).lineTo(tx, y + 14 + chartHeight).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.fillColor(COLORS.muted).text(String(tick), tx - 10, y, { width: 20, align: 'center', lineBreak: false });
  }

  // Colour keys, for the eye; the figure's alternative text and the text below say the same.
  let lx = x;
  for (const key of legend) {
    doc.rect(lx, y + 1, 8, 8).fill(key.color);
    doc.font('body').fontSize(8).fillColor(COLORS.text).text(key.label, lx + 11, y + 1, { lineBreak: false });
    lx += 11 + doc.widthOfString(key.label) + 12;
  }

  rows.forEach((row, r) => {
    const top = y + 16 + r * rowHeight;
    doc.font('body').fontSize(9.5).fillColor(COLORS.text);
    doc.text(row.label, x, top + (per * (barHeight + 2) - 11) / 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    row.bars.forEach((bar, b) => {
      const by = top + b * (barHeight + 2);
      doc.rect(left, by, barWidth, barHeight).fill(COLORS.track);
      const w = Math.max(1, (barWidth * bar.value) / 100);
      doc.rect(left, by, w, barHeight).fill(bar.color);
      doc.font('body').fontSize(8).fillColor(COLORS.text).text(String(bar.value), left + barWidth + 4, by + 0.5, { width: valueWidth - 4, lineBreak: false });
    });
  });
}
