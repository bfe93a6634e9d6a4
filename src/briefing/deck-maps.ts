// The briefing's map pages (seed 002, [PLAN-9]): step 3 the strategic map (objective → strategy → tactic →
// need, [PLAN-2]), step 4 the execution map (need → solution → opportunity → action, [PLAN-3]) and step 5
// the influence map ([PLAN-4]): cards coloured by node kind or by attitude, card size by influence, role
// badges, reporting lines solid and informal influence dashed, external influencers with a dashed border.
import type { BriefingDeckInput, GraphNodeKind, InfluenceLevel, Person } from './briefing-deck-input.ts';
import { ATTITUDES, ROLE_BADGES } from './briefing-deck-input.ts';
import { attitudeName, kindName, roleName, roleShort, text } from './briefing-texts.ts';
import {
  CELL_PAD,
  COLOURS,
  CONTENT,
  FONT_MIN,
  notFilledShapes,
  type Shape,
  type TextLine,
} from './deck-model.ts';
import { type Box, cardScale, clipBetween, fitPoints, layoutGraph } from './layout-graph.ts';
import { clipLines, fitText, linesHeight, wrapText } from './text-fit.ts';

export const KIND_FILL: Record<GraphNodeKind, { fill: string; text: string }> = {
  objective: { fill: '1F4E79', text: 'FFFFFF' },
  strategy: { fill: '2E75B6', text: 'FFFFFF' },
  tactic: { fill: 'BDD7EE', text: '262626' },
  need: { fill: 'FFE699', text: '262626' },
  solution: { fill: 'C5E0B4', text: '262626' },
  opportunity: { fill: 'F8CBAD', text: '262626' },
  action: { fill: 'E7E6E6', text: '262626' },
};

export const ATTITUDE_FILL: Record<Person['attitude'], { fill: string; text: string }> = {
  supporter: { fill: '2E7D32', text: 'FFFFFF' },
  positive: { fill: 'C5E1A5', text: '262626' },
  neutral: { fill: 'EEEEEE', text: '262626' },
  negative: { fill: 'FFCC80', text: '262626' },
  opponent: { fill: 'C62828', text: 'FFFFFF' },
};

const ROLE_FILL: Record<Person['roles'][number], string> = {
  decision_maker: '7030A0',
  approver: 'C00000',
  sponsor: 'BF8F00',
  recommender: '2F5597',
  coach: '00838F',
};

const CARD_SIZE: Record<InfluenceLevel, { w: number; h: number; namePt: number }> = {
  high: { w: 1.75, h: 0.86, namePt: 12 },
  medium: { w: 1.5, h: 0.76, namePt: 11 },
  low: { w: 1.3, h: 0.68, namePt: 10 },
};
const BADGE = { w: 0.46, h: 0.21, gap: 0.04 };

/**
 * Title and detail lines fitted into a card: the title as large as fits, details smaller, one line each;
 * where there is no room for every detail the first ones are left out.
 */
export function cardLines(
  title: string,
  details: TextLine[],
  box: Box,
  maxPt: number,
  color: string,
): TextLine[] {
  const inner = { w: box.w - 2 * CELL_PAD, h: box.h - 2 * CELL_PAD };
  const detailPt = Math.max(Math.min(maxPt - 2, 9), FONT_MIN);
  // Small cards (a crowded column or map) keep the title and the last, most important details.
  const room = Math.max(
    Math.floor((inner.h - linesHeight(1, FONT_MIN)) / linesHeight(1, detailPt) + 1e-9),
    0,
  );
  const fittedDetails = details.slice(details.length - Math.min(room, details.length)).map((d) => {
    const lines = clipLines(wrapText(d.text, inner.w, detailPt), 1, inner.w, detailPt);
    return { ...d, text: lines.join('\n'), sizePt: detailPt };
  });
  const titleBox = { w: inner.w, h: Math.max(inner.h - linesHeight(fittedDetails.length, detailPt), 0.15) };
  const fitted = fitText(title, titleBox, maxPt, FONT_MIN);
  return [{ text: fitted.lines.join('\n'), sizePt: fitted.sizePt, bold: true, color }, ...fittedDetails];
}

