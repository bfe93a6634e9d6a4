// 联系人 of one account, with "add contact" preset to this account.
import { PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Empty, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AccountDetailT } from '../../../api/accounts.ts';
import { type ContactListItemT, useContacts } from '../../../api/contacts.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { ContactFormModal } from '../../contacts/contact-form/contact-form-modal.tsx';

export function ContactsTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const pageSize = 20;
  const contacts = useContacts({ accountId: account.id, limit: pageSize, offset: (page - 1) * pageSize });

  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;

  return (
    <>
      {editable ? (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('contact.list.create')}
          </Button>
        </div>
      ) : null}
      <Table<ContactListItemT>
        rowKey="id"
        size="small"
        loading={contacts.isFetching}
        dataSource={contacts.data?.items ?? []}
        locale={{
          emptyText: contacts.isPending ? ' ' : <Empty description={t('contact.list.emptyForAccount')} />,
        }}
        pagination={{
          current: page,
          pageSize,
          total: contacts.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        columns={[
          {
            title: t('contact.field.name'),
            dataIndex: 'name',
            key: 'name',
            render: (name: string, row) => <Link to={`/contacts/${row.id}`}>{name}</Link>,
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
            render: (date: string | null, row) => (
              <span>
                {formatDate(date) || '–'}{' '}
                {row.stale ? (
                  <Tooltip title={t('contact.stale.short')}>
                    <WarningOutlined style={{ color: '#faad14' }} aria-label={t('contact.stale.short')} />
                  </Tooltip>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      <ContactFormModal
        open={adding}
        account={{ id: account.id, name: account.name }}
        onClose={() => setAdding(false)}
        onSaved={(contact) => {
          setAdding(false);
          message.success(t('contact.form.created', { name: contact.name }));
        }}
      />
    </>
  );
}
