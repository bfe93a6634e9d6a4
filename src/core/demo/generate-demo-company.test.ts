import { describe, expect, it } from 'vitest';
import { ACCOUNT_TYPES, TEAM_ROLES } from '../account/account-types.ts';
import { ROLES } from '../org/roles.ts';
import { repEastQuota } from './demo-accounts.ts';
import type { DemoCompany } from './demo-types.ts';
import { DEFAULT_DEMO_ACCOUNTS, generateDemoCompany } from './generate-demo-company.ts';
import { countOrderLines, generateOrderLines } from './generate-order-lines.ts';

const today = '2026-11-25';
const company = generateDemoCompany({ today });

function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

function user(c: DemoCompany, username: string) {
  const found = c.users.find((u) => u.username === username);
  if (!found) throw new Error(`no user ${username}`);
  return found;
}

function unit(c: DemoCompany, id: number) {
  const found = c.orgUnits.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

describe('generateDemoCompany at the default scale', () => {
  it('meets the minimum counts', () => {
    expect(company.accounts).toHaveLength(DEFAULT_DEMO_ACCOUNTS);
    expect(count(company.accounts, (a) => a.type === 'key_account')).toBeGreaterThanOrEqual(200);
    expect(count(company.accounts, (a) => a.type === 'distributor')).toBeGreaterThanOrEqual(60);
    for (const type of ACCOUNT_TYPES)
      expect(count(company.accounts, (a) => a.type === type)).toBeGreaterThan(0);
    expect(company.contacts.length).toBeGreaterThanOrEqual(500);
    expect(company.productLines.length).toBeGreaterThanOrEqual(20);
    for (const line of company.productLines) {
      expect(count(company.products, (p) => p.productLineId === line.id)).toBeGreaterThanOrEqual(3);
    }
    expect(count(company.orgUnits, (u) => u.kind === 'region')).toBeGreaterThanOrEqual(3);
    expect(count(company.orgUnits, (u) => u.kind === 'team')).toBeGreaterThanOrEqual(5);
    expect(company.users.length).toBeGreaterThanOrEqual(18);
    expect(company.users.length).toBeLessThanOrEqual(25);
  });

  it('is deterministic for the same seed, scale and day, and differs for another seed', () => {
    expect(generateDemoCompany({ today })).toEqual(company);
    const other = generateDemoCompany({ today, seed: 7 });
    expect(other.accounts.map((a) => a.name)).not.toEqual(company.accounts.map((a) => a.name));
    const lines = (seed: number) => [
      ...generateOrderLines(generateDemoCompany({ today, accounts: 30, seed }), { today }),
    ];
    expect(lines(3)).toEqual(lines(3));
  });

  it('has the required users with their roles and units', () => {
    const root = company.orgUnits.find((u) => u.parentId === null);
    expect(root?.kind).toBe('company');
    expect(user(company, 'admin')).toMatchObject({ role: 'admin', orgUnitId: root?.id });
    expect(user(company, 'director')).toMatchObject({ role: 'director', orgUnitId: root?.id });
    const east = unit(company, user(company, 'manager_east').orgUnitId);
    expect(user(company, 'manager_east').role).toBe('manager');
    expect(east).toMatchObject({ kind: 'region', nameEn: 'East' });
    const west = company.orgUnits.find((u) => u.kind === 'region' && u.nameEn === 'West');
    for (const [username, region] of [
      ['rep_east', east],
      ['rep_west', west],
    ] as const) {
      const rep = user(company, username);
      expect(rep.role).toBe('rep');
      const team = unit(company, rep.orgUnitId);
      expect(team.kind).toBe('team');
      expect(team.path.startsWith(region?.path ?? '-')).toBe(true);
    }
    const roles = new Set(company.users.map((u) => u.role));
    for (const role of ROLES) expect(roles.has(role)).toBe(true);
    expect(new Set(company.users.map((u) => u.username)).size).toBe(company.users.length);
  });

  it('builds a consistent org tree with materialised paths', () => {
    for (const u of company.orgUnits) {
      const parent = u.parentId === null ? null : unit(company, u.parentId);
      expect(u.path).toBe(`${parent?.path ?? '/'}${u.id}/`);
    }
  });

  it('gives rep_east a realistic book and places every account in its owner region', () => {
    const repEast = user(company, 'rep_east');
    const owned = count(company.accounts, (a) => a.ownerUserId === repEast.id);
    expect(owned).toBeGreaterThanOrEqual(10);
    expect(owned).toBeLessThanOrEqual(20);
    for (const account of company.accounts) {
      const owner = company.users.find((u) => u.id === account.ownerUserId);
      expect(owner && ['rep', 'account_manager'].includes(owner.role)).toBe(true);
      expect(unit(company, owner?.orgUnitId ?? 0).path).toContain(`/${account.regionUnitId}/`);
    }
    expect(repEastQuota(20_000)).toBeLessThanOrEqual(40);
  });

  it('has account codes by type, unique names and an acyclic group hierarchy', () => {
    expect(new Set(company.accounts.map((a) => a.code)).size).toBe(company.accounts.length);
    expect(new Set(company.accounts.map((a) => a.name)).size).toBe(company.accounts.length);
    for (const a of company.accounts) expect(a.code).toMatch(/^(KA|DS|AG|RT)-\d{6}$/);
    const byId = new Map(company.accounts.map((a) => [a.id, a]));
    for (const account of company.accounts) {
      const seen = new Set<number>([account.id]);
      let parentId = account.parentId;
      while (parentId !== null) {
        const parent = byId.get(parentId);
        expect(parent).toBeDefined();
        expect(seen.has(parentId)).toBe(false);
        seen.add(parentId);
        parentId = parent?.parentId ?? null;
      }
    }
    const groups = company.accounts.filter((a) => company.accounts.some((s) => s.parentId === a.id));
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      const subsidiaries = count(company.accounts, (s) => s.parentId === group.id);
      expect(subsidiaries).toBeGreaterThanOrEqual(2);
      expect(subsidiaries).toBeLessThanOrEqual(5);
      expect(group.name).toContain('集团');
    }
  });

  it('leads every account team with the owner and makes team visibility across regions occur', () => {
    const byId = new Map(company.accounts.map((a) => [a.id, a]));
    for (const account of company.accounts) {
      const team = company.teamMembers.filter((m) => m.accountId === account.id);
      expect(team.filter((m) => m.teamRole === 'lead').map((m) => m.userId)).toEqual([account.ownerUserId]);
      expect(team.length).toBeGreaterThanOrEqual(2);
      expect(new Set(team.map((m) => m.userId)).size).toBe(team.length);
      for (const m of team) expect(TEAM_ROLES).toContain(m.teamRole);
    }
    for (const username of ['rep_east', 'rep_west']) {
      const rep = user(company, username);
      const ownRegion = unit(company, rep.orgUnitId).path;
      const away = company.teamMembers.filter(
        (m) => m.userId === rep.id && !ownRegion.includes(`/${byId.get(m.accountId)?.regionUnitId}/`),
      );
      expect(away.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives each account 2–6 contacts in an acyclic reporting tree within the account', () => {
    const byId = new Map(company.contacts.map((c) => [c.id, c]));
    for (const account of company.accounts) {
      const n = count(company.contacts, (c) => c.accountId === account.id);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(6);
    }
    for (const contact of company.contacts) {
      const seen = new Set<number>([contact.id]);
      let managerId = contact.reportsToContactId;
      while (managerId !== null) {
        const manager = byId.get(managerId);
        expect(manager?.accountId).toBe(contact.accountId);
        expect(seen.has(managerId)).toBe(false);
        seen.add(managerId);
        managerId = manager?.reportsToContactId ?? null;
      }
    }
    const names = new Set(company.contacts.map((c) => `${c.accountId}/${c.name}`));
    expect(names.size).toBe(company.contacts.length);
  });

  it('fills profiles partially and leaves some contacts stale', () => {
    const staleBefore = '2026-05-29'; // 180 days before today
    const stale = count(company.contacts, (c) => c.lastVerifiedOn !== null && c.lastVerifiedOn < staleBefore);
    expect(stale / company.contacts.length).toBeGreaterThan(0.15);
    expect(stale / company.contacts.length).toBeLessThan(0.5);
    const filled = (c: DemoCompany['contacts'][number]) =>
      Object.keys(c.profilePersonal).length +
      Object.keys(c.profileInterpersonal).length +
      Object.keys(c.profileWork).length;
    expect(count(company.contacts, (c) => filled(c) === 12)).toBeGreaterThan(0);
    expect(count(company.contacts, (c) => filled(c) > 0 && filled(c) < 12)).toBeGreaterThan(
      company.contacts.length / 3,
    );
    for (const c of company.contacts) {
      for (const key of Object.keys(c.profilePersonal))
        expect(['family', 'hobbies', 'socialStyle', 'habits']).toContain(key);
      for (const key of Object.keys(c.profileInterpersonal))
        expect(['colleagues', 'friends', 'suppliers']).toContain(key);
      for (const key of Object.keys(c.profileWork)) {
        expect(['duties', 'results', 'goals', 'workingStyle', 'potential']).toContain(key);
      }
    }
  });

  it('rejects a scale too small for every kind of account', () => {
    expect(() => generateDemoCompany({ today, accounts: 5 })).toThrow(/at least/);
  });
});

describe('generateDemoCompany at benchmark scale', () => {
  it('finishes at 100,000 accounts with unique names (trade names of a city run out above ~80,000)', () => {
    const big = generateDemoCompany({ today, accounts: 100_000 });
    expect(big.accounts).toHaveLength(100_000);
    expect(new Set(big.accounts.map((a) => a.name)).size).toBe(100_000);
  }, 60_000);
});

describe('generateOrderLines', () => {
  const lines = [...generateOrderLines(company, { today })];

  it('yields at least 100,000 lines over the 36 full months before today and this month so far, exactly as counted', () => {
    expect(lines.length).toBeGreaterThanOrEqual(100_000);
    expect(countOrderLines(company, { today })).toBe(lines.length);
    const months = new Set(lines.map((l) => l.orderDate.slice(0, 7)));
    expect(months.size).toBe(37);
    expect([...months].sort()[0]).toBe('2023-11');
    expect([...months].sort().at(-1)).toBe(today.slice(0, 7));
    expect(lines.every((l) => l.orderDate < today)).toBe(true);
  });

  it('dates this month only up to yesterday, and nothing on the first of the month', () => {
    const first = `${today.slice(0, 7)}-01`;
    const onFirst = [...generateOrderLines(company, { today: first })];
    expect(onFirst.every((l) => l.orderDate < first)).toBe(true);
  });

  it('references existing accounts and products with integer amounts and consecutive ids', () => {
    const accounts = new Set(company.accounts.map((a) => a.id));
    const products = new Map(company.products.map((p) => [p.id, p]));
    // One assertion over all lines; an expect per line would take seconds.
    const bad = lines.filter((line, index) => {
      const product = products.get(line.productId);
      return (
        line.id !== index + 1 ||
        !accounts.has(line.accountId) ||
        !product ||
        !Number.isInteger(line.amountFen) ||
        !Number.isInteger(line.costFen) ||
        line.quantity <= 0 ||
        line.costFen !== line.quantity * product.unitCostFen ||
        line.amountFen > line.quantity * product.listPriceFen ||
        line.amountFen <= 0
      );
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('concentrates revenue: the top 20% of accounts bring 65–85%', () => {
    const revenue = new Map<number, number>();
    for (const l of lines) revenue.set(l.accountId, (revenue.get(l.accountId) ?? 0) + l.amountFen);
    const sorted = company.accounts.map((a) => revenue.get(a.id) ?? 0).sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, Math.round(sorted.length * 0.2)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.65);
    expect(top / total).toBeLessThan(0.85);
  });

  it('peaks before Chinese New Year and in Q4, and slumps after the holiday', () => {
    const byMonth = new Map<string, number>();
    for (const l of lines)
      byMonth.set(l.orderDate.slice(0, 7), (byMonth.get(l.orderDate.slice(0, 7)) ?? 0) + l.amountFen);
    const m = (ym: string) => byMonth.get(ym) ?? 0;
    expect(m('2025-01')).toBeGreaterThan(m('2025-04') * 1.2); // New Year 2025-01-29
    expect(m('2025-02')).toBeLessThan(m('2025-04'));
    expect(m('2025-12')).toBeGreaterThan(m('2025-04'));
  });

  it('streams: taking the first lines does not generate the rest', () => {
    const iterator = generateOrderLines(generateDemoCompany({ today, accounts: 20_000 }), { today });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ id: 1 });
    iterator.return(undefined);
  });
});
