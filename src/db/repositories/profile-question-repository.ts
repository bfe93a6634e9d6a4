// Kysely implementation of the profile questionnaire port ([ACC-4]).
import { type Kysely, sql } from 'kysely';
import type {
  ProfileQuestion,
  ProfileQuestionRepository,
} from '../../core/contact/profile-question-repository.ts';
import type { DB } from '../schema.ts';

const BLOCK_ORDER = sql<number>`CASE block WHEN 'personal' THEN 1 WHEN 'interpersonal' THEN 2 ELSE 3 END`;

export function createProfileQuestionRepository(db: Kysely<DB>): ProfileQuestionRepository {
  const select = () =>
    db
      .selectFrom('profile_question')
      .select([
        'profile_question_id as id',
        'block',
        'key',
        'text_zh as textZh',
        'text_en as textEn',
        'sort_order as sortOrder',
        'active',
      ]);
  const toQuestion = (row: ProfileQuestion): ProfileQuestion => ({ ...row, id: Number(row.id) });

  return {
    async list() {
      const rows = await select()
        .orderBy(BLOCK_ORDER)
        .orderBy('sort_order')
        .orderBy('profile_question_id')
        .execute();
      return rows.map(toQuestion);
    },

    async listActive() {
      return db
        .selectFrom('profile_question')
        .select(['block', 'key'])
        .where('active', '=', true)
        .orderBy(BLOCK_ORDER)
        .orderBy('sort_order')
        .execute();
    },

    async findById(id) {
      const row = await select().where('profile_question_id', '=', id).executeTakeFirst();
      return row ? toQuestion(row) : undefined;
    },

    async findIdByKey(key) {
      const row = await db
        .selectFrom('profile_question')
        .select('profile_question_id')
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? Number(row.profile_question_id) : undefined;
    },

    async insert(fields) {
      const row = await db
        .insertInto('profile_question')
        .values({
          block: fields.block,
          key: fields.key,
          text_zh: fields.textZh,
          text_en: fields.textEn,
          sort_order: fields.sortOrder,
          active: fields.active,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('profile_question_id')
        .executeTakeFirst();
      return row ? Number(row.profile_question_id) : undefined;
    },

    async update(id, fields) {
      const values = {
        ...(fields.block !== undefined ? { block: fields.block } : {}),
        ...(fields.key !== undefined ? { key: fields.key } : {}),
        ...(fields.textZh !== undefined ? { text_zh: fields.textZh } : {}),
        ...(fields.textEn !== undefined ? { text_en: fields.textEn } : {}),
        ...(fields.sortOrder !== undefined ? { sort_order: fields.sortOrder } : {}),
        ...(fields.active !== undefined ? { active: fields.active } : {}),
      };
      if (Object.keys(values).length === 0) return;
      await db.updateTable('profile_question').set(values).where('profile_question_id', '=', id).execute();
    },
  };
}
