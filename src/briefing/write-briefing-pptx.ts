// The executive briefing as a PowerPoint deck (seed 002, [PLAN-9]): 16:9, one slide per deck page, every
// map drawn with native shapes (rounded rectangles, lines with arrows, dashed where informal), tables as
// native tables and charts as native bar charts, so the deck stays editable and sharp at any zoom.
// pptxgenjs is used only here; the pages come from buildBriefingDeck.
import PptxGenJS from 'pptxgenjs';
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { text } from './briefing-texts.ts';
import { buildBriefingDeck } from './build-briefing-deck.ts';
import {
  CELL_PAD,
  COLOURS,
  type Deck,
  type DeckPage,
  PAGE_W,
  type Shape,
  type TextLine,
} from './deck-model.ts';
import { LINE_HEIGHT, unwrap } from './text-fit.ts';

export const PPTX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const FONT_FACE = 'Microsoft YaHei';
const PT_PER_IN = 72;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type TextRun = { text: string; options: PptxGenJS.TextPropsOptions };

/** The [PLAN-9] briefing deck as a .pptx file. */
export async function writeBriefingPptx(input: BriefingDeckInput): Promise<Buffer> {
  const deck = buildBriefingDeck(input);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = input.companyName;
  pptx.company = input.companyName;
  pptx.title = `${input.accountName} ${text(input.lang, 'deckTitle')}`;
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  deck.pages.forEach((page, i) => {
    drawPage(pptx, pptx.addSlide(), deck, page, i);
  });
  // 'STREAM' is pptxgenjs's Node buffer output; unlike 'nodebuffer' it honours `compression`.
  const out = await pptx.write({ outputType: 'STREAM', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return a buffer');
  return Buffer.from(out);
}

function drawPage(pptx: PptxGenJS, slide: Slide, deck: Deck, page: DeckPage, index: number): void {
  if (!page.cover) {
    slide.addText(page.title, {
      x: 0.5,
      y: 0.3,
      w: PAGE_W - 1,
      h: 0.65,
      fontFace: FONT_FACE,
      fontSize: 24,
      bold: true,
      color: COLOURS.brand,
      valign: 'middle',
      margin: 0,
    });
    slide.addShape(pptx.ShapeType.rect, {
      x: 0.5,
      y: 1.0,
      w: PAGE_W - 1,
      h: 0.04,
      fill: { color: COLOURS.brand },
      line: { color: COLOURS.brand, width: 0 },
    });
  }
  for (const shape of page.shapes) drawShape(pptx, slide, shape);
  const footer = { y: 7.02, h: 0.3, fontFace: FONT_FACE, fontSize: 9, color: COLOURS.muted, margin: 0 };
  slide.addText(deck.footerLeft, { ...footer, x: 0.5, w: 5.5, align: 'left' });
  slide.addText(`${deck.footerRight}   ${index + 1}/${deck.pages.length}`, {
    ...footer,
    x: 6.1,
    w: PAGE_W - 6.6,
    align: 'right',
  });
}

function runs(lines: readonly TextLine[]): TextRun[] {
  return lines.flatMap((line, i) =>
    unwrap(line.text)
      .split('\n')
      .map((part, j, parts) => ({
        text: part,
        options: {
          fontSize: line.sizePt,
          bold: line.bold ?? false,
          color: line.color,
          fontFace: FONT_FACE,
          // Exact spacing as in the layout and the PDF: a fallback font's taller lines cannot push text out.
          lineSpacing: line.sizePt * LINE_HEIGHT,
          breakLine: i < lines.length - 1 || j < parts.length - 1,
        },
      })),
  );
}

function drawShape(pptx: PptxGenJS, slide: Slide, shape: Shape): void {
  switch (shape.type) {
    case 'text':
      slide.addText(runs(shape.lines), {
        ...shape.box,
        align: shape.align,
        valign: shape.valign,
        margin: 0,
        fit: 'none',
      });
      return;
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, {
        ...shape.box,
        fill: { color: shape.fill },
        line: { color: shape.fill, width: 0 },
      });
      return;
    case 'card': {
      const props: PptxGenJS.TextPropsOptions = {
        ...shape.box,
        shape: pptx.ShapeType.roundRect,
        rectRadius: Math.min(0.08, shape.box.h / 4),
        fill: { color: shape.fill },
        line: {
          color: shape.border,
          width: shape.dashed ? 1.25 : 0.75,
          dashType: shape.dashed ? 'dash' : 'solid',
        },
        align: 'center',
        valign: 'middle',
        margin: CELL_PAD * PT_PER_IN * 0.5,
        fit: 'none',
      };
      if (shape.lines.length === 0) slide.addShape(pptx.ShapeType.roundRect, props);
      else slide.addText(runs(shape.lines), props);
      return;
    }
    case 'line': {
      const { x1, y1, x2, y2 } = shape.segment;
      slide.addShape(pptx.ShapeType.line, {
        x: Math.min(x1, x2),
        y: Math.min(y1, y2),
        w: Math.abs(x2 - x1),
        h: Math.abs(y2 - y1),
        flipH: x2 < x1,
        flipV: y2 < y1,
        line: {
          color: shape.color,
          width: shape.widthPt,
          dashType: shape.dashed ? 'dash' : 'solid',
          endArrowType: shape.arrow ? 'triangle' : 'none',
        },
      });
      return;
    }
    case 'table':
      drawTable(slide, shape);
      return;
    case 'bar-chart':
      slide.addChart(
        pptx.ChartType.bar,
        [{ name: shape.title, labels: shape.categories, values: shape.values }],
        {
          ...shape.box,
          barDir: 'col',
          chartColors: [shape.color],
          showTitle: true,
          title: shape.title,
          titleFontFace: FONT_FACE,
          titleFontSize: 12,
          titleColor: COLOURS.text,
          showLegend: false,
          showValue: true,
          dataLabelFormatCode: shape.decimals === 1 ? '#,##0.0' : '#,##0',
          dataLabelPosition: 'outEnd',
          dataLabelFontSize: 10,
          dataLabelFontFace: FONT_FACE,
          catAxisLabelFontSize: 10,
          catAxisLabelFontFace: FONT_FACE,
          valAxisLabelFontSize: 9,
          valAxisLabelFormatCode: '#,##0',
          valGridLine: { color: 'E7E6E6', size: 0.5 },
          barGapWidthPct: 60,
        },
      );
      return;
  }
}

function drawTable(slide: Slide, table: Extract<Shape, { type: 'table' }>): void {
  const border = { type: 'solid' as const, pt: 0.75, color: COLOURS.border };
  const cell = (value: string, options: PptxGenJS.TableCellProps) => ({
    text: unwrap(value)
      .split('\n')
      .map((part, i, parts) => ({
        text: part,
        options: { breakLine: i < parts.length - 1, lineSpacing: table.sizePt * LINE_HEIGHT },
      })),
    options,
  });
  const header = table.header.map((h) =>
    cell(h, { bold: true, fill: { color: COLOURS.headerFill }, color: COLOURS.brand }),
  );
  const rows = table.rows.map((row, r) =>
    row.map((value) => cell(value, { fill: { color: r % 2 === 1 ? COLOURS.zebra : 'FFFFFF' } })),
  );
  slide.addTable([header, ...rows], {
    x: table.box.x,
    y: table.box.y,
    w: table.box.w,
    colW: table.widths,
    rowH: table.heights,
    fontFace: FONT_FACE,
    fontSize: table.sizePt,
    color: COLOURS.text,
    valign: 'middle',
    margin: CELL_PAD,
    border: [border, border, border, border],
    autoPage: false,
  });
}
