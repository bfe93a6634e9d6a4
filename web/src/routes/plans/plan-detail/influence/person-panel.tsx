// The selected person beside the influence map: roles, influence, attitude, who of ours meets them and how
// often, the relationship owner; remove them from the map (the contact itself stays).
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Popconfirm, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ATTITUDES,
  CONTACT_FREQUENCIES,
  CONTACT_LEVELS,
  INFLUENCE_LEVELS,
  INFLUENCE_ROLES,
} from '../../../../../../src/core/plan/plan-types.ts';
import {
  type InfluenceEntryPatchT,
  type InfluenceEntryT,
  type PlanT,
  useRemoveInfluenceEntry,
  useUpdateInfluenceEntry,
} from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';

type Values = Omit<InfluenceEntryPatchT, 'x' | 'y'>;

export function teamOptions(plan: PlanT) {
  const seen = new Set<number>();
  return plan.team.flatMap((member) => {
    if (seen.has(member.userId)) return [];
    seen.add(member.userId);
    return [{ value: member.userId, label: member.displayName }];
  });
}

export function PersonPanel({
  plan,
  entry,
  editable,
  onRemoved,
}: {
  plan: PlanT;
  entry: InfluenceEntryT;
  editable: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateInfluenceEntry(plan.id);
  const remove = useRemoveInfluenceEntry(plan.id);
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'plan.role.coach') }));

  const save = (values: Values) =>
    update.mutate(
      {
        entryId: entry.id,
        patch: {
          roles: values.roles ?? [],
          influence: values.influence ?? null,
          attitude: values.attitude ?? null,
          contactLevel: values.contactLevel ?? null,
          contactFrequency: values.contactFrequency ?? null,
          coverageUserId: values.coverageUserId ?? null,
        },
      },
      {
        onSuccess: () => message.success(t('common.saved')),
        onError: (error) => {
          const rest = applyApiError(form, error, [
            'roles',
            'influence',
            'attitude',
            'contactLevel',
            'contactFrequency',
            'coverageUserId',
          ]);
          if (rest) message.error(errorText(error));
        },
      },
    );

  return (
    <Card
      size="small"
      title={t('plan.influence.editTitle', { name: entry.name })}
      data-testid="person-panel"
      extra={
        editable ? (
          <Popconfirm
            title={t('plan.influence.removeEntryConfirm', { name: entry.name })}
            okText={t('common.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove
                .mutateAsync(entry.id)
                .then(() => onRemoved())
                .catch((error: Error) => message.error(errorText(error)))
            }
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('plan.influence.removeEntry')}
            />
          </Popconfirm>
        ) : null
      }
    >
      <Form<Values>
        name="planPerson"
        form={form}
        layout="vertical"
        disabled={!editable}
        onFinish={save}
        initialValues={{
          roles: entry.roles as Values['roles'],
          influence: entry.influence as Values['influence'],
          attitude: entry.attitude as Values['attitude'],
          contactLevel: entry.contactLevel as Values['contactLevel'],
          contactFrequency: entry.contactFrequency as Values['contactFrequency'],
          coverageUserId: entry.coverageUserId,
        }}
      >
        <Form.Item name="roles" label={t('plan.influence.roles')}>
          <Select mode="multiple" allowClear options={options(INFLUENCE_ROLES, 'plan.role')} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="influence"
            label={t('plan.influence.influenceLevel')}
            style={{ flex: 1, marginRight: 8 }}
          >
            <Select allowClear options={options(INFLUENCE_LEVELS, 'plan.influenceLevel')} />
          </Form.Item>
          <Form.Item name="attitude" label={t('plan.influence.attitude')} style={{ flex: 1 }}>
            <Select allowClear options={options(ATTITUDES, 'plan.attitude')} />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block>
          <Form.Item
            name="contactLevel"
            label={t('plan.influence.contactLevel')}
            style={{ flex: 1, marginRight: 8 }}
          >
            <Select allowClear options={options(CONTACT_LEVELS, 'plan.contactLevel')} />
          </Form.Item>
          <Form.Item name="contactFrequency" label={t('plan.influence.contactFrequency')} style={{ flex: 1 }}>
            <Select allowClear options={options(CONTACT_FREQUENCIES, 'plan.frequency')} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="coverageUserId" label={t('plan.influence.coverage')}>
          <Select allowClear options={teamOptions(plan)} placeholder={t('plan.influence.noCoverage')} />
        </Form.Item>
        {editable ? (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
