// [SEG-2] the weighted criteria of one portfolio axis: key, label in both languages, weight and where the score
// comes from. The weights must sum to 100; the running sum is shown as it is typed.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Axis = 'attractiveness' | 'capability';
type Source = 'size' | 'growth' | 'margin' | 'share' | 'assessment';
const SOURCES: Record<Axis, readonly Source[]> = {
  attractiveness: ['size', 'growth', 'margin', 'assessment'],
  capability: ['share', 'assessment'],
};

interface CriterionValue {
  key?: string;
  weight?: number | null;
}

/** Sum of weights in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100. */
export function weightSum(criteria: readonly (CriterionValue | undefined)[] | undefined): number {
  const hundredths = (criteria ?? []).reduce((sum, item) => sum + Math.round((item?.weight ?? 0) * 100), 0);
  return hundredths / 100;
}

export function CriteriaEditor({ axis }: { axis: Axis }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const criteria: CriterionValue[] | undefined = Form.useWatch(['portfolio', axis], form);
  const sum = weightSum(criteria);
  const ok = sum === 100;

  return (
    <Form.List
      name={['portfolio', axis]}
      rules={[
        {
          validator: async (_, value: CriterionValue[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('segmentation.settings.criteriaRequired'));
            const total = weightSum(value);
            if (total !== 100) throw new Error(t('segmentation.settings.weightsSum', { sum: total }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Space align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(`segmentation.portfolio.${axis}`)}</Typography.Text>
            <Tag color={ok ? 'success' : 'error'} data-testid={`weights-sum-${axis}`}>
              {t('segmentation.settings.weightTotal', { sum })}
            </Tag>
            {ok ? null : (
              <Typography.Text type="danger">{t('segmentation.settings.mustBe100')}</Typography.Text>
            )}
          </Space>
          <table className="kd-criteria">
            <thead>
              <tr>
                <th>{t('segmentation.settings.criterionKey')}</th>
                <th>{t('segmentation.settings.labelZh')}</th>
                <th>{t('segmentation.settings.labelEn')}</th>
                <th>{t('segmentation.settings.weight')}</th>
                <th>{t('segmentation.settings.source')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field.key}>
                  <td>
                    <Form.Item
                      name={[field.name, 'key']}
                      rules={[
                        { required: true, message: t('form.required') },
                        { pattern: /^[a-z][a-z0-9_]*$/, message: t('segmentation.settings.keyPattern') },
                      ]}
                    >
                      <Input style={{ width: 130 }} />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item
                      name={[field.name, 'label', 'zh-CN']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Input style={{ width: 170 }} />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item
                      name={[field.name, 'label', 'en']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Input style={{ width: 170 }} />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item
                      name={[field.name, 'weight']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <InputNumber<number>
                        min={0}
                        max={100}
                        style={{ width: 90 }}
                        aria-label={t('segmentation.settings.weight')}
                      />
                    </Form.Item>
                  </td>
                  <td>
                    <Form.Item
                      name={[field.name, 'source']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Select
                        style={{ width: 150 }}
                        options={SOURCES[axis].map((source) => ({
                          value: source,
                          label: t(`segmentation.settings.sources.${source}`),
                        }))}
                      />
                    </Form.Item>
                  </td>
                  <td>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Form.Item style={{ marginBottom: 0 }}>
            <Form.ErrorList errors={errors} />
          </Form.Item>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ key: '', label: { 'zh-CN': '', en: '' }, weight: 0, source: 'assessment' })}
            style={{ marginTop: 4 }}
          >
            {t('segmentation.settings.addCriterion')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
