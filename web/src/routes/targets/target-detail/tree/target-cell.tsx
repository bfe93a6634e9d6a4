// One figure of the tree editor. Click, Enter or F2 opens the 元 (or count) input; Enter saves, Esc cancels,
// Tab / Shift+Tab save and move to the next / previous cell. The lock icon keeps the cell when the rest
// re-balances. A previewed change is highlighted with its old value; an error from the API stays on the cell.
import { LockFilled, UnlockOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetMetric } from '../../../../../../src/core/target/target-types.ts';
import { amountInputText, formatAmount, parseAmount } from '../../target-amount.ts';

export type CellMove = 'next' | 'prev' | null;

interface TargetCellProps {
  testId: string;
  value: number;
  metric: TargetMetric;
  locked: boolean;
  /** The cell may be typed into (draft plan, editable node). */
  editable: boolean;
  /** The lock may be toggled (editable, and the cell is a month or a total of an editable node). */
  lockable: boolean;
  editing: boolean;
  /** The value before a previewed method change, when the preview changes this cell. */
  before?: number | undefined;
  error?: string | undefined;
  /** A subtotal (quarter): shown, never edited. */
  derived?: boolean;
  onStartEdit?: () => void;
  onCommit?: (value: number | null, move: CellMove) => void;
  onCancel?: () => void;
  onToggleLock?: () => void;
}

export function TargetCell(props: TargetCellProps) {
  const { t } = useTranslation();
  const { value, metric, locked, editable, editing, before, error, derived } = props;
  const changed = before !== undefined && before !== value;
  const className = [
    'kd-target-cell',
    derived ? 'kd-target-cell-derived' : '',
    locked ? 'kd-target-cell-locked' : '',
    changed ? 'kd-target-cell-changed' : '',
    error ? 'kd-target-cell-error' : '',
  ]
    .filter(Boolean)
    .join(' ');

  if (editing && editable) return <CellInput {...props} />;

  const text = formatAmount(value, metric);
  const tip =
    error ?? (changed ? `${t('targets.method.before')}: ${formatAmount(before, metric)}` : undefined);
  const body = (
    <div
      className={className}
      data-testid={props.testId}
      role={editable ? 'button' : undefined}
      tabIndex={editable ? 0 : undefined}
      onClick={editable ? props.onStartEdit : undefined}
      onKeyDown={(event) => {
        if (editable && (event.key === 'Enter' || event.key === 'F2')) {
          event.preventDefault();
          props.onStartEdit?.();
        }
      }}
    >
      <span className="kd-target-cell-value">{text}</span>
      {props.lockable || locked ? (
        <Tooltip title={locked ? t('targets.editor.lockedHint') : t('targets.editor.lock')}>
          <button
            type="button"
            className="kd-target-lock"
            data-testid={`${props.testId}-lock`}
            aria-label={locked ? t('targets.editor.unlock') : t('targets.editor.lock')}
            aria-pressed={locked}
            disabled={!props.lockable}
            onClick={(event) => {
              event.stopPropagation();
              props.onToggleLock?.();
            }}
          >
            {locked ? <LockFilled /> : <UnlockOutlined />}
          </button>
        </Tooltip>
      ) : null}
    </div>
  );
  return tip ? <Tooltip title={tip}>{body}</Tooltip> : body;
}

function CellInput({ testId, value, metric, onCommit, onCancel, error }: TargetCellProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => amountInputText(value, metric));
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Enter/Tab/Esc end the edit before the input unmounts; a blur afterwards must not end it twice.
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const commit = (move: CellMove) => {
    const parsed = parseAmount(text, metric);
    if (!parsed.ok) {
      setProblem(t(`targets.amount.${parsed.problem}`));
      return false;
    }
    done.current = true;
    onCommit?.(parsed.value === value ? null : parsed.value, move);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(null);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel?.();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit(event.shiftKey ? 'prev' : 'next');
    }
  };

  const shown = problem ?? error;
  return (
    <Tooltip open={Boolean(shown)} title={shown} color="red">
      <input
        ref={input}
        className={`kd-target-input${shown ? ' kd-target-input-error' : ''}`}
        data-testid={`${testId}-input`}
        aria-label={t('targets.editor.editHint')}
        title={t('targets.editor.editHint')}
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Clicking elsewhere keeps a valid figure (as a spreadsheet does) and drops an invalid one.
          if (done.current) return;
          if (!commit(null)) {
            done.current = true;
            onCancel?.();
          }
        }}
      />
    </Tooltip>
  );
}
