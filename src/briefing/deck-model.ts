// The executive briefing as drawing primitives (seed 002, [PLAN-9]). The deck is built once in inches on a
// 16:9 page (13.333 × 7.5 in); the PPTX writer turns each primitive into a native shape, table or chart and
// the PDF writer into vector paths and text, so both formats show the same pages.
import type { Lang } from '../core/shared/messages.ts';
import type { Box, Segment } from './layout-graph.ts';
import { clipLines, fitText, LINE_HEIGHT, linesHeight, wrapText } from './text-fit.ts';

/** 13.333… in: PowerPoint's 16:9 (12,192,000 EMU), 960 pt in the PDF. */
export const PAGE_W = 40 / 3;
export const PAGE_H = 7.5;
/** Where a page's content goes, between the title bar and the footer. */
export const CONTENT: Box = { x: 0.5, y: 1.2, w: 12.333, h: 5.6 };
export const FONT_MIN = 8;
/** Inner padding of table cells and cards, inches. */
export const CELL_PAD = 0.06;

export interface TextLine {
  text: string;
  sizePt: number;
  bold?: boolean;
  color: string;
}

export type Shape =
  | {
      type: 'text';
      box: Box;
      lines: TextLine[];
      align: 'left' | 'center' | 'right';
      valign: 'top' | 'middle';
    }
  | {
      type: 'card';
      box: Box;
      fill: string;
      border: string;
      dashed: boolean;
      lines: TextLine[];
    }
  | { type: 'line'; segment: Segment; color: string; widthPt: number; dashed: boolean; arrow: boolean }
  | { type: 'rect'; box: Box; fill: string }
  | {
      type: 'table';
      box: Box;
      /** Column widths, inches. */
      widths: number[];
      header: string[];
      rows: string[][];
      /** Header first, then one per row, inches. */
      heights: number[];
      sizePt: number;
    }
  | {
      type: 'bar-chart';
      box: Box;
      title: string;
      categories: string[];
      values: number[];
      /** Label above each bar. */
      labels: string[];
      /** Decimals of the values as labelled. */
      decimals: 0 | 1;
      color: string;
    };

export interface DeckPage {
  /** Title bar text; the cover has none (its title is a text shape) and is marked `cover`. */
  title: string;
  cover?: boolean;
  shapes: Shape[];
}

export interface Deck {
  lang: Lang;
  /** Printed at the bottom of every page but the cover. */
  footerLeft: string;
  footerRight: string;
  pages: DeckPage[];
}

export const COLOURS = {
  brand: '1F4E79',
  text: '262626',
  muted: '7F7F7F',
  border: 'BFBFBF',
  headerFill: 'D9E2F3',
  zebra: 'F5F7FB',
  warning: 'C00000',
};

/** A text shape whose size is fitted to the box (between `maxPt` and the minimum readable size). */
export function fittedText(
  box: Box,
  value: string,
  maxPt: number,
  style: {
    bold?: boolean;
    color?: string;
    align?: 'left' | 'center' | 'right';
    valign?: 'top' | 'middle';
  } = {},
): Shape {
  const { sizePt, lines } = fitText(value, box, maxPt, FONT_MIN);
  return {
    type: 'text',
    box,
    lines: [{ text: lines.join('\n'), sizePt, bold: style.bold, color: style.color ?? COLOURS.text }],
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
  };
}

/** The "未填写 / Not filled in" note that stands for an empty part. */
export function notFilledShapes(box: Box, note: string, hint: string): Shape[] {
  const h = 1.2;
  const inner = { x: box.x + box.w / 4, y: box.y + (box.h - h) / 2, w: box.w / 2, h };
  return [
    {
      type: 'card',
      box: inner,
      fill: 'F2F2F2',
      border: COLOURS.border,
      dashed: true,
      lines: [
        { text: note, sizePt: 24, bold: true, color: COLOURS.muted },
        { text: hint, sizePt: 12, color: COLOURS.muted },
      ],
    },
  ];
}

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  weight: number;
}

/**
 * Splits rows over as many tables as needed so that none is taller than `box.h`; each row is as tall as its
 * most wrapped cell, and a single row taller than the box is cut with "…". Returns one table per page.
 */
export function paginateTable(
  box: Box,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  sizePt: number,
): Array<Extract<Shape, { type: 'table' }>> {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (box.w * c.weight) / total);
  const rowHeight = (cells: readonly string[]) =>
    Math.max(...cells.map((cell, i) => wrapText(cell, (widths[i] ?? 0) - 2 * CELL_PAD, sizePt).length), 1);
  const toHeight = (lines: number) => linesHeight(lines, sizePt) + 2 * CELL_PAD;
  const headerH = toHeight(rowHeight(columns.map((c) => c.header)));
  const maxLines = Math.floor(((box.h - headerH - 2 * CELL_PAD) * 72) / (sizePt * LINE_HEIGHT));
  const pages: Array<{ rows: string[][]; heights: number[]; used: number }> = [];
  let page = { rows: [] as string[][], heights: [] as number[], used: headerH };
  for (const row of rows) {
    const cells = row.map((cell, i) => {
      const width = (widths[i] ?? 0) - 2 * CELL_PAD;
      return clipLines(wrapText(cell, width, sizePt), maxLines, width, sizePt).join('\n');
    });
    const h = toHeight(Math.min(rowHeight(row), maxLines));
    if (page.rows.length > 0 && page.used + h > box.h) {
      pages.push(page);
      page = { rows: [], heights: [], used: headerH };
    }
    page.rows.push(cells);
    page.heights.push(h);
    page.used += h;
  }
  pages.push(page);
  return pages.map((p) => ({
    type: 'table',
    box: { ...box, h: p.used },
    widths,
    header: columns.map((c) => c.header),
    rows: p.rows,
    heights: [headerH, ...p.heights],
    sizePt,
  }));
}
