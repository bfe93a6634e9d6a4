// seed 004 绩效考核的"三率" of the node to date: sales attainment, customer growth, market share.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useThreeRates } from '../../../api/target-tracking.ts';
import { formatYuan } from '../../../lib/money.ts';
import { formatRate } from './tracking-format.ts';

export function RatesCard({ planId, nodeId }: { planId: number; nodeId: number }) {
  const { t } = useTranslation();
  const { data } = useThreeRates(planId, nodeId);
  const g = data?.customerGrowth;
  return (
    <Card size="small" title={t('targetTracking.rates.title')} loading={!data} data-testid="tracking-rates">
      {data && g && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Statistic
              title={t('targetTracking.rates.sales')}
              value={formatRate(data.salesAttainment.rate)}
            />
            <Typography.Text type="secondary">
              {formatYuan(data.salesAttainment.actual)} / {formatYuan(data.salesAttainment.target)}
            </Typography.Text>
          </Col>
          <Col xs={24} md={8}>
            <Statistic
              title={t('targetTracking.rates.customerGrowth')}
              value={formatRate(g.existingGrowth)}
            />
            <Typography.Text type="secondary">
              {t('targetTracking.rates.customerGrowthHint', {
                existing: g.existingCount,
                new: g.newCount,
                lost: g.lostCount,
                net: g.netNewCount,
              })}
            </Typography.Text>
          </Col>
          <Col xs={24} md={8}>
            <Statistic
              title={t('targetTracking.rates.marketShare')}
              value={formatRate(data.marketShare.rate)}
            />
            <Typography.Text type="secondary">
              {data.marketShare.marketSizeFen === null
                ? t('targetTracking.rates.noMarketSize')
                : t('targetTracking.rates.marketShareHint', {
                    size: formatYuan(data.marketShare.marketSizeFen),
                  })}
            </Typography.Text>
          </Col>
        </Row>
      )}
    </Card>
  );
}