/** A map page's columns of cards, or the not-filled note when none of its kinds has a node. */
export function graphShapes(input: BriefingDeckInput, kinds: readonly GraphNodeKind[]): Shape[] {
  const { lang } = input;
  const box = { ...CONTENT, y: CONTENT.y + 0.1, h: CONTENT.h - 0.5 };
  // The first node with an id wins, as in the layout.
  const byId = new Map([...input.graph.nodes].reverse().map((n) => [n.id, n]));
  const layout = layoutGraph(input.graph.nodes, input.graph.edges, kinds, box, {
    headerH: 0.45,
    gapX: 0.55,
    gapY: 0.22,
    maxNodeH: 1.05,
  });
  if (layout.nodes.length === 0)
    return notFilledShapes(CONTENT, text(lang, 'notFilled'), text(lang, 'notFilledHint'));
  const headers: Shape[] = layout.columns.flatMap((c) => [
    { type: 'rect', box: { ...c.box, h: c.box.h - 0.1 }, fill: COLOURS.headerFill },
    {
      type: 'text',
      box: { ...c.box, h: c.box.h - 0.1 },
      lines: [{ text: kindName(lang, c.kind), sizePt: 13, bold: true, color: COLOURS.brand }],
      align: 'center',
      valign: 'middle',
    },
  ]);
  const lines: Shape[] = layout.edges.map((e) => ({
    type: 'line',
    segment: e.line,
    color: '8497B0',
    widthPt: 1.25,
    dashed: false,
    arrow: true,
  }));
  const cards: Shape[] = layout.nodes.map((n) => {
    const node = byId.get(n.id)!;
    const colour = KIND_FILL[n.kind];
    const owner = node.customerOwner
      ? text(lang, 'owner', { name: node.customerOwner }) +
        text(lang, node.ownerConfirmed ? 'ownerConfirmed' : 'ownerAssumed')
      : text(lang, 'ownerUnknown');
    const details = ['objective', 'strategy', 'tactic', 'need'].includes(n.kind)
      ? [{ text: owner, sizePt: 9, color: colour.text }]
      : [];
    return {
      type: 'card',
      box: n.box,
      fill: colour.fill,
      border: colour.fill,
      dashed: node.customerOwner !== null && !node.ownerConfirmed,
      lines: cardLines(node.title, details, n.box, 12, colour.text),
    };
  });
  const legend: Shape = {
    type: 'text',
    box: { x: CONTENT.x, y: CONTENT.y + CONTENT.h - 0.3, w: CONTENT.w, h: 0.3 },
    lines: [{ text: text(lang, 'graphLegend'), sizePt: 9, color: COLOURS.muted }],
    align: 'left',
    valign: 'middle',
  };
  return [...headers, ...lines, ...cards, legend];
}

/** The influence map with its legend, or the not-filled note when there is nobody on it. */
export function influenceShapes(input: BriefingDeckInput): Shape[] {
  const { lang } = input;
  const { people, lines } = input.influence;
  if (people.length === 0)
    return notFilledShapes(CONTENT, text(lang, 'notFilled'), text(lang, 'notFilledHint'));
  const mapBox = { x: CONTENT.x, y: CONTENT.y + 0.1, w: 9.4, h: CONTENT.h - 0.1 };
  const centres = fitPoints(people, mapBox, { x: CARD_SIZE.high.w / 2, y: CARD_SIZE.high.h / 2 + BADGE.h });
  const scale = cardScale(
    people.map((p, i) => ({
      ...centres[i]!,
      w: CARD_SIZE[p.influence].w,
      h: CARD_SIZE[p.influence].h + BADGE.h,
    })),
    0.55,
  );
  const boxes = new Map<string, Box>();
  people.forEach((p, i) => {
    const c = centres[i]!;
    const w = CARD_SIZE[p.influence].w * scale;
    const h = CARD_SIZE[p.influence].h * scale;
    boxes.set(p.id, { x: c.cx - w / 2, y: c.cy - h / 2, w, h });
  });
  const lineShapes: Shape[] = lines.flatMap((l) => {
    const a = boxes.get(l.from);
    const b = boxes.get(l.to);
    if (!a || !b || l.from === l.to) return [];
    const informal = l.kind === 'influence';
    return [
      {
        type: 'line',
        segment: clipBetween(a, b),
        color: informal ? 'ED7D31' : '595959',
        widthPt: informal ? 1.5 : 1.25,
        dashed: informal,
        arrow: true,
      },
    ];
  });
  const cardShapes: Shape[] = people.flatMap((p) => {
    const box = boxes.get(p.id)!;
    const colour = ATTITUDE_FILL[p.attitude];
    const coverage = p.coveredBy ? text(lang, 'coveredBy', { name: p.coveredBy }) : text(lang, 'uncovered');
    const card: Shape = {
      type: 'card',
      box,
      fill: colour.fill,
      border: p.external ? '404040' : colour.fill,
      dashed: p.external,
      lines: cardLines(
        p.name,
        [
          { text: p.title, sizePt: 9, color: colour.text },
          {
            text: coverage,
            sizePt: 9,
            color: p.coveredBy ? colour.text : COLOURS.warning,
            bold: !p.coveredBy,
          },
        ],
        box,
        Math.max(CARD_SIZE[p.influence].namePt * scale, FONT_MIN),
        colour.text,
      ),
    };
    const badges = ROLE_BADGES.filter((r) => p.roles.includes(r)).flatMap((r, i) =>
      badge(
        { x: box.x + i * (BADGE.w + BADGE.gap), y: box.y - BADGE.h - 0.02 },
        roleShort(lang, r),
        ROLE_FILL[r],
      ),
    );
    const stale = p.stale
      ? badge({ x: box.x + box.w - 0.62, y: box.y + box.h - 0.1 }, text(lang, 'stale'), COLOURS.warning, 0.62)
      : [];
    return [card, ...badges, ...stale];
  });
  return [...lineShapes, ...cardShapes, ...legendShapes(input, { x: 10.15, y: CONTENT.y + 0.1, w: 2.68 })];
}

