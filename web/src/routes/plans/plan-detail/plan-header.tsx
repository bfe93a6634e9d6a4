// The plan's header: account, year, status, owner, the health score with its reasons ([PLAN-8]) and the
// workflow buttons, shown as the plan's `access` allows: submit to its editors on a draft or returned plan,
// approve and return to its approvers on a submitted one (a refused move still shows the server's reason).
import {
  CheckOutlined,
  ExclamationCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Modal, Popover, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type PlanT, usePlanWorkflow, type WorkflowEvent } from '../../../api/plans.ts';
import { errorText } from '../../../lib/error-text.ts';
import { PlanStatusTag } from '../plan-status-tag.tsx';
import { PlanExportMenu } from './plan-export-menu.tsx';

export function healthColor(score: number): string {
  if (score >= 80) return '#52c41a';
  if (score >= 50) return '#faad14';
  return '#ff4d4f';
}

export function HealthReasons({ plan }: { plan: PlanT }) {
  const { t } = useTranslation();
  if (plan.health.reasons.length === 0) {
    return <Typography.Text type="success">{t('plan.header.healthAllPassed')}</Typography.Text>;
  }
  return (
    <List
      size="small"
      dataSource={plan.health.reasons}
      renderItem={(reason) => (
        <List.Item style={{ paddingInline: 0 }}>
          <Space align="start">
            <ExclamationCircleOutlined style={{ color: '#faad14' }} />
            <span>{reason.message}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function PlanHeader({ plan }: { plan: PlanT }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const workflow = usePlanWorkflow(plan.id);
  const [event, setEvent] = useState<WorkflowEvent | null>(null);
  const [form] = Form.useForm<{ comment?: string }>();

  // The plan tells what the reader may do; a refused move still shows the server's reason.
  const canSubmit = plan.access.canEdit && (plan.status === 'draft' || plan.status === 'returned');
  const canDecide = plan.access.canApprove;

  const run = async (values: { comment?: string }) => {
    if (!event) return;
    try {
      await workflow.run(event, values.comment?.trim() || null);
      message.success(t(`plan.header.done.${event}`));
      setEvent(null);
      form.resetFields();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
      <div className="kd-page-head" style={{ marginBottom: 0 }}>
        <Space align="center" wrap size="middle">
          <Typography.Title level={4} data-testid="plan-title">
            {plan.accountName}
          </Typography.Title>
          <Tag>{t('plan.header.year', { year: plan.planYear })}</Tag>
          <PlanStatusTag status={plan.status} />
          <Popover
            title={t('plan.header.healthTitle')}
            content={
              <div style={{ maxWidth: 360 }}>
                <HealthReasons plan={plan} />
              </div>
            }
          >
            <Space style={{ cursor: 'help' }} data-testid="plan-health">
              <Progress
                type="circle"
                size={36}
                percent={plan.health.score}
                strokeColor={healthColor(plan.health.score)}
                format={(value) => value}
              />
              <Typography.Text>{t('plan.header.health', { score: plan.health.score })}</Typography.Text>
            </Space>
          </Popover>
          <Typography.Text type="secondary">
            {t('plan.header.owner', { name: plan.ownerName })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {plan.workflow.lastApprovedVersion
              ? t('plan.header.version', { version: plan.workflow.lastApprovedVersion })
              : t('plan.header.noVersion')}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Link to={`/accounts/${plan.accountId}`}>
            <Button icon={<ShopOutlined />}>{t('plan.header.account')}</Button>
          </Link>
          <PlanExportMenu planId={plan.id} />
          {canSubmit ? (
            <Button
              type="primary"
              icon={<SendOutlined />}
              onClick={() => setEvent('submit')}
              data-testid="plan-submit"
            >
              {t('plan.header.submit')}
            </Button>
          ) : null}
          {canDecide ? (
            <>
              <Button
                icon={<RollbackOutlined />}
                onClick={() => setEvent('return')}
                data-testid="plan-return"
              >
                {t('plan.header.return')}
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => setEvent('approve')}
                data-testid="plan-approve"
              >
                {t('plan.header.approve')}
              </Button>
            </>
          ) : null}
        </Space>
      </div>
      <Modal
        open={event !== null}
        title={event ? t(`plan.header.commentTitle.${event}`) : ''}
        okText={event ? t(`plan.header.${event}`) : ''}
        cancelText={t('common.cancel')}
        confirmLoading={workflow.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEvent(null)}
        destroyOnHidden
      >
        <Form
          name="planWorkflow"
          form={form}
          layout="vertical"
          onFinish={(values) => void run(values)}
          data-testid="plan-workflow-form"
        >
          <Form.Item
            name="comment"
            label={t('plan.header.comment')}
            rules={
              event === 'return'
                ? [{ required: true, whitespace: true, message: t('plan.header.returnCommentRequired') }]
                : []
            }
          >
            <Input.TextArea
              autoFocus
              rows={4}
              maxLength={2000}
              placeholder={
                event === 'return'
                  ? t('plan.header.returnCommentRequired')
                  : t('plan.header.commentPlaceholder')
              }
            />
          </Form.Item>
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </Form>
      </Modal>
    </Card>
  );
}
