// The DOMAIN.md defaults of every classification model (seeds 000, 001, 003). Where the seeds name a tool
// without numbers, the numbers below are our defaults; a company edits them as data.
import { DEFAULT_KAM_STAGE, DEFAULT_LOYALTY } from './relationship-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import type { GridClass } from './segmentation-types.ts';

/** [SEG-1] default grid: A when Y ≥ 3, B when Y = 2, C when Y ≤ 1, whatever X (the seed's examples disagree). */
const defaultRow = (): GridClass[] => ['C', 'C', 'B', 'A', 'A'];

/** The configuration every company starts with. */
export const DEFAULT_SEGMENTATION_CONFIG: SegmentationConfig = {
  version: 1,
  purchaseGrid: {
    windowMonths: 12,
    xCutoffsPct: [25, 50, 75],
    cells: [defaultRow(), defaultRow(), defaultRow(), defaultRow(), defaultRow()],
    yWhenMissing: 'same_as_x',
    vip: { influenceThreshold: 80 },
  },
  portfolio: {
    attractiveness: [
      {
        key: 'size',
        label: { 'zh-CN': '客户规模（购买能力）', en: 'Size (purchasing capacity)' },
        weight: 30,
        source: 'size',
      },
      { key: 'growth', label: { 'zh-CN': '增长', en: 'Growth' }, weight: 25, source: 'growth' },
      { key: 'margin', label: { 'zh-CN': '毛利率', en: 'Margin' }, weight: 20, source: 'margin' },
      {
        key: 'strategic_fit',
        label: { 'zh-CN': '战略契合度', en: 'Strategic fit' },
        weight: 25,
        source: 'assessment',
      },
    ],
    capability: [
      {
        key: 'our_share',
        label: { 'zh-CN': '我方份额', en: 'Our share of wallet' },
        weight: 40,
        source: 'share',
      },
      {
        key: 'relationship',
        label: { 'zh-CN': '客户关系', en: 'Relationship' },
        weight: 30,
        source: 'assessment',
      },
      {
        key: 'solution_fit',
        label: { 'zh-CN': '方案匹配度', en: 'Solution fit' },
        weight: 30,
        source: 'assessment',
      },
    ],
    highThreshold: 60,
    missingScore: 50,
    growthScale: { zeroAtPct: -20, fullAtPct: 30 },
    marginScale: { zeroAtPct: 0, fullAtPct: 40 },
  },
  clp: {
    horizonYears: 5,
    discountRatePct: 8,
    retentionPct: 80,
    tiers: {
      standard: { minClpFen: 5_000_000, minStrategicWeight: 0 },
      value: { minClpFen: 50_000_000, minStrategicWeight: 0 },
      strategic: { minClpFen: 200_000_000, minStrategicWeight: 60 },
    },
    approach: {
      transactional: {
        'zh-CN': '标准化、低成本服务（电话/线上下单），控制服务成本，不做专项投入',
        en: 'Standard low-cost service (phone/online ordering); keep cost to serve down, no dedicated investment',
      },
      standard: {
        'zh-CN': '定期拜访与标准服务包，挖掘交叉销售机会，培养关键决策者好感',
        en: 'Regular visits and the standard service package; look for cross-selling; build liking with key decision makers',
      },
      value: {
        'zh-CN': '专属客户经理与增值服务，提升份额和转换成本，向核心供应商发展',
        en: 'A dedicated account manager and value-added services; raise share and switching cost; grow towards core supplier',
      },
      strategic: {
        'zh-CN': '高层对接、联合团队与共同投资，建立战略伙伴关系',
        en: 'Executive sponsorship, joint teams and shared investment; build a strategic partnership',
      },
    },
    costDriverDefaults: {
      visitsPerYear: 12,
      costPerVisitFen: 50_000,
      supportFenPerYear: 0,
      logisticsPctOfRevenue: 2,
      rebatePctOfRevenue: 0,
      creditCostPctOfReceivable: 6,
    },
  },
  lifecycle: { loyalQuarters: 4, formerMonths: 12 },
  relationshipStage: {
    explorationMonths: 12,
    formationGrowthPct: 15,
    declineGrowthPct: -15,
    stableMinStep: 2,
  },
  kamStage: DEFAULT_KAM_STAGE,
  orgRelationship: {
    suggestFromShareOfWalletPct: { major: 30, core: 50, strategic_partner: 80 },
    strategicPartnerMinStep: 3,
  },
  loyalty: DEFAULT_LOYALTY,
  pareto: { cutPct: 80 },
  bcg: { shareThresholdPct: 50, mixShareThresholdPct: 25, growthThresholdPct: 10 },
};
