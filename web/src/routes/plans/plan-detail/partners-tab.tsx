// 战略关系评估与客户心声 ([PLAN-6]): the customer's partners and strategic suppliers (their relationship to the
// customer and to us, whether and how they can help) and what the influential people really think of us.
// Each list is edited as a whole and saved at once (PUT replaces it).
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Empty, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type PartnersInputT, useSetPartners, useSetVoices } from '../../../api/plans.ts';
import { errorText } from '../../../lib/error-text.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';
import { useAccountContacts } from './use-account-contacts.ts';

type PartnerRow = PartnersInputT['items'][number];
type VoiceRow = { contactId?: number; statement?: string; heardOn?: Dayjs | null };

export function PartnersTab(props: PlanTabProps) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PartnersCard {...props} />
      <VoicesCard {...props} />
    </Space>
  );
}

function PartnersCard({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: PartnerRow[] }>();
  const save = useSetPartners(plan.id);
  const initial = plan.relationships.partners.map(({ id: _id, ...rest }) => rest) as PartnerRow[];

  return (
    <Card size="small" title={t('plan.partners.title')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('plan.partners.hint')}
      </Typography.Paragraph>
      <Form
        name="planPartners"
        form={form}
        disabled={!editable}
        initialValues={{ items: initial }}
        data-testid="partners-form"
        onFinish={(values) =>
          save.mutate(
            {
              items: (values.items ?? []).map((item) => ({
                ...item,
                canHelp: item.canHelp ?? false,
                relationToCustomer: item.relationToCustomer?.trim() || null,
                relationToUs: item.relationToUs?.trim() || null,
                howToHelp: item.howToHelp?.trim() || null,
              })),
            },
            {
              onSuccess: () => message.success(t('common.saved')),
              onError: (error) => {
                const rest = applyApiError(form, error, ['items']);
                if (rest) message.error(errorText(error));
              },
            },
          )
        }
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.partners.empty')} />
              ) : null}
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('plan.partners.nameRequired') }]}
                  >
                    <Input placeholder={t('plan.partners.name')} style={{ width: 160 }} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} initialValue="partner">
                    <Select
                      style={{ width: 130 }}
                      options={[
                        { value: 'partner', label: t('plan.partners.kindPartner') },
                        { value: 'strategic_supplier', label: t('plan.partners.kindSupplier') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'relationToCustomer']}>
                    <Input
                      placeholder={t('plan.partners.relationToCustomer')}
                      style={{ width: 200 }}
                      maxLength={1000}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'relationToUs']}>
                    <Input
                      placeholder={t('plan.partners.relationToUs')}
                      style={{ width: 200 }}
                      maxLength={1000}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'canHelp']} valuePropName="checked" initialValue={false}>
                    <Checkbox>{t('plan.partners.canHelp')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[field.name, 'howToHelp']}>
                    <Input
                      placeholder={t('plan.partners.howToHelp')}
                      style={{ width: 200 }}
                      maxLength={1000}
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
                  <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'partner', canHelp: false })}>
                    {t('plan.partners.add')}
                  </Button>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                    {t('common.save')}
                  </Button>
                </Space>
              ) : null}
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}

function VoicesCard({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: VoiceRow[] }>();
  const save = useSetVoices(plan.id);
  const { options } = useAccountContacts(plan.accountId);
  const initial: VoiceRow[] = plan.relationships.voices.map((voice) => ({
    contactId: voice.contactId,
    statement: voice.statement,
    heardOn: voice.heardOn ? dayjs(voice.heardOn) : null,
  }));

  return (
    <Card size="small" title={t('plan.voices.title')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('plan.voices.hint')}
      </Typography.Paragraph>
      <Form
        name="planVoices"
        form={form}
        disabled={!editable}
        initialValues={{ items: initial }}
        data-testid="voices-form"
        onFinish={(values) =>
          save.mutate(
            {
              items: (values.items ?? []).map((item) => ({
                contactId: item.contactId as number,
                statement: item.statement ?? '',
                heardOn: item.heardOn ? item.heardOn.format('YYYY-MM-DD') : null,
              })),
            },
            {
              onSuccess: () => message.success(t('common.saved')),
              onError: (error) => {
                const rest = applyApiError(form, error, ['items']);
                if (rest) message.error(errorText(error));
              },
            },
          )
        }
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.voices.empty')} />
              ) : null}
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'contactId']}
                    rules={[{ required: true, message: t('plan.voices.contactRequired') }]}
                  >
                    <Select
                      style={{ width: 200 }}
                      placeholder={t('plan.voices.contact')}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={options}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'statement']}
                    rules={[
                      { required: true, whitespace: true, message: t('plan.voices.statementRequired') },
                    ]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder={t('plan.voices.statement')}
                      style={{ width: 420 }}
                      maxLength={2000}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'heardOn']}>
                    <DatePicker placeholder={t('plan.voices.heardOn')} />
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
                  <Button icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('plan.voices.add')}
                  </Button>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                    {t('common.save')}
                  </Button>
                </Space>
              ) : null}
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
