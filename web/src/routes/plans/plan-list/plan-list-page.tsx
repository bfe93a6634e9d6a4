// 大客户计划列表: the plans of the accounts the user may see, newest year first; search by account, filter by
// year and status (the URL keeps them), paging, and "new plan" for an account and year.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PLAN_STATUSES } from '../../../../../src/core/plan/plan-types.ts';
import { useMe } from '../../../api/auth.ts';
import { type PlanSummaryT, usePlans } from '../../../api/plans.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { canWrite } from '../../../lib/permissions.ts';
import { enumParam, intParam, textParam, withParams } from '../../../lib/search-params.ts';
import { PlanCreateModal } from '../plan-create-modal.tsx';
import { PlanStatusTag } from '../plan-status-tag.tsx';

const PAGE_SIZE = 20;

export default function PlanListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = textParam(params, 'q') ?? '';
  const year = intParam(params, 'year');
  const status = enumParam(params, 'status', PLAN_STATUSES);
  const page = intParam(params, 'page') ?? 1;
  const [search, setSearch] = useState(q);
  const [creating, setCreating] = useState(false);
  const list = usePlans({
    planYear: year,
    status,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => withParams(current, { page: undefined, ...changes }), { replace: true });

  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const writer = canWrite(me.role);
  const filtered = Boolean(q || year || status);

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <>
      <div className="kd-page-head">
        <div>
          <Typography.Title level={4}>{t('plan.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('plan.list.subtitle')}</Typography.Text>
        </div>
        {writer ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="plan-new"
          >
            {t('plan.list.create')}
          </Button>
        ) : null}
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            style={{ width: 280 }}
            placeholder={t('plan.list.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(text) => update({ q: text.trim() || undefined })}
          />
          <Select<number>
            allowClear
            style={{ width: 140 }}
            placeholder={t('plan.list.allYears')}
            value={year}
            onChange={(value) => update({ year: value })}
            options={years.map((value) => ({ value, label: String(value) }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('plan.list.allStatuses')}
            value={status}
            onChange={(value) => update({ status: value })}
            options={PLAN_STATUSES.map((value) => ({ value, label: t(`plan.status.${value}`) }))}
          />
          {filtered ? (
            <Button
              type="link"
              onClick={() => {
                setSearch('');
                setParams({}, { replace: true });
              }}
            >
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Space>
        <Table<PlanSummaryT>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          size="middle"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (next) => update({ page: next > 1 ? next : undefined }),
            showTotal: (total) => t('common.total', { count: total }),
          }}
          onRow={(plan) => ({ onDoubleClick: () => navigate(`/plans/${plan.id}`) })}
          locale={{
            emptyText: (
              <Empty description={filtered ? t('common.noMatch') : t('plan.list.empty')}>
                {!filtered && writer ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                    {t('plan.list.create')}
                  </Button>
                ) : null}
              </Empty>
            ),
          }}
          columns={[
            {
              title: t('plan.list.account'),
              key: 'account',
              render: (_, plan) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/plans/${plan.id}`}>{plan.accountName}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {plan.accountCode}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('plan.list.year'), dataIndex: 'planYear', key: 'planYear', width: 110 },
            {
              title: t('plan.list.status'),
              dataIndex: 'status',
              key: 'status',
              width: 120,
              render: (value: string) => <PlanStatusTag status={value} />,
            },
            { title: t('plan.list.owner'), dataIndex: 'ownerName', key: 'ownerName', width: 140 },
            {
              title: t('plan.list.updatedAt'),
              dataIndex: 'updatedAt',
              key: 'updatedAt',
              width: 170,
              render: (value: string) => formatDateTime(value),
            },
            {
              key: 'open',
              width: 80,
              render: (_, plan) => <Link to={`/plans/${plan.id}`}>{t('plan.list.open')}</Link>,
            },
          ]}
        />
      </Card>
      <PlanCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(plan) => {
          setCreating(false);
          navigate(`/plans/${plan.id}`);
        }}
      />
    </>
  );
}
