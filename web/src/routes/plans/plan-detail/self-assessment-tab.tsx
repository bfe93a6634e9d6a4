// 自我评估 ([PLAN-11]): how the customer's executives see the seller (trusted advisor / problem solver /
// product expert) and the outcome of the first executive visit (invited back / more visits / delegated down).
import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXECUTIVE_VIEWS, FIRST_VISIT_OUTCOMES } from '../../../../../src/core/plan/plan-types.ts';
import { type PlanHeaderInputT, useUpdatePlanHeader } from '../../../api/plans.ts';
import { errorText } from '../../../lib/error-text.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import type { PlanTabProps } from './plan-detail-page.tsx';

type Values = Pick<PlanHeaderInputT, 'executiveView' | 'firstVisitOutcome' | 'selfAssessmentNote'>;

export function SelfAssessmentTab({ plan, editable }: PlanTabProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useUpdatePlanHeader(plan.id);

  return (
    <Card size="small" title={t('plan.self.title')} style={{ maxWidth: 760 }}>
      <Form<Values>
        name="planSelf"
        form={form}
        layout="vertical"
        disabled={!editable}
        data-testid="self-assessment-form"
        initialValues={{
          executiveView: plan.selfAssessment.executiveView as Values['executiveView'],
          firstVisitOutcome: plan.selfAssessment.firstVisitOutcome as Values['firstVisitOutcome'],
          selfAssessmentNote: plan.selfAssessment.note ?? '',
        }}
        onFinish={(values) =>
          save.mutate(
            {
              executiveView: values.executiveView ?? null,
              firstVisitOutcome: values.firstVisitOutcome ?? null,
              selfAssessmentNote: values.selfAssessmentNote?.trim() || null,
            },
            {
              onSuccess: () => message.success(t('common.saved')),
              onError: (error) => {
                const rest = applyApiError(form, error, [
                  'executiveView',
                  'firstVisitOutcome',
                  'selfAssessmentNote',
                ]);
                if (rest) message.error(errorText(error));
              },
            },
          )
        }
      >
        <Form.Item name="executiveView" label={t('plan.self.executiveView')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={EXECUTIVE_VIEWS.map((value) => ({ value, label: t(`plan.executiveView.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="firstVisitOutcome" label={t('plan.self.firstVisitOutcome')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={FIRST_VISIT_OUTCOMES.map((value) => ({ value, label: t(`plan.firstVisit.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="selfAssessmentNote" label={t('plan.self.note')}>
          <Input.TextArea rows={4} maxLength={2000} placeholder={t('plan.self.notePlaceholder')} />
        </Form.Item>
        {editable ? (
          <Space>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Space>
        ) : null}
      </Form>
    </Card>
  );
}
