// The deterministic demo company 瑞禾达食品股份有限公司: org tree, users, catalogue, accounts with groups and
// account teams, contacts with reporting lines and profiles. Same seed, scale and today ⇒ identical
// output. Pure: no I/O and no clock. Order lines come from generateOrderLines, which streams.
import { buildAccounts } from './demo-accounts.ts';
import { buildCatalogue } from './demo-catalogue.ts';
import { buildContacts } from './demo-contacts.ts';
import { parseIsoDate } from './demo-dates.ts';
import { buildOrg } from './demo-org.ts';
import { buildTeams } from './demo-team.ts';
import type { DemoCompany } from './demo-types.ts';
import { mixSeed, Random } from './random.ts';

/** Accounts at the default scale: 205 key accounts, 67 distributors, 4 agents, 4 retail terminals. */
export const DEFAULT_DEMO_ACCOUNTS = 280;
export const DEFAULT_DEMO_SEED = 20240501;
/** One more rep per this many accounts above the default scale. */
const ACCOUNTS_PER_EXTRA_REP = 500;
/** The smallest company that still has every kind of account. */
export const MIN_DEMO_ACCOUNTS = 20;

export interface DemoCompanyOptions {
  seed?: number | undefined;
  accounts?: number | undefined;
  /** 'YYYY-MM-DD'; verification dates and order history are relative to it. */
  today: string;
}

/** Generates the demo company; throws on a scale below MIN_DEMO_ACCOUNTS or a malformed date. */
export function generateDemoCompany(options: DemoCompanyOptions): DemoCompany {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const total = options.accounts ?? DEFAULT_DEMO_ACCOUNTS;
  if (!Number.isInteger(total) || total < MIN_DEMO_ACCOUNTS) {
    throw new Error(`the demo company needs at least ${MIN_DEMO_ACCOUNTS} accounts, got ${total}`);
  }
  parseIsoDate(options.today);
  // Each part draws from its own stream so that changing one part does not reshuffle the others.
  const stream = (part: number) => new Random(mixSeed(seed, part));
  const extraReps = Math.floor(Math.max(0, total - DEFAULT_DEMO_ACCOUNTS) / ACCOUNTS_PER_EXTRA_REP);
  const org = buildOrg(stream(1), extraReps);
  const catalogue = buildCatalogue(stream(2));
  const accounts = buildAccounts(stream(3), total, org.owners);
  const teamMembers = buildTeams(stream(4), accounts, org);
  const contacts = buildContacts(stream(5), accounts, options.today);
  return {
    seed,
    today: options.today,
    orgUnits: org.orgUnits,
    users: org.users,
    productLines: catalogue.productLines,
    products: catalogue.products,
    accounts,
    teamMembers,
    contacts,
  };
}
