// 档案问卷 (admins, [ACC-4]): the company's contact profile questionnaire per block — add, edit, and deactivate
// questions (answers stay stored under their key; a deactivated question is no longer asked or counted).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Segmented, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProfileBlock,
  type ProfileQuestionT,
  useProfileQuestions,
  useSaveProfileQuestion,
} from '../../../api/value.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { PROFILE_QUESTION_BLOCKS, ProfileQuestionModal } from './profile-question-modal.tsx';

const BLOCK_COLORS: Record<ProfileBlock, string> = {
  personal: 'magenta',
  interpersonal: 'geekblue',
  work: 'green',
};

export default function ProfileQuestionsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const questions = useProfileQuestions();
  const toggle = useSaveProfileQuestion();
  const [block, setBlock] = useState<ProfileBlock | 'all'>('all');
  const [editing, setEditing] = useState<{ question: ProfileQuestionT | undefined } | null>(null);
  const items = (questions.data ?? []).filter((question) => block === 'all' || question.block === block);
  const all = questions.data;

  const nextSortOrder = useCallback(
    (of: ProfileBlock) =>
      Math.min(1000, Math.max(0, ...(all ?? []).filter((q) => q.block === of).map((q) => q.sortOrder)) + 10),
    [all],
  );

  const setActive = (question: ProfileQuestionT, active: boolean) =>
    toggle.mutate(
      {
        id: question.id,
        input: {
          block: question.block,
          key: question.key,
          textZh: question.textZh,
          textEn: question.textEn,
          sortOrder: question.sortOrder,
          active,
        },
      },
      {
        onSuccess: () =>
          message.success(active ? t('profileQuestion.activated') : t('profileQuestion.deactivated')),
        onError: (error) => message.error(error.message),
      },
    );

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('profileQuestion.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ question: undefined })}>
          {t('profileQuestion.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('profileQuestion.intro')}</Typography.Paragraph>
      <div className="kd-filters">
        <Segmented<ProfileBlock | 'all'>
          value={block}
          onChange={setBlock}
          options={[
            { value: 'all', label: t('statusFilter.all') },
            ...PROFILE_QUESTION_BLOCKS.map((value) => ({
              value,
              label: `${t(`profileQuestion.blocks.${value}`)} ${(all ?? []).filter((q) => q.block === value && q.active).length}`,
            })),
          ]}
        />
      </div>
      {questions.isError ? (
        <QueryError error={questions.error} onRetry={() => void questions.refetch()} />
      ) : (
        <Table<ProfileQuestionT>
          rowKey="id"
          size="small"
          loading={questions.isFetching}
          dataSource={items}
          pagination={false}
          rowClassName={(row) => (row.active ? '' : 'kd-row-inactive')}
          locale={{
            emptyText: questions.isPending ? ' ' : <Empty description={t('profileQuestion.empty')} />,
          }}
          columns={[
            {
              title: t('profileQuestion.block'),
              dataIndex: 'block',
              key: 'block',
              width: 110,
              render: (value: ProfileBlock) => (
                <Tag color={BLOCK_COLORS[value]}>{t(`profileQuestion.blocks.${value}`)}</Tag>
              ),
            },
            { title: t('profileQuestion.sortOrder'), dataIndex: 'sortOrder', key: 'sortOrder', width: 70 },
            {
              title: t('profileQuestion.key'),
              dataIndex: 'key',
              key: 'key',
              width: 180,
              render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
            },
            {
              title: t('profileQuestion.text'),
              key: 'text',
              render: (_: unknown, row) => (
                <>
                  <div>{i18n.language === 'en' ? row.textEn : row.textZh}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i18n.language === 'en' ? row.textZh : row.textEn}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('profileQuestion.active'),
              dataIndex: 'active',
              key: 'active',
              width: 90,
              render: (active: boolean, row) => (
                <Switch
                  size="small"
                  checked={active}
                  loading={toggle.isPending && toggle.variables?.id === row.id}
                  onChange={(next) => setActive(row, next)}
                  aria-label={t('profileQuestion.active')}
                />
              ),
            },
            {
              title: '',
              key: 'edit',
              width: 80,
              render: (_: unknown, row) => (
                <Button
                  size="small"
                  type="link"
                  icon={<EditOutlined />}
                  onClick={() => setEditing({ question: row })}
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <ProfileQuestionModal
        open={editing !== null}
        question={editing?.question}
        nextSortOrder={nextSortOrder}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          message.success(t('profileQuestion.saved', { key: saved.key }));
        }}
      />
    </>
  );
}
