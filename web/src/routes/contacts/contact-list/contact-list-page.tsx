// 联系人列表: search, account and staleness filters, sort and paging kept in the URL; create, import, export.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import {
  type ContactListItemT,
  type ContactListParams,
  type ContactSort,
  useContacts,
} from '../../../api/contacts.ts';
import { downloadExport } from '../../../api/excel.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { StatusTag } from '../../../components/status-tag.tsx';
import { formatDate } from '../../../lib/dates.ts';
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
import { ContactFormModal } from '../contact-form/contact-form-modal.tsx';

const SORTS: readonly ContactSort[] = [
  'name',
  '-name',
  'account',
  '-account',
  'lastVerifiedOn',
  '-lastVerifiedOn',
];
const STATUSES = ['active', 'archived', 'all'] as const;
type SortField = 'name' | 'account' | 'lastVerifiedOn';

function filtersFrom(params: URLSearchParams) {
  return {
    q: textParam(params, 'q'),
    accountId: intParam(params, 'accountId'),
    stale: enumParam(params, 'stale', ['true', 'false'] as const),
    status: enumParam(params, 'status', STATUSES),
    sort: enumParam(params, 'sort', SORTS),
  };
}

function sortOrderOf(sort: ContactSort | undefined, field: SortField): SortOrder {
  const current = sort ?? 'name';
  if (current === field) return 'ascend';
  if (current === `-${field}`) return 'descend';
  return null;
}

export default function ContactListPage() {
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

  const query: ContactListParams = { ...filters, limit: size, offset: (page - 1) * size };
  const list = useContacts(query);
  const writer = canWrite(me.role);
  const hasFilters = Boolean(filters.q || filters.accountId || filters.stale || filters.status);

  const onExport = async () => {
    setExporting(true);
    try {
      const { limit: _limit, offset: _offset, ...exportFilters } = query;
      await downloadExport('contacts', exportFilters);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('contact.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('contact.list.create')}
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
          placeholder={t('contact.list.searchPlaceholder')}
          aria-label={t('contact.list.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            updateSearch(event.target.value);
          }}
          onSearch={(value) => {
            setSearch(value);
            update({ q: value.trim() || undefined });
          }}
          style={{ width: 240 }}
        />
        <AccountSelect
          allowClear
          placeholder={t('contact.field.account')}
          value={filters.accountId}
          onChange={(value) => update({ accountId: value })}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('contact.list.staleFilter')}
          value={filters.stale}
          onChange={(value) => update({ stale: value })}
          options={[
            { value: 'true', label: t('contact.list.staleOnly') },
            { value: 'false', label: t('contact.list.freshOnly') },
          ]}
          style={{ width: 150 }}
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
              setParams(withParams(params, { q: '', accountId: '', stale: '', status: '', page: '' }), {
                replace: true,
              });
            }}
          >
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>

      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ContactListItemT>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty description={hasFilters ? t('contact.list.emptyFiltered') : t('contact.list.empty')} />
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
          columns={[
            {
              title: t('contact.field.name'),
              dataIndex: 'name',
              key: 'name',
              sorter: true,
              sortOrder: sortOrderOf(filters.sort, 'name'),
              render: (name: string, row) => (
                <Space size={4}>
                  <Link to={`/contacts/${row.id}`}>{name}</Link>
                  {row.status === 'archived' ? <StatusTag status="archived" /> : null}
                </Space>
              ),
            },
            {
              title: t('contact.field.account'),
              dataIndex: 'accountName',
              key: 'account',
              sorter: true,
              sortOrder: sortOrderOf(filters.sort, 'account'),
              render: (name: string, row) => (
                <Link to={`/accounts/${row.accountId}?tab=contacts`}>{name}</Link>
              ),
            },
            { title: t('contact.field.title'), dataIndex: 'title', key: 'title' },
            { title: t('contact.field.department'), dataIndex: 'department', key: 'department' },
            {
              title: t('contact.field.reportsTo'),
              dataIndex: 'reportsToName',
              key: 'reportsToName',
              render: (name: string | null, row) =>
                row.reportsToId ? <Link to={`/contacts/${row.reportsToId}`}>{name}</Link> : null,
            },
            { title: t('contact.field.phone'), dataIndex: 'phone', key: 'phone' },
            {
              title: t('contact.field.lastVerifiedOn'),
              dataIndex: 'lastVerifiedOn',
              key: 'lastVerifiedOn',
              width: 160,
              sorter: true,
              sortOrder: sortOrderOf(filters.sort, 'lastVerifiedOn'),
              render: (date: string | null, row) => (
                <Space size={4}>
                  {formatDate(date) || '–'}
                  {row.stale ? <Tag color="warning">{t('contact.stale.tag')}</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      )}

      <ContactFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(contact) => {
          setCreating(false);
          message.success(t('contact.form.created', { name: contact.name }));
          navigate(`/contacts/${contact.id}`);
        }}
      />
      <ImportModal entity="contacts" open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
