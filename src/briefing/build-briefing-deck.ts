// The 9-step executive briefing (seed 002 汇报指南, [PLAN-9]) as pages of drawing primitives: a cover (company,
// account, plan year, date), then 1 team, 2 background, 3 strategic map, 4 execution map and opportunities,
// 5 relationships (influence map, gap table), 6 competition, 7 goals, 8 action plan, 9 support requested.
// Long tables continue on "（续）" pages; an empty part gets the "未填写" note. Money is shown exactly in
// yuan from integer fen ("¥1,234,567.89"); charts are in 万元.
import { formatFen } from '../core/shared/money.ts';
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { type StepKey, smartName, stepTitle, text } from './briefing-texts.ts';
import { graphShapes, influenceShapes } from './deck-maps.ts';
import {
  COLOURS,
  CONTENT,
  type Deck,
  type DeckPage,
  fittedText,
  notFilledShapes,
  PAGE_W,
  paginateTable,
  type Shape,
  type TableColumn,
} from './deck-model.ts';
import type { Box } from './layout-graph.ts';
import { clipLines, linesHeight, wrapText } from './text-fit.ts';

const TABLE_PT = 12;

/** ¥ and yuan with two decimals from integer fen, never through floating point. */
export const yuan = (fen: number) => `${fen < 0 ? '-' : ''}¥${formatFen(Math.abs(fen))}`;

/** 万元 with one decimal, rounded half up on integer fen (for chart labels). */
export function wan(fen: number): string {
  const tenths = Math.round(Math.abs(fen) / 100_000);
  return `${fen < 0 ? '-' : ''}${Math.floor(tenths / 10).toLocaleString('en-US')}.${tenths % 10}`;
}

/** The briefing's pages for `input`, in the order of the nine steps. */
export function buildBriefingDeck(input: BriefingDeckInput): Deck {
  const { lang } = input;
  const cont = (step: StepKey) => stepTitle(lang, step) + text(lang, 'continued');
  const note = (box: Box = CONTENT) =>
    notFilledShapes(box, text(lang, 'notFilled'), text(lang, 'notFilledHint'));
  const tablePages = (
    step: StepKey,
    columns: TableColumn[],
    rows: string[][],
    box: Box = CONTENT,
  ): DeckPage[] =>
    rows.length === 0
      ? [{ title: stepTitle(lang, step), shapes: note() }]
      : paginateTable(box, columns, rows, TABLE_PT).map((table, i) => ({
          title: i === 0 ? stepTitle(lang, step) : cont(step),
          shapes: [table],
        }));

  const pages: DeckPage[] = [
    coverPage(input),
    ...tablePages(
      'team',
      [
        { header: text(lang, 'name'), weight: 2 },
        { header: text(lang, 'teamRole'), weight: 3 },
        { header: text(lang, 'jobTitle'), weight: 3 },
      ],
      input.team.map((t) => [t.name, t.role, t.title]),
    ),
    ...backgroundPages(input, note),
    {
      title: stepTitle(lang, 'strategicMap'),
      shapes: graphShapes(input, ['objective', 'strategy', 'tactic', 'need']),
    },
    {
      title: stepTitle(lang, 'executionMap'),
      shapes: graphShapes(input, ['need', 'solution', 'opportunity', 'action']),
    },
    ...opportunityPages(input, cont('executionMap'), note),
    { title: stepTitle(lang, 'relationships'), shapes: influenceShapes(input) },
    ...tablePages(
      'relationships',
      [
        { header: text(lang, 'contact'), weight: 2 },
        { header: text(lang, 'ourMember'), weight: 2 },
        { header: text(lang, 'currentLevel'), weight: 2 },
        { header: text(lang, 'desiredLevel'), weight: 2 },
        { header: text(lang, 'priority'), weight: 1 },
      ],
      [...input.gaps]
        .sort((a, b) => b.priority - a.priority)
        .map((g) => [g.contact, g.ourMember, g.currentLevel, g.desiredLevel, String(g.priority)]),
    ).map((p) => ({ ...p, title: cont('relationships') })),
    ...tablePages(
      'competition',
      [
        { header: text(lang, 'competitor'), weight: 2 },
        { header: text(lang, 'position'), weight: 5 },
        { header: text(lang, 'ourStrategy'), weight: 5 },
      ],
      input.competition.map((c) => [c.competitor, c.position, c.ourStrategy]),
    ),
    ...tablePages(
      'goals',
      [
        { header: text(lang, 'goal'), weight: 4 },
        { header: text(lang, 'subGoals'), weight: 5 },
        { header: text(lang, 'smart'), weight: 3 },
      ],
      input.goals.map((g) => [
        g.title,
        g.subGoals.map((s) => `• ${s}`).join('\n'),
        g.smartFailing.length === 0
          ? text(lang, 'smartPass')
          : text(lang, 'smartFail', {
              letters: g.smartFailing.map((l) => smartName(lang, l)).join(lang === 'en' ? ', ' : '、'),
            }),
      ]),
    ),
    ...tablePages(
      'actions',
      [
        { header: text(lang, 'action'), weight: 6 },
        { header: text(lang, 'actionOwner'), weight: 2 },
        { header: text(lang, 'dueDate'), weight: 2 },
        { header: text(lang, 'status'), weight: 2 },
      ],
      input.actions.map((a) => [a.title, a.owner, a.dueDate, a.status]),
    ),
    ...supportPages(input, cont('support'), note),
  ];
  return {
    lang,
    footerLeft: input.companyName,
    footerRight: `${input.accountName} · ${text(lang, 'planYear', { year: input.planYear })} · ${input.generatedDate}`,
    pages,
  };
}

