// The side menu: every module of DOMAIN.md §2–8. Modules not built yet are shown disabled (no fake pages);
// admin entries appear for the roles that may use them.
import {
  AccountBookOutlined,
  AimOutlined,
  AuditOutlined,
  ClusterOutlined,
  ContactsOutlined,
  ControlOutlined,
  DollarOutlined,
  FileTextOutlined,
  FundOutlined,
  GiftOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  PartitionOutlined,
  ShopOutlined,
  SolutionOutlined,
  SwapOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Role } from '../../../../src/core/org/roles.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];

interface Module {
  key: string;
  /** i18n key under `nav.` */
  label:
    | 'accounts'
    | 'contacts'
    | 'segmentation'
    | 'plans'
    | 'opportunities'
    | 'targets'
    | 'value'
    | 'distributors'
    | 'receivables'
    | 'rebates'
    | 'crossRegion'
    | 'orderLines'
    | 'collections'
    | 'expenses';
  icon: ReactNode;
  ready: boolean;
}

const MODULES: Module[] = [
  { key: '/accounts', label: 'accounts', icon: <ShopOutlined />, ready: true },
  { key: '/contacts', label: 'contacts', icon: <ContactsOutlined />, ready: true },
  { key: '/segmentation', label: 'segmentation', icon: <PartitionOutlined />, ready: true },
  { key: '/plans', label: 'plans', icon: <FileTextOutlined />, ready: true },
  { key: 'opportunities', label: 'opportunities', icon: <AimOutlined />, ready: false },
  { key: '/targets', label: 'targets', icon: <TrophyOutlined />, ready: true },
  { key: 'value', label: 'value', icon: <FundOutlined />, ready: false },
  { key: 'distributors', label: 'distributors', icon: <ClusterOutlined />, ready: false },
  { key: 'receivables', label: 'receivables', icon: <DollarOutlined />, ready: false },
  { key: 'rebates', label: 'rebates', icon: <GiftOutlined />, ready: false },
  { key: 'cross-region', label: 'crossRegion', icon: <SwapOutlined />, ready: false },
  { key: '/order-lines', label: 'orderLines', icon: <UnorderedListOutlined />, ready: true },
  { key: '/collections', label: 'collections', icon: <MoneyCollectOutlined />, ready: true },
  { key: '/expenses', label: 'expenses', icon: <AccountBookOutlined />, ready: true },
];

/** Menu items for a role; disabled modules carry a "coming soon" hint. */
export function navItems(t: TFunction, role: Role): MenuItem[] {
  const modules: MenuItem[] = MODULES.map((module) => ({
    key: module.key,
    icon: module.icon,
    disabled: !module.ready,
    title: module.ready ? undefined : t('nav.comingSoon'),
    label: module.ready ? (
      t(`nav.${module.label}`)
    ) : (
      <span>
        {t(`nav.${module.label}`)} <small style={{ opacity: 0.6 }}>· {t('nav.soon')}</small>
      </span>
    ),
  }));
  const admin: MenuItem[] = [];
  if (role === 'admin' || role === 'director') {
    admin.push({
      key: '/segmentation/settings',
      icon: <ControlOutlined />,
      label: t('nav.segmentationSettings'),
    });
    admin.push({ key: '/plans/settings', icon: <ControlOutlined />, label: t('nav.planSettings') });
  }
  if (role === 'admin') {
    admin.push({ key: '/admin/audit-log', icon: <AuditOutlined />, label: t('nav.auditLog') });
    admin.push({ key: '/admin/users', icon: <UserOutlined />, label: t('nav.users') });
    admin.push({
      key: '/admin/profile-questions',
      icon: <SolutionOutlined />,
      label: t('nav.profileQuestions'),
    });
  }
  admin.push({ key: '/settings/tokens', icon: <KeyOutlined />, label: t('nav.tokens') });
  return [
    { type: 'group', key: 'modules', label: t('nav.modules'), children: modules },
    { type: 'group', key: 'admin', label: t('nav.admin'), children: admin },
  ];
}

const MENU_PATHS = [
  '/accounts',
  '/contacts',
  '/segmentation',
  '/segmentation/settings',
  '/plans',
  '/plans/settings',
  '/targets',
  '/order-lines',
  '/collections',
  '/expenses',
  '/admin/audit-log',
  '/admin/users',
  '/admin/profile-questions',
  '/settings/tokens',
].sort((a, b) => b.length - a.length);

/** The menu key to highlight for a path: the longest menu path the path starts with. */
export function selectedKey(pathname: string): string {
  return MENU_PATHS.find((key) => pathname === key || pathname.startsWith(`${key}/`)) ?? '';
}
