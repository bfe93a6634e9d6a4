// 客户详情: header with the account's identity and actions, and tabs for overview, classification, value,
// whitespace, background, group hierarchy, account team and contacts. The open tab is kept in the URL (?tab=).
import { EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Popconfirm, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useAccount, useArchiveAccount, useRestoreAccount } from '../../../api/accounts.ts';
import { useMe } from '../../../api/auth.ts';
import { AccountTypeTag } from '../../../components/account-type-tag.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { StatusTag } from '../../../components/status-tag.tsx';
import { canWrite } from '../../../lib/permissions.ts';
import { AccountPlanLink } from '../../plans/account-plan-link.tsx';
import { AccountFormModal } from '../account-form/account-form-modal.tsx';
import { BackgroundTab } from './background/background-tab.tsx';
import { ClassificationTab } from './classification/classification-tab.tsx';
import { ContactsTab } from './contacts-tab.tsx';
import { HierarchyTab } from './hierarchy-tab.tsx';
import { OverviewTab } from './overview-tab.tsx';
import { TeamTab } from './team-tab.tsx';
import { ValueTab } from './value/value-tab.tsx';
import { WhitespaceTab } from './whitespace/whitespace-tab.tsx';

const TABS = [
  'overview',
  'classification',
  'value',
  'whitespace',
  'background',
  'hierarchy',
  'team',
  'contacts',
] as const;
type TabKey = (typeof TABS)[number];

export default function AccountDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'overview';
  const account = useAccount(Number.isInteger(id) && id > 0 ? id : undefined);
  const archive = useArchiveAccount(id);
  const restore = useRestoreAccount(id);
  const [editing, setEditing] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <QueryError error={new Error(t('common.notFound'))} />;
  if (account.isError) return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  if (!account.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const data = account.data;
  const writer = canWrite(me.role);

  const onError = (error: Error) => message.error(error.message);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/accounts">{t('nav.accounts')}</Link> }, { title: data.name }]}
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
        <div className="kd-page-head" style={{ marginBottom: 0 }}>
          <Space align="center" wrap>
            <Typography.Title level={4} data-testid="account-name">
              {data.name}
            </Typography.Title>
            <Typography.Text type="secondary" copyable={{ text: data.code }}>
              {data.code}
            </Typography.Text>
            <AccountTypeTag type={data.type} />
            <StatusTag status={data.status} />
          </Space>
          {writer ? (
            <Space>
              {data.type === 'key_account' ? (
                <AccountPlanLink
                  accountId={data.id}
                  accountName={data.name}
                  canCreate={data.status === 'active'}
                />
              ) : null}
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                disabled={data.status === 'archived'}
              >
                {t('common.edit')}
              </Button>
              {data.status === 'active' ? (
                <Popconfirm
                  title={t('account.detail.archiveConfirm')}
                  description={t('account.detail.archiveHint')}
                  okText={t('common.archive')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    archive.mutateAsync().then(() => message.success(t('account.detail.archived')), onError)
                  }
                >
                  <Button danger icon={<InboxOutlined />} loading={archive.isPending}>
                    {t('common.archive')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button
                  icon={<RollbackOutlined />}
                  loading={restore.isPending}
                  onClick={() =>
                    restore.mutate(undefined, {
                      onSuccess: () => message.success(t('account.detail.restored')),
                      onError,
                    })
                  }
                >
                  {t('common.restore')}
                </Button>
              )}
            </Space>
          ) : data.type === 'key_account' ? (
            <AccountPlanLink accountId={data.id} accountName={data.name} canCreate={false} />
          ) : null}
        </div>
      </Card>

      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'overview', label: t('account.tab.overview'), children: <OverviewTab account={data} /> },
            {
              key: 'classification',
              label: t('account.tab.classification'),
              children: <ClassificationTab account={data} editable={writer && data.status === 'active'} />,
            },
            {
              key: 'value',
              label: t('account.tab.value'),
              children: <ValueTab account={data} editable={writer && data.status === 'active'} />,
            },
            {
              key: 'whitespace',
              label: t('account.tab.whitespace'),
              children: <WhitespaceTab account={data} editable={writer && data.status === 'active'} />,
            },
            {
              key: 'background',
              label: t('account.tab.background'),
              children: <BackgroundTab account={data} editable={writer && data.status === 'active'} />,
            },
            {
              key: 'hierarchy',
              label: t('account.tab.hierarchy'),
              children: <HierarchyTab account={data} />,
            },
            {
              key: 'team',
              label: `${t('account.tab.team')} (${data.team.length})`,
              children: <TeamTab account={data} editable={writer && data.status === 'active'} />,
            },
            {
              key: 'contacts',
              label: `${t('account.tab.contacts')} (${data.contactCount})`,
              children: <ContactsTab account={data} editable={writer && data.status === 'active'} />,
            },
          ]}
        />
      </Card>

      <AccountFormModal
        open={editing}
        account={data}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('common.saved'));
        }}
      />
    </>
  );
}
