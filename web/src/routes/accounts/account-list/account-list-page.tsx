// 客户列表: search, filters, sort and paging kept in the URL; create, import and export.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Select, Space, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ACCOUNT_TYPES } from '../../../../../src/core/account/account-types.ts';
import {
  type AccountListItemT,
  type AccountListParams,
  type AccountSort,
  useAccountFacets,
  useAccounts,
} from '../../../api/accounts.ts';
import { useMe } from '../../../api/auth.ts';
import { downloadExport } from '../../../api/excel.ts';
import { useOrgUnitName } from '../../../api/org.ts';
import { AccountTypeTag } from '../../../components/account-type-tag.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { RegionSelect } from '../../../components/region-select.tsx';
import { StatusTag } from '../../../components/status-tag.tsx';
import { UserSelect } from '../../../components/user-select.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { canWrite } from '../../../lib/permissions.ts';
import {
  enumParam,
  intParam,
  PAGE_SIZES,
  pagingParams,
  textParam,
  withParams,
} from '../../../lib/search-params.ts';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback.ts';
import { ImportModal } from '../../excel/import-modal.tsx';
import { AccountFormModal } from '../account-form/account-form-modal.tsx';

const SORTS: readonly AccountSort[] = [
  'name',
  '-name',
  'code',
  '-code',
  'updatedAt',
  '-updatedAt',
  'type',
  '-type',
];
const STATUSES = ['active', 'archived', 'all'] as const;
type SortField = 'name' | 'code' | 'updatedAt' | 'type';

/** The list filters encoded in the URL (without paging). */
function filtersFrom(params: URLSearchParams) {
  return {
    q: textParam(params, 'q'),
    type: enumParam(params, 'type', ACCOUNT_TYPES),
    regionId: intParam(params, 'regionId'),
    ownerId: intParam(params, 'ownerId'),
    industry: textParam(params, 'industry'),
    status: enumParam(params, 'status', STATUSES),
    sort: enumParam(params, 'sort', SORTS),
  };
}

function sortOrderOf(sort: AccountSort | undefined, field: SortField): SortOrder {
  const current = sort ?? 'name';
  if (current === field) return 'ascend';
  if (current === `-${field}`) return 'descend';
  return null;
}

