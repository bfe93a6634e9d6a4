// 集团层级: where the account sits in its group (ancestors) and its direct subsidiaries.
import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { AccountDetailT } from '../../../api/accounts.ts';
import { useMe } from '../../../api/auth.ts';
import { AccountTypeTag } from '../../../components/account-type-tag.tsx';
import { canWrite } from '../../../lib/permissions.ts';
import { AccountFormModal } from '../account-form/account-form-modal.tsx';

type Child = AccountDetailT['children'][number];

export function HierarchyTab({ account }: { account: AccountDetailT }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <Typography.Text type="secondary">{t('account.hierarchy.path')}</Typography.Text>
      <Breadcrumb
        style={{ margin: '8px 0 24px' }}
        items={[
          ...account.ancestors.map((ancestor, index) => ({
            key: ancestor.id,
            title: (
              <Link to={`/accounts/${ancestor.id}?tab=hierarchy`}>
                {index === 0 ? <ApartmentOutlined style={{ marginInlineEnd: 4 }} /> : null}
                {ancestor.name}
              </Link>
            ),
          })),
          { key: account.id, title: <Typography.Text strong>{account.name}</Typography.Text> },
        ]}
      />
      <div className="kd-page-head">
        <Typography.Title level={5}>
          {t('account.hierarchy.children', { count: account.children.length })}
        </Typography.Title>
        {canWrite(me.role) && account.status === 'active' ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('account.hierarchy.addChild')}
          </Button>
        ) : null}
      </div>
      <Table<Child>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={account.children}
        locale={{ emptyText: <Empty description={t('account.hierarchy.noChildren')} /> }}
        columns={[
          { title: t('account.field.code'), dataIndex: 'code', key: 'code', width: 140 },
          {
            title: t('account.field.name'),
            dataIndex: 'name',
            key: 'name',
            render: (name: string, row) => <Link to={`/accounts/${row.id}`}>{name}</Link>,
          },
          {
            title: t('account.field.type'),
            dataIndex: 'type',
            key: 'type',
            width: 120,
            render: (type: Child['type']) => <AccountTypeTag type={type} />,
          },
        ]}
      />
      <AccountFormModal
        open={adding}
        parent={{ id: account.id, name: account.name }}
        onClose={() => setAdding(false)}
        onSaved={(child) => {
          setAdding(false);
          message.success(t('account.form.created', { name: child.name }));
          navigate(`/accounts/${child.id}`);
        }}
      />
    </>
  );
}
