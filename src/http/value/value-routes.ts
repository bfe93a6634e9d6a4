// Account value endpoints: [VAL-1]/[VAL-2] P&L, CLV and share of wallet with the cost-to-serve drivers,
// [VAL-3] whitespace grid and its .xlsx export, [ACC-3] background and 3C research, [ACC-4] the profile
// questionnaire. Account-scoped routes answer 404 for hidden accounts; writes need a writer role.
import { createRoute } from '@hono/zod-openapi';
import { businessDate } from '../../core/shared/clock.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import type { PnlView } from '../../core/value/account-value.ts';
import type { AccountValue as AccountValueResult } from '../../core/value/value-service.ts';
import type { Services } from '../../create-services.ts';
import { writeWhitespaceWorkbook } from '../../excel/whitespace-workbook.ts';
import { attachment, XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { xlsxFile } from '../excel/excel-io-schemas.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  AccountValue,
  type AccountValueT,
  Background,
  BackgroundInput,
  CostDriversInput,
  type PnlT,
  ProfileQuestion,
  ProfileQuestionInput,
  ProfileQuestionList,
  ProfileQuestionPatch,
  Whitespace,
  WhitespaceInput,
} from './value-schemas.ts';

const tags = ['value'];

function pnlOut(pnl: PnlView, lang: Lang): PnlT {
  return {
    ...pnl,
    costToServe: pnl.costToServe.map((line) => ({
      driver: line.driver,
      label: translate(line.labelKey, lang),
      amountFen: line.amountFen,
      basis: translate(line.basis.key, lang, line.basis.params),
    })),
  };
}

/** Labels, bases and the CLV formula in the caller's language. */
export function accountValueOut(value: AccountValueResult, lang: Lang): AccountValueT {
  return {
    accountId: value.accountId,
    windowMonths: value.windowMonths,
    fromMonth: value.fromMonth,
    toMonth: value.toMonth,
    own: pnlOut(value.own, lang),
    group: value.group && pnlOut(value.group, lang),
    subsidiaries: value.subsidiaries.map((s) => ({ ...s, pnl: pnlOut(s.pnl, lang) })),
    clv: {
      valueFen: value.clv.valueFen,
      formula: translate(value.clv.formulaKey, lang),
      assumptions: value.clv.assumptions,
      years: value.clv.years,
    },
    shareOfWallet: value.shareOfWallet,
  };
}

export function valueRoutes(services: Services) {
  const app = createRouter();
  const { value, whitespace, backgrounds, profileQuestions } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/value',
      tags,
      summary:
        'Account P&L over the last 12 complete months (own, group roll-up, each subsidiary), textbook CLV and share of wallet',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Account value', ...json(AccountValue) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(accountValueOut(await value.get(c.get('actor'), c.req.valid('param').id), c.get('lang')), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}/cost-drivers',
      tags,
      summary:
        "Merge the account's cost-to-serve drivers (fields left out keep their value); answers the new value",
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(CostDriversInput) } },
      responses: { 200: { description: 'Account value', ...json(AccountValue) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        accountValueOut(
          await value.setCostDrivers(
            c.get('actor'),
            c.req.valid('param').id,
            c.req.valid('json'),
            writeContext(c),
          ),
          c.get('lang'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/whitespace',
      tags,
      summary: "Whitespace grid: the account's divisions × our product lines, with totals",
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Whitespace', ...json(Whitespace) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await whitespace.get(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}/whitespace',
      tags,
      summary: 'Replace the whitespace grid (all or nothing; every cell checked first)',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(WhitespaceInput) } },
      responses: { 200: { description: 'Whitespace', ...json(Whitespace) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await whitespace.replace(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/whitespace/export',
      tags,
      summary:
        'The whitespace grid as .xlsx: divisions as rows, product lines as columns, plus a detail sheet',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: xlsxFile('The whitespace workbook (.xlsx)'), ...READ_ERRORS },
    }),
    async (c) => {
      const actor = c.get('actor');
      const id = c.req.valid('param').id;
      const account = await services.accounts.get(actor, id);
      const grid = await whitespace.get(actor, id);
      const data = await writeWhitespaceWorkbook({ ...grid, account });
      const date = businessDate(services.clock.now());
      return c.body(data, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': attachment(
          `白地分析-${account.code}-${date}.xlsx`,
          `whitespace-${account.code.replace(/[^A-Za-z0-9_-]/g, '_')}-${date}.xlsx`,
        ),
        'cache-control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/background',
      tags,
      summary: 'Background and 3C research sections of the account, with completeness',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Background', ...json(Background) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await backgrounds.get(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}/background',
      tags,
      summary: 'Replace the background sections (keys left out or blank are cleared; unknown keys refused)',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(BackgroundInput) } },
      responses: { 200: { description: 'Background', ...json(Background) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await backgrounds.replace(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json').sections,
          writeContext(c),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/profile-questions',
      tags: ['contacts'],
      summary: 'The contact profile questionnaire, active and inactive questions, in block and sort order',
      security: SECURED,
      responses: { 200: { description: 'Questions', ...json(ProfileQuestionList) }, ...READ_ERRORS },
    }),
    async (c) => c.json({ items: await profileQuestions.list() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/profile-questions',
      tags: ['contacts'],
      summary: 'Add a profile question (administrators; the key must be new)',
      security: SECURED,
      request: { body: { required: true, ...json(ProfileQuestionInput) } },
      responses: { 201: { description: 'Created', ...json(ProfileQuestion) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(await profileQuestions.create(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/profile-questions/{id}',
      tags: ['contacts'],
      summary: 'Change or deactivate a profile question (administrators)',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(ProfileQuestionPatch) } },
      responses: { 200: { description: 'Updated', ...json(ProfileQuestion) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await profileQuestions.update(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        200,
      ),
  );

  return app;
}
