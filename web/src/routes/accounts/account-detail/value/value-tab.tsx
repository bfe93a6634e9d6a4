// 客户价值 of one account ([VAL-1]…[VAL-3]): P&L of the account, its group and subsidiaries; textbook CLV with its
// assumptions; share of wallet; and the cost-to-serve drivers that feed them.
import { Card, Collapse, Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountDetailT } from '../../../../api/accounts.ts';
import { useAccountValue } from '../../../../api/value.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { ClvSection } from './clv-section.tsx';
import { CostDriversForm } from './cost-drivers-form.tsx';
import { PnlSection } from './pnl-section.tsx';

export function ValueTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const { t } = useTranslation();
  const value = useAccountValue(account.id);
  if (value.isError) return <QueryError error={value.error} onRetry={() => void value.refetch()} />;
  if (!value.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const data = value.data;
  const noSales = data.own.revenueFen === 0 && (data.group?.revenueFen ?? 0) === 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {noSales ? <Empty description={t('accountValue.noSales', { months: data.windowMonths })} /> : null}
      <PnlSection value={data} />
      <ClvSection value={data} />
      {editable ? (
        <Card size="small">
          <Collapse
            ghost
            items={[
              {
                key: 'drivers',
                label: t('accountValue.drivers.title'),
                children: <CostDriversForm accountId={account.id} value={data} />,
              },
            ]}
          />
        </Card>
      ) : null}
    </Space>
  );
}
