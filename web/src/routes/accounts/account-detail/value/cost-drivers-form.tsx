// [SEG-3]/[VAL-1] the account's cost-to-serve drivers (visits, support, logistics, rebates, credit cost) and the
// customer's total spend in our categories (for share of wallet). Empty fields use the company defaults, shown
// as placeholders. Saving answers with the recomputed value.
import { Alert, App, Button, Col, Form, InputNumber, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessment, useSegmentationConfig } from '../../../../api/segmentation.ts';
import { type AccountValueT, type CostDriversInputT, useSaveCostDrivers } from '../../../../api/value.ts';
import { YuanInput } from '../../../../components/yuan-input.tsx';
import { applyApiError } from '../../../../lib/form-errors.ts';
import { formatYuan } from '../../../../lib/money.ts';

type Values = { [K in keyof CostDriversInputT]?: number | null };

const FIELDS = [
  'visitsPerYear',
  'costPerVisitFen',
  'supportFenPerYear',
  'logisticsPctOfRevenue',
  'rebatePctOfRevenue',
  'creditCostPctOfReceivable',
  'receivableFen',
  'customerCategorySpendFen',
] as const;

export function CostDriversForm({ accountId, value }: { accountId: number; value: AccountValueT }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assessment = useAssessment(accountId);
  const config = useSegmentationConfig();
  const save = useSaveCostDrivers(accountId);
  const [formError, setFormError] = useState<string | null>(null);
  const drivers = assessment.data?.assessment.costDrivers;
  const defaults = config.data?.config.clp.costDriverDefaults;

  useEffect(() => {
    form.setFieldsValue({
      ...(drivers ?? {}),
      customerCategorySpendFen: value.shareOfWallet.customerSpendFen,
    });
  }, [drivers, value.shareOfWallet.customerSpendFen, form]);

  const onFinish = (values: Values) => {
    setFormError(null);
    // Only what was filled is sent; the customer's spend may be cleared (null) on purpose.
    const input: CostDriversInputT = {};
    for (const key of FIELDS) {
      const next = values[key];
      if (typeof next === 'number') Object.assign(input, { [key]: next });
    }
    input.customerCategorySpendFen = values.customerCategorySpendFen ?? null;
    save.mutate(input, {
      onSuccess: () => message.success(t('accountValue.drivers.saved')),
      onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
    });
  };

  const percent = { min: 0, max: 100, suffix: '%', style: { width: '100%' } } as const;
  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} name={`cost-drivers-${accountId}`}>
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="visitsPerYear" label={t('accountValue.drivers.visitsPerYear')}>
            <InputNumber<number>
              min={0}
              max={1000}
              precision={0}
              placeholder={defaults ? String(defaults.visitsPerYear) : undefined}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="costPerVisitFen" label={t('accountValue.drivers.costPerVisit')}>
            <YuanInput placeholder={defaults ? formatYuan(defaults.costPerVisitFen) : undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="supportFenPerYear" label={t('accountValue.drivers.supportPerYear')}>
            <YuanInput placeholder={defaults ? formatYuan(defaults.supportFenPerYear) : undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="logisticsPctOfRevenue" label={t('accountValue.drivers.logisticsPct')}>
            <InputNumber<number>
              {...percent}
              placeholder={defaults ? String(defaults.logisticsPctOfRevenue) : undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="rebatePctOfRevenue" label={t('accountValue.drivers.rebatePct')}>
            <InputNumber<number>
              {...percent}
              placeholder={defaults ? String(defaults.rebatePctOfRevenue) : undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="creditCostPctOfReceivable" label={t('accountValue.drivers.creditCostPct')}>
            <InputNumber<number>
              {...percent}
              placeholder={defaults ? String(defaults.creditCostPctOfReceivable) : undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="receivableFen" label={t('accountValue.drivers.receivable')}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="customerCategorySpendFen"
            label={t('accountValue.drivers.customerSpend')}
            tooltip={t('accountValue.drivers.customerSpendHint')}
          >
            <YuanInput />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('accountValue.drivers.save')}
      </Button>
    </Form>
  );
}
