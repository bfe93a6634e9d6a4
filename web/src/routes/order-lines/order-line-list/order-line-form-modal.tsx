// 新增/编辑订单行 ([TGT-5]): account, order date (not in the future), product line (searchable), quantity (≤ 2
// decimals), amount and cost in 元 (≤ 2 decimals, → fen) with the gross profit they give. Order and line numbers
// (ERP imports) and the product are not edited here; a correction keeps them (see order-line-form.ts).
import { Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type OrderLineT,
  useCreateOrderLine,
  useProductLines,
  useUpdateOrderLine,
} from '../../../api/order-lines.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { YuanField } from '../../../components/yuan-field.tsx';
import { withCode } from '../../../lib/labels.ts';
import { formatYuan } from '../../../lib/money.ts';
import { FactFormModal } from '../../facts/fact-form-modal.tsx';
import {
  grossProfitFenOf,
  ORDER_LINE_FIELDS,
  type OrderLineFormValues,
  orderLineFormValuesOf,
  orderLineInputOf,
  orderLinePatchOf,
  parseQuantityText,
} from '../../facts/order-line-form.ts';

interface OrderLineFormModalProps {
  open: boolean;
  /** The line being corrected; absent when recording a new one. */
  orderLine?: OrderLineT | undefined;
  /** The account and product line a new line starts on (the list's filters). */
  filters?: { accountId?: number | undefined; productLineId?: number | undefined };
  onClose: () => void;
  onSaved: () => void;
}

export function OrderLineFormModal({ open, orderLine, filters, onClose, onSaved }: OrderLineFormModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<OrderLineFormValues>();
  const create = useCreateOrderLine();
  const update = useUpdateOrderLine();
  const productLines = useProductLines();
  const accountId = filters?.accountId;
  const productLineId = filters?.productLineId;
  const initialValues = useMemo(
    () => orderLineFormValuesOf(orderLine, dayjs(), { accountId, productLineId }),
    [orderLine, accountId, productLineId],
  );
  const required = [{ required: true, message: t('form.required') }];
  const chosenLine = Form.useWatch('productLineId', form);
  const amountText = Form.useWatch('amountFen', form);
  const costText = Form.useWatch('costFen', form);
  const grossProfit = grossProfitFenOf({ amountFen: amountText, costFen: costText });
  const clearsProduct =
    orderLine?.productId != null && chosenLine !== undefined && chosenLine !== orderLine.productLineId;

  return (
    <FactFormModal<OrderLineFormValues>
      open={open}
      title={orderLine ? t('orderLines.form.editTitle') : t('orderLines.form.createTitle')}
      form={form}
      initialValues={initialValues}
      fields={ORDER_LINE_FIELDS}
      saving={create.isPending || update.isPending}
      testId="order-line-form"
      onClose={onClose}
      onSubmit={async (values) => {
        if (orderLine)
          await update.mutateAsync({ id: orderLine.id, patch: orderLinePatchOf(values, orderLine) });
        else await create.mutateAsync(orderLineInputOf(values));
        onSaved();
      }}
    >
      <Form.Item name="accountId" label={t('orderLines.field.account')} rules={required}>
        <AccountSelect
          id="order-line-account"
          currentLabel={
            orderLine ? withCode(orderLine.accountName, orderLine.accountCode, i18n.language) : undefined
          }
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="orderDate" label={t('orderLines.field.orderDate')} rules={required}>
            <DatePicker
              id="order-line-date"
              style={{ width: '100%' }}
              format="YYYY-MM-DD"
              disabledDate={(date) => date.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="productLineId"
            label={t('orderLines.field.productLine')}
            rules={required}
            extra={clearsProduct ? t('orderLines.form.productCleared') : undefined}
          >
            <Select<number>
              id="order-line-product-line"
              showSearch
              optionFilterProp="label"
              loading={productLines.isPending}
              placeholder={t('orderLines.form.productLinePlaceholder')}
              options={(productLines.data ?? []).map((line) => ({
                value: line.id,
                label: `${line.code} ${line.name}`,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            name="quantity"
            label={t('orderLines.field.quantity')}
            required
            rules={[
              {
                validator: async (_, text?: string) => {
                  if (!text?.trim()) throw new Error(t('form.required'));
                  const parsed = parseQuantityText(text);
                  if (!parsed.ok) throw new Error(t(`orderLines.form.quantity.${parsed.problem}`));
                },
              },
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" data-testid="order-line-quantity" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <YuanField
            name="amountFen"
            label={t('orderLines.field.amount')}
            required
            testId="order-line-amount"
          />
        </Col>
        <Col span={9}>
          <YuanField name="costFen" label={t('orderLines.field.cost')} required testId="order-line-cost" />
        </Col>
      </Row>
      <Typography.Text type="secondary" data-testid="order-line-gross-profit">
        {t('orderLines.form.grossProfitHint', {
          value: grossProfit === null ? '—' : formatYuan(grossProfit),
        })}
      </Typography.Text>
    </FactFormModal>
  );
}