function coverPage(input: BriefingDeckInput): DeckPage {
  const { lang } = input;
  const title = text(lang, 'deckTitle');
  return {
    title,
    cover: true,
    shapes: [
      { type: 'rect', box: { x: 0, y: 2.2, w: PAGE_W, h: 2.3 }, fill: COLOURS.brand },
      fittedText({ x: 0.8, y: 2.35, w: 11.7, h: 0.9 }, `${input.accountName}（${input.accountCode}）`, 36, {
        bold: true,
        color: 'FFFFFF',
      }),
      fittedText({ x: 0.8, y: 3.3, w: 11.7, h: 0.6 }, title, 24, { color: 'FFFFFF' }),
      fittedText({ x: 0.8, y: 3.9, w: 11.7, h: 0.45 }, text(lang, 'planYear', { year: input.planYear }), 18, {
        color: 'DDEBF7',
      }),
      fittedText(
        { x: 0.8, y: 5.0, w: 11.7, h: 0.5 },
        text(lang, 'reportedBy', { company: input.companyName }),
        18,
      ),
      fittedText(
        { x: 0.8, y: 5.5, w: 11.7, h: 0.45 },
        text(lang, 'date', { date: input.generatedDate }),
        16,
        {
          color: COLOURS.muted,
        },
      ),
    ],
  };
}

function backgroundPages(input: BriefingDeckInput, note: (box?: Box) => Shape[]): DeckPage[] {
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
          {
            type: 'bar-chart',
            box: chartBox,
            title: text(lang, 'revenueChart'),
            categories: revenueByYear.map((r) => String(r.year)),
            values: revenueByYear.map((r) => r.revenueFen / 1_000_000),
            labels: revenueByYear.map((r) => wan(r.revenueFen)),
            color: '2E75B6',
          },
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

function opportunityPages(input: BriefingDeckInput, title: string, note: (box?: Box) => Shape[]): DeckPage[] {
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
    opportunities.map((o) => [o.name, yuan(o.valueFen), o.stage, o.closeDate, `${o.probabilityPct}%`]),
    11,
  );
  const byStage = new Map<string, number>();
  for (const o of opportunities) byStage.set(o.stage, (byStage.get(o.stage) ?? 0) + o.valueFen);
  const total = opportunities.reduce((s, o) => s + o.valueFen, 0);
  const chartBox = { x: 8.9, y: CONTENT.y, w: 3.933, h: 3.6 };
  const side: Shape[] = [
    {
      type: 'bar-chart',
      box: chartBox,
      title: text(lang, 'pipelineByStage'),
      categories: [...byStage.keys()],
      values: [...byStage.values()].map((fen) => fen / 1_000_000),
      labels: [...byStage.values()].map(wan),
      color: 'ED7D31',
    },
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

function supportPages(input: BriefingDeckInput, cont: string, note: (box?: Box) => Shape[]): DeckPage[] {
  const { lang, supportRequested } = input;
  const title = stepTitle(lang, 'support');
  if (supportRequested.length === 0) return [{ title, shapes: note() }];
  const sizePt = 16;
  const pages: Shape[][] = [[]];
  let y = CONTENT.y;
  for (const line of supportRequested) {
    const wrapped = clipLines(wrapText(line, CONTENT.w - 0.4, sizePt), 6, CONTENT.w - 0.4, sizePt);
    const h = linesHeight(wrapped.length, sizePt) + 0.2;
    if (y + h > CONTENT.y + CONTENT.h && pages.at(-1)!.length > 0) {
      pages.push([]);
      y = CONTENT.y;
    }
    const at = y;
    pages.at(-1)!.push(
      { type: 'rect', box: { x: CONTENT.x, y: at + 0.1, w: 0.12, h: 0.12 }, fill: COLOURS.brand },
      {
        type: 'text',
        box: { x: CONTENT.x + 0.3, y: at, w: CONTENT.w - 0.3, h: h - 0.2 },
        lines: [{ text: wrapped.join('\n'), sizePt, color: COLOURS.text }],
        align: 'left',
        valign: 'top',
      },
    );
    y += h;
  }
  return pages.map((shapes, i) => ({ title: i === 0 ? title : cont, shapes }));
}
