// 审计日志 (admins): every write with who, when and the record before and after; filters in the URL.
import { AutoComplete, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { type AuditItemT, useAuditLog } from '../../../api/audit.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { UserSelect } from '../../../components/user-select.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { intParam, PAGE_SIZES, pagingParams, textParam, withParams } from '../../../lib/search-params.ts';
import { JsonDiff } from './json-diff.tsx';

/** Entities the server writes to the log today; the filter also accepts any other text. */
const KNOWN_ENTITIES = ['account', 'contact', 'user', 'token', 'session', 'import'];

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  archive: 'orange',
  restore: 'cyan',
  delete: 'red',
  login: 'geekblue',
  logout: 'default',
  import: 'purple',
};

export default function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const entity = textParam(params, 'entity');
  const entityId = textParam(params, 'entityId');
  const userId = intParam(params, 'userId');
  const { page, size } = pagingParams(params);
  const log = useAuditLog({ entity, entityId, userId, limit: size, offset: (page - 1) * size });

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams(withParams(params, { ...changes, page: undefined }), { replace: true });

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('audit.title')}</Typography.Title>
      </div>
      <div className="kd-filters">
        <AutoComplete
          allowClear
          placeholder={t('audit.entity')}
          defaultValue={entity}
          options={KNOWN_ENTITIES.map((value) => ({ value }))}
          onSelect={(value) => update({ entity: value })}
          onChange={(value: string | undefined) => {
            if (!value) update({ entity: undefined });
          }}
          onBlur={(event) => update({ entity: (event.target as HTMLInputElement).value.trim() || undefined })}
          style={{ width: 160 }}
        />
        <Input
          allowClear
          placeholder={t('audit.entityId')}
          defaultValue={entityId}
          onPressEnter={(event) => update({ entityId: event.currentTarget.value.trim() || undefined })}
          onBlur={(event) => update({ entityId: event.currentTarget.value.trim() || undefined })}
          style={{ width: 120 }}
        />
        <UserSelect
          allowClear
          placeholder={t('audit.user')}
          value={userId}
          onChange={(value) => update({ userId: value })}
          style={{ width: 200 }}
        />
      </div>
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<AuditItemT>
          rowKey="id"
          size="middle"
          loading={log.isFetching}
          dataSource={log.data?.items ?? []}
          expandable={{
            expandedRowRender: (row) => <JsonDiff before={row.before} after={row.after} />,
            rowExpandable: (row) => row.before !== null || row.after !== null,
          }}
          pagination={{
            current: page,
            pageSize: size,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (next, nextSize) =>
              setParams(
                withParams(params, {
                  page: next > 1 ? next : undefined,
                  size: nextSize !== 20 ? nextSize : undefined,
                }),
                {
                  replace: true,
                },
              ),
          }}
          columns={[
            {
              title: t('audit.time'),
              dataIndex: 'createdAt',
              key: 'createdAt',
              width: 160,
              render: (value: string) => formatDateTime(value),
            },
            {
              title: t('audit.user'),
              dataIndex: 'userName',
              key: 'userName',
              width: 140,
              render: (name: string | null) =>
                name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              key: 'action',
              width: 110,
              render: (action: string) => <Tag color={ACTION_COLORS[action] ?? 'default'}>{action}</Tag>,
            },
            { title: t('audit.entity'), dataIndex: 'entity', key: 'entity', width: 120 },
            {
              title: t('audit.entityId'),
              dataIndex: 'entityId',
              key: 'entityId',
              width: 100,
              render: (value: string | null, row) => (
                <Space size={4}>
                  {value ?? '–'}
                  {value && row.entity === 'account' ? <Link to={`/accounts/${value}`}>↗</Link> : null}
                  {value && row.entity === 'contact' ? <Link to={`/contacts/${value}`}>↗</Link> : null}
                </Space>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
