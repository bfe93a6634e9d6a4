// 商机列表 ([PLAN-3]): the opportunity nodes of the graph as a table — value, stage, probability, weighted
// value, close date, our owner and what each serves (the solutions/needs directly above it on the map).
import { Button, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpportunityT } from '../../../api/plans.ts';
import { formatDate } from '../../../lib/dates.ts';
import { formatYuan } from '../../../lib/money.ts';
import { LEVEL_COLORS } from './map/map-layout.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';

const weighted = (opportunity: OpportunityT) =>
  Math.round((opportunity.valueFen * (opportunity.probability ?? 0)) / 100);

export function OpportunitiesTab({
  plan,
  editable,
  onOpenMap,
}: PlanTabProps & { onOpenMap: (nodeId?: number) => void }) {
  const { t } = useTranslation();
  const { nodes, edges } = plan.graph;
  const servesOf = (nodeId: number) =>
    edges
      .filter((edge) => edge.downstreamId === nodeId)
      .flatMap((edge) => nodes.filter((node) => node.id === edge.upstreamId));
  const total = plan.opportunities.reduce((sum, item) => sum + item.valueFen, 0);
  const totalWeighted = plan.opportunities.reduce((sum, item) => sum + weighted(item), 0);

  return (
    <>
      {plan.opportunities.length > 0 ? (
        <Typography.Paragraph type="secondary">
          {t('plan.opportunities.total', {
            count: plan.opportunities.length,
            value: formatYuan(total),
            weighted: formatYuan(totalWeighted),
          })}
        </Typography.Paragraph>
      ) : null}
      <Table<OpportunityT>
        rowKey="id"
        size="middle"
        dataSource={plan.opportunities}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="plan-opportunities"
        locale={{
          emptyText: (
            <Empty description={t('plan.opportunities.empty')}>
              {editable ? (
                <Button type="primary" onClick={() => onOpenMap()}>
                  {t('plan.opportunities.goToMap')}
                </Button>
              ) : null}
            </Empty>
          ),
        }}
        columns={[
          {
            title: t('plan.opportunities.name'),
            dataIndex: 'name',
            key: 'name',
            render: (name: string, item) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpenMap(item.nodeId)}>
                {name}
              </Button>
            ),
          },
          {
            title: t('plan.opportunities.value'),
            dataIndex: 'valueFen',
            key: 'value',
            align: 'right',
            sorter: (a, b) => a.valueFen - b.valueFen,
            render: (value: number) => formatYuan(value),
          },
          {
            title: t('plan.opportunities.stage'),
            dataIndex: 'stage',
            key: 'stage',
            render: (stage: string) => <Tag>{t(`plan.stage.${stage}` as 'plan.stage.lead')}</Tag>,
          },
          {
            title: t('plan.opportunities.probability'),
            dataIndex: 'probability',
            key: 'probability',
            align: 'right',
            render: (value: number | null) => (value === null ? '–' : `${value}%`),
          },
          {
            title: t('plan.opportunities.weighted'),
            key: 'weighted',
            align: 'right',
            sorter: (a, b) => weighted(a) - weighted(b),
            render: (_, item) => formatYuan(weighted(item)),
          },
          {
            title: t('plan.opportunities.closeDate'),
            dataIndex: 'closeDate',
            key: 'closeDate',
            sorter: (a, b) => (a.closeDate ?? '9999').localeCompare(b.closeDate ?? '9999'),
            render: (value: string | null) => formatDate(value) || '–',
          },
          {
            title: t('plan.opportunities.owner'),
            dataIndex: 'ownerName',
            key: 'owner',
            render: (value: string | null) => value ?? '–',
          },
          {
            title: t('plan.opportunities.serves'),
            key: 'serves',
            render: (_, item) =>
              servesOf(item.nodeId).map((node) => (
                <Tag key={node.id} color={LEVEL_COLORS[node.level]}>
                  {node.title}
                </Tag>
              )),
          },
        ]}
      />
    </>
  );
}
