// 分解方法 of one node ([TGT-3]): how its figures go to its children (even, 80/20 historical share, by customer type
// with type weights, manual) and to its months (even, seasonality, marketing–sales linkage with campaign months and
// uplift). "预览" asks the engine what would change — the table behind highlights those cells and the drawer lists
// them with the engine's explanations — and "应用" saves exactly what was previewed.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Divider,
  Drawer,
  Form,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES } from '../../../../../../src/core/account/account-types.ts';
import {
  SPLIT_METHODS,
  type SplitMethod,
  type TargetMetric,
  TIME_METHODS,
  type TimeMethod,
} from '../../../../../../src/core/target/target-types.ts';
import {
  type TargetEditResultT,
  type TargetMethodsInputT,
  type TargetNodeT,
  useApplyTargetMethods,
  usePreviewTargetMethods,
} from '../../../../api/targets.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { ChangeTable } from '../versions-drawer.tsx';

interface MethodValues {
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  scope: 'metric' | 'all';
  historyYears?: number | null;
  typeWeights?: Partial<Record<string, number | null>>;
  uplifts?: Array<{ month: number; percent: number }>;
}

interface MethodDrawerProps {
  planId: number;
  node: TargetNodeT | null;
  metric: TargetMetric;
  /** The preview shown in the table behind (null clears it). */
  onPreview: (result: TargetEditResultT | null) => void;
  onClose: () => void;
}

