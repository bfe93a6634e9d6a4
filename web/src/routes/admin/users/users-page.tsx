// 用户 (admins): search and filter users by role; create a user.
import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ROLES, type Role } from '../../../../../src/core/org/roles.ts';
import { type UserItemT, useOrgUnitName, useUsers } from '../../../api/org.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { enumParam, PAGE_SIZES, pagingParams, textParam, withParams } from '../../../lib/search-params.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { UserFormModal } from './user-form-modal.tsx';

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const role = enumParam(params, 'role', ROLES);
  const { page, size } = pagingParams(params);
  const [search, setSearch] = useState(textParam(params, 'q') ?? '');
  const q = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const unitName = useOrgUnitName();
  const users = useUsers({ q: q || undefined, role, limit: size, offset: (page - 1) * size });

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('user.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('user.create')}
        </Button>
      </div>
      <div className="kd-filters">
        <Input.Search
          allowClear
          placeholder={t('user.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setParams(withParams(params, { q: event.target.value.trim() || undefined, page: undefined }), {
              replace: true,
            });
          }}
          style={{ width: 240 }}
        />
        <Select<Role>
          allowClear
          placeholder={t('user.field.role')}
          value={role}
          onChange={(value) =>
            setParams(withParams(params, { role: value, page: undefined }), { replace: true })
          }
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          style={{ width: 160 }}
        />
      </div>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserItemT>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: size,
            total: users.data?.total ?? 0,
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
            { title: t('user.field.username'), dataIndex: 'username', key: 'username' },
            { title: t('user.field.displayName'), dataIndex: 'displayName', key: 'displayName' },
            {
              title: t('user.field.role'),
              dataIndex: 'role',
              key: 'role',
              render: (value: Role) => <Tag color="blue">{t(`role.${value}`)}</Tag>,
            },
            {
              title: t('user.field.orgUnit'),
              dataIndex: 'orgUnitName',
              key: 'orgUnitName',
              render: (name: string, row) => unitName(row.orgUnitId, null) || name,
            },
            {
              title: t('common.status'),
              dataIndex: 'active',
              key: 'active',
              render: (active: boolean) => (
                <Space>
                  <Badge status={active ? 'success' : 'default'} />
                  {active ? t('user.active') : t('user.inactive')}
                </Space>
              ),
            },
          ]}
        />
      )}
      <UserFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(user) => {
          setCreating(false);
          message.success(t('user.created', { name: user.displayName }));
        }}
      />
    </>
  );
}