function badge(at: { x: number; y: number }, label: string, fill: string, w = BADGE.w): Shape[] {
  return [
    {
      type: 'card',
      box: { x: at.x, y: at.y, w, h: BADGE.h },
      fill,
      border: fill,
      dashed: false,
      lines: [{ text: label, sizePt: FONT_MIN, bold: true, color: 'FFFFFF' }],
    },
  ];
}

function legendShapes(input: BriefingDeckInput, at: { x: number; y: number; w: number }): Shape[] {
  const { lang } = input;
  const shapes: Shape[] = [];
  const row = 0.3;
  let y = at.y;
  const heading = (label: string) => {
    shapes.push({
      type: 'text',
      box: { x: at.x, y, w: at.w, h: row },
      lines: [{ text: label, sizePt: 10, bold: true, color: COLOURS.brand }],
      align: 'left',
      valign: 'middle',
    });
    y += row;
  };
  const item = (swatch: Shape[], label: string) => {
    shapes.push(...swatch, {
      type: 'text',
      box: { x: at.x + 0.7, y, w: at.w - 0.7, h: row },
      lines: [{ text: label, sizePt: 9, color: COLOURS.text }],
      align: 'left',
      valign: 'middle',
    });
    y += row;
  };
  const swatchBox = () => ({ x: at.x, y: y + 0.05, w: 0.5, h: row - 0.1 });
  heading(text(lang, 'legendAttitude'));
  for (const a of ATTITUDES)
    item(
      [
        {
          type: 'card',
          box: swatchBox(),
          fill: ATTITUDE_FILL[a].fill,
          border: ATTITUDE_FILL[a].fill,
          dashed: false,
          lines: [],
        },
      ],
      attitudeName(lang, a),
    );
  y += 0.1;
  heading(text(lang, 'legendRoles'));
  for (const r of ROLE_BADGES)
    item(badge({ x: at.x, y: y + 0.045 }, roleShort(lang, r), ROLE_FILL[r]), roleName(lang, r));
  y += 0.1;
  const line = (dashed: boolean, color: string): Shape => ({
    type: 'line',
    segment: { x1: at.x, y1: y + row / 2, x2: at.x + 0.5, y2: y + row / 2 },
    color,
    widthPt: 1.5,
    dashed,
    arrow: true,
  });
  item([line(false, '595959')], text(lang, 'reportingLine'));
  item([line(true, 'ED7D31')], text(lang, 'influenceLine'));
  item(
    [{ type: 'card', box: swatchBox(), fill: 'FFFFFF', border: '404040', dashed: true, lines: [] }],
    text(lang, 'external'),
  );
  item(badge({ x: at.x, y: y + 0.045 }, text(lang, 'stale'), COLOURS.warning, 0.62), text(lang, 'stale'));
  const note = wrapText(text(lang, 'legendInfluence'), at.w, 9);
  shapes.push({
    type: 'text',
    box: { x: at.x, y: y + 0.05, w: at.w, h: linesHeight(note.length, 9) + 0.1 },
    lines: [{ text: note.join('\n'), sizePt: 9, color: COLOURS.muted }],
    align: 'left',
    valign: 'top',
  });
  return shapes;
}
