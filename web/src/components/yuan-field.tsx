// A form field for money typed as 元 (DOMAIN §9: stored as integer fen). The field holds the text as typed and
// refuses, while typing, what the API would not store exactly: a third decimal, a negative amount, not a number
// (and 0 where the amount must be positive). Convert on submit with parseYuanText.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuanText } from '../lib/money.ts';

interface YuanFieldProps {
  name: string;
  label: string;
  required?: boolean;
  /** Refuse 0 (collections and expenses are amounts received or spent). */
  positive?: boolean;
  testId?: string;
}

export function YuanField({ name, label, required = false, positive = false, testId }: YuanFieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      required={required}
      rules={[
        {
          validator: async (_, text?: string) => {
            if (!text?.trim()) {
              if (required) throw new Error(t('form.required'));
              return;
            }
            const parsed = parseYuanText(text);
            if (!parsed.ok) throw new Error(t(`form.amount.${parsed.problem}`));
            if (positive && parsed.fen === 0) throw new Error(t('form.amount.notPositive'));
          },
        },
      ]}
    >
      <Input prefix="¥" inputMode="decimal" autoComplete="off" data-testid={testId} />
    </Form.Item>
  );
}
