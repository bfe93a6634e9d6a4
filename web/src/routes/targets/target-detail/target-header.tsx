// The target plan's header: name, year, version and state, and what the plan's permissions allow — roll up from
// the leaves and publish (a draft), start a new version (a published plan), and the versions drawer with diffs.
import {
  BranchesOutlined,
  CheckCircleOutlined,
  DashboardOutlined,
  HistoryOutlined,
  VerticalAlignTopOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  type TargetPlanTreeT,
  useNewTargetVersion,
  usePublishTargetPlan,
  useRollUpTargets,
} from '../../../api/targets.ts';
import { errorText } from '../../../lib/error-text.ts';
import { TargetStatusTag } from '../target-status-tag.tsx';
import { VersionsDrawer } from './versions-drawer.tsx';

export function TargetHeader({ tree }: { tree: TargetPlanTreeT }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { plan, permissions } = tree;
  const publish = usePublishTargetPlan(plan.id);
  const newVersion = useNewTargetVersion(plan.id);
  const rollUp = useRollUpTargets(plan.id);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const draft = plan.status === 'draft';

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
      <div className="kd-page-head" style={{ marginBottom: 0 }}>
        <Space align="center" wrap size="middle">
          <Typography.Title level={4} data-testid="target-title">
            {plan.name}
          </Typography.Title>
          <Tag>{plan.year}</Tag>
          <TargetStatusTag status={plan.status} version={plan.version} />
          {plan.publishedAt ? (
            <Typography.Text type="secondary">
              {t('targets.versions.publishedAt', { time: plan.publishedAt.slice(0, 16).replace('T', ' ') })}
            </Typography.Text>
          ) : null}
        </Space>
        <Space wrap>
          <Button icon={<DashboardOutlined />} onClick={() => navigate(`/targets/dashboard?plan=${plan.id}`)}>
            {t('targetTracking.title')}
          </Button>
          <Button
            icon={<HistoryOutlined />}
            onClick={() => setVersionsOpen(true)}
            data-testid="target-versions"
          >
            {t('targets.editor.versions')}
          </Button>
          {/* Rolling up changes every ancestor up to the company: for those who manage the whole plan. */}
          {draft && permissions.publish ? (
            <Button
              icon={<VerticalAlignTopOutlined />}
              loading={rollUp.isPending}
              onClick={() =>
                modal.confirm({
                  title: t('targets.editor.rollUp'),
                  content: t('targets.editor.rollUpConfirm'),
                  okText: t('targets.editor.rollUp'),
                  cancelText: t('common.cancel'),
                  onOk: () => run(() => rollUp.mutateAsync(undefined), t('targets.editor.rollUpDone')),
                })
              }
            >
              {t('targets.editor.rollUp')}
            </Button>
          ) : null}
          {draft && permissions.publish ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              loading={publish.isPending}
              data-testid="target-publish"
              onClick={() =>
                modal.confirm({
                  title: t('targets.editor.publish'),
                  content: t('targets.editor.publishConfirm', { year: plan.year }),
                  okText: t('targets.editor.publish'),
                  cancelText: t('common.cancel'),
                  onOk: () => run(() => publish.mutateAsync(undefined), t('targets.editor.published')),
                })
              }
            >
              {t('targets.editor.publish')}
            </Button>
          ) : null}
          {!draft && permissions.newVersion ? (
            <Button
              type="primary"
              icon={<BranchesOutlined />}
              loading={newVersion.isPending}
              data-testid="target-new-version"
              onClick={() =>
                void newVersion
                  .mutateAsync(undefined)
                  .then((created) => {
                    message.success(t('targets.editor.newVersionDone', { version: created.version }));
                    navigate(`/targets/${created.id}`);
                  })
                  .catch((error: unknown) => message.error(errorText(error)))
              }
            >
              {t('targets.editor.newVersion')}
            </Button>
          ) : null}
        </Space>
      </div>
      <VersionsDrawer plan={plan} open={versionsOpen} onClose={() => setVersionsOpen(false)} />
    </Card>
  );
}
