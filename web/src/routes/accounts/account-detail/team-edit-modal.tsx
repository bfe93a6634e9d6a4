// Edits the account team: a list of (user, team role) rows saved with PUT /accounts/:id/team.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Select, Space } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../../../src/core/account/account-types.ts';
import { type AccountDetailT, useUpdateTeam } from '../../../api/accounts.ts';
import { UserSelect } from '../../../components/user-select.tsx';
import { applyApiError } from '../../../lib/form-errors.ts';
import { withCode } from '../../../lib/labels.ts';

interface TeamFormValues {
  members: { userId?: number; teamRole?: TeamRole }[];
}

interface TeamEditModalProps {
  open: boolean;
  account: AccountDetailT;
  onClose: () => void;
  onSaved: () => void;
}

export function TeamEditModal({ open, account, onClose, onSaved }: TeamEditModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<TeamFormValues>();
  // Two instances can be mounted at once (edit and add-subsidiary); field ids must stay unique.
  const formId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useUpdateTeam(account.id);
  const labels = new Map(
    account.team.map((member) => [
      member.userId,
      withCode(member.displayName, member.username, i18n.language),
    ]),
  );

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue({
      members: account.team.map((member) => ({ userId: member.userId, teamRole: member.teamRole })),
    });
  }, [open, account, form]);

  const onFinish = (values: TeamFormValues) => {
    setFormError(null);
    const members = values.members.flatMap((member) =>
      member.userId && member.teamRole ? [{ userId: member.userId, teamRole: member.teamRole }] : [],
    );
    save.mutate(
      { members },
      {
        onSuccess: () => onSaved(),
        onError: (error) => setFormError(applyApiError(form, error, ['members'])),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('account.team.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={640}
      forceRender
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form<TeamFormValues> form={form} onFinish={onFinish} name={`team-form-${formId}`}>
        <Form.List
          name="members"
          rules={[
            {
              validator: async (_, members: TeamFormValues['members'] | undefined) => {
                // A person holds one role on an account team (the server enforces the same rule).
                const seen = new Set<number>();
                for (const member of members ?? []) {
                  if (member?.userId && seen.has(member.userId)) throw new Error(t('account.team.duplicate'));
                  if (member?.userId) seen.add(member.userId);
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[field.name, 'userId']}
                    rules={[{ required: true, message: t('form.required') }]}
                    style={{ width: 300 }}
                  >
                    <UserSelect
                      autoFocus={index === fields.length - 1 && fields.length > account.team.length}
                      currentLabel={labels.get(
                        form.getFieldValue(['members', field.name, 'userId']) as number,
                      )}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'teamRole']}
                    rules={[{ required: true, message: t('form.required') }]}
                    style={{ width: 180 }}
                  >
                    <Select
                      placeholder={t('account.team.role')}
                      options={TEAM_ROLES.map((role) => ({ value: role, label: t(`teamRole.${role}`) }))}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ teamRole: 'sales' })} block>
                {t('account.team.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
