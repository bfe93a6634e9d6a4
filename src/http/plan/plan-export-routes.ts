// The plan's files (seed 002, [PLAN-9]): the 9-step executive briefing as PPTX and PDF, in the caller's language
// (Chinese by default), and the whole plan as an .xlsx workbook. Whoever may read the plan may download them.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { planDeckInput } from '../../briefing/plan-deck-input.ts';
import { PDF_MEDIA_TYPE, writeBriefingPdf } from '../../briefing/write-briefing-pdf.ts';
import { PPTX_MEDIA_TYPE, writeBriefingPptx } from '../../briefing/write-briefing-pptx.ts';
import type { Actor } from '../../core/org/actor.ts';
import type { Lang } from '../../core/shared/messages.ts';
import type { Services } from '../../create-services.ts';
import { writePlanWorkbook } from '../../excel/plan-workbook.ts';
import { attachment, XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { type AppEnv, createRouter, SECURED } from '../app-env.ts';
import { xlsxFile } from '../excel/excel-io-schemas.ts';
import { READ_ERRORS } from '../shared/openapi-helpers.ts';
import { PlanParam } from './plan-schemas.ts';

const tags = ['plan'];
const binary = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } },
});
/** The demo and a fresh install name the company on the org tree's root unit. */
const FALLBACK_COMPANY = { 'zh-CN': '本公司', en: 'Our company' } as const;

export function planExportRoutes(services: Services) {
  const app = createRouter();
  const { plans, planReviews, accounts, users } = services;

  async function deckInput(actor: Actor, planId: number, lang: Lang) {
    const { view, briefing } = await plans.briefingWithView(actor, planId, lang);
    const [revenue, units] = await Promise.all([
      accounts.revenue(actor, view.plan.accountId, 3),
      users.listOrgUnits(),
    ]);
    const company = units.find((u) => u.parentId === null);
    const companyName = (lang === 'en' ? company?.nameEn : null) ?? company?.name ?? FALLBACK_COMPANY[lang];
    return {
      view,
      input: planDeckInput(view, briefing, {
        companyName,
        revenueByYear: revenue.years.map((y) => ({ year: y.year, revenueFen: y.revenueFen })),
      }),
    };
  }

  const fileName = (c: Context<AppEnv>, code: string, year: number, kind: string, ext: string) => {
    const zh = { briefing: '汇报', plan: '客户计划' }[kind] ?? kind;
    const safe = code.replace(/[^A-Za-z0-9_-]/g, '_');
    return c.get('lang') === 'en'
      ? attachment(`${kind}-${safe}-${year}.${ext}`, `${kind}-${safe}-${year}.${ext}`)
      : attachment(`${zh}-${code}-${year}.${ext}`, `${kind}-${safe}-${year}.${ext}`);
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/briefing.pptx',
      tags,
      summary:
        'The 9-step executive briefing as a PowerPoint deck, maps drawn as shapes (language from Accept-Language)',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: binary(PPTX_MEDIA_TYPE, 'The briefing deck (.pptx)'), ...READ_ERRORS },
    }),
    async (c) => {
      const { view, input } = await deckInput(c.get('actor'), c.req.valid('param').id, c.get('lang'));
      const data = new Uint8Array(await writeBriefingPptx(input));
      return c.body(data, 200, {
        'content-type': PPTX_MEDIA_TYPE,
        'content-disposition': fileName(c, view.plan.accountCode, view.plan.planYear, 'briefing', 'pptx'),
        'cache-control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/briefing.pdf',
      tags,
      summary:
        'The 9-step executive briefing as a PDF, maps drawn as vector shapes (language from Accept-Language)',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: binary(PDF_MEDIA_TYPE, 'The briefing (.pdf)'), ...READ_ERRORS },
    }),
    async (c) => {
      const { view, input } = await deckInput(c.get('actor'), c.req.valid('param').id, c.get('lang'));
      const data = new Uint8Array(await writeBriefingPdf(input));
      return c.body(data, 200, {
        'content-type': PDF_MEDIA_TYPE,
        'content-disposition': fileName(c, view.plan.accountCode, view.plan.planYear, 'briefing', 'pdf'),
        'cache-control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/export.xlsx',
      tags,
      summary: 'The whole plan as an .xlsx workbook, one sheet per part',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: xlsxFile('The plan workbook (.xlsx)'), ...READ_ERRORS },
    }),
    async (c) => {
      const actor = c.get('actor');
      const id = c.req.valid('param').id;
      const view = await plans.get(actor, id);
      const data = await writePlanWorkbook(view, await planReviews.list(actor, id));
      return c.body(data, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': fileName(c, view.plan.accountCode, view.plan.planYear, 'plan', 'xlsx'),
        'cache-control': 'no-store',
      });
    },
  );

  return app;
}
