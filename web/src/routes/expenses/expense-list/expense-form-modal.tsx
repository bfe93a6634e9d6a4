// 新增/编辑费用 ([TGT-1]): account, date spent (not in the future), category (free text, the categories already
// in use offered), amount in 元 (≤ 2 decimals, > 0) and an optional note.
import { AutoComplete, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExpenseT, useCreateExpense, useUpdateExpense } from '../../../api/cash-facts.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { YuanField } from '../../../components/yuan-field.tsx';
import { withCode } from '../../../lib/labels.ts';
import {
  EXPENSE_FIELDS,
  type ExpenseFormValues,
  expenseFormValuesOf,
  expenseInputOf,
} from '../../facts/cash-fact-form.ts';
import { FactFormModal } from '../../facts/fact-form-modal.tsx';

interface ExpenseFormModalProps {
  open: boolean;
  /** The expense being corrected; absent when recording a new one. */
  expense?: ExpenseT | undefined;
  /** The account a new expense starts on (the list's account filter). */
  accountId?: number | undefined;
  /** Categories to offer (those on the list); any other text is accepted. */
  categories: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

export function ExpenseFormModal({
  open,
  expense,
  accountId,
  categories,
  onClose,
  onSaved,
}: ExpenseFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ExpenseFormValues>();
  const create = useCreateExpense();
  const update = useUpdateExpense();
  const initialValues = useMemo(() => expenseFormValuesOf(expense, dayjs(), accountId), [expense, accountId]);
  const required = [{ required: true, message: t('form.required') }];

  return (
    <FactFormModal<ExpenseFormValues>
      open={open}
      title={expense ? t('expenses.form.editTitle') : t('expenses.form.createTitle')}
      form={form}
      initialValues={initialValues}
      fields={EXPENSE_FIELDS}
      saving={create.isPending || update.isPending}
      testId="expense-form"
      onClose={onClose}
      onSubmit={async (values) => {
        const input = expenseInputOf(values);
        if (expense) await update.mutateAsync({ id: expense.id, patch: input });
        else await create.mutateAsync(input);
        onSaved();
      }}
    >
      <Form.Item name="accountId" label={t('facts.field.account')} rules={required}>
        <AccountSelect
          id="expense-account"
          currentLabel={
            expense ? withCode(expense.accountName, expense.accountCode, i18n.language) : undefined
          }
        />
      </Form.Item>
      <Form.Item name="spentOn" label={t('expenses.field.spentOn')} rules={required}>
        <DatePicker
          id="expense-date"
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('expenses.field.category')}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { max: 40, message: t('form.maxLength', { max: 40 }) },
        ]}
      >
        <AutoComplete
          id="expense-category"
          options={categories.map((value) => ({ value }))}
          placeholder={t('expenses.field.categoryHint')}
          filterOption={(input, option) => (option?.value ?? '').includes(input.trim())}
        />
      </Form.Item>
      <YuanField
        name="amountFen"
        label={t('facts.field.amountYuan')}
        required
        positive
        testId="expense-amount"
      />
      <Form.Item
        name="note"
        label={t('expenses.field.note')}
        rules={[{ max: 200, message: t('form.maxLength', { max: 200 }) }]}
      >
        <Input data-testid="expense-note" />
      </Form.Item>
    </FactFormModal>
  );
}
