// 客户背景 ([ACC-3], plan part 2): background, 3C research (the customer's company, customers and competitors) and
// the research focus items, as free-text sections under stable ids; completeness shows how much is known.
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Progress, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BACKGROUND_GROUPS,
  BACKGROUND_SECTIONS,
  backgroundCompleteness,
} from '../../../../../../src/core/value/background-sections.ts';
import type { AccountDetailT } from '../../../../api/accounts.ts';
import { type BackgroundT, useBackground, useSaveBackground } from '../../../../api/value.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { coreText } from '../../../../lib/core-messages.ts';
import { formatDateTime } from '../../../../lib/dates.ts';
import { applyApiError } from '../../../../lib/form-errors.ts';

type Sections = Record<string, string>;

export function BackgroundTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const background = useBackground(account.id);
  if (background.isError)
    return <QueryError error={background.error} onRetry={() => void background.refetch()} />;
  if (!background.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  return <BackgroundForm accountId={account.id} background={background.data} editable={editable} />;
}

function BackgroundForm({
  accountId,
  background,
  editable,
}: {
  accountId: number;
  background: BackgroundT;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ sections: Sections }>();
  const save = useSaveBackground(accountId);
  const [formError, setFormError] = useState<string | null>(null);
  const watched: Sections | undefined = Form.useWatch('sections', form);
  const completeness = watched ? backgroundCompleteness(watched) : background.completeness;
  const lang = i18n.language;

  useEffect(() => {
    form.setFieldsValue({
      sections: Object.fromEntries(
        BACKGROUND_SECTIONS.map(({ key }) => [key, background.sections[key] ?? '']),
      ),
    });
  }, [background, form]);

  const onFinish = (values: { sections: Sections }) => {
    setFormError(null);
    save.mutate(values.sections, {
      onSuccess: () => message.success(t('common.saved')),
      onError: (error) => setFormError(applyApiError(form, error, ['sections'])),
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      name={`background-${accountId}`}
      disabled={!editable}
    >
      <div className="kd-page-head">
        <Space align="center" size="large">
          <Progress
            type="circle"
            size={56}
            percent={completeness}
            status={completeness >= 80 ? 'success' : 'normal'}
            aria-label={t('background.completeness')}
          />
          <div>
            <Typography.Text strong>{t('background.completeness')}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {background.updatedAt
                ? t('background.updated', {
                    time: formatDateTime(background.updatedAt),
                    by: background.updatedBy ?? '–',
                  })
                : t('background.never')}
            </Typography.Text>
          </div>
        </Space>
        {editable ? (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
        ) : null}
      </div>
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {BACKGROUND_GROUPS.map((group) => (
          <Card size="small" key={group} title={coreText(`background.group.${group}`, lang)}>
            <Row gutter={16}>
              {BACKGROUND_SECTIONS.filter((section) => section.group === group).map((section) => (
                <Col xs={24} lg={group === 'threeC' ? 8 : 12} key={section.key}>
                  <Form.Item
                    name={['sections', section.key]}
                    label={coreText(`background.section.${section.key}`, lang)}
                    rules={[{ max: 5000, message: t('form.maxLength', { max: 5000 }) }]}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2, maxRows: 10 }}
                      placeholder={editable ? t('background.placeholder') : t('contact.profile.empty')}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
        ))}
      </Space>
    </Form>
  );
}