export default function AccountListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const { page, size } = pagingParams(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const update = (changes: Record<string, string | number | undefined>, keepPage = false) =>
    setParams((current) => withParams(current, keepPage ? changes : { ...changes, page: undefined }), {
      replace: true,
    });
  const updateSearch = useDebouncedCallback((text: string) => update({ q: text.trim() || undefined }), 300);

  const query: AccountListParams = { ...filters, limit: size, offset: (page - 1) * size };
  const list = useAccounts(query);
  const facets = useAccountFacets();
  const regionName = useOrgUnitName();
  const writer = canWrite(me.role);
  const hasFilters = Boolean(
    filters.q || filters.type || filters.regionId || filters.ownerId || filters.industry || filters.status,
  );

  const onExport = async () => {
    setExporting(true);
    try {
      const { limit: _limit, offset: _offset, ...exportFilters } = query;
      await downloadExport('accounts', exportFilters);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const columns = [
    {
      title: t('account.field.code'),
      dataIndex: 'code',
      key: 'code',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'code'),
    },
    {
      title: t('account.field.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'name'),
      render: (name: string, row: AccountListItemT) => (
        <Space size={4}>
          <Link to={`/accounts/${row.id}`}>{name}</Link>
          {row.status === 'archived' ? <StatusTag status="archived" /> : null}
        </Space>
      ),
    },
    {
      title: t('account.field.type'),
      dataIndex: 'type',
      key: 'type',
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'type'),
      render: (type: AccountListItemT['type']) => <AccountTypeTag type={type} />,
    },
    { title: t('account.field.industry'), dataIndex: 'industry', key: 'industry', width: 120 },
    {
      title: t('account.field.region'),
      dataIndex: 'regionName',
      key: 'regionName',
      width: 100,
      render: (name: string | null, row: AccountListItemT) =>
        row.regionId ? regionName(row.regionId, null) || name : null,
    },
    { title: t('account.field.owner'), dataIndex: 'ownerName', key: 'ownerName', width: 110 },
    {
      title: t('account.field.parent'),
      dataIndex: 'parentName',
      key: 'parentName',
      render: (parentName: string | null, row: AccountListItemT) =>
        row.parentId ? <Link to={`/accounts/${row.parentId}`}>{parentName}</Link> : null,
    },
    { title: t('account.field.city'), dataIndex: 'city', key: 'city', width: 100 },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, 'updatedAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('account.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('account.list.create')}
            </Button>
          ) : null}
          {writer ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('excel.import')}
            </Button>
          ) : null}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('excel.export')}
          </Button>
        </Space>
      </div>

      <div className="kd-filters">
        <Input.Search
          allowClear
          placeholder={t('account.list.searchPlaceholder')}
          aria-label={t('account.list.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            updateSearch(event.target.value);
          }}
          onSearch={(value) => {
            setSearch(value);
            update({ q: value.trim() || undefined });
          }}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder={t('account.field.type')}
          value={filters.type}
          onChange={(value) => update({ type: value })}
          options={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`accountType.${type}`) }))}
          style={{ width: 120 }}
        />
        <RegionSelect
          allowClear
          value={filters.regionId}
          onChange={(value) => update({ regionId: value })}
          style={{ width: 140 }}
        />
        <UserSelect
          allowClear
          placeholder={t('account.field.owner')}
          value={filters.ownerId}
          onChange={(value) => update({ ownerId: value })}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('account.field.industry')}
          value={filters.industry}
          loading={facets.isLoading}
          onChange={(value) => update({ industry: value })}
          options={(facets.data?.industries ?? []).map((industry) => ({ value: industry, label: industry }))}
          style={{ width: 140 }}
        />
        <Select
          value={filters.status ?? 'active'}
          onChange={(value) => update({ status: value === 'active' ? undefined : value })}
          options={STATUSES.map((status) => ({ value: status, label: t(`statusFilter.${status}`) }))}
          style={{ width: 110 }}
          aria-label={t('common.status')}
        />
        {hasFilters ? (
          <Button
            type="link"
            onClick={() => {
              setSearch('');
              setParams(
                withParams(params, {
                  q: '',
                  type: '',
                  regionId: '',
                  ownerId: '',
                  industry: '',
                  status: '',
                  page: '',
                }),
                {
                  replace: true,
                },
              );
            }}
          >
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>

      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<AccountListItemT>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty description={hasFilters ? t('account.list.emptyFiltered') : t('account.list.empty')}>
                {!hasFilters && writer ? (
                  <Button type="primary" onClick={() => setCreating(true)}>
                    {t('account.list.create')}
                  </Button>
                ) : null}
              </Empty>
            ),
          }}
          pagination={{
            current: page,
            pageSize: size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('common.total', { count: total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') {
              const single = Array.isArray(sorter) ? sorter[0] : sorter;
              const field = single?.columnKey as SortField | undefined;
              const sort =
                single?.order && field ? (single.order === 'descend' ? `-${field}` : field) : undefined;
              update({ sort: sort === 'name' ? undefined : sort });
              return;
            }
            update(
              {
                page: pagination.current && pagination.current > 1 ? pagination.current : undefined,
                size: pagination.pageSize && pagination.pageSize !== 20 ? pagination.pageSize : undefined,
              },
              true,
            );
          }}
        />
      )}

      <AccountFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(account) => {
          setCreating(false);
          message.success(t('account.form.created', { name: account.name }));
          navigate(`/accounts/${account.id}`);
        }}
      />
      <ImportModal entity="accounts" open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
