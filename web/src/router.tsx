// Routes. Screens are loaded on demand so the login page stays light; admin screens check the role.
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from './routes/login/login-page.tsx';
import { NotFoundPage } from './routes/not-found/not-found-page.tsx';
import { AppShell } from './routes/shell/app-shell.tsx';
import { RequireRole, RequireSession } from './routes/shell/require-session.tsx';

const AccountListPage = lazy(() => import('./routes/accounts/account-list/account-list-page.tsx'));
const AccountDetailPage = lazy(() => import('./routes/accounts/account-detail/account-detail-page.tsx'));
const ContactListPage = lazy(() => import('./routes/contacts/contact-list/contact-list-page.tsx'));
const ContactDetailPage = lazy(() => import('./routes/contacts/contact-detail/contact-detail-page.tsx'));
const AuditLogPage = lazy(() => import('./routes/admin/audit-log/audit-log-page.tsx'));
const UsersPage = lazy(() => import('./routes/admin/users/users-page.tsx'));
const TokensPage = lazy(() => import('./routes/admin/tokens/tokens-page.tsx'));
const ProfileQuestionsPage = lazy(
  () => import('./routes/admin/profile-questions/profile-questions-page.tsx'),
);
const PlanListPage = lazy(() => import('./routes/plans/plan-list/plan-list-page.tsx'));
const PlanDetailPage = lazy(() => import('./routes/plans/plan-detail/plan-detail-page.tsx'));
const PlanSettingsPage = lazy(() => import('./routes/plans/plan-settings/plan-settings-page.tsx'));
const OrderLineListPage = lazy(() => import('./routes/order-lines/order-line-list/order-line-list-page.tsx'));
const CollectionListPage = lazy(
  () => import('./routes/collections/collection-list/collection-list-page.tsx'),
);
const ExpenseListPage = lazy(() => import('./routes/expenses/expense-list/expense-list-page.tsx'));
const TargetListPage = lazy(() => import('./routes/targets/target-list/target-list-page.tsx'));
const TargetDetailPage = lazy(() => import('./routes/targets/target-detail/target-detail-page.tsx'));
const SegmentationDashboardPage = lazy(
  () => import('./routes/segmentation/segmentation-dashboard/segmentation-dashboard-page.tsx'),
);
const SegmentAccountsPage = lazy(
  () => import('./routes/segmentation/segment-accounts/segment-accounts-page.tsx'),
);
const SegmentationSettingsPage = lazy(
  () => import('./routes/segmentation/segmentation-settings/segmentation-settings-page.tsx'),
);
const TargetDashboardPage = lazy(() => import('./routes/targets/dashboard/target-dashboard-page.tsx'));
const MarketSizesPage = lazy(() => import('./routes/targets/market-sizes/market-sizes-page.tsx'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/accounts" replace /> },
      { path: 'accounts', element: <AccountListPage /> },
      { path: 'accounts/:id', element: <AccountDetailPage /> },
      { path: 'contacts', element: <ContactListPage /> },
      { path: 'contacts/:id', element: <ContactDetailPage /> },
      { path: 'plans', element: <PlanListPage /> },
      { path: 'plans/:id', element: <PlanDetailPage /> },
      {
        path: 'plans/settings',
        element: (
          <RequireRole roles={['admin', 'director']}>
            <PlanSettingsPage />
          </RequireRole>
        ),
      },
      { path: 'order-lines', element: <OrderLineListPage /> },
      { path: 'collections', element: <CollectionListPage /> },
      { path: 'expenses', element: <ExpenseListPage /> },
      { path: 'targets', element: <TargetListPage /> },
      { path: 'targets/:planId', element: <TargetDetailPage /> },
      { path: 'segmentation', element: <SegmentationDashboardPage /> },
      { path: 'segmentation/accounts', element: <SegmentAccountsPage /> },
      {
        path: 'segmentation/settings',
        element: (
          <RequireRole roles={['admin', 'director']}>
            <SegmentationSettingsPage />
          </RequireRole>
        ),
      },
      { path: 'targets/dashboard', element: <TargetDashboardPage /> },
      { path: 'targets/market-sizes', element: <MarketSizesPage /> },
      {
        path: 'admin/audit-log',
        element: (
          <RequireRole roles={['admin']}>
            <AuditLogPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRole roles={['admin']}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/profile-questions',
        element: (
          <RequireRole roles={['admin']}>
            <ProfileQuestionsPage />
          </RequireRole>
        ),
      },
      { path: 'settings/tokens', element: <TokensPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
