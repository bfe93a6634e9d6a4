// 目标与行动 ([PLAN-7]): goals → sub-goals → actions, each action with owner, due date and status. Every goal
// shows the SMART letters — green when met, red when not, the server's reason in the tooltip.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../../src/core/plan/plan-types.ts';
import {
  type ActionT,
  type GoalT,
  type PlanT,
  useAddAction,
  useAddGoal,
  useRemoveAction,
  useRemoveGoal,
  useUpdateAction,
  useUpdateGoal,
} from '../../../api/plans.ts';
import { UserSelect } from '../../../components/user-select.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { errorText } from '../../../lib/error-text.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import { LEVEL_COLORS } from './map/map-layout.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';

const LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
const STATUS_COLORS: Record<string, string> = {
  open: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};

type GoalValues = {
  title: string;
  metric?: string | null;
  unit?: string | null;
  baselineValue?: number | null;
  targetValue?: number | null;
  dueDate?: Dayjs | null;
  nodeId?: number | null;
};
type ActionValues = { title: string; ownerUserId: number; dueDate?: Dayjs | null; status?: string };

type GoalEditing = { goal?: GoalT; parent?: GoalT | null };
type ActionEditing = { action?: ActionT; goalId: number | null };

export function SmartTags({ goal }: { goal: GoalT }) {
  const { t } = useTranslation();
  const failing = new Map(goal.smart.failing.map((item) => [item.letter, item.reason]));
  return (
    <Space size={2} data-testid={`smart-${goal.id}`}>
      {LETTERS.map((letter) => {
        const reason = failing.get(letter);
        return (
          <Tooltip
            key={letter}
            title={
              <>
                <b>{t(`plan.goals.smart.${letter}`)}</b>
                {reason ? <div>{reason}</div> : null}
              </>
            }
          >
            <Tag color={reason ? 'error' : 'success'} style={{ marginInlineEnd: 0, cursor: 'help' }}>
              {letter}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

export function GoalsTab({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [goalEditing, setGoalEditing] = useState<GoalEditing | null>(null);
  const [actionEditing, setActionEditing] = useState<ActionEditing | null>(null);
  const removeGoal = useRemoveGoal(plan.id);
  const top = plan.goals
    .filter((goal) => goal.parentGoalId === null)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const childrenOf = (goal: GoalT) => plan.goals.filter((child) => child.parentGoalId === goal.id);
  const actionsOf = (goalId: number | null) => plan.actions.filter((action) => action.goalId === goalId);
  const unassigned = actionsOf(null);
  const onError = (error: Error) => message.error(errorText(error));
  const linked = (nodeId: number | null) => {
    const node = nodeId === null ? undefined : plan.graph.nodes.find((item) => item.id === nodeId);
    return node ? (
      <Tag color={LEVEL_COLORS[node.level]} style={{ fontWeight: 'normal' }}>
        {t(`plan.level.${node.level}` as 'plan.level.need')} · {node.title}
      </Tag>
    ) : null;
  };

  const goalBlock = (goal: GoalT, depth: number) => (
    <Card
      key={goal.id}
      size="small"
      style={{
        marginBottom: 12,
        marginLeft: depth * 32,
        borderLeft: depth ? '3px solid #91caff' : undefined,
      }}
      data-testid={`goal-${goal.id}`}
      title={
        <Space wrap>
          <Typography.Text strong>{goal.title}</Typography.Text>
          <SmartTags goal={goal} />
          {linked(goal.nodeId)}
        </Space>
      }
      extra={
        editable ? (
          <Space size={4}>
            {depth === 0 ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setGoalEditing({ parent: goal })}>
                {t('plan.goals.addSub')}
              </Button>
            ) : null}
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setActionEditing({ goalId: goal.id })}
            >
              {t('plan.goals.addAction')}
            </Button>
            <Tooltip title={t('plan.goals.editGoal')}>
              <Button
                size="small"
                type="text"
                icon={<EditOutlined />}
                onClick={() => setGoalEditing({ goal })}
              />
            </Tooltip>
            <Popconfirm
              title={t('plan.goals.removeConfirm', { title: goal.title })}
              okText={t('common.remove')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => removeGoal.mutateAsync(goal.id).catch(onError)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
              />
            </Popconfirm>
          </Space>
        ) : null
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[
          goal.metric ? `${t('plan.goals.metric')}: ${goal.metric}` : null,
          goal.baselineValue !== null || goal.targetValue !== null
            ? `${goal.baselineValue ?? '–'} → ${goal.targetValue ?? '–'} ${goal.unit ?? ''}`
            : null,
          goal.dueDate ? `${t('plan.goals.dueDate')}: ${formatDate(goal.dueDate)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
      <ActionTable plan={plan} actions={actionsOf(goal.id)} editable={editable} onEdit={setActionEditing} />
      {childrenOf(goal).map((child) => goalBlock(child, depth + 1))}
    </Card>
  );

  return (
    <>
      {editable ? (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setActionEditing({ goalId: null })}>
              {t('plan.goals.addAction')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setGoalEditing({ parent: null })}
              data-testid="goal-add"
            >
              {t('plan.goals.add')}
            </Button>
          </Space>
        </div>
      ) : null}
      {top.length === 0 ? (
        <Empty description={t('plan.goals.empty')}>
          {editable ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setGoalEditing({ parent: null })}>
              {t('plan.goals.add')}
            </Button>
          ) : null}
        </Empty>
      ) : (
        top.map((goal) => goalBlock(goal, 0))
      )}
      {unassigned.length > 0 ? (
        <Card size="small" title={t('plan.goals.unassigned')} style={{ marginTop: 12 }}>
          <ActionTable plan={plan} actions={unassigned} editable={editable} onEdit={setActionEditing} />
        </Card>
      ) : null}
      <GoalModal plan={plan} editing={goalEditing} onClose={() => setGoalEditing(null)} />
      <ActionModal plan={plan} editing={actionEditing} onClose={() => setActionEditing(null)} />
    </>
  );
}

function ActionTable({
  plan,
  actions,
  editable,
  onEdit,
}: {
  plan: PlanT;
  actions: ActionT[];
  editable: boolean;
  onEdit: (editing: ActionEditing) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAction(plan.id);
  const remove = useRemoveAction(plan.id);
  const today = dayjs().format('YYYY-MM-DD');
  if (actions.length === 0) return null;
  return (
    <Table<ActionT>
      rowKey="id"
      size="small"
      style={{ marginTop: 8 }}
      pagination={false}
      dataSource={actions}
      columns={[
        {
          title: t('plan.goals.actionTitle'),
          dataIndex: 'title',
          key: 'title',
          render: (title: string, action) => (
            <Space size={4}>
              <span>{title}</span>
              {action.gapId ? <Tag color="purple">{t('plan.goals.fromGap')}</Tag> : null}
              {action.reviewId ? <Tag color="cyan">{t('plan.goals.fromReview')}</Tag> : null}
            </Space>
          ),
        },
        { title: t('plan.goals.owner'), dataIndex: 'ownerName', key: 'owner', width: 120 },
        {
          title: t('plan.goals.dueDate'),
          dataIndex: 'dueDate',
          key: 'due',
          width: 190,
          render: (value: string | null, action) => (
            <Space size={4}>
              <span>{formatDate(value) || '–'}</span>
              {value && value < today && (action.status === 'open' || action.status === 'in_progress') ? (
                <Tag color="red">{t('plan.goals.overdue')}</Tag>
              ) : null}
            </Space>
          ),
        },
        {
          title: t('plan.goals.status'),
          dataIndex: 'status',
          key: 'status',
          width: 130,
          render: (status: string, action) =>
            editable ? (
              <Select
                size="small"
                value={status}
                style={{ width: 110 }}
                onChange={(next) =>
                  update.mutate(
                    { actionId: action.id, patch: { status: next as 'open' } },
                    { onError: (error) => message.error(errorText(error)) },
                  )
                }
                options={ACTION_STATUSES.map((value) => ({ value, label: t(`plan.actionStatus.${value}`) }))}
              />
            ) : (
              <Tag color={STATUS_COLORS[status]}>
                {t(`plan.actionStatus.${status}` as 'plan.actionStatus.open')}
              </Tag>
            ),
        },
        ...(editable
          ? [
              {
                key: 'edit',
                width: 80,
                render: (_: unknown, action: ActionT) => (
                  <Space size={0}>
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('common.edit')}
                      onClick={() => onEdit({ action, goalId: action.goalId })}
                    />
                    <Popconfirm
                      title={t('plan.goals.removeActionConfirm')}
                      okText={t('common.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(action.id).catch((error: Error) => message.error(errorText(error)))
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.remove')}
                      />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function GoalModal({
  plan,
  editing,
  onClose,
}: {
  plan: PlanT;
  editing: GoalEditing | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GoalValues>();
  const add = useAddGoal(plan.id);
  const update = useUpdateGoal(plan.id);
  if (!editing) return null;
  const goal = editing.goal;
  const submit = (values: GoalValues) => {
    const fields = {
      title: values.title,
      metric: values.metric?.trim() || null,
      unit: values.unit?.trim() || null,
      baselineValue: values.baselineValue ?? null,
      targetValue: values.targetValue ?? null,
      dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null,
      nodeId: values.nodeId ?? null,
    };
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (error: Error) => {
        const rest = applyApiError(form, error, Object.keys(fields));
        if (rest) message.error(errorText(error));
      },
    };
    if (goal) update.mutate({ goalId: goal.id, patch: fields }, done);
    else add.mutate({ ...fields, parentGoalId: editing.parent?.id ?? null }, done);
  };
  return (
    <Modal
      open
      title={
        goal
          ? t('plan.goals.editGoal')
          : editing.parent
            ? t('plan.goals.subGoalTitle', { parent: editing.parent.title })
            : t('plan.goals.goalTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<GoalValues>
        name="planGoal"
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="goal-form"
        initialValues={
          goal
            ? {
                title: goal.title,
                metric: goal.metric,
                unit: goal.unit,
                baselineValue: goal.baselineValue,
                targetValue: goal.targetValue,
                dueDate: goal.dueDate ? dayjs(goal.dueDate) : null,
                nodeId: goal.nodeId,
              }
            : {}
        }
      >
        <Form.Item
          name="title"
          label={t('plan.goals.title')}
          rules={[{ required: true, whitespace: true, message: t('plan.goals.titleRequired') }]}
        >
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="metric" label={t('plan.goals.metric')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label={t('plan.goals.unit')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="baselineValue" label={t('plan.goals.baseline')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="targetValue" label={t('plan.goals.target')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="dueDate" label={t('plan.goals.dueDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="nodeId" label={t('plan.goals.node')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={plan.graph.nodes.map((node) => ({
              value: node.id,
              label: `${t(`plan.level.${node.level}` as 'plan.level.need')} · ${node.title}`,
            }))}
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

function ActionModal({
  plan,
  editing,
  onClose,
}: {
  plan: PlanT;
  editing: ActionEditing | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const add = useAddAction(plan.id);
  const update = useUpdateAction(plan.id);
  if (!editing) return null;
  const action = editing.action;
  const submit = (values: ActionValues) => {
    const fields = {
      title: values.title,
      ownerUserId: values.ownerUserId,
      dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null,
      status: (values.status ?? 'open') as 'open',
    };
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (error: Error) => {
        const rest = applyApiError(form, error, Object.keys(fields));
        if (rest) message.error(errorText(error));
      },
    };
    if (action) update.mutate({ actionId: action.id, patch: fields }, done);
    else add.mutate({ ...fields, goalId: editing.goalId }, done);
  };
  return (
    <Modal
      open
      title={t('plan.goals.addAction')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ActionValues>
        name="planAction"
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="action-form"
        initialValues={
          action
            ? {
                title: action.title,
                ownerUserId: action.ownerUserId,
                dueDate: action.dueDate ? dayjs(action.dueDate) : null,
                status: action.status,
              }
            : { status: 'open', ownerUserId: plan.ownerUserId }
        }
      >
        <Form.Item
          name="title"
          label={t('plan.goals.actionTitle')}
          rules={[{ required: true, whitespace: true, message: t('plan.goals.titleRequired') }]}
        >
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item
          name="ownerUserId"
          label={t('plan.goals.owner')}
          rules={[{ required: true, message: t('plan.goals.ownerRequired') }]}
        >
          <UserSelect currentLabel={action?.ownerName ?? plan.ownerName} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="dueDate" label={t('plan.goals.dueDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('plan.goals.status')}>
              <Select
                options={ACTION_STATUSES.map((value) => ({ value, label: t(`plan.actionStatus.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
