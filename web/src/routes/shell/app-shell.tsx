// The signed-in frame: side menu with all modules, header with the user, org unit, language and logout.
import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLogout, useMe } from '../../api/auth.ts';
import { useOrgUnitName } from '../../api/org.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { navItems, selectedKey } from './nav-items.tsx';

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const unitName = useOrgUnitName();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={216}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div className="kd-logo">{collapsed ? 'KD' : 'KAM Desk'}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={navItems(t, me.role)}
          onClick={({ key }) => {
            if (key.startsWith('/')) navigate(key);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="kd-header">
          <Space size="middle">
            <span data-testid="current-user">
              <Typography.Text strong>{me.displayName}</Typography.Text>{' '}
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(`role.${me.role}`)}
              </Tag>
            </span>
            <Typography.Text type="secondary">
              {unitName(me.orgUnitId, null) || me.orgUnitName}
            </Typography.Text>
            <LanguageSwitch />
            <Button
              icon={<LogoutOutlined />}
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
              }
            >
              {t('shell.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="kd-content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
