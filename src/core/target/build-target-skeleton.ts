// [TGT-2] The skeleton of a new target plan (seeds 003, 004): the levels the director picks, top to bottom —
// org units of a kind (region, branch, team), rep, industry, account type, customer, and product lines under a
// customer — filled from the org tree, the accounts' owners and the accounts themselves. Every account walks
// down the levels by its own attributes, so a node exists only where some account lies below it: an org-unit
// level the owner's unit is not under (a director's own accounts at the company) and an industry the account
// does not have are skipped for that account. Product lines are the ones the customer bought in the history
// window. Node keys are the path of `dimension:ref` segments ('org_unit:3/rep:17/customer:42'); the root is
// 'company'. Each node's scope is its own constraint plus its ancestors' (target_node.scope_*).
import type { ErrorDetail } from '../shared/errors.ts';
import type { NodeScope } from './target-plan.ts';
import type { NewTargetNode, SkeletonAccount } from './target-plan-repository.ts';
import type { MethodParams, SplitMethod, TargetDimension, TimeMethod } from './target-types.ts';

export type OrgUnitKind = 'region' | 'branch' | 'team';

export interface SkeletonLevel {
  dimension: Exclude<TargetDimension, 'company'>;
  orgUnitKind?: OrgUnitKind | undefined;
}

export interface SkeletonInput {
  rootLabel: string;
  levels: readonly SkeletonLevel[];
  accounts: readonly SkeletonAccount[];
  units: ReadonlyArray<{ id: number; name: string; kind: string; path: string }>;
  /** Product lines per account (only read when a product_line level is asked for). */
  productLines: ReadonlyMap<number, readonly number[]>;
  productLineNames: ReadonlyMap<number, string>;
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  params: MethodParams;
}

export const EMPTY_SCOPE: NodeScope = {
  orgUnitId: null,
  ownerUserId: null,
  industry: null,
  accountType: null,
  accountId: null,
  productLineId: null,
};

/** Account type labels stored on account_type nodes (the product is Chinese-first; the ref key is the code). */
export const ACCOUNT_TYPE_LABELS: Record<string, string> = {
  key_account: '大客户',
  distributor: '经销商',
  agent: '代理商',
  retail: '零售',
};

/** The scope of a node: the parent's scope narrowed by the node's own constraint. */
export function nodeScope(
  parent: NodeScope | undefined,
  dimension: TargetDimension,
  refId: number | null,
  refKey: string | null,
): NodeScope {
  const scope = { ...(parent ?? EMPTY_SCOPE) };
  switch (dimension) {
    case 'company':
      break;
    case 'org_unit':
      scope.orgUnitId = refId;
      break;
    case 'rep':
      scope.ownerUserId = refId;
      break;
    case 'industry':
      scope.industry = refKey;
      break;
    case 'account_type':
      scope.accountType = refKey;
      break;
    case 'customer':
      scope.accountId = refId;
      break;
    case 'product_line':
      scope.productLineId = refId;
      break;
  }
  return scope;
}

