// 客户团队 ([ACC-2]): who works on the account in which team role; edited as a whole list (PUT).
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../../../../src/core/account/account-types.ts';
import type { AccountDetailT } from '../../../api/accounts.ts';
import { TeamEditModal } from './team-edit-modal.tsx';

type Member = AccountDetailT['team'][number];

const ROLE_COLORS: Record<TeamRole, string> = {
  lead: 'gold',
  sales: 'blue',
  presales: 'cyan',
  service: 'green',
  executive_sponsor: 'magenta',
};

export function TeamTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);

  return (
    <>
      {editable ? (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('account.team.edit')}
          </Button>
        </div>
      ) : null}
      <Table<Member>
        rowKey={(member) => `${member.userId}-${member.teamRole}`}
        size="small"
        pagination={false}
        dataSource={account.team}
        locale={{ emptyText: <Empty description={t('account.team.empty')} /> }}
        columns={[
          { title: t('account.team.member'), dataIndex: 'displayName', key: 'displayName' },
          { title: t('account.team.username'), dataIndex: 'username', key: 'username' },
          {
            title: t('account.team.role'),
            dataIndex: 'teamRole',
            key: 'teamRole',
            render: (role: TeamRole) => <Tag color={ROLE_COLORS[role]}>{t(`teamRole.${role}`)}</Tag>,
          },
        ]}
      />
      <TeamEditModal
        open={editing}
        account={account}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('common.saved'));
        }}
      />
    </>
  );
}
