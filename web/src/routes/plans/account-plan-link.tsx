// The account page's way into its key account plan ([PLAN-1]): open this year's (or the latest) plan, or
// create this year's when there is none.
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { usePlans } from '../../api/plans.ts';
import { PlanCreateModal } from './plan-create-modal.tsx';

export function AccountPlanLink({
  accountId,
  accountName,
  canCreate,
}: {
  accountId: number;
  accountName: string;
  canCreate: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plans = usePlans({ accountId });
  const [creating, setCreating] = useState(false);
  const year = new Date().getFullYear();
  const items = plans.data?.items ?? [];
  const current = items.find((plan) => plan.planYear === year) ?? items[0];

  if (plans.isLoading || plans.isError) return null;
  if (current) {
    return (
      <Button
        icon={<FileTextOutlined />}
        onClick={() => navigate(`/plans/${current.id}`)}
        data-testid="account-plan"
      >
        {t('plan.accountLink.title')} {current.planYear}
      </Button>
    );
  }
  if (!canCreate) return null;
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-plan-create">
        {t('plan.accountLink.create', { year })}
      </Button>
      <PlanCreateModal
        open={creating}
        accountId={accountId}
        accountLabel={accountName}
        onClose={() => setCreating(false)}
        onCreated={(plan) => navigate(`/plans/${plan.id}`)}
      />
    </>
  );
}
