// The plan's workflow state ([PLAN-8]) as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../src/core/plan/plan-types.ts';

const COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
};

export function PlanStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status in COLORS ? (status as PlanStatus) : null;
  return (
    <Tag color={known ? COLORS[known] : 'default'} data-testid="plan-status">
      {known ? t(`plan.status.${known}`) : status}
    </Tag>
  );
}