export function MethodDrawer({ planId, node, metric, onPreview, onClose }: MethodDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MethodValues>();
  const preview = usePreviewTargetMethods(planId);
  const apply = useApplyTargetMethods(planId);
  const [previewed, setPreviewed] = useState<{ input: string; result: TargetEditResultT } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const split = Form.useWatch('splitMethod', form);
  const time = Form.useWatch('timeMethod', form);
  const values = Form.useWatch([], form) as MethodValues | undefined;

  const inputOf = (source: MethodValues): TargetMethodsInputT | null => {
    if (!node) return null;
    const typeWeights: Record<string, number> = {};
    for (const [type, weight] of Object.entries(source.typeWeights ?? {}))
      if (typeof weight === 'number') typeWeights[type] = weight;
    return {
      nodeKey: node.key,
      splitMethod: source.splitMethod,
      timeMethod: source.timeMethod,
      metric: source.scope === 'metric' ? metric : undefined,
      params: {
        ...(source.historyYears ? { historyYears: source.historyYears } : {}),
        ...(source.splitMethod === 'customer_type' ? { typeWeights } : {}),
        ...(source.timeMethod === 'campaign' ? { uplifts: (source.uplifts ?? []).filter(Boolean) } : {}),
      },
    };
  };
  const current = values ? JSON.stringify(inputOf(values)) : '';
  const fresh = previewed !== null && previewed.input === current;

  const close = () => {
    setPreviewed(null);
    setFailure(null);
    onPreview(null);
    onClose();
  };

  const runPreview = async () => {
    const checked = await form.validateFields();
    const input = inputOf(checked);
    if (!input) return;
    setFailure(null);
    try {
      const result = await preview.mutateAsync(input);
      setPreviewed({ input: JSON.stringify(input), result });
      onPreview(result);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const runApply = async () => {
    if (!previewed) return;
    try {
      await apply.mutateAsync(JSON.parse(previewed.input) as TargetMethodsInputT);
      message.success(t('targets.method.applied'));
      close();
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const result = previewed?.result;
  return (
    <Drawer
      open={node !== null}
      onClose={close}
      mask={false}
      width={620}
      title={node ? t('targets.method.title', { label: node.label }) : ''}
      destroyOnHidden
      data-testid="target-method-drawer"
      extra={
        <Space>
          <Button
            onClick={() => void runPreview().catch(() => {})}
            loading={preview.isPending}
            data-testid="method-preview"
          >
            {t('targets.method.preview')}
          </Button>
          <Button
            type="primary"
            disabled={!fresh}
            title={fresh ? undefined : t('targets.method.previewFirst')}
            loading={apply.isPending}
            onClick={() => void runApply()}
            data-testid="method-apply"
          >
            {t('targets.method.apply')}
          </Button>
        </Space>
      }
    >
      {node ? (
        <Form<MethodValues>
          form={form}
          layout="vertical"
          name="targetMethods"
          initialValues={{
            splitMethod: node.splitMethod,
            timeMethod: node.timeMethod,
            scope: 'metric',
            historyYears: node.params.historyYears ?? null,
            typeWeights: node.params.typeWeights ?? {},
            uplifts: node.params.uplifts ?? [],
          }}
        >
          <Form.Item name="splitMethod" label={t('targets.method.split')}>
            <Radio.Group
              optionType="button"
              options={SPLIT_METHODS.map((value) => ({ value, label: t(`targets.splitMethod.${value}`) }))}
            />
          </Form.Item>
          {split === 'customer_type' ? (
            <Form.Item label={t('targets.method.typeWeights')}>
              <Space wrap>
                {ACCOUNT_TYPES.map((type) => (
                  <Form.Item key={type} name={['typeWeights', type]} noStyle>
                    <InputNumber<number>
                      min={0}
                      max={1_000_000}
                      addonBefore={t(`accountType.${type}`)}
                      style={{ width: 170 }}
                    />
                  </Form.Item>
                ))}
              </Space>
            </Form.Item>
          ) : null}
          <Form.Item name="timeMethod" label={t('targets.method.time')}>
            <Radio.Group
              optionType="button"
              options={TIME_METHODS.map((value) => ({ value, label: t(`targets.timeMethod.${value}`) }))}
            />
          </Form.Item>
          {time === 'campaign' ? (
            <Form.List name="uplifts">
              {(fields, { add, remove }) => (
                <Form.Item label={t('targets.method.uplifts')}>
                  {fields.map((field) => (
                    <Space key={field.key} style={{ display: 'flex', marginBottom: 6 }}>
                      <Form.Item name={[field.name, 'month']} noStyle rules={[{ required: true }]}>
                        <Select
                          style={{ width: 100 }}
                          placeholder={t('targets.method.upliftMonth')}
                          options={Array.from({ length: 12 }, (_, index) => ({
                            value: index + 1,
                            label: t('targets.editor.month', { m: index + 1 }),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'percent']} noStyle rules={[{ required: true }]}>
                        <InputNumber<number>
                          min={-100}
                          max={1000}
                          addonAfter="%"
                          placeholder={t('targets.method.upliftPercent')}
                          style={{ width: 150 }}
                        />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    disabled={fields.length >= 12}
                    onClick={() => add({ month: 6, percent: 30 })}
                    data-testid="method-add-uplift"
                  >
                    {t('targets.method.addUplift')}
                  </Button>
                </Form.Item>
              )}
            </Form.List>
          ) : null}
          <Space size="large" wrap>
            <Form.Item name="historyYears" label={t('targets.method.historyYears')}>
              <InputNumber<number> min={1} max={5} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="scope" label={t('targets.method.scope')}>
              <Radio.Group
                options={[
                  { value: 'metric', label: t(`targets.metric.${metric}`) },
                  { value: 'all', label: t('targets.method.allMetrics') },
                ]}
              />
            </Form.Item>
          </Space>
        </Form>
      ) : null}
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      {result ? (
        <div data-testid="method-preview-result">
          <Divider style={{ margin: '8px 0 12px' }} />
          {result.diff.cells.length === 0 ? (
            <Alert type="info" showIcon title={t('targets.method.noChanges')} />
          ) : (
            <>
              <Typography.Text strong>
                {t('targets.method.changes', { count: result.diff.cells.length + result.diff.omittedCells })}
              </Typography.Text>
              {result.diff.omittedCells > 0 ? (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {t('targets.method.omitted', { shown: result.diff.cells.length })}
                </Typography.Text>
              ) : null}
              <ChangeTable changes={result.diff.cells} />
            </>
          )}
          {result.explanations.length ? (
            <>
              <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
                {t('targets.method.explanations')}
              </Typography.Text>
              <List
                size="small"
                dataSource={result.explanations}
                renderItem={(explanation) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    <Typography.Text>
                      <Typography.Text type="secondary">
                        {t(`targets.metric.${explanation.metric}`)} ·{' '}
                      </Typography.Text>
                      {explanation.text}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </Drawer>
  );
}
