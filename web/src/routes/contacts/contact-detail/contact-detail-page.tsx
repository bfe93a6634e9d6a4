// 联系人详情 ([ACC-4]): identity, reporting line, the three profile blocks with the company's questionnaire,
// completeness over the active questions, and staleness.
import { CheckCircleOutlined, EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Progress,
  Row,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../../api/auth.ts';
import { useArchiveContact, useContact, useRestoreContact, useUpdateContact } from '../../../api/contacts.ts';
import { useProfileQuestions } from '../../../api/value.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { StatusTag } from '../../../components/status-tag.tsx';
import { daysSince, formatDate, formatDateTime } from '../../../lib/dates.ts';
import { canWrite } from '../../../lib/permissions.ts';
import { ContactFormModal } from '../contact-form/contact-form-modal.tsx';
import { ProfileBlockCard } from './profile-block-card.tsx';
import { BLOCK_NAMES } from './profile-blocks.ts';

/** [ACC-4] a profile not verified for this many days is stale. */
const STALE_AFTER_DAYS = 180;

export default function ContactDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const id = Number(useParams().id);
  const contact = useContact(Number.isInteger(id) && id > 0 ? id : undefined);
  const update = useUpdateContact(id);
  const archive = useArchiveContact(id);
  const restore = useRestoreContact(id);
  const [editing, setEditing] = useState(false);
  const questions = useProfileQuestions();

  if (!Number.isInteger(id) || id <= 0) return <QueryError error={new Error(t('common.notFound'))} />;
  if (contact.isError) return <QueryError error={contact.error} onRetry={() => void contact.refetch()} />;
  if (!contact.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const data = contact.data;
  const editable = canWrite(me.role) && data.status === 'active';
  const age = data.lastVerifiedOn ? daysSince(data.lastVerifiedOn) : null;
  const stale = data.stale || age === null || age > STALE_AFTER_DAYS;
  const onError = (error: Error) => message.error(error.message);
  const dash = (value: string | null) => value || '–';

  const markVerified = () =>
    update.mutate(
      { lastVerifiedOn: dayjs().format('YYYY-MM-DD') },
      { onSuccess: () => message.success(t('contact.verify.done')), onError },
    );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/contacts">{t('nav.contacts')}</Link> },
          { title: <Link to={`/accounts/${data.accountId}?tab=contacts`}>{data.accountName}</Link> },
          { title: data.name },
        ]}
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
        <div className="kd-page-head" style={{ marginBottom: 0 }}>
          <Space align="center" wrap>
            <Typography.Title level={4}>{data.name}</Typography.Title>
            {data.title ? <Typography.Text type="secondary">{data.title}</Typography.Text> : null}
            <StatusTag status={data.status} />
          </Space>
          {canWrite(me.role) ? (
            <Space>
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                disabled={data.status === 'archived'}
              >
                {t('common.edit')}
              </Button>
              {data.status === 'active' ? (
                <Popconfirm
                  title={t('contact.detail.archiveConfirm')}
                  okText={t('common.archive')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    archive.mutateAsync().then(() => message.success(t('contact.detail.archived')), onError)
                  }
                >
                  <Button danger icon={<InboxOutlined />} loading={archive.isPending}>
                    {t('common.archive')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button
                  icon={<RollbackOutlined />}
                  loading={restore.isPending}
                  onClick={() =>
                    restore.mutate(undefined, {
                      onSuccess: () => message.success(t('contact.detail.restored')),
                      onError,
                    })
                  }
                >
                  {t('common.restore')}
                </Button>
              )}
            </Space>
          ) : null}
        </div>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('contact.detail.basics')} size="small" style={{ height: '100%' }}>
            <Descriptions
              column={{ xs: 1, sm: 2 }}
              size="small"
              items={[
                {
                  key: 'account',
                  label: t('contact.field.account'),
                  children: <Link to={`/accounts/${data.accountId}`}>{data.accountName}</Link>,
                },
                { key: 'department', label: t('contact.field.department'), children: dash(data.department) },
                { key: 'title', label: t('contact.field.title'), children: dash(data.title) },
                {
                  key: 'reportsTo',
                  label: t('contact.field.reportsTo'),
                  children: data.reportsToId ? (
                    <Link to={`/contacts/${data.reportsToId}`}>{data.reportsToName}</Link>
                  ) : (
                    '–'
                  ),
                },
                { key: 'phone', label: t('contact.field.phone'), children: dash(data.phone) },
                { key: 'email', label: t('contact.field.email'), children: dash(data.email) },
                { key: 'wechat', label: t('contact.field.wechat'), children: dash(data.wechat) },
                { key: 'updatedAt', label: t('common.updatedAt'), children: formatDateTime(data.updatedAt) },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('contact.detail.directReports', { count: data.directReports.length })}
            </Typography.Title>
            {data.directReports.length === 0 ? (
              <Typography.Text type="secondary">{t('contact.detail.noDirectReports')}</Typography.Text>
            ) : (
              <ul className="kd-plain-list">
                {data.directReports.map((report) => (
                  <li key={report.id}>
                    <Link to={`/contacts/${report.id}`}>{report.name}</Link>
                    {report.title ? (
                      <Typography.Text type="secondary"> · {report.title}</Typography.Text>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('contact.detail.profileHealth')} size="small" style={{ height: '100%' }}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <div style={{ textAlign: 'center' }}>
                <Progress
                  type="dashboard"
                  percent={data.profileCompleteness}
                  status={data.profileCompleteness >= 80 ? 'success' : 'normal'}
                />
                <div>
                  <Typography.Text type="secondary">{t('contact.detail.completeness')}</Typography.Text>
                </div>
              </div>
              <div>
                <Typography.Text type="secondary">{t('contact.field.lastVerifiedOn')}：</Typography.Text>
                <Typography.Text strong>
                  {data.lastVerifiedOn ? formatDate(data.lastVerifiedOn) : t('contact.verify.never')}
                </Typography.Text>
                {age !== null ? (
                  <Typography.Text type="secondary">
                    （{t('contact.verify.daysAgo', { count: age })}）
                  </Typography.Text>
                ) : null}
              </div>
              {stale ? (
                <Alert
                  type="warning"
                  showIcon
                  title={t('contact.stale.title')}
                  description={
                    age === null
                      ? t('contact.stale.neverDescription')
                      : t('contact.stale.description', { days: STALE_AFTER_DAYS })
                  }
                />
              ) : null}
              {editable ? (
                <Button
                  icon={<CheckCircleOutlined />}
                  onClick={markVerified}
                  loading={update.isPending}
                  block
                >
                  {t('contact.verify.today')}
                </Button>
              ) : null}
            </Space>
          </Card>
        </Col>
        {BLOCK_NAMES.map((block) => (
          <Col xs={24} lg={8} key={block}>
            <ProfileBlockCard
              contact={data}
              block={block}
              editable={editable}
              questions={questions.data}
              stale={stale}
            />
          </Col>
        ))}
      </Row>

      <ContactFormModal
        open={editing}
        contact={data}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success(t('common.saved'));
        }}
      />
    </>
  );
}
