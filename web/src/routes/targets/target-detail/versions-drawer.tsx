// Versions of a plan's year (draft → published → superseded), each openable; "compare" shows what changed from an
// older version to this one: added and removed nodes and every changed month with its old and new figure.
import { Button, Drawer, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  type TargetCellChangeT,
  type TargetPlanSummaryT,
  useTargetDiff,
  useTargetHistory,
} from '../../../api/targets.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatAmount } from '../target-amount.ts';
import { TargetStatusTag } from '../target-status-tag.tsx';

interface VersionsDrawerProps {
  plan: TargetPlanSummaryT;
  open: boolean;
  onClose: () => void;
}

export function VersionsDrawer({ plan, open, onClose }: VersionsDrawerProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const history = useTargetHistory(plan.id, open);
  const [against, setAgainst] = useState<TargetPlanSummaryT | null>(null);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={760}
      title={t('targets.versions.title')}
      destroyOnHidden
      data-testid="target-versions-drawer"
    >
      {history.isError ? <QueryError error={history.error} onRetry={() => void history.refetch()} /> : null}
      <List
        loading={history.isLoading}
        dataSource={history.data ?? []}
        renderItem={(version) => (
          <List.Item
            data-testid={`target-version-${version.version}`}
            actions={[
              version.id === plan.id ? (
                <Tag key="current" color="blue">
                  {t('targets.versions.current')}
                </Tag>
              ) : (
                <Button
                  key="open"
                  size="small"
                  onClick={() => {
                    onClose();
                    navigate(`/targets/${version.id}`);
                  }}
                >
                  {t('targets.versions.open')}
                </Button>
              ),
              version.id !== plan.id && version.version < plan.version ? (
                <Button
                  key="compare"
                  size="small"
                  type={against?.id === version.id ? 'primary' : 'default'}
                  onClick={() => setAgainst(version)}
                  data-testid={`target-compare-${version.version}`}
                >
                  {t('targets.versions.compare')}
                </Button>
              ) : null,
            ]}
          >
            <List.Item.Meta
              title={
                <Space>
                  <TargetStatusTag status={version.status} version={version.version} />
                  <span>{version.name}</span>
                </Space>
              }
              description={
                version.publishedAt
                  ? t('targets.versions.publishedAt', { time: formatDateTime(version.publishedAt) })
                  : t('targets.versions.createdAt', { time: formatDateTime(version.createdAt) })
              }
            />
          </List.Item>
        )}
      />
      {against ? (
        <VersionDiff planId={plan.id} from={against.version} to={plan.version} againstId={against.id} />
      ) : null}
    </Drawer>
  );
}

function VersionDiff({
  planId,
  againstId,
  from,
  to,
}: {
  planId: number;
  againstId: number;
  from: number;
  to: number;
}) {
  const { t } = useTranslation();
  const diff = useTargetDiff(planId, againstId);
  const anchor = useRef<HTMLDivElement>(null);
  // With many versions the comparison sits below the list: bring it into view when it arrives.
  useEffect(() => {
    if (diff.data) anchor.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [diff.data]);
  if (diff.isError) return <QueryError error={diff.error} onRetry={() => void diff.refetch()} />;
  const data = diff.data;
  const empty =
    data && data.cells.length === 0 && data.addedNodes.length === 0 && data.removedNodes.length === 0;
  return (
    <div ref={anchor} style={{ marginTop: 16 }} data-testid="target-diff">
      <Typography.Title level={5}>{t('targets.versions.diffTitle', { from, to })}</Typography.Title>
      {empty ? <Empty description={t('targets.versions.noDiff')} /> : null}
      {data?.addedNodes.length ? (
        <Typography.Paragraph>
          <Typography.Text strong>{t('targets.versions.addedNodes')}：</Typography.Text>
          {data.addedNodes.map((node) => (
            <Tag key={node.key} color="green">
              {node.label}
            </Tag>
          ))}
        </Typography.Paragraph>
      ) : null}
      {data?.removedNodes.length ? (
        <Typography.Paragraph>
          <Typography.Text strong>{t('targets.versions.removedNodes')}：</Typography.Text>
          {data.removedNodes.map((node) => (
            <Tag key={node.key} color="red">
              {node.label}
            </Tag>
          ))}
        </Typography.Paragraph>
      ) : null}
      {data?.omittedCells ? (
        <Typography.Paragraph type="secondary">
          {t('targets.method.changes', { count: data.cells.length + data.omittedCells })} ·{' '}
          {t('targets.method.omitted', { shown: data.cells.length })}
        </Typography.Paragraph>
      ) : null}
      {!empty ? <ChangeTable loading={diff.isLoading} changes={data?.cells ?? []} /> : null}
    </div>
  );
}

/** Changed cells with old and new figures; shared by the version diff and the method preview. */
export function ChangeTable({ changes, loading }: { changes: TargetCellChangeT[]; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<TargetCellChangeT>
      size="small"
      loading={loading}
      rowKey={(change) => `${change.nodeKey}|${change.metric}|${change.month}`}
      dataSource={changes}
      pagination={changes.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
      columns={[
        { title: t('targets.editor.node'), dataIndex: 'label', key: 'label', ellipsis: true },
        {
          title: t('targets.editor.metric'),
          key: 'metric',
          width: 110,
          render: (_, change) => t(`targets.metric.${change.metric}`),
        },
        {
          title: t('targets.editor.monthColumn'),
          key: 'month',
          width: 70,
          render: (_, change) => t('targets.editor.month', { m: change.month }),
        },
        {
          title: t('targets.method.before'),
          key: 'before',
          align: 'right',
          width: 130,
          render: (_, change) => formatAmount(change.before, change.metric),
        },
        {
          title: t('targets.method.after'),
          key: 'after',
          align: 'right',
          width: 130,
          render: (_, change) => (
            <Typography.Text type={change.after > change.before ? 'success' : 'danger'}>
              {formatAmount(change.after, change.metric)}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
