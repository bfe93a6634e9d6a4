// The shape of the segmentation configuration: every threshold, weight, matrix and list of [SEG-1]…[SEG-8],
// [ACC-5] and [VAL-2] is data a company can change without a release (DOMAIN.md §3). The defaults are in
// segmentation-config-defaults.ts, the checks in segmentation-config-validator.ts.
// (Files are not named `*-config.ts`: the architecture rule reserves that ending for the app's env config.)
import type {
  ClpTier,
  CostDrivers,
  GridClass,
  KamStage,
  Level,
  LoyaltyGroup,
  LoyaltyStrategy,
  Text,
} from './segmentation-types.ts';

export type AttractivenessSource = 'size' | 'growth' | 'margin' | 'assessment';
export type CapabilitySource = 'share' | 'assessment';

/** A weighted [SEG-2] criterion; weights of one axis sum to 100. */
export interface Criterion<S extends string> {
  key: string;
  label: Text;
  weight: number;
  source: S;
}

/** Maps a percentage linearly onto a 0–100 score: zeroAtPct → 0, fullAtPct → 100, clamped. */
export interface ScoreScale {
  zeroAtPct: number;
  fullAtPct: number;
}

export interface ClpTierThreshold {
  minClpFen: number;
  minStrategicWeight: number;
}

export type ContactPattern = 'single_point' | 'bow_tie' | 'expanded_bow_tie' | 'diamond' | 'integrated_teams';

export interface SegmentationConfig {
  version: 1;
  /** [SEG-1] X/Y grid. */
  purchaseGrid: {
    /** Months of sales (ending with the period month) that give X and the population stats. */
    windowMonths: number;
    /** Percentile cut points of buying accounts' sales, ascending: X=1 below the first … X=4 from the last. */
    xCutoffsPct: readonly number[];
    /** 5 × 5 classes indexed [x][y]. */
    cells: ReadonlyArray<ReadonlyArray<GridClass>>;
    /** Y when nobody assessed capacity: X itself (capacity is at least what they buy) or a fixed level. */
    yWhenMissing: 'same_as_x' | Level;
    vip: { influenceThreshold: number };
  };
  /** [SEG-2] attractiveness × capability. */
  portfolio: {
    attractiveness: ReadonlyArray<Criterion<AttractivenessSource>>;
    capability: ReadonlyArray<Criterion<CapabilitySource>>;
    /** A score at or above this is high. */
    highThreshold: number;
    /** Score used for a criterion with no answer and no data. */
    missingScore: number;
    growthScale: ScoreScale;
    marginScale: ScoreScale;
  };
  /** [SEG-3] customer lifetime profit tiers and [VAL-2] textbook CLV assumptions. */
  clp: {
    horizonYears: number;
    discountRatePct: number;
    retentionPct: number;
    /** Lowest CLP and strategic weight for each tier above transactional. */
    tiers: Record<Exclude<ClpTier, 'transactional'>, ClpTierThreshold>;
    /** Relationship-development approach per tier. */
    approach: Record<ClpTier, Text>;
    costDriverDefaults: CostDrivers;
  };
  /** [ACC-5] loyal = bought in each of the last N quarters; former = no order for M months. */
  lifecycle: { loyalQuarters: number; formerMonths: number };
  /** [SEG-4] trend thresholds. */
  relationshipStage: {
    explorationMonths: number;
    formationGrowthPct: number;
    declineGrowthPct: number;
    /** Decision-maker step needed for stable (2 = trust). */
    stableMinStep: number;
  };
  /** [SEG-5] KAM development stage. */
  kamStage: {
    questionnaire: ReadonlyArray<{ id: string; text: Text; weight: number }>;
    /** How the questionnaire score and the share of wallet combine; sums to 100. */
    scoreWeights: { questionnaire: number; shareOfWallet: number };
    /** Lowest combined score of each stage above exploratory, ascending. */
    thresholds: Record<Exclude<KamStage, 'exploratory'>, number>;
    stages: Record<
      KamStage,
      { expectedShareOfWalletPct: number; contactPattern: ContactPattern; contact: Text }
    >;
    disruptionRisks: ReadonlyArray<{ id: string; kind: 'internal' | 'external'; label: Text; advice: Text }>;
  };
  /** [SEG-6] organisation relationship; suggested from share of wallet when nobody assessed the level. */
  orgRelationship: {
    suggestFromShareOfWalletPct: { major: number; core: number; strategic_partner: number };
    strategicPartnerMinStep: number;
  };
  /** [SEG-7] loyalty/usage grid. */
  loyalty: {
    /** Buying accounts at or above this share of wallet count as advocates when nobody assessed the group. */
    advocateMinShareOfWalletPct: number;
    groups: Record<
      LoyaltyGroup,
      { strategy: LoyaltyStrategy; subStates: ReadonlyArray<{ id: string; label: Text; action: Text }> }
    >;
  };
  /** [SEG-8] the top accounts making this % of revenue (or profit). */
  pareto: { cutPct: number };
  /** [SEG-8] BCG of our product lines in an account. */
  bcg: {
    /** High share when our share of wallet in the line is at least this. */
    shareThresholdPct: number;
    /** Without that assessment: high share when the line is at least this % of the account's sales with us. */
    mixShareThresholdPct: number;
    growthThresholdPct: number;
  };
}
