// An account's product lines in the BCG matrix this month ([SEG-8]): quadrant, share, growth and revenue per
// line, explanations in the caller's language. Visibility is the service's (hidden accounts answer 404).
import { createRoute } from '@hono/zod-openapi';
import { apiPeriod } from '../../core/segmentation/classification-period.ts';
import type { ProductLineBcgItem } from '../../core/segmentation/product-line-bcg-service.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS } from '../shared/openapi-helpers.ts';
import { ProductLineBcg, type ProductLineBcgItemT } from './product-line-schemas.ts';
import { labelOf } from './segmentation-presenter.ts';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function toItem(
  { productLineId, productLineName, result }: ProductLineBcgItem,
  lang: Lang,
): ProductLineBcgItemT {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(result.explanation.params))
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  return {
    productLineId,
    productLineName,
    value: result.value as ProductLineBcgItemT['value'],
    label: labelOf('product_line_bcg', result.value, lang),
    share: num(result.inputs.sharePct) ?? 0,
    shareBasis: result.inputs.shareBasis === 'share_of_wallet' ? 'share_of_wallet' : 'revenue_mix',
    shareThresholdPct: num(params.shareThresholdPct) ?? 0,
    growth: num(result.inputs.growthPct),
    revenueFen: num(result.inputs.revenueFen) ?? 0,
    previousYearRevenueFen: num(result.inputs.previousYearRevenueFen) ?? 0,
    explanation: translate(result.explanation.key, lang, params),
  };
}

export function productLineRoutes(services: Services) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/product-lines',
      tags: ['segmentation'],
      summary: "An account's product lines in the BCG matrix this month (share, growth, quadrant)",
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Product lines', ...json(ProductLineBcg) }, ...READ_ERRORS },
    }),
    async (c) => {
      const view = await services.productLineBcg.productLines(c.get('actor'), c.req.valid('param').id);
      const lang = c.get('lang');
      return c.json(
        {
          period: apiPeriod(view.period),
          growthThresholdPct: view.bcg.growthThresholdPct,
          shareThresholdPct: view.bcg.shareThresholdPct,
          mixShareThresholdPct: view.bcg.mixShareThresholdPct,
          items: view.items.map((item) => toItem(item, lang)),
        },
        200,
      );
    },
  );

  return app;
}
