// The executive briefing as a landscape PDF (seed 002, [PLAN-9]): the same pages as the PPTX (16:9,
// 960 × 540 pt), maps and charts drawn as vector paths, text in Noto Sans SC (OFL-1.1, from the
// @embedpdf/fonts-sc package) which pdfkit subsets to the glyphs used, so the file stays small.
// pdfkit is used only here; the pages come from buildBriefingDeck.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { text } from './briefing-texts.ts';
import { buildBriefingDeck } from './build-briefing-deck.ts';
import {
  CELL_PAD,
  COLOURS,
  type Deck,
  type DeckPage,
  FONT_MIN,
  PAGE_H,
  PAGE_W,
  type Shape,
  type TextLine,
} from './deck-model.ts';
import type { Box } from './layout-graph.ts';
import { drawnLines, fitText, LINE_HEIGHT } from './text-fit.ts';

export const PDF_MEDIA_TYPE = 'application/pdf';

const PT = 72;
/** Noto Sans SC's ascent is 0.88 em: moving the baseline down this much centres a glyph in its line box. */
const BASELINE_SHIFT = (LINE_HEIGHT - 1) / 2;

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The CJK font files, read once; the package's entry point sits in dist/ beside fonts/. */
function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = {
      regular: readFileSync(join(dir, 'NotoSansHans-Regular.otf')),
      bold: readFileSync(join(dir, 'NotoSansHans-Bold.otf')),
    };
  }
  return fonts;
}