/** Problems of a level list, by `levels.N`: order and repetition rules. */
export function skeletonLevelProblems(levels: readonly SkeletonLevel[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  const kindRank: Record<OrgUnitKind, number> = { region: 0, branch: 1, team: 2 };
  let lastKind = -1;
  levels.forEach((level, i) => {
    const path = `levels.${i}`;
    const id = level.dimension === 'org_unit' ? `org_unit:${level.orgUnitKind}` : level.dimension;
    if (level.dimension === 'org_unit' && !level.orgUnitKind)
      problems.push({ path: `${path}.orgUnitKind`, message: 'field.required' });
    else if (level.dimension !== 'org_unit' && level.orgUnitKind)
      problems.push({ path: `${path}.orgUnitKind`, message: 'target_plan.level_kind_only_org_unit' });
    if (seen.has(id)) problems.push({ path, message: 'target_plan.level_repeated' });
    seen.add(id);
    if (level.dimension === 'org_unit' && level.orgUnitKind) {
      const rank = kindRank[level.orgUnitKind];
      if (rank < lastKind || seen.has('rep'))
        problems.push({ path, message: 'target_plan.level_org_unit_order' });
      lastKind = rank;
    }
    const before = levels.slice(0, i).map((l) => l.dimension);
    if (before.includes('customer') && level.dimension !== 'product_line')
      problems.push({ path, message: 'target_plan.level_below_customer' });
    if (level.dimension === 'product_line' && !before.includes('customer'))
      problems.push({ path, message: 'target_plan.level_product_line_needs_customer' });
  });
  return problems;
}

interface Segment {
  dimension: Exclude<TargetDimension, 'company'>;
  refId: number | null;
  refKey: string | null;
  label: string;
}

/** The skeleton's nodes, parents before children, siblings in label order. */
export function buildTargetSkeleton(input: SkeletonInput): NewTargetNode[] {
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const root: NewTargetNode = {
    key: 'company',
    parentKey: null,
    depth: 0,
    dimension: 'company',
    refId: null,
    refKey: null,
    label: input.rootLabel,
    sortOrder: 0,
    splitMethod: input.splitMethod,
    timeMethod: input.timeMethod,
    params: input.params,
    ansoffMarket: null,
    ansoffProduct: null,
    scope: EMPTY_SCOPE,
  };
  const byKey = new Map<string, NewTargetNode>([[root.key, root]]);
  const childrenOf = new Map<string, string[]>([[root.key, []]]);

  const segmentsOf = (account: SkeletonAccount): Segment[][] => {
    const ownerUnits = account.ownerUnitPath
      .split('/')
      .filter((s) => s !== '')
      .map((s) => unitById.get(Number(s)));
    const path: Segment[] = [];
    const tails: Segment[][] = [];
    for (const level of input.levels) {
      switch (level.dimension) {
        case 'org_unit': {
          const unit = ownerUnits.find((u) => u?.kind === level.orgUnitKind);
          if (unit) path.push({ dimension: 'org_unit', refId: unit.id, refKey: null, label: unit.name });
          break;
        }
        case 'rep':
          path.push({ dimension: 'rep', refId: account.ownerUserId, refKey: null, label: account.ownerName });
          break;
        case 'industry':
          if (account.industry)
            path.push({
              dimension: 'industry',
              refId: null,
              refKey: account.industry,
              label: account.industry,
            });
          break;
        case 'account_type':
          path.push({
            dimension: 'account_type',
            refId: null,
            refKey: account.type,
            label: ACCOUNT_TYPE_LABELS[account.type] ?? account.type,
          });
          break;
        case 'customer':
          path.push({ dimension: 'customer', refId: account.accountId, refKey: null, label: account.name });
          break;
        case 'product_line':
          for (const lineId of input.productLines.get(account.accountId) ?? [])
            tails.push([
              {
                dimension: 'product_line',
                refId: lineId,
                refKey: null,
                label: input.productLineNames.get(lineId) ?? String(lineId),
              },
            ]);
          break;
      }
    }
    return tails.length === 0 ? [path] : tails.map((tail) => [...path, ...tail]);
  };

  for (const account of input.accounts) {
    for (const segments of segmentsOf(account)) {
      let parent = root;
      for (const segment of segments) {
        const key = `${parent.key === 'company' ? '' : `${parent.key}/`}${segment.dimension}:${segment.refId ?? segment.refKey}`;
        let node = byKey.get(key);
        if (!node) {
          node = {
            key,
            parentKey: parent.key,
            depth: parent.depth + 1,
            dimension: segment.dimension,
            refId: segment.refId,
            refKey: segment.refKey,
            label: segment.label,
            sortOrder: 0,
            splitMethod: input.splitMethod,
            timeMethod: input.timeMethod,
            params: input.params,
            ansoffMarket: null,
            ansoffProduct: null,
            scope: nodeScope(parent.scope, segment.dimension, segment.refId, segment.refKey),
          };
          byKey.set(key, node);
          childrenOf.set(key, []);
          childrenOf.get(parent.key)?.push(key);
        }
        parent = node;
      }
    }
  }

  const out: NewTargetNode[] = [];
  const collator = new Intl.Collator('zh-CN');
  const visit = (key: string) => {
    const node = byKey.get(key) as NewTargetNode;
    out.push(node);
    const kids = (childrenOf.get(key) ?? [])
      .map((k) => byKey.get(k) as NewTargetNode)
      .sort((a, b) => collator.compare(a.label, b.label) || a.key.localeCompare(b.key));
    kids.forEach((kid, i) => {
      kid.sortOrder = i;
    });
    for (const kid of kids) visit(kid.key);
  };
  visit(root.key);
  return out;
}
