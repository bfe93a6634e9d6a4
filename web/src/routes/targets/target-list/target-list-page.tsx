// 目标分解: the target plans the user sees something of, by year (the URL keeps the year), each with its
// version and state; "new target plan" opens the wizard for editors, and the new draft opens in the editor.
import { DashboardOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { type TargetPlanSummaryT, useCreateTargetPlan, useTargetPlans } from '../../../api/targets.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { intParam, withParams } from '../../../lib/search-params.ts';
import { canPlanTargets } from '../target-permissions.ts';
import { TargetStatusTag } from '../target-status-tag.tsx';
import { TargetCreateWizard, type TargetPlanDraft } from './target-create-wizard.tsx';

export default function TargetListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = intParam(params, 'year');
  const [creating, setCreating] = useState(false);
  const list = useTargetPlans(year);
  const create = useCreateTargetPlan();
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  const planner = canPlanTargets(me.role);

  const onCreate = async (draft: TargetPlanDraft) => {
    const tree = await create.mutateAsync({
      name: draft.name,
      year: draft.year,
      metrics: draft.metrics,
      levels: draft.levels,
      splitMethod: draft.splitMethod,
      timeMethod: draft.timeMethod,
      totals: draft.totals,
    });
    message.success(t('targets.wizard.created'));
    setCreating(false);
    navigate(`/targets/${tree.plan.id}`);
  };

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <>
      <div className="kd-page-head">
        <div>
          <Typography.Title level={4}>{t('targets.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('targets.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<DashboardOutlined />} onClick={() => navigate('/targets/dashboard')}>
            {t('targetTracking.title')}
          </Button>
          {planner ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="target-new"
            >
              {t('targets.list.create')}
            </Button>
          ) : null}
        </Space>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<number>
            allowClear
            style={{ width: 140 }}
            placeholder={t('targets.list.allYears')}
            value={year}
            onChange={(value) =>
              setParams((current) => withParams(current, { year: value }), { replace: true })
            }
            options={years.map((value) => ({ value, label: String(value) }))}
          />
        </Space>
        <Table<TargetPlanSummaryT>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          size="middle"
          pagination={false}
          onRow={(plan) => ({ onDoubleClick: () => navigate(`/targets/${plan.id}`) })}
          locale={{
            emptyText: (
              <Empty description={year ? t('common.noMatch') : t('targets.list.empty')}>
                {!year && planner ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                    {t('targets.list.create')}
                  </Button>
                ) : null}
              </Empty>
            ),
          }}
          columns={[
            { title: t('targets.list.year'), dataIndex: 'year', key: 'year', width: 100 },
            {
              title: t('targets.list.name'),
              key: 'name',
              render: (_, plan) => <Link to={`/targets/${plan.id}`}>{plan.name}</Link>,
            },
            {
              title: t('targets.list.status'),
              key: 'status',
              width: 200,
              render: (_, plan) => <TargetStatusTag status={plan.status} version={plan.version} />,
            },
            {
              title: t('targets.wizard.steps.metrics'),
              key: 'metrics',
              render: (_, plan) => plan.metrics.map((metric) => t(`targets.metric.${metric}`)).join('、'),
            },
            {
              title: t('targets.list.updatedAt'),
              dataIndex: 'updatedAt',
              key: 'updatedAt',
              width: 170,
              render: (value: string) => formatDateTime(value),
            },
            {
              key: 'open',
              width: 80,
              render: (_, plan) => <Link to={`/targets/${plan.id}`}>{t('targets.list.open')}</Link>,
            },
          ]}
        />
      </Card>
      <TargetCreateWizard
        open={creating}
        defaultYear={thisYear}
        onClose={() => setCreating(false)}
        onCreate={onCreate}
      />
    </>
  );
}
