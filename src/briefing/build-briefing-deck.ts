// The 9-step executive briefing (seed 002 汇报指南, [PLAN-9]) as pages of drawing primitives: a cover (company,
// account, plan year, date), then 1 team, 2 background, 3 strategic map, 4 execution map and opportunities,
// 5 relationships (influence map, gap table, partners and voice of the customer), 6 competition, 7 goals, 8 action plan, 9 support requested.
// Long tables continue on "（续）" pages; an empty part gets the "未填写" note. Money is shown exactly in
// yuan from integer fen ("¥1,234,567.89"); charts are in 万元 (deck-money.ts).
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { type StepKey, smartName, stepTitle, text } from './briefing-texts.ts';
import { backgroundPages, opportunityPages } from './deck-chart-pages.ts';
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

/** At most two decimals, none when whole: priorities are products of weights. */
const decimal = (n: number) => String(Math.round(n * 100) / 100);

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
        .map((g) => [g.contact, g.ourMember, g.currentLevel, g.desiredLevel, decimal(g.priority)]),
    ).map((p) => ({ ...p, title: cont('relationships') })),
    ...(input.strategicRelationships?.partners.length
      ? tablePages(
          'relationships',
          [
            { header: text(lang, 'partner'), weight: 3 },
            { header: text(lang, 'toCustomer'), weight: 4 },
            { header: text(lang, 'toUs'), weight: 4 },
            { header: text(lang, 'canHelp'), weight: 1 },
          ],
          input.strategicRelationships.partners.map((p) => [
            p.name,
            p.relationToCustomer,
            p.relationToUs,
            text(lang, p.canHelp ? 'yes' : 'no'),
          ]),
        ).map((p) => ({ ...p, title: cont('relationships') }))
      : []),
    ...(input.strategicRelationships?.voices.length
      ? tablePages(
          'relationships',
          [
            { header: text(lang, 'contact'), weight: 2 },
            { header: text(lang, 'voice'), weight: 8 },
          ],
          input.strategicRelationships.voices.map((v) => [v.contact, `“${v.statement}”`]),
        ).map((p) => ({ ...p, title: cont('relationships') }))
      : []),
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
