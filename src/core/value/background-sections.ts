// [ACC-3] account background and 3C research (seed 002, plan part 2): free-text sections under stable ids.
// Background: basic info, strategy, market situation, financial performance, decision process. 3C: the
// customer's company, the customer's customers, the customer's competitors. Research focus: innovation
// initiatives, industry trends, M&A, management changes, our existing footprint, key technology vendors and
// strategic partners. Completeness = sections holding text ÷ all sections, rounded down.
import type { ErrorDetail } from '../shared/errors.ts';

export const BACKGROUND_GROUPS = ['background', 'threeC', 'research'] as const;
export type BackgroundGroup = (typeof BACKGROUND_GROUPS)[number];

/** The sections in display order; `labelKey` is a message key (value-messages.ts) in zh-CN and en. */
export const BACKGROUND_SECTIONS = [
  { key: 'basicInfo', group: 'background' },
  { key: 'strategy', group: 'background' },
  { key: 'marketSituation', group: 'background' },
  { key: 'financialPerformance', group: 'background' },
  { key: 'decisionProcess', group: 'background' },
  { key: 'customerCompany', group: 'threeC' },
  { key: 'customerCustomers', group: 'threeC' },
  { key: 'customerCompetitors', group: 'threeC' },
  { key: 'innovationInitiatives', group: 'research' },
  { key: 'industryTrends', group: 'research' },
  { key: 'mergersAcquisitions', group: 'research' },
  { key: 'managementChanges', group: 'research' },
  { key: 'ourFootprint', group: 'research' },
  { key: 'technologyVendorsPartners', group: 'research' },
] as const satisfies ReadonlyArray<{ key: string; group: BackgroundGroup }>;

export type BackgroundSectionKey = (typeof BACKGROUND_SECTIONS)[number]['key'];

const SECTION_KEYS: ReadonlySet<string> = new Set(BACKGROUND_SECTIONS.map((s) => s.key));

/** Message key of a section's label, e.g. background.section.basicInfo. */
export const backgroundSectionLabelKey = (key: string) => `background.section.${key}`;
/** Message key of a group's heading, e.g. background.group.threeC. */
export const backgroundGroupLabelKey = (group: BackgroundGroup) => `background.group.${group}`;

export function isBackgroundSectionKey(key: string): key is BackgroundSectionKey {
  return SECTION_KEYS.has(key);
}

/** Field errors for keys that are not sections (`sections.<key>`); empty when every key is known. */
export function unknownBackgroundKeys(sections: Readonly<Record<string, string>>): ErrorDetail[] {
  return Object.keys(sections)
    .filter((key) => !isBackgroundSectionKey(key))
    .map((key) => ({ path: `sections.${key}`, message: 'background.unknown_section' }));
}

/** The sections as stored: known keys in display order, text trimmed, blank sections left out. */
export function normaliseBackground(sections: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key } of BACKGROUND_SECTIONS) {
    const text = (sections[key] ?? '').trim();
    if (text !== '') out[key] = text;
  }
  return out;
}

/** Percent (0–100, rounded down) of the sections that hold text. */
export function backgroundCompleteness(sections: Readonly<Record<string, string>>): number {
  const filled = BACKGROUND_SECTIONS.filter(({ key }) => (sections[key] ?? '').trim() !== '').length;
  return Math.floor((filled * 100) / BACKGROUND_SECTIONS.length);
}
