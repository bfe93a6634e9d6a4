// 新增/编辑回款 ([TGT-1]): account, date received (not in the future), amount in 元 (≤ 2 decimals, > 0) and an
// optional reference (e.g. the bank slip number).
import { DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CollectionT, useCreateCollection, useUpdateCollection } from '../../../api/cash-facts.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { YuanField } from '../../../components/yuan-field.tsx';
import { withCode } from '../../../lib/labels.ts';
import {
  COLLECTION_FIELDS,
  type CollectionFormValues,
  collectionFormValuesOf,
  collectionInputOf,
} from '../../facts/cash-fact-form.ts';
import { FactFormModal } from '../../facts/fact-form-modal.tsx';

interface CollectionFormModalProps {
  open: boolean;
  /** The collection being corrected; absent when recording a new one. */
  collection?: CollectionT | undefined;
  /** The account a new collection starts on (the list's account filter). */
  accountId?: number | undefined;
  onClose: () => void;
  onSaved: () => void;
}

export function CollectionFormModal({
  open,
  collection,
  accountId,
  onClose,
  onSaved,
}: CollectionFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CollectionFormValues>();
  const create = useCreateCollection();
  const update = useUpdateCollection();
  const initialValues = useMemo(
    () => collectionFormValuesOf(collection, dayjs(), accountId),
    [collection, accountId],
  );
  const required = [{ required: true, message: t('form.required') }];

  return (
    <FactFormModal<CollectionFormValues>
      open={open}
      title={collection ? t('collections.form.editTitle') : t('collections.form.createTitle')}
      form={form}
      initialValues={initialValues}
      fields={COLLECTION_FIELDS}
      saving={create.isPending || update.isPending}
      testId="collection-form"
      onClose={onClose}
      onSubmit={async (values) => {
        const input = collectionInputOf(values);
        if (collection) await update.mutateAsync({ id: collection.id, patch: input });
        else await create.mutateAsync(input);
        onSaved();
      }}
    >
      <Form.Item name="accountId" label={t('facts.field.account')} rules={required}>
        <AccountSelect
          id="collection-account"
          currentLabel={
            collection ? withCode(collection.accountName, collection.accountCode, i18n.language) : undefined
          }
        />
      </Form.Item>
      <Form.Item name="collectedOn" label={t('collections.field.collectedOn')} rules={required}>
        <DatePicker
          id="collection-date"
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <YuanField
        name="amountFen"
        label={t('facts.field.amountYuan')}
        required
        positive
        testId="collection-amount"
      />
      <Form.Item
        name="reference"
        label={t('collections.field.reference')}
        rules={[{ max: 200, message: t('form.maxLength', { max: 200 }) }]}
      >
        <Input placeholder={t('collections.field.referenceHint')} data-testid="collection-reference" />
      </Form.Item>
    </FactFormModal>
  );
}
