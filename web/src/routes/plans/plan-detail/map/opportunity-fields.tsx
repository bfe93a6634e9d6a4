// The opportunity's fields on an opportunity node ([PLAN-3] → 商机列表): name, value, stage, probability, close
// date and our owner. Used inside a Form under the name path `opportunity`.
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_STAGES } from '../../../../../../src/core/plan/plan-types.ts';
import { UserSelect } from '../../../../components/user-select.tsx';
import { YuanInput } from '../../../../components/yuan-input.tsx';

export function OpportunityFields({
  required,
  ownerLabel,
}: {
  required: boolean;
  ownerLabel?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={['opportunity', 'name']}
        label={t('plan.map.oppName')}
        extra={t('plan.map.oppNameHint')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={['opportunity', 'valueFen']}
            label={t('plan.map.value')}
            rules={[{ required, message: t('plan.map.valueRequired') }]}
          >
            <YuanInput style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['opportunity', 'stage']} label={t('plan.map.stage')}>
            <Select
              options={OPPORTUNITY_STAGES.map((stage) => ({ value: stage, label: t(`plan.stage.${stage}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['opportunity', 'probability']} label={t('plan.map.probability')}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['opportunity', 'closeDate']} label={t('plan.map.closeDate')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['opportunity', 'ownerUserId']} label={t('plan.map.oppOwner')}>
        <UserSelect allowClear currentLabel={ownerLabel ?? null} />
      </Form.Item>
    </>
  );
}
