// [OPP-3] 决策单元: who in the customer plays which role in an opportunity (initiator, user, influencer, decider,
// buyer, gatekeeper), drawn from the account's contacts — the same people as the influence map.
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DMU_ROLES } from '../../../../../../src/core/plan/plan-types.ts';
import { type DmuInputT, type OpportunityT, useSetDmu } from '../../../../api/plans.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { useAccountContacts } from '../use-account-contacts.ts';

type Row = Partial<DmuInputT['members'][number]>;

export function DmuEditor({
  planId,
  accountId,
  opportunity,
  editable,
}: {
  planId: number;
  accountId: number;
  opportunity: OpportunityT;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ members: Row[] }>();
  const save = useSetDmu(planId);
  const { options } = useAccountContacts(accountId);

  return (
    <Form
      name="planDmu"
      form={form}
      disabled={!editable}
      initialValues={{ members: opportunity.dmu.map(({ contactId, role }) => ({ contactId, role })) }}
      onFinish={(values) =>
        save.mutate(
          {
            opportunityId: opportunity.id,
            input: { members: (values.members ?? []) as DmuInputT['members'] },
          },
          {
            onSuccess: () => message.success(t('common.saved')),
            onError: (error) => message.error(errorText(error)),
          },
        )
      }
    >
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }} size={4}>
                <Form.Item
                  name={[field.name, 'contactId']}
                  rules={[{ required: true, message: t('plan.voices.contactRequired') }]}
                >
                  <Select
                    style={{ width: 150 }}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={options}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'role']}
                  rules={[{ required: true, message: t('plan.map.dmuRoleRequired') }]}
                >
                  <Select
                    style={{ width: 100 }}
                    options={DMU_ROLES.map((role) => ({ value: role, label: t(`plan.dmuRole.${role}`) }))}
                  />
                </Form.Item>
                {editable ? (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.remove')}
                  />
                ) : null}
              </Space>
            ))}
            {editable ? (
              <Space>
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ role: 'influencer' })}>
                  {t('plan.map.dmuAdd')}
                </Button>
                <Button size="small" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                  {t('plan.map.dmuSave')}
                </Button>
              </Space>
            ) : null}
          </>
        )}
      </Form.List>
    </Form>
  );
}
