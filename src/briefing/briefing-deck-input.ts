// The executive briefing deck's input (seed 002, [PLAN-9]): everything the 9-step briefing draws, already
// resolved to display values by whoever builds it (the plan service, a CLI command, a test). The deck
// renderers read nothing else: no database, no clock. Every list may be empty; an empty part renders a
// "未填写 / Not filled in" note.
import type { Lang } from '../core/shared/messages.ts';

/** The strategic and execution map's node kinds in column order ([PLAN-2], [PLAN-3]). */
export const GRAPH_NODE_KINDS = [
  'objective',
  'strategy',
  'tactic',
  'need',
  'solution',
  'opportunity',
  'action',
] as const;
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];

export const ROLE_BADGES = ['decision_maker', 'approver', 'sponsor', 'recommender', 'coach'] as const;
/** A contact's role in the buying decision ([PLAN-4]). */
export type RoleBadge = (typeof ROLE_BADGES)[number];
export type InfluenceLevel = 'high' | 'medium' | 'low';
export const ATTITUDES = ['supporter', 'positive', 'neutral', 'negative', 'opponent'] as const;
/** A contact's attitude toward us, best first ([PLAN-4]). */
export type Attitude = (typeof ATTITUDES)[number];
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface TeamRow {
  name: string;
  /** Role on the account team, e.g. 客户经理. */
  role: string;
  /** Job title in our company. */
  title: string;
}

export interface BackgroundSection {
  title: string;
  text: string;
}

export interface KeyFigure {
  label: string;
  /** Display value, e.g. "¥12,345.00" or "3,200 人". */
  value: string;
}

export interface RevenueYear {
  year: number;
  /** Our revenue from the account that year, integer fen. */
  revenueFen: number;
}

export interface Background {
  sections: BackgroundSection[];
  revenueByYear: RevenueYear[];
  keyFigures: KeyFigure[];
}

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  title: string;
  /** Who in the customer owns or cares about the node; null when unknown. */
  customerOwner: string | null;
  /** Whether the owner is confirmed (false: assumed). */
  ownerConfirmed: boolean;
}

/** `from` serves `to` (a strategy serves an objective, a solution serves a need, …). */
export interface GraphEdge {
  from: string;
  to: string;
}

export interface Opportunity {
  name: string;
  /** Integer fen. */
  valueFen: number;
  /** Display name of the sales stage. */
  stage: string;
  closeDate: string;
  /** 0–100. */
  probabilityPct: number;
}

export interface Person {
  id: string;
  name: string;
  title: string;
  roles: RoleBadge[];
  influence: InfluenceLevel;
  attitude: Attitude;
  /** Position on the user's drawn map, any unit; the deck scales it into the slide. */
  x: number;
  y: number;
  /** Our team member who owns the relationship; null when nobody covers the person. */
  coveredBy: string | null;
  /** No recent contact ([ACC-4] staleness). */
  stale: boolean;
  /** An outside influencer (consultant, design institute). */
  external: boolean;
}

/** Reporting: `from` reports to `to`. Influence: `from` informally influences `to`. */
export interface PersonLine {
  from: string;
  to: string;
  kind: 'reporting' | 'influence';
}

export interface RelationshipGap {
  contact: string;
  ourMember: string;
  currentLevel: string;
  desiredLevel: string;
  /** Influence weight × gap ([PLAN-5]); higher first. */
  priority: number;
}

export interface CompetitionRow {
  competitor: string;
  /** Their position and strengths in the account. */
  position: string;
  ourStrategy: string;
}

export interface Goal {
  title: string;
  subGoals: string[];
  /** The SMART letters the goal fails ([PLAN-7]); empty when it passes. */
  smartFailing: SmartLetter[];
}

export interface Action {
  title: string;
  owner: string;
  dueDate: string;
  /** Display status, e.g. 进行中. */
  status: string;
}

/** [PLAN-6] the customer's partners and strategic suppliers, and what influential people say of us. */
export interface StrategicRelationships {
  partners: Array<{ name: string; relationToCustomer: string; relationToUs: string; canHelp: boolean }>;
  voices: Array<{ contact: string; statement: string }>;
}

/** Everything the [PLAN-9] executive briefing draws. */
export interface BriefingDeckInput {
  lang: Lang;
  companyName: string;
  accountName: string;
  accountCode: string;
  planYear: number;
  /** The date printed on the title slide and in every footer, e.g. "2026-12-06". */
  generatedDate: string;
  team: TeamRow[];
  background: Background;
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  opportunities: Opportunity[];
  influence: { people: Person[]; lines: PersonLine[] };
  gaps: RelationshipGap[];
  /** Shown after the gap table when present and not empty. */
  strategicRelationships?: StrategicRelationships | undefined;
  competition: CompetitionRow[];
  goals: Goal[];
  actions: Action[];
  supportRequested: string[];
}
