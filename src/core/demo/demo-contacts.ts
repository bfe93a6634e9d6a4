// [ACC-4] Contacts 联系人 of the demo accounts: two to six people per account in a believable reporting
// tree (总经理 → 副总/采购总监 → 采购经理 → 采购专员), with the three profile blocks from the seeds —
// personal, interpersonal, work — filled to very different degrees, and verification dates of which
// about a third are older than 180 days (stale).
import {
  CHANNEL_POSTS,
  INTERPERSONAL,
  KEY_ACCOUNT_POSTS,
  PERSONAL,
  type Post,
  WORK,
} from './demo-contact-words.ts';
import { addDays } from './demo-dates.ts';
import { mobileNumber, personName } from './demo-names.ts';
import type { DemoAccount, DemoContact, ProfileBlock } from './demo-types.ts';
import type { Random } from './random.ts';

const MAIL_HOSTS = ['163.com', '126.com', 'qq.com'];

function fill(rng: Random, keys: Record<string, readonly string[]>, probability: number): ProfileBlock {
  const block: ProfileBlock = {};
  for (const [key, options] of Object.entries(keys)) {
    if (rng.chance(probability)) block[key] = rng.pick(options);
  }
  return block;
}

/** Contacts for all accounts with ids from 1; within an account managers get lower ids than their reports. */
export function buildContacts(rng: Random, accounts: readonly DemoAccount[], today: string): DemoContact[] {
  const contacts: DemoContact[] = [];
  for (const account of accounts) {
    const isKey = account.type === 'key_account';
    const posts = isKey ? KEY_ACCOUNT_POSTS : CHANNEL_POSTS;
    const count = isKey
      ? rng.weighted([2, 3, 4, 5, 6], [55, 25, 10, 6, 4])
      : account.type === 'distributor'
        ? rng.weighted([2, 3, 4], [65, 28, 7])
        : 2;
    const chosen = [posts[0] as Post, ...pickPosts(rng, posts.slice(1), count - 1)].sort(
      (a, b) => a.level - b.level,
    );

    const domain = account.website?.replace(/^www\./, '') ?? null;
    const names = new Set<string>();
    const idByTitle = new Map<string, number>();
    let headId = 0;
    for (const post of chosen) {
      let person = personName(rng);
      while (names.has(person.name)) person = personName(rng);
      names.add(person.name);
      const id = contacts.length + 1;
      if (post.level === 0) headId = id;
      const managerTitle = post.reportsTo.find((t) => idByTitle.has(t));
      const reportsToContactId = post.level === 0 ? null : (idByTitle.get(managerTitle ?? '') ?? headId);
      idByTitle.set(post.title, id);

      // Senior people are better known; some contacts are hardly profiled at all.
      const depth = rng.weighted([0, 0.25, 0.6, 0.95], post.level <= 1 ? [5, 20, 40, 35] : [20, 35, 30, 15]);
      const work = fill(rng, WORK, depth);
      if (rng.chance(Math.max(depth, 0.3))) work.duties = post.duties;
      const email =
        domain && rng.chance(0.85)
          ? `${person.givenPinyin}.${person.surnamePinyin}@${domain}`
          : rng.chance(0.6)
            ? `${person.surnamePinyin}${person.givenPinyin}${rng.int(1, 999)}@${rng.pick(MAIL_HOSTS)}`
            : null;
      const phone = mobileNumber(rng);
      contacts.push({
        id,
        accountId: account.id,
        name: person.name,
        title: post.title,
        department: post.department,
        reportsToContactId,
        phone,
        email,
        wechat: rng.chance(0.7)
          ? rng.chance(0.5)
            ? phone
            : `${person.surnamePinyin}${person.givenPinyin}_${rng.int(10, 99)}`
          : null,
        profilePersonal: fill(rng, PERSONAL, depth),
        profileInterpersonal: fill(rng, INTERPERSONAL, depth * 0.8),
        profileWork: work,
        lastVerifiedOn: verifiedOn(rng, today),
      });
    }
  }
  return contacts;
}

function pickPosts(rng: Random, posts: readonly Post[], count: number): Post[] {
  const left = [...posts];
  const out: Post[] = [];
  while (out.length < count && left.length > 0) {
    const post = rng.weighted(
      left,
      left.map((p) => p.weight),
    );
    out.push(post);
    left.splice(left.indexOf(post), 1);
  }
  return out;
}

/** About 5% never verified, 30% verified more than 180 days ago (stale), the rest recently. */
function verifiedOn(rng: Random, today: string): string | null {
  const bucket = rng.weighted(['never', 'recent', 'edge', 'stale'], [5, 55, 10, 30]);
  if (bucket === 'never') return null;
  const daysAgo =
    bucket === 'recent' ? rng.int(0, 150) : bucket === 'edge' ? rng.int(151, 180) : rng.int(181, 720);
  return addDays(today, -daysAgo);
}
