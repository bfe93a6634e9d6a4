// Plan settings ([PLAN-5], [PLAN-7], [PLAN-8]; seed 002): the health rules' weights (they add up to 100; 0 turns a
// rule off) and the stale-contact limit, the SMART thresholds, and the influence weights of the gap priority.
// Saving stores a new version; the server checks every field and names the bad ones. Admins and directors.
import { ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http.ts';
import { type PlanConfigT, usePlanConfig, useSavePlanConfig } from '../../../api/plans.ts';
import { QueryError } from '../../../components/query-error.tsx';

const HEALTH_RULES = [
  'decisionMaker',
  'sponsor',
  'coach',
  'staleContacts',
  'uncoveredOpponents',
  'actionDueThisMonth',
  'overdueActions',
  'goalsSmart',
  'strategicMap',
  'opportunities',
] as const;
const LEVELS = ['objective', 'strategy', 'tactic', 'need', 'solution', 'opportunity', 'action'] as const;
const INFLUENCE = ['high', 'medium', 'low', 'unknown'] as const;

export default function PlanSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = usePlanConfig();
  const save = useSavePlanConfig();
  const [form] = Form.useForm<PlanConfigT>();
  const weights = Form.useWatch(['health', 'weights'], form) as Record<string, number> | undefined;
  const total = Object.values(weights ?? {}).reduce((sum, w) => sum + (Number(w) || 0), 0);

  useEffect(() => {
    if (query.data) form.setFieldsValue(query.data.config);
  }, [query.data, form]);

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;

  const submit = async (values: PlanConfigT) => {
    type Fields = Parameters<typeof form.setFields>[0];
    form.setFields(form.getFieldsError().map((f) => ({ name: f.name, errors: [] })) as unknown as Fields);
    try {
      await save.mutateAsync({ ...query.data.config, ...values, version: 1 });
      message.success(t('plan.settings.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        form.setFields(
          error.details
            .filter((d) => d.path.startsWith('config.'))
            .map((d) => ({
              name: d.path.slice('config.'.length).split('.'),
              errors: [d.message],
            })) as unknown as Fields,
        );
      }
      // The field messages say what is wrong (e.g. weights not adding up to 100), not only that something is.
      const details = error instanceof ApiError ? error.details.map((d) => d.message) : [];
      message.error(
        details.length > 0 ? details.join('；') : error instanceof Error ? error.message : String(error),
      );
    }
  };

  return (
    <>
      <div className="kd-page-head">
        <div>
          <Typography.Title level={4}>{t('plan.settings.title')}</Typography.Title>
          <Typography.Text type="secondary">
            {t('plan.settings.subtitle', { version: query.data.version })}
          </Typography.Text>
        </div>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => form.setFieldsValue(query.data.config)}>
            {t('plan.settings.reset')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="plan-settings-save"
          >
            {t('plan.settings.save')}
          </Button>
        </Space>
      </div>
      <Form<PlanConfigT> form={form} layout="vertical" onFinish={submit}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title={t('plan.settings.health')} style={{ marginBottom: 16 }}>
              <Alert
                type={total === 100 ? 'info' : 'warning'}
                showIcon
                style={{ marginBottom: 16 }}
                title={t('plan.settings.weightTotal', { total })}
              />
              <Row gutter={12}>
                {HEALTH_RULES.map((rule) => (
                  <Col span={12} key={rule}>
                    <Form.Item label={t(`plan.settings.rule.${rule}`)} name={['health', 'weights', rule]}>
                      <InputNumber min={0} max={100} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.Item
                label={t('plan.settings.maxStaleContactsPct')}
                name={['health', 'maxStaleContactsPct']}
              >
                <InputNumber min={0} max={100} addonAfter="%" style={{ width: 200 }} />
              </Form.Item>
              <button type="submit" hidden />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('plan.settings.smart')} style={{ marginBottom: 16 }}>
              <Form.Item
                label={t('plan.settings.specificMinTitleChars')}
                name={['smart', 'specificMinTitleChars']}
              >
                <InputNumber min={1} max={200} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item
                label={t('plan.settings.achievableMaxChangePct')}
                name={['smart', 'achievableMaxChangePct']}
              >
                <InputNumber min={0} max={10000} addonAfter="%" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item
                label={t('plan.settings.achievableFromZero')}
                name={['smart', 'achievableFromZero']}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
              <Form.Item label={t('plan.settings.relevantLevels')} name={['smart', 'relevantLevels']}>
                <Select
                  mode="multiple"
                  options={LEVELS.map((level) => ({ value: level, label: t(`plan.level.${level}`) }))}
                />
              </Form.Item>
            </Card>
            <Card title={t('plan.settings.influenceWeights')}>
              <Typography.Paragraph type="secondary">{t('plan.settings.influenceHint')}</Typography.Paragraph>
              <Row gutter={12}>
                {INFLUENCE.map((level) => (
                  <Col span={12} key={level}>
                    <Form.Item
                      label={t(`plan.settings.influence.${level}`)}
                      name={['influenceWeights', level]}
                    >
                      <InputNumber min={0} max={100} step={0.5} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
        </Row>
      </Form>
    </>
  );
}
