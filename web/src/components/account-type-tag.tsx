// The account type as a coloured tag ([ACC-1]): 大客户 / 经销商 / 代理商 / 终端.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountType } from '../../../src/core/account/account-types.ts';

const COLORS: Record<AccountType, string> = {
  key_account: 'blue',
  distributor: 'green',
  agent: 'purple',
  retail: 'orange',
};

export function AccountTypeTag({ type }: { type: AccountType }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[type]}>{t(`accountType.${type}`)}</Tag>;
}
