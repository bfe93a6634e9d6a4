// The filter bar of the actuals lists: account (server-side search), month, any list-specific filters passed as
// children (order lines: product line), and 清除筛选 once something is filtered.
import { Button, DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountSelect } from '../../components/account-select.tsx';
import type { FactListParams } from './fact-list-params.ts';

export function FactFilters({ list, children }: { list: FactListParams; children?: ReactNode }) {
  const { t } = useTranslation();
  const { filters, update } = list;
  return (
    <div className="kd-filters">
      <AccountSelect
        allowClear
        placeholder={t('facts.field.account')}
        value={filters.accountId}
        onChange={(value) => update({ accountId: value })}
        style={{ width: 240 }}
      />
      <DatePicker
        picker="month"
        allowClear
        placeholder={t('facts.field.month')}
        aria-label={t('facts.field.month')}
        value={filters.month ? dayjs(`${filters.month}-01`) : null}
        onChange={(value) => update({ month: value ? value.format('YYYY-MM') : undefined })}
      />
      {children}
      {list.hasFilters ? (
        <Button type="link" onClick={list.clear}>
          {t('common.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
