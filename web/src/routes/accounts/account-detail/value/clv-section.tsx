// [VAL-2] customer lifetime value in its textbook form (labelled as such), the assumptions it used, the yearly
// discounted margins, and [VAL-3] our share of the customer's wallet.
import { Card, Col, Descriptions, Progress, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountValueT } from '../../../../api/value.ts';
import { formatYuan } from '../../../../lib/money.ts';

type ClvYear = AccountValueT['clv']['years'][number];

export function ClvSection({ value }: { value: AccountValueT }) {
  const { t } = useTranslation();
  const { clv, shareOfWallet } = value;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card size="small" title={t('accountValue.clv.title')} style={{ height: '100%' }}>
          <Statistic title={t('accountValue.clv.value')} value={formatYuan(clv.valueFen)} />
          <Typography.Paragraph style={{ marginTop: 8 }}>
            <Typography.Text code data-testid="clv-formula">
              {clv.formula}
            </Typography.Text>
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            title={t('accountValue.clv.assumptions')}
            items={[
              {
                key: 'horizon',
                label: t('accountValue.clv.horizonYears'),
                children: clv.assumptions.horizonYears,
              },
              {
                key: 'retention',
                label: t('accountValue.clv.retention'),
                children: `${clv.assumptions.retentionPct}%`,
              },
              {
                key: 'discount',
                label: t('accountValue.clv.discountRate'),
                children: `${clv.assumptions.discountRatePct}%`,
              },
              {
                key: 'margin',
                label: t('accountValue.clv.annualMargin'),
                children: formatYuan(clv.assumptions.annualMarginFen),
              },
            ]}
          />
          <Table<ClvYear>
            size="small"
            pagination={false}
            rowKey="year"
            dataSource={clv.years}
            columns={[
              {
                title: t('accountValue.clv.year'),
                dataIndex: 'year',
                key: 'year',
                render: (year: number) => t('accountValue.clv.yearN', { year }),
              },
              {
                title: t('accountValue.clv.margin'),
                dataIndex: 'marginFen',
                key: 'marginFen',
                align: 'right',
                render: (fen: number) => formatYuan(fen),
              },
              {
                title: t('accountValue.clv.discounted'),
                dataIndex: 'discountedFen',
                key: 'discountedFen',
                align: 'right',
                render: (fen: number) => formatYuan(fen),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('accountValue.share.title')} style={{ height: '100%' }}>
          <div style={{ textAlign: 'center', marginBottom: 12 }}>
            <Progress
              type="dashboard"
              percent={shareOfWallet.pct === null ? 0 : Math.round(shareOfWallet.pct)}
              format={() => (shareOfWallet.pct === null ? '–' : `${shareOfWallet.pct?.toFixed(1)}%`)}
            />
          </div>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'ours',
                label: t('accountValue.share.ourRevenue'),
                children: formatYuan(shareOfWallet.ourRevenueFen),
              },
              {
                key: 'spend',
                label: t('accountValue.share.customerSpend'),
                children:
                  shareOfWallet.customerSpendFen === null ? (
                    <Typography.Text type="secondary">{t('accountValue.share.unknownSpend')}</Typography.Text>
                  ) : (
                    formatYuan(shareOfWallet.customerSpendFen)
                  ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
