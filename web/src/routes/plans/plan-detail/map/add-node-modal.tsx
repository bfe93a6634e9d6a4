// Adds a node of one level, optionally already linked to the nodes it serves (same level or one level up).
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_LEVELS } from '../../../../../../src/core/plan/plan-types.ts';
import { type NodeLevel, type PlanT, useAddNode } from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';
import { useAccountContacts } from '../use-account-contacts.ts';
import { OpportunityFields } from './opportunity-fields.tsx';

export interface NodeFormValues {
  title: string;
  description?: string;
  ownerContactId?: number | null;
  ownerConfirmed?: boolean;
  actionId?: number | null;
  upstreamNodeIds?: number[];
  opportunity?: {
    name?: string;
    valueFen?: number | null;
    stage?: string;
    probability?: number | null;
    closeDate?: Dayjs | null;
    ownerUserId?: number | null;
  };
}

/** Levels a node of `level` may serve: its own and the one above. */
export function upstreamLevels(level: NodeLevel): NodeLevel[] {
  const index = NODE_LEVELS.indexOf(level);
  return NODE_LEVELS.filter((_, i) => i === index || i === index - 1);
}

export function AddNodeModal({
  plan,
  level,
  defaultUpstream,
  onClose,
  onAdded,
}: {
  plan: PlanT;
  level: NodeLevel | null;
  defaultUpstream: number[];
  onClose: () => void;
  onAdded: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NodeFormValues>();
  const add = useAddNode(plan.id);
  const { options: contactOptions } = useAccountContacts(plan.accountId);
  const candidates = level
    ? plan.graph.nodes.filter((node) => upstreamLevels(level).includes(node.level as NodeLevel))
    : [];

  // Reset once per opening (the level changes only when the modal opens).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the modal opens for a level
  useEffect(() => {
    if (level) {
      form.resetFields();
      form.setFieldsValue({
        upstreamNodeIds: defaultUpstream.filter((id) => candidates.some((node) => node.id === id)),
        opportunity: { stage: 'lead' },
      });
    }
  }, [level]);

  const submit = (values: NodeFormValues) => {
    if (!level) return;
    const opportunity =
      level === 'opportunity' && values.opportunity
        ? {
            name: values.opportunity.name?.trim() || values.title,
            valueFen: values.opportunity.valueFen ?? 0,
            stage: (values.opportunity.stage ?? 'lead') as 'lead',
            probability: values.opportunity.probability ?? null,
            closeDate: values.opportunity.closeDate
              ? values.opportunity.closeDate.format('YYYY-MM-DD')
              : null,
            ownerUserId: values.opportunity.ownerUserId ?? null,
          }
        : undefined;
    add.mutate(
      {
        level,
        title: values.title,
        description: values.description?.trim() || null,
        ownerContactId: values.ownerContactId ?? null,
        ownerConfirmed: values.ownerConfirmed ?? false,
        upstreamNodeIds: values.upstreamNodeIds ?? [],
        ...(opportunity ? { opportunity } : {}),
      },
      {
        onSuccess: (detail) => onAdded(detail.node.id),
        onError: (error) => {
          const rest = applyApiError(form, error, [
            'title',
            'description',
            'ownerContactId',
            'upstreamNodeIds',
            'opportunity',
          ]);
          if (rest) message.error(errorText(error));
        },
      },
    );
  };

  return (
    <Modal
      open={level !== null}
      title={level ? t('plan.map.addTitle', { level: t(`plan.level.${level}`) }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form name="planAddNode" form={form} layout="vertical" onFinish={submit} data-testid="map-node-form">
        <Form.Item
          name="title"
          label={t('plan.map.nodeTitle')}
          rules={[{ required: true, whitespace: true, message: t('plan.map.titleRequired') }]}
        >
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('plan.map.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="ownerContactId" label={t('plan.map.owner')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('plan.map.ownerPlaceholder')}
            options={contactOptions}
          />
        </Form.Item>
        <Form.Item name="ownerConfirmed" valuePropName="checked">
          <Checkbox>{t('plan.map.ownerConfirmed')}</Checkbox>
        </Form.Item>
        {candidates.length > 0 ? (
          <Form.Item name="upstreamNodeIds" label={t('plan.map.serves')} extra={t('plan.map.servesHint')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={candidates.map((node) => ({
                value: node.id,
                label: `${t(`plan.level.${node.level}` as 'plan.level.need')} · ${node.title}`,
              }))}
            />
          </Form.Item>
        ) : null}
        {level === 'opportunity' ? <OpportunityFields required /> : null}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
