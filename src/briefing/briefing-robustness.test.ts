// seed 002, [PLAN-9]: odd but possible plans still give a complete, valid deck in both formats.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { briefingFixture } from './briefing-fixture.ts';
import { buildBriefingDeck } from './build-briefing-deck.ts';
import type { Shape } from './deck-model.ts';
import { writeBriefingPdf } from './write-briefing-pdf.ts';
import { writeBriefingPptx } from './write-briefing-pptx.ts';

function odd(): BriefingDeckInput {
  const input = briefingFixture();
  const [first, ...people] = input.influence.people;
  return {
    ...input,
    companyName: '',
    generatedDate: 'not a date',
    team: [
      { name: '', role: '', title: '' },
      { name: 'x'.repeat(400), role: '角'.repeat(300), title: 'T' },
    ],
    graph: {
      nodes: [...input.graph.nodes, { ...input.graph.nodes[0]!, title: '重复的编号' }],
      edges: [...input.graph.edges, { from: 'nobody', to: 'o1' }, { from: 'o1', to: 'o1' }],
    },
    influence: {
      people: [{ ...first!, x: Number.NaN, y: Number.POSITIVE_INFINITY }, ...people],
      lines: [...input.influence.lines, { from: 'c1', to: 'ghost', kind: 'influence' }],
    },
    opportunities: [{ name: '负数', valueFen: -12_345, stage: '', closeDate: '', probabilityPct: 0 }],
    background: { ...input.background, revenueByYear: [{ year: 2026, revenueFen: 0 }] },
  };
}

const numbers = (shape: Shape): number[] =>
  shape.type === 'line' ? Object.values(shape.segment) : Object.values(shape.box);

describe('an odd plan', () => {
  it('lays out with finite coordinates only', () => {
    for (const page of buildBriefingDeck(odd()).pages)
      for (const shape of page.shapes) for (const n of numbers(shape)) expect(Number.isFinite(n)).toBe(true);
  });

  it('draws each graph node once even when an id repeats', () => {
    const page = buildBriefingDeck(odd()).pages.find((p) => p.title === '3. 战略地图')!;
    const titles = page.shapes.flatMap((s) =>
      s.type === 'card' ? s.lines.slice(0, 1).map((l) => l.text) : [],
    );
    expect(titles.filter((t) => t.includes('2027 年营收增长'))).toHaveLength(1);
    expect(titles.some((t) => t.includes('重复的编号'))).toBe(false);
  });

  it('still writes a PPTX with every slide and no NaN, and a PDF with every page', async () => {
    const input = odd();
    const deck = buildBriefingDeck(input);
    const zip = await JSZip.loadAsync(await writeBriefingPptx(input));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.pages.length);
    for (const name of slides) expect(await zip.file(name)!.async('string')).not.toMatch(/NaN|Infinity/);
    const pdf = await writeBriefingPdf(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(deck.pages.length);
  });
});
