// The selected node beside the map: edit its title, description, customer-side owner (assumed/confirmed) and,
// for an opportunity, the opportunity; see what it serves (upstream) and what serves it (downstream) along
// the whole chain, and delete it after a confirmation.
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  Divider,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type NodePatchT,
  type PlanNodeT,
  type PlanT,
  useDeleteNode,
  useUpdateNode,
} from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';
import { useAccountContacts } from '../use-account-contacts.ts';
import type { NodeFormValues } from './add-node-modal.tsx';
import { DmuEditor } from './dmu-editor.tsx';
import { type ChainItem, chainLists, LEVEL_COLORS } from './map-layout.ts';
import { OpportunityFields } from './opportunity-fields.tsx';

export function NodePanel({
  plan,
  node,
  editable,
  onSelect,
  onDeleted,
}: {
  plan: PlanT;
  node: PlanNodeT;
  editable: boolean;
  onSelect: (id: number) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NodeFormValues>();
  const update = useUpdateNode(plan.id);
  const remove = useDeleteNode(plan.id);
  const chain = chainLists(plan.graph.nodes, plan.graph.edges, node.id);
  const { options: contactOptions } = useAccountContacts(plan.accountId);
  const opportunity = plan.opportunities.find((item) => item.nodeId === node.id);

  const initial: NodeFormValues = {
    title: node.title,
    description: node.description ?? '',
    ownerContactId: node.ownerContactId,
    ownerConfirmed: node.ownerConfirmed,
    actionId: node.actionId,
    ...(opportunity
      ? {
          opportunity: {
            name: opportunity.name,
            valueFen: opportunity.valueFen,
            stage: opportunity.stage,
            probability: opportunity.probability,
            closeDate: opportunity.closeDate ? dayjs(opportunity.closeDate) : null,
            ownerUserId: opportunity.ownerUserId,
          },
        }
      : {}),
  };

  const save = (values: NodeFormValues) => {
    const patch: NodePatchT = {
      title: values.title,
      description: values.description?.trim() || null,
      ownerContactId: values.ownerContactId ?? null,
      ownerConfirmed: values.ownerConfirmed ?? false,
      ...(node.level === 'action' ? { actionId: values.actionId ?? null } : {}),
    };
    if (opportunity && values.opportunity) {
      patch.opportunity = {
        name: values.opportunity.name?.trim() || values.title,
        valueFen: values.opportunity.valueFen ?? 0,
        stage: (values.opportunity.stage ?? 'lead') as 'lead',
        probability: values.opportunity.probability ?? null,
        closeDate: values.opportunity.closeDate ? values.opportunity.closeDate.format('YYYY-MM-DD') : null,
        ownerUserId: values.opportunity.ownerUserId ?? null,
      };
    }
    update.mutate(
      { nodeId: node.id, patch },
      {
        onSuccess: () => message.success(t('common.saved')),
        onError: (error) => {
          const rest = applyApiError(form, error, ['title', 'description', 'ownerContactId', 'opportunity']);
          if (rest) message.error(errorText(error));
        },
      },
    );
  };

  const chainList = (items: ChainItem[], empty: string) =>
    items.length === 0 ? (
      <Typography.Text type="secondary">{empty}</Typography.Text>
    ) : (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        {items.map((item) => (
          <Button
            key={item.id}
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
            onClick={() => onSelect(item.id)}
          >
            <Tag color={LEVEL_COLORS[item.level]}>{t(`plan.level.${item.level}` as 'plan.level.need')}</Tag>
            {item.title}
          </Button>
        ))}
      </Space>
    );

  return (
    <Card
      size="small"
      data-testid="map-node-panel"
      title={
        <Space>
          <Tag color={LEVEL_COLORS[node.level]}>{t(`plan.level.${node.level}` as 'plan.level.need')}</Tag>
          <span>{node.title}</span>
        </Space>
      }
      extra={
        editable ? (
          <Popconfirm
            title={t('plan.map.deleteConfirm', { title: node.title })}
            okText={t('common.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove
                .mutateAsync(node.id)
                .then(() => {
                  message.success(t('plan.map.deleted'));
                  onDeleted();
                })
                .catch((error: Error) => message.error(errorText(error)))
            }
          >
            <Button danger size="small" icon={<DeleteOutlined />} aria-label={t('plan.map.deleteNode')} />
          </Popconfirm>
        ) : null
      }
      styles={{ body: { maxHeight: 640, overflow: 'auto' } }}
    >
      <Form
        name="planNode"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={save}
        disabled={!editable}
      >
        <Form.Item
          name="title"
          label={t('plan.map.nodeTitle')}
          rules={[{ required: true, whitespace: true, message: t('plan.map.titleRequired') }]}
        >
          <Input maxLength={300} />
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
        {node.level === 'action' ? (
          <Form.Item name="actionId" label={t('plan.map.planAction')} extra={t('plan.map.planActionHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={plan.actions.map((action) => ({
                value: action.id,
                label: `${action.title} · ${action.ownerName}`,
              }))}
            />
          </Form.Item>
        ) : null}
        {opportunity ? (
          <>
            <Divider plain>{t('plan.map.opportunityFields')}</Divider>
            <OpportunityFields required ownerLabel={opportunity.ownerName} />
          </>
        ) : null}
        {editable ? (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
      {opportunity ? (
        <>
          <Divider plain>{t('plan.map.dmu')}</Divider>
          <DmuEditor
            planId={plan.id}
            accountId={plan.accountId}
            opportunity={opportunity}
            editable={editable}
          />
        </>
      ) : null}
      <Divider plain>{t('plan.map.upstream')}</Divider>
      {chainList(chain.upstream, t('plan.map.noUpstream'))}
      <Divider plain>{t('plan.map.downstream')}</Divider>
      {chainList(chain.downstream, t('plan.map.noDownstream'))}
    </Card>
  );
}
