// The filters and page of an actuals list (订单明细, 回款, 费用; [TGT-5]) kept in the URL, so a list survives a reload
// and can be linked: account, month (YYYY-MM) and — for order lines — product line.
import { useSearchParams } from 'react-router-dom';
import { intParam, pagingParams, textParam, withParams } from '../../lib/search-params.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface FactListFilters {
  accountId?: number | undefined;
  month?: string | undefined;
  productLineId?: number | undefined;
}

/** The filters a list reads from the URL; a malformed month is ignored, product line only when the list has one. */
export function factFiltersOf(params: URLSearchParams, withProductLine: boolean): FactListFilters {
  const month = textParam(params, 'month');
  return {
    accountId: intParam(params, 'accountId'),
    month: month && MONTH.test(month) ? month : undefined,
    ...(withProductLine ? { productLineId: intParam(params, 'productLineId') } : {}),
  };
}

/** Filters, page and the list query of an actuals screen, plus setters that keep them in the URL. */
export function useFactListParams({ withProductLine = false }: { withProductLine?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const { page, size } = pagingParams(params);
  const filters = factFiltersOf(params, withProductLine);
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  /** Sets filters (back to page 1) or, with keepPage, the page and its size. */
  const update = (changes: Record<string, string | number | undefined>, keepPage = false) =>
    setParams((current) => withParams(current, keepPage ? changes : { ...changes, page: undefined }), {
      replace: true,
    });
  const clear = () =>
    setParams((current) => withParams(current, { accountId: '', productLineId: '', month: '', page: '' }), {
      replace: true,
    });

  return {
    page,
    size,
    filters,
    hasFilters,
    query: { ...filters, limit: size, offset: (page - 1) * size },
    update,
    clear,
  };
}

export type FactListParams = ReturnType<typeof useFactListParams>;