/** The [PLAN-9] briefing as a PDF file, one landscape page per deck page. */
export async function writeBriefingPdf(input: BriefingDeckInput): Promise<Buffer> {
  const deck = buildBriefingDeck(input);
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: [PAGE_W * PT, PAGE_H * PT],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: input.lang,
    info: {
      Title: `${input.accountName} ${text(input.lang, 'deckTitle')}`,
      Author: input.companyName,
      Creator: 'KAM Desk',
      // The input's date, not the clock, so the same plan gives the same file.
      CreationDate: creationDate(input.generatedDate),
    },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const continued = text(input.lang, 'continued');
  deck.pages.forEach((page, i) => {
    doc.addPage();
    // Bookmarks to jump between the steps; continuation pages are reached from their step.
    if (!page.title.endsWith(continued)) doc.outline.addItem(page.title);
    drawPage(doc, deck, page, i);
  });
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function creationDate(date: string): Date {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
}

function drawPage(doc: Doc, deck: Deck, page: DeckPage, index: number): void {
  if (!page.cover) {
    drawLines(doc, { x: 0.5, y: 0.3, w: PAGE_W - 1, h: 0.65 }, [
      { text: page.title, sizePt: 24, bold: true, color: COLOURS.brand },
    ]);
    doc.rect(0.5 * PT, 1.0 * PT, (PAGE_W - 1) * PT, 0.04 * PT).fill(`#${COLOURS.brand}`);
  }
  for (const shape of page.shapes) drawShape(doc, shape);
  const footer = (box: Box, value: string, align: 'left' | 'right') =>
    drawLines(doc, box, [{ text: value, sizePt: 9, color: COLOURS.muted }], align);
  footer({ x: 0.5, y: 7.02, w: 5.5, h: 0.3 }, deck.footerLeft, 'left');
  footer(
    { x: 6.1, y: 7.02, w: PAGE_W - 6.6, h: 0.3 },
    `${deck.footerRight}   ${index + 1}/${deck.pages.length}`,
    'right',
  );
}

/** Draws pre-wrapped lines inside `box` (inches), one pdfkit call per line so nothing re-wraps. */
function drawLines(
  doc: Doc,
  box: Box,
  lines: readonly TextLine[],
  align: 'left' | 'center' | 'right' = 'left',
  valign: 'top' | 'middle' = 'middle',
): void {
  const parts = lines.flatMap((l) => drawnLines(l.text).map((t) => ({ ...l, text: t })));
  const height = parts.reduce((s, p) => s + p.sizePt * LINE_HEIGHT, 0);
  let y = box.y * PT + (valign === 'middle' ? (box.h * PT - height) / 2 : 0);
  for (const p of parts) {
    doc
      .font(p.bold ? 'bold' : 'regular')
      .fontSize(p.sizePt)
      .fillColor(`#${p.color}`)
      .text(p.text, box.x * PT, y + p.sizePt * BASELINE_SHIFT, {
        width: box.w * PT,
        align,
        lineBreak: false,
      });
    y += p.sizePt * LINE_HEIGHT;
  }
}

function drawShape(doc: Doc, shape: Shape): void {
  switch (shape.type) {
    case 'text':
      drawLines(doc, shape.box, shape.lines, shape.align, shape.valign);
      return;
    case 'rect':
      doc.rect(shape.box.x * PT, shape.box.y * PT, shape.box.w * PT, shape.box.h * PT).fill(`#${shape.fill}`);
      return;
    case 'card': {
      const { x, y, w, h } = shape.box;
      const radius = Math.min(0.08, h / 4) * PT;
      doc.save().lineWidth(shape.dashed ? 1.25 : 0.75);
      if (shape.dashed) doc.dash(4, { space: 2.5 });
      doc
        .roundedRect(x * PT, y * PT, w * PT, h * PT, radius)
        .fillAndStroke(`#${shape.fill}`, `#${shape.border}`)
        .undash()
        .restore();
      const pad = CELL_PAD / 2;
      drawLines(doc, { x: x + pad, y: y + pad, w: w - 2 * pad, h: h - 2 * pad }, shape.lines, 'center');
      return;
    }
    case 'line':
      drawArrowLine(doc, shape);
      return;
    case 'table':
      drawTable(doc, shape);
      return;
    case 'bar-chart':
      drawBarChart(doc, shape);
      return;
  }
}

function drawArrowLine(doc: Doc, line: Extract<Shape, { type: 'line' }>): void {
  const { x1, y1, x2, y2 } = line.segment;
  const colour = `#${line.color}`;
  const length = Math.hypot(x2 - x1, y2 - y1) * PT;
  if (length === 0) return;
  const ux = ((x2 - x1) * PT) / length;
  const uy = ((y2 - y1) * PT) / length;
  const head = line.arrow ? Math.min(3 + line.widthPt * 3, length / 2) : 0;
  doc.save().lineWidth(line.widthPt).strokeColor(colour);
  if (line.dashed) doc.dash(5, { space: 3 });
  doc
    .moveTo(x1 * PT, y1 * PT)
    .lineTo(x2 * PT - ux * head, y2 * PT - uy * head)
    .stroke()
    .undash();
  if (line.arrow) {
    const bx = x2 * PT - ux * head;
    const by = y2 * PT - uy * head;
    doc
      .polygon(
        [x2 * PT, y2 * PT],
        [bx - uy * head * 0.45, by + ux * head * 0.45],
        [bx + uy * head * 0.45, by - ux * head * 0.45],
      )
      .fill(colour);
  }
  doc.restore();
}

function drawTable(doc: Doc, table: Extract<Shape, { type: 'table' }>): void {
  const rows = [table.header, ...table.rows];
  let y = table.box.y;
  rows.forEach((row, r) => {
    const h = table.heights[r] ?? 0;
    let x = table.box.x;
    const fill = r === 0 ? COLOURS.headerFill : r % 2 === 0 ? COLOURS.zebra : 'FFFFFF';
    table.widths.forEach((w, c) => {
      doc
        .save()
        .lineWidth(0.75)
        .rect(x * PT, y * PT, w * PT, h * PT)
        .fillAndStroke(`#${fill}`, `#${COLOURS.border}`)
        .restore();
      const value = row[c] ?? '';
      const line: TextLine = {
        text: value,
        sizePt: table.sizePt,
        bold: r === 0,
        color: r === 0 ? COLOURS.brand : COLOURS.text,
      };
      drawLines(doc, { x: x + CELL_PAD, y: y + CELL_PAD, w: w - 2 * CELL_PAD, h: h - 2 * CELL_PAD }, [line]);
      x += w;
    });
    y += h;
  });
}

function drawBarChart(doc: Doc, chart: Extract<Shape, { type: 'bar-chart' }>): void {
  const { x, y, w, h } = chart.box;
  drawLines(
    doc,
    { x, y, w, h: 0.4 },
    [{ text: chart.title, sizePt: 12, bold: true, color: COLOURS.text }],
    'center',
  );
  const plot = { x: x + 0.2, y: y + 0.75, w: w - 0.4, h: h - 1.15 };
  const max = Math.max(...chart.values, 0);
  const n = chart.values.length;
  const slot = plot.w / Math.max(n, 1);
  const barW = slot * 0.6;
  chart.values.forEach((value, i) => {
    const barH = max > 0 ? (Math.max(value, 0) / max) * plot.h : 0;
    const bx = plot.x + i * slot + (slot - barW) / 2;
    doc.rect(bx * PT, (plot.y + plot.h - barH) * PT, barW * PT, barH * PT).fill(`#${chart.color}`);
    const label = chart.labels[i] ?? '';
    drawLines(
      doc,
      { x: plot.x + i * slot, y: plot.y + plot.h - barH - 0.28, w: slot, h: 0.25 },
      [{ text: label, sizePt: 10, color: COLOURS.text }],
      'center',
    );
    const category = fitText(chart.categories[i] ?? '', { w: slot, h: 0.3 }, 10, FONT_MIN);
    drawLines(
      doc,
      { x: plot.x + i * slot, y: plot.y + plot.h + 0.05, w: slot, h: 0.3 },
      [{ text: category.lines.join('\n'), sizePt: category.sizePt, color: COLOURS.text }],
      'center',
    );
  });
  doc
    .save()
    .lineWidth(0.75)
    .strokeColor(`#${COLOURS.border}`)
    .moveTo(plot.x * PT, (plot.y + plot.h) * PT)
    .lineTo((plot.x + plot.w) * PT, (plot.y + plot.h) * PT)
    .stroke()
    .restore();
}
