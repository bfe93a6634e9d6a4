// A target plan version's state as a coloured tag with its version number: draft → published → superseded.
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetPlanStatus } from '../../../../src/core/target/target-types.ts';

const COLORS: Record<TargetPlanStatus, string> = {
  draft: 'default',
  published: 'success',
  superseded: 'warning',
};

export function TargetStatusTag({ status, version }: { status: TargetPlanStatus; version: number }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Tag color="blue" data-testid="target-version">
        {t('targets.list.versionTag', { version })}
      </Tag>
      <Tag color={COLORS[status]} data-testid="target-status">
        {t(`targets.status.${status}`)}
      </Tag>
    </Space>
  );
}
