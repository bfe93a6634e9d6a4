// 交叉销售 whitespace ([VAL-3]): the account's divisions (rows) × our product lines (columns). Click a cell to set
// its status, amounts and competitor; add or remove divisions; the whole grid is saved at once (all or nothing)
// and can be exported to Excel. The four cross-sell patterns are shown as prompts.
import {
  DeleteOutlined,
  DownloadOutlined,
  PlusOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { whitespaceTotals } from '../../../../../../src/core/value/whitespace-grid.ts';
import type { AccountDetailT } from '../../../../api/accounts.ts';
import { ApiError } from '../../../../api/http.ts';
import {
  downloadWhitespace,
  useSaveWhitespace,
  useWhitespace,
  type WhitespaceCellT,
  type WhitespaceStatus,
  type WhitespaceT,
} from '../../../../api/value.ts';
import { QueryError } from '../../../../components/query-error.tsx';
import { coreText } from '../../../../lib/core-messages.ts';
import { formatYuan, formatYuanCompact } from '../../../../lib/money.ts';
import { CrossSellHints } from './cross-sell-hints.tsx';
import { WhitespaceCellModal } from './whitespace-cell-modal.tsx';
import {
  cellKey,
  draftOf,
  emptyCell,
  inputOf,
  type WhitespaceDraft,
  withCell,
  withDivision,
  withoutDivision,
} from './whitespace-draft.ts';

const STATUS_COLORS: Record<WhitespaceStatus, string> = {
  none: 'default',
  potential: 'gold',
  current: 'blue',
  won: 'green',
  competitor: 'red',
};
const STATUS_BACKGROUNDS: Record<WhitespaceStatus, string> = {
  none: 'transparent',
  potential: '#fffbe6',
  current: '#e6f4ff',
  won: '#f6ffed',
  competitor: '#fff1f0',
};

type ProductLine = WhitespaceT['productLines'][number];

export function WhitespaceTab({ account, editable }: { account: AccountDetailT; editable: boolean }) {
  const { t } = useTranslation();
  const whitespace = useWhitespace(account.id);
  if (whitespace.isError)
    return <QueryError error={whitespace.error} onRetry={() => void whitespace.refetch()} />;
  if (!whitespace.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (whitespace.data.productLines.length === 0)
    return <Empty description={t('whitespace.noProductLines')} />;
  return <WhitespaceEditor accountId={account.id} whitespace={whitespace.data} editable={editable} />;
}

interface RowData {
  division: string;
}

function WhitespaceEditor({
  accountId,
  whitespace,
  editable,
}: {
  accountId: number;
  whitespace: WhitespaceT;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveWhitespace(accountId);
  const [draft, setDraft] = useState<WhitespaceDraft>(() => draftOf(whitespace));
  const [newDivision, setNewDivision] = useState('');
  const [editing, setEditing] = useState<{ cell: WhitespaceCellT; productLineName: string } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const lineIds = useMemo(() => whitespace.productLines.map((line) => line.id), [whitespace.productLines]);

  // A fresh server grid (after a save or a refetch) replaces the draft.
  useEffect(() => setDraft(draftOf(whitespace)), [whitespace]);

  const saved = useMemo(() => JSON.stringify(inputOf(draftOf(whitespace), lineIds)), [whitespace, lineIds]);
  const input = inputOf(draft, lineIds);
  const dirty = JSON.stringify(input) !== saved;
  const totals = whitespaceTotals(input.cells);
  const trimmed = newDivision.trim();
  const duplicate = draft.divisions.includes(trimmed);

  const addDivision = () => {
    if (!trimmed || duplicate) return;
    setDraft(withDivision(draft, trimmed));
    setNewDivision('');
  };

  const onSave = () => {
    setErrors([]);
    save.mutate(input, {
      onSuccess: () => message.success(t('whitespace.saved')),
      onError: (error) => {
        if (!(error instanceof ApiError) || error.details.length === 0) {
          setErrors([error.message]);
          return;
        }
        // Paths name the body's items (cells.3.potentialFen, divisions.1): say which cell or division.
        setErrors(
          error.details.map((detail) => {
            const [list, index] = detail.path.split('.');
            const i = Number(index);
            if (list === 'cells' && input.cells[i]) {
              const cell = input.cells[i];
              const line = whitespace.productLines.find((candidate) => candidate.id === cell.productLineId);
              return `${cell.division} × ${line?.name ?? cell.productLineId}：${detail.message}`;
            }
            if (list === 'divisions' && input.divisions[i] !== undefined) {
              return `${input.divisions[i]}：${detail.message}`;
            }
            return `${detail.path}：${detail.message}`;
          }),
        );
      },
    });
  };

  const onExport = async () => {
    setExporting(true);
    try {
      await downloadWhitespace(accountId);
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const renderCell = (division: string, line: ProductLine) => {
    const cell = draft.cells.get(cellKey(division, line.id)) ?? emptyCell(division, line.id);
    const body = (
      <div
        className="kd-ws-cell"
        style={{ background: STATUS_BACKGROUNDS[cell.status], cursor: editable ? 'pointer' : 'default' }}
        role={editable ? 'button' : undefined}
        tabIndex={editable ? 0 : undefined}
        aria-label={`${division} × ${line.name}`}
        data-testid={`ws-cell-${division}-${line.code}`}
        onClick={() => (editable ? setEditing({ cell, productLineName: line.name }) : undefined)}
        onKeyDown={(event) => {
          if (editable && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            setEditing({ cell, productLineName: line.name });
          }
        }}
      >
        {cell.status === 'none' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {coreText('whitespace.status.none', i18n.language)}
          </Typography.Text>
        ) : (
          <Tag color={STATUS_COLORS[cell.status]} style={{ marginInlineEnd: 0 }}>
            {coreText(`whitespace.status.${cell.status}`, i18n.language)}
          </Tag>
        )}
        {cell.potentialFen !== null ? (
          <div className="kd-ws-amount">
            {t('whitespace.potentialShort')} {formatYuanCompact(cell.potentialFen, i18n.language)}
          </div>
        ) : null}
        {cell.currentFen !== null ? (
          <div className="kd-ws-amount">
            {t('whitespace.currentShort')} {formatYuanCompact(cell.currentFen, i18n.language)}
          </div>
        ) : null}
        {cell.competitor ? <div className="kd-ws-amount">⚔ {cell.competitor}</div> : null}
      </div>
    );
    return cell.notes ? <Tooltip title={cell.notes}>{body}</Tooltip> : body;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('whitespace.totals.potential')} value={formatYuan(totals.potentialFen)} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('whitespace.totals.current')} value={formatYuan(totals.currentFen)} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('whitespace.totals.open')}
              value={formatYuan(totals.openPotentialFen)}
              styles={{ content: { color: '#d48806' } }}
            />
          </Card>
        </Col>
      </Row>
      <CrossSellHints />
      <div className="kd-page-head" style={{ marginBottom: 0 }}>
        {editable ? (
          <Space.Compact>
            <Input
              placeholder={t('whitespace.newDivision')}
              value={newDivision}
              maxLength={100}
              status={duplicate ? 'error' : undefined}
              onChange={(event) => setNewDivision(event.target.value)}
              onPressEnter={addDivision}
              style={{ width: 240 }}
              aria-label={t('whitespace.newDivision')}
            />
            <Button icon={<PlusOutlined />} onClick={addDivision} disabled={!trimmed || duplicate}>
              {t('whitespace.addDivision')}
            </Button>
          </Space.Compact>
        ) : (
          <span />
        )}
        <Space wrap>
          {dirty ? <Typography.Text type="warning">{t('whitespace.unsaved')}</Typography.Text> : null}
          {editable ? (
            <>
              <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => setDraft(draftOf(whitespace))}>
                {t('whitespace.discard')}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={save.isPending}
                onClick={onSave}
              >
                {t('whitespace.save')}
              </Button>
            </>
          ) : null}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('excel.export')}
          </Button>
        </Space>
      </div>
      {duplicate ? (
        <Typography.Text type="danger">{t('whitespace.duplicateDivision')}</Typography.Text>
      ) : null}
      {errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('whitespace.notSaved')}
          description={
            <ul className="kd-plain-list">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Table<RowData>
        size="small"
        bordered
        pagination={false}
        rowKey="division"
        scroll={{ x: 'max-content' }}
        dataSource={draft.divisions.map((division) => ({ division }))}
        locale={{ emptyText: <Empty description={t('whitespace.noDivisions')} /> }}
        columns={[
          {
            title: t('whitespace.division'),
            dataIndex: 'division',
            key: 'division',
            fixed: 'left',
            width: 180,
            render: (division: string) => (
              <Space size={4}>
                <Typography.Text strong>{division}</Typography.Text>
                {editable ? (
                  <Popconfirm
                    title={t('whitespace.removeDivision', { name: division })}
                    okText={t('common.remove')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => setDraft(withoutDivision(draft, division))}
                  >
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                    />
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
          ...whitespace.productLines.map((line) => ({
            title: (
              <Tooltip title={line.code}>
                <span>{line.name}</span>
              </Tooltip>
            ),
            key: `line-${line.id}`,
            width: 140,
            onCell: () => ({ style: { padding: 4 } }),
            render: (_: unknown, row: RowData) => renderCell(row.division, line),
          })),
        ]}
      />
      <WhitespaceCellModal
        editing={editing}
        onClose={() => setEditing(null)}
        onApply={(cell) => {
          setDraft(withCell(draft, cell));
          setEditing(null);
        }}
      />
    </Space>
  );
}
