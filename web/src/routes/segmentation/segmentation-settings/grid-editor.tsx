// [SEG-1] the 5×5 X/Y grid as a form control: a click on a cell cycles its class A → B → C → A. Rows are
// Y (capacity, 4 at the top), columns X (current purchases); cells are stored [x][y] like the configuration.
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_CLASS_COLORS } from '../../../lib/segmentation-labels.ts';

type GridClass = 'A' | 'B' | 'C';
const NEXT: Record<GridClass, GridClass> = { A: 'B', B: 'C', C: 'A' };
const LEVELS = [0, 1, 2, 3, 4] as const;

interface GridEditorProps {
  value?: ReadonlyArray<ReadonlyArray<GridClass>>;
  onChange?: (cells: GridClass[][]) => void;
  /** Problems of single cells, keyed `x.y`. */
  cellErrors?: ReadonlyMap<string, string>;
  id?: string;
}

export function GridEditor({ value, onChange, cellErrors, id }: GridEditorProps) {
  const { t } = useTranslation();
  const cells = value ?? [];
  const cycle = (x: number, y: number) => {
    const next = cells.map((row) => [...row]);
    const current = next[x]?.[y] ?? 'C';
    const row = next[x];
    if (row) row[y] = NEXT[current];
    onChange?.(next);
  };
  const level = (n: (typeof LEVELS)[number]) => `${n} ${t(`segmentation.grid.level.${n}`)}`;

  return (
    <div id={id} className="kd-grid-editor">
      <table>
        <tbody>
          <tr>
            <th />
            <th colSpan={5} className="kd-grid-editor__axis-y">
              ↑ {t('segmentation.grid.yAxis')}
            </th>
          </tr>
          {[...LEVELS].reverse().map((y) => (
            <tr key={y}>
              <th className="kd-grid-editor__level">{level(y)}</th>
              {LEVELS.map((x) => {
                const cls = cells[x]?.[y] ?? 'C';
                const error = cellErrors?.get(`${x}.${y}`);
                const button = (
                  <button
                    type="button"
                    className={`kd-grid-editor__cell${error ? ' kd-grid-editor__cell--error' : ''}`}
                    style={{ background: GRID_CLASS_COLORS[cls] }}
                    onClick={() => cycle(x, y)}
                    aria-label={t('segmentation.settings.gridCell', { x, y, value: cls })}
                    data-testid={`grid-cell-${x}-${y}`}
                  >
                    {cls}
                  </button>
                );
                return <td key={x}>{error ? <Tooltip title={error}>{button}</Tooltip> : button}</td>;
              })}
            </tr>
          ))}
          <tr>
            <th />
            {LEVELS.map((x) => (
              <th key={x} className="kd-grid-editor__level-x">
                {level(x)}
              </th>
            ))}
          </tr>
          <tr>
            <th />
            <th colSpan={5}>
              <Typography.Text type="secondary">{t('segmentation.grid.xAxis')} →</Typography.Text>
            </th>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
