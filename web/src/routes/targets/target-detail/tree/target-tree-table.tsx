// The tree editor's table ([TGT-2]): one row per node (expandable), the year total, each quarter's months with
// the quarter's subtotal, for the selected metric. Ancestors the user sees only in total are greyed and never
// edited; the keyboard moves through editable cells in reading order.
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMoneyMetric, type TargetMetric } from '../../../../../../src/core/target/target-types.ts';
import { quarterSums } from '../../target-amount.ts';
import { type CellMove, TargetCell } from './target-cell.tsx';
import { type CellRef, cellId, cellOrder, neighbourCell, type TargetRow } from './tree-rows.ts';

interface TargetTreeTableProps {
  rows: TargetRow[];
  metric: TargetMetric;
  editable: boolean;
  /** Previewed changes: cell id → the value before the change (the rows already show the new values). */
  before?: ReadonlyMap<string, number> | undefined;
  /** API problems by cell id. */
  cellErrors: ReadonlyMap<string, string>;
  selectedKey: string | null;
  onSelect: (row: TargetRow) => void;
  onSetValue: (ref: CellRef, value: number) => void;
  onToggleLock: (ref: CellRef, locked: boolean) => void;
  renderNode: (row: TargetRow) => ReactNode;
  /** Rows shown open; a row with children not loaded yet loads them when it opens. */
  expanded: ReadonlySet<string>;
  onExpand: (row: TargetRow, open: boolean) => void;
  loading?: boolean;
}

const MONTH_WIDTH = 112;
const NODE_WIDTH = 340;

export function TargetTreeTable(props: TargetTreeTableProps) {
  const { t } = useTranslation();
  const { rows, metric, editable, before, cellErrors } = props;
  const { expanded } = props;
  const [editing, setEditing] = useState<CellRef | null>(null);
  const order = useMemo(() => cellOrder(rows, expanded, metric), [rows, expanded, metric]);

  const isEditing = (ref: CellRef) => editing?.nodeKey === ref.nodeKey && editing.month === ref.month;

  const commit = (ref: CellRef, value: number | null, move: CellMove) => {
    if (value !== null) props.onSetValue(ref, value);
    setEditing(move ? neighbourCell(order, ref, move === 'next' ? 1 : -1) : null);
  };

  const cell = (row: TargetRow, month: number | null): ReactNode => {
    const figures = row.cells[metric];
    if (!figures) return null;
    if (month !== null && !figures.months)
      return <span className="kd-target-cell kd-target-cell-derived">–</span>;
    const ref: CellRef = { nodeKey: row.key, month };
    const id = cellId(ref);
    const value = month === null ? figures.total : (figures.months?.[month - 1] ?? 0);
    const locked = month === null ? figures.totalLocked : figures.lockedMonths.includes(month);
    const cellEditable = editable && row.editable && row.access === 'full' && figures.months !== null;
    return (
      <TargetCell
        testId={`cell-${row.key}-${month ?? 'total'}`}
        value={value}
        metric={metric}
        locked={locked}
        editable={cellEditable}
        lockable={cellEditable}
        editing={isEditing(ref)}
        before={before?.get(id)}
        error={cellErrors.get(id)}
        onStartEdit={() => setEditing(ref)}
        onCommit={(next, move) => commit(ref, next, move)}
        onCancel={() => setEditing(null)}
        onToggleLock={() => props.onToggleLock(ref, !locked)}
      />
    );
  };

  const quarter = (row: TargetRow, q: number): ReactNode => {
    const figures = row.cells[metric];
    if (!figures) return null;
    const value = figures.quarters?.[q - 1] ?? (figures.months ? quarterSums(figures.months)[q - 1] : null);
    if (value === null || value === undefined) return null;
    return (
      <TargetCell
        testId={`cell-${row.key}-q${q}`}
        value={value}
        metric={metric}
        locked={false}
        editable={false}
        lockable={false}
        editing={false}
        before={before?.get(`${row.key}|q${q}`)}
        derived
      />
    );
  };

  const unit = isMoneyMetric(metric) ? ' (¥)' : '';
  const columns: ColumnsType<TargetRow> = [
    {
      title: t('targets.editor.node'),
      key: 'node',
      fixed: 'left',
      width: NODE_WIDTH,
      render: (_, row) => (
        <span className={row.access === 'path' ? 'kd-target-node-greyed' : undefined}>
          {props.renderNode(row)}
          {row.access === 'path' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              {t('targets.editor.totalsOnly')}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: `${t('targets.editor.total')}${unit}`,
      key: 'total',
      fixed: 'left',
      width: 150,
      align: 'right',
      render: (_, row) => cell(row, null),
    },
    ...[1, 2, 3, 4].map((q): ColumnType<TargetRow> & { children: ColumnType<TargetRow>[] } => ({
      title: t('targets.editor.quarter', { q }),
      key: `q${q}`,
      children: [
        ...[0, 1, 2].map((offset) => {
          const month = (q - 1) * 3 + offset + 1;
          return {
            title: t('targets.editor.month', { m: month }),
            key: `m${month}`,
            width: MONTH_WIDTH,
            align: 'right' as const,
            render: (_: unknown, row: TargetRow) => cell(row, month),
          };
        }),
        {
          title: <Tag bordered={false}>{t('targets.editor.quarter', { q })}</Tag>,
          key: `q${q}-sum`,
          width: MONTH_WIDTH + 8,
          align: 'right' as const,
          render: (_: unknown, row: TargetRow) => quarter(row, q),
        },
      ],
    })),
  ];

  return (
    <Table<TargetRow>
      className="kd-target-table"
      rowKey="key"
      size="small"
      bordered
      loading={props.loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: NODE_WIDTH + 150 + 16 * MONTH_WIDTH + 32, y: 'calc(100vh - 360px)' }}
      rowClassName={(row) =>
        [
          row.key === props.selectedKey ? 'kd-target-row-selected' : '',
          row.access === 'path' ? 'kd-target-row-greyed' : '',
        ].join(' ')
      }
      onRow={(row) => ({ onClick: () => props.onSelect(row) })}
      expandable={{
        expandedRowKeys: [...expanded],
        onExpand: (open, row) => props.onExpand(row, open),
        // A node whose children are not loaded yet still opens (its children load then).
        expandIcon: ({ expanded: open, record, onExpand }) =>
          record.childCount > 0 ? (
            <button
              type="button"
              className={`ant-table-row-expand-icon ant-table-row-expand-icon-${open ? 'expanded' : 'collapsed'}`}
              aria-label={open ? t('targets.editor.collapse') : t('targets.editor.expand')}
              data-testid={`expand-${record.key}`}
              onClick={(event) => {
                event.stopPropagation();
                onExpand(record, event);
              }}
            />
          ) : (
            <span className="ant-table-row-expand-icon ant-table-row-expand-icon-spaced" />
          ),
      }}
    />
  );
}
