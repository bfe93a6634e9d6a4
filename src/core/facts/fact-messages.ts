// Messages of the actuals ([TGT-5]): order lines, collections, expenses and the order-line import, in zh-CN and
// en. Merged into the one catalogue in core/shared/messages.ts.

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

export const FACT_MESSAGES: Catalogue = {
  'entity.order_line': { 'zh-CN': '订单明细', en: 'Order line' },
  'entity.collection': { 'zh-CN': '回款', en: 'Collection' },
  'entity.expense': { 'zh-CN': '费用', en: 'Expense' },
  'facts.date_in_future': { 'zh-CN': '日期不能晚于今天', en: 'The date may not be in the future' },
  'facts.date_too_early': { 'zh-CN': '日期不能早于 2000-01-01', en: 'The date may not be before 2000-01-01' },
  'facts.not_whole_fen': { 'zh-CN': '金额必须是整数分', en: 'Amounts must be whole fen' },
  'facts.negative': { 'zh-CN': '不能为负数', en: 'May not be negative' },
  'facts.not_positive': { 'zh-CN': '必须大于 0', en: 'Must be greater than 0' },
  'facts.amount_too_big': { 'zh-CN': '数值过大', en: 'The number is too large' },
  'facts.too_many_decimals': { 'zh-CN': '最多 2 位小数', en: 'At most 2 decimals' },
  'facts.not_a_number': { 'zh-CN': '“{value}”不是数字', en: '"{value}" is not a number' },
  'facts.unknown_product': { 'zh-CN': '产品不存在', en: 'Unknown product' },
  'facts.unknown_product_line': { 'zh-CN': '产品线不存在', en: 'Unknown product line' },
  'facts.unknown_product_line_key': {
    'zh-CN': '产品线“{value}”不存在（填写产品线编码或名称）',
    en: 'Product line "{value}" does not exist (enter its code or name)',
  },
  'facts.product_line_mismatch': {
    'zh-CN': '产品不属于该产品线',
    en: 'The product does not belong to this product line',
  },
  'facts.order_no_pair': {
    'zh-CN': '订单号和行号须同时填写或同时留空',
    en: 'Order number and line number go together',
  },
  'facts.bad_line_no': { 'zh-CN': '行号应为正整数', en: 'The line number must be a positive whole number' },
  'facts.duplicate_order_line': {
    'zh-CN': '订单 {orderNo} 的第 {lineNo} 行已存在',
    en: 'Line {lineNo} of order {orderNo} already exists',
  },
  'facts.amount_or_price_required': {
    'zh-CN': '请填写金额，或填写数量和单价',
    en: 'Enter the amount, or the quantity and unit price',
  },
  'facts.amount_mismatch': {
    'zh-CN': '金额与数量×单价（{expected}）不符',
    en: 'The amount does not equal quantity × unit price ({expected})',
  },
  'facts.not_csv_or_xlsx': {
    'zh-CN': '请上传 .csv 或 .xlsx 文件',
    en: 'Upload a .csv or .xlsx file',
  },
  'facts.bad_csv': { 'zh-CN': 'CSV 格式有误：{reason}', en: 'Malformed CSV: {reason}' },
};
