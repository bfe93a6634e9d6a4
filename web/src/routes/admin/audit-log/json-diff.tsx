// Before/after view of one audit entry: one row per field, changed fields highlighted; nested values as JSON.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field-by-field rows of two records; non-record values become a single `(value)` row. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [{ key: '(value)', before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
  }
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.map((key) => ({
    key,
    before: left[key],
    after: right[key],
    changed: JSON.stringify(left[key]) !== JSON.stringify(right[key]),
  }));
}

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'string') return <span>{value}</span>;
  return <pre className="kd-json">{JSON.stringify(value, null, 2)}</pre>;
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffRows(before, after);
  const changedFirst = [...rows].sort((a, b) => Number(b.changed) - Number(a.changed));
  return (
    <Table<DiffRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={changedFirst}
      rowClassName={(row) => (row.changed ? 'kd-diff-changed' : '')}
      columns={[
        { title: t('audit.field'), dataIndex: 'key', key: 'key', width: 180 },
        { title: t('audit.before'), key: 'before', render: (_, row) => <Value value={row.before} /> },
        { title: t('audit.after'), key: 'after', render: (_, row) => <Value value={row.after} /> },
      ]}
    />
  );
}
