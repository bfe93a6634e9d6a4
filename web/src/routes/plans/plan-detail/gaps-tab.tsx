// 关系差距分析 ([PLAN-5]): per (contact, our team member) the current and the desired relationship level; the
// server computes gap and priority (influence weight × gap) and the table is sorted by it. One click turns a
// gap into an action owned by the team member.
import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GapInputT, type GapT, useGapToAction, useRemoveGap, useSetGap } from '../../../api/plans.ts';
import { coreText } from '../../../lib/core-messages.ts';
import { errorText } from '../../../lib/error-text.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import { teamOptions } from './influence/person-panel.tsx';
import type { PlanTabProps } from './plan-detail-page.tsx';
import { useAccountContacts } from './use-account-contacts.ts';

const LEVELS = [0, 1, 2, 3, 4] as const;

export function GapsTab({ plan, editable }: PlanTabProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Partial<GapInputT> | null>(null);
  const [toAction, setToAction] = useState<GapT | null>(null);
  const remove = useRemoveGap(plan.id);
  const gaps = [...plan.relationships.gaps].sort((a, b) => b.priority - a.priority || b.gap - a.gap);
  const level = (value: number) => coreText(`segmentation.dm_step.${value}`, i18n.language);

  return (
    <>
      {editable ? (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="gap-add">
            {t('plan.gaps.add')}
          </Button>
        </div>
      ) : null}
      <Table<GapT>
        rowKey="id"
        size="middle"
        dataSource={gaps}
        pagination={false}
        data-testid="plan-gaps"
        locale={{
          emptyText: (
            <Empty description={t('plan.gaps.empty')}>
              {editable ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                  {t('plan.gaps.add')}
                </Button>
              ) : null}
            </Empty>
          ),
        }}
        columns={[
          {
            title: t('plan.gaps.priority'),
            dataIndex: 'priority',
            key: 'priority',
            width: 90,
            render: (value: number) => (
              <Tag color={value >= 6 ? 'red' : value >= 3 ? 'orange' : 'default'}>{value}</Tag>
            ),
          },
          { title: t('plan.gaps.contact'), dataIndex: 'contactName', key: 'contact' },
          {
            title: t('plan.gaps.influence'),
            dataIndex: 'influence',
            key: 'influence',
            width: 90,
            render: (value: string | null) =>
              value ? t(`plan.influenceLevel.${value}` as 'plan.influenceLevel.high') : '–',
          },
          { title: t('plan.gaps.user'), dataIndex: 'userName', key: 'user' },
          {
            title: t('plan.gaps.current'),
            key: 'current',
            render: (_, gap) => `${gap.currentLevel} · ${gap.currentLabel}`,
          },
          {
            title: t('plan.gaps.desired'),
            key: 'desired',
            render: (_, gap) => `${gap.desiredLevel} · ${gap.desiredLabel}`,
          },
          { title: t('plan.gaps.gap'), dataIndex: 'gap', key: 'gap', width: 70, align: 'right' },
          { title: t('plan.gaps.note'), dataIndex: 'note', key: 'note', ellipsis: true },
          {
            key: 'actions',
            width: 220,
            render: (_, gap) => (
              <Space size={4}>
                {gap.actionIds.length > 0 ? <Tag color="green">{t('plan.gaps.hasAction')}</Tag> : null}
                {editable ? (
                  <>
                    <Button
                      size="small"
                      icon={<ThunderboltOutlined />}
                      onClick={() => setToAction(gap)}
                      data-testid={`gap-action-${gap.id}`}
                    >
                      {t('plan.gaps.createAction')}
                    </Button>
                    <Tooltip title={t('common.edit')}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        onClick={() =>
                          setEditing({
                            contactId: gap.contactId,
                            userId: gap.userId,
                            currentLevel: gap.currentLevel,
                            desiredLevel: gap.desiredLevel,
                            note: gap.note,
                          })
                        }
                      />
                    </Tooltip>
                    <Popconfirm
                      title={t('plan.gaps.removeConfirm')}
                      okText={t('common.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        remove.mutateAsync(gap.id).catch((error: Error) => message.error(errorText(error)))
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
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <GapModal plan={plan} initial={editing} levelLabel={level} onClose={() => setEditing(null)} />
      <GapActionModal plan={plan} gap={toAction} onClose={() => setToAction(null)} />
    </>
  );
}

function GapModal({
  plan,
  initial,
  levelLabel,
  onClose,
}: {
  plan: PlanTabProps['plan'];
  initial: Partial<GapInputT> | null;
  levelLabel: (value: number) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GapInputT>();
  const save = useSetGap(plan.id);
  const { options: contactOptions } = useAccountContacts(plan.accountId);
  const levelOptions = LEVELS.map((value) => ({ value, label: `${value} · ${levelLabel(value)}` }));

  const submit = (values: GapInputT) =>
    save.mutate(
      { ...values, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
        onError: (error) => {
          const rest = applyApiError(form, error, [
            'contactId',
            'userId',
            'currentLevel',
            'desiredLevel',
            'note',
          ]);
          if (rest) message.error(errorText(error));
        },
      },
    );

  return (
    <Modal
      open={initial !== null}
      title={t('plan.gaps.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<GapInputT>
        name="planGap"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ currentLevel: 0, desiredLevel: 2, ...initial }}
        data-testid="gap-form"
      >
        <Form.Item
          name="contactId"
          label={t('plan.gaps.contact')}
          rules={[{ required: true, message: t('plan.gaps.contactRequired') }]}
        >
          <Select autoFocus showSearch={{ optionFilterProp: 'label' }} options={contactOptions} />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('plan.gaps.user')}
          rules={[{ required: true, message: t('plan.gaps.userRequired') }]}
        >
          <Select options={teamOptions(plan)} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="currentLevel" label={t('plan.gaps.current')} style={{ flex: 1, marginRight: 8 }}>
            <Select options={levelOptions} />
          </Form.Item>
          <Form.Item name="desiredLevel" label={t('plan.gaps.desired')} style={{ flex: 1 }}>
            <Select options={levelOptions} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="note" label={t('plan.gaps.note')}>
          <Input maxLength={500} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}

function GapActionModal({
  plan,
  gap,
  onClose,
}: {
  plan: PlanTabProps['plan'];
  gap: GapT | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title?: string; dueDate?: Dayjs | null }>();
  const create = useGapToAction(plan.id);
  if (!gap) return null;
  return (
    <Modal
      open
      title={t('plan.gaps.actionTitle')}
      okText={t('plan.gaps.createAction')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name="planGapAction"
        form={form}
        layout="vertical"
        data-testid="gap-action-form"
        onFinish={(values) =>
          create.mutate(
            {
              gapId: gap.id,
              input: {
                ...(values.title?.trim() ? { title: values.title.trim() } : {}),
                dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null,
              },
            },
            {
              onSuccess: () => {
                message.success(t('plan.gaps.actionCreated'));
                onClose();
              },
              onError: (error) => message.error(errorText(error)),
            },
          )
        }
      >
        <Form.Item name="title" label={t('plan.gaps.actionTitleField')}>
          <Input autoFocus maxLength={300} placeholder={`${gap.contactName} · ${gap.userName}`} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('plan.gaps.dueDate')}>
          <DatePicker />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
