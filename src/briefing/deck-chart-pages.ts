// The briefing's pages with charts (seed 002, [PLAN-9]): step 2 the account background (sections, the
// 3-year revenue chart, key figures with exact amounts) and step 4's opportunity list with the pipeline
// by stage. Background text shrinks to fit and otherwise continues on a （续） page.
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { stepTitle, text } from './briefing-texts.ts';
import { COLOURS, CONTENT, type DeckPage, fittedText, paginateTable, type Shape } from './deck-model.ts';
import { wanChart, yuan } from './deck-money.ts';
import type { Box } from './layout-graph.ts';
import { clipLines, linesHeight, wrapText } from './text-fit.ts';

/** Step 2: the background text on the left, revenue chart and key figures on the right. */
export function backgroundPages(input: BriefingDeckInput, note: (box?: Box) => Shape[]): DeckPage[] {
  const { lang } = input;
  const { sections, revenueByYear, keyFigures } = input.background;
  const title = stepTitle(lang, 'background');
  if (sections.length === 0 && revenueByYear.length === 0 && keyFigures.length === 0)
    return [{ title, shapes: note() }];
  const left: Box = { x: CONTENT.x, y: CONTENT.y, w: 7.3, h: CONTENT.h };
  const right: Box = { x: 8.2, y: CONTENT.y, w: 4.633, h: CONTENT.h };
  const chartBox = { ...right, h: 2.9 };
  const chart: Shape[] =
    revenueByYear.length === 0
      ? note(chartBox)
      : [
          wanChart(
            chartBox,
            text(lang, 'revenueChart'),
            revenueByYear.map((r) => String(r.year)),
            revenueByYear.map((r) => r.revenueFen),
            '2E75B6',
          ),
        ];
  const figureRows = [
    ...revenueByYear.map((r) => [text(lang, 'revenueOfYear', { year: r.year }), yuan(r.revenueFen)]),
    ...keyFigures.map((f) => [f.label, f.value]),
  ];
  const figures =
    figureRows.length === 0
      ? []
      : paginateTable(
          { ...right, y: right.y + 3.1, h: right.h - 3.1 },
          [
            { header: text(lang, 'keyFigures'), weight: 5 },
            { header: '', weight: 4 },
          ],
          figureRows,
          11,
        ).slice(0, 1);
  const textPages = sectionPages(sections, left);
  return textPages.map((shapes, i) => ({
    title: i === 0 ? title : stepTitle(lang, 'background') + text(lang, 'continued'),
    shapes: i === 0 ? [...(shapes.length ? shapes : note(left)), ...chart, ...figures] : shapes,
  }));
}

/** Background sections as titled paragraphs, at the largest size that fits, else spread over pages. */
function sectionPages(sections: BriefingDeckInput['background']['sections'], box: Box): Shape[][] {
  if (sections.length === 0) return [[]];
  const gap = 0.15;
  const blocks = (bodyPt: number) =>
    sections.map((s) => {
      const head = clipLines(wrapText(s.title, box.w, bodyPt + 2), 2, box.w, bodyPt + 2);
      const body = clipLines(wrapText(s.text, box.w, bodyPt), 12, box.w, bodyPt);
      const h = linesHeight(head.length, bodyPt + 2) + linesHeight(body.length, bodyPt) + gap;
      return { head, body, h, bodyPt };
    });
  let chosen = blocks(10);
  for (let pt = 16; pt > 10; pt--) {
    const b = blocks(pt);
    if (b.reduce((s, x) => s + x.h, 0) <= box.h) {
      chosen = b;
      break;
    }
  }
  const pages: Shape[][] = [[]];
  let y = box.y;
  for (const b of chosen) {
    if (y + b.h > box.y + box.h && pages.at(-1)!.length > 0) {
      pages.push([]);
      y = box.y;
    }
    pages.at(-1)!.push({
      type: 'text',
      box: { x: box.x, y, w: box.w, h: b.h - gap },
      lines: [
        { text: b.head.join('\n'), sizePt: b.bodyPt + 2, bold: true, color: COLOURS.brand },
        { text: b.body.join('\n'), sizePt: b.bodyPt, color: COLOURS.text },
      ],
      align: 'left',
      valign: 'top',
    });
    y += b.h;
  }
  return pages;
}

/** Step 4's opportunity table (continued as needed) with the pipeline by stage beside its first page. */
export function opportunityPages(
  input: BriefingDeckInput,
  title: string,
  note: (box?: Box) => Shape[],
): DeckPage[] {
  const { lang, opportunities } = input;
  if (opportunities.length === 0) return [{ title, shapes: note() }];
  const tables = paginateTable(
    { x: CONTENT.x, y: CONTENT.y, w: 8.0, h: CONTENT.h },
    [
      { header: text(lang, 'opportunity'), weight: 3.2 },
      { header: text(lang, 'value'), weight: 2.4 },
      { header: text(lang, 'stage'), weight: 1.5 },
      { header: text(lang, 'closeDate'), weight: 1.7 },
      { header: text(lang, 'probability'), weight: 1.1 },
    ],
    opportunities.map((o) => [
      o.name,
      yuan(o.valueFen),
      o.stage,
      o.closeDate,
      `${Math.round(o.probabilityPct)}%`,
    ]),
    11,
  );
  const byStage = new Map<string, number>();
  for (const o of opportunities) byStage.set(o.stage, (byStage.get(o.stage) ?? 0) + o.valueFen);
  const total = opportunities.reduce((s, o) => s + o.valueFen, 0);
  const chartBox = { x: 8.9, y: CONTENT.y, w: 3.933, h: 3.6 };
  const side: Shape[] = [
    wanChart(chartBox, text(lang, 'pipelineByStage'), [...byStage.keys()], [...byStage.values()], 'ED7D31'),
    fittedText(
      { x: 8.9, y: CONTENT.y + 3.8, w: 3.933, h: 0.6 },
      text(lang, 'pipelineTotal', { total: yuan(total) }),
      13,
      {
        bold: true,
        color: COLOURS.brand,
      },
    ),
  ];
  return tables.map((table, i) => ({ title, shapes: i === 0 ? [table, ...side] : [table] }));
}
