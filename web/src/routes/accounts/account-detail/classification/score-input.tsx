// A 0–100 score that may be left unassessed: a slider and a number box; clearing the box means "not assessed"
// (the engine then falls back to its default and says so in the explanation).
import { InputNumber, Slider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ScoreInputProps {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  suffix?: string;
}

export function ScoreInput({ value, onChange, id, suffix }: ScoreInputProps) {
  const { t } = useTranslation();
  const assessed = value !== null && value !== undefined;
  return (
    <div style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 12 }}>
      <Slider
        min={0}
        max={100}
        value={assessed ? value : 0}
        onChange={(next) => onChange?.(next)}
        style={{ flex: 1, opacity: assessed ? 1 : 0.4, margin: '0 6px' }}
        tooltip={{ formatter: (next) => `${next}${suffix ?? ''}` }}
      />
      <InputNumber<number>
        id={id}
        min={0}
        max={100}
        value={assessed ? value : null}
        onChange={(next) => onChange?.(next ?? null)}
        placeholder={t('segmentation.assessment.notAssessed')}
        style={{ width: 96 }}
        suffix={suffix}
      />
      {assessed ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('segmentation.assessment.notAssessed')}
        </Typography.Text>
      )}
    </div>
  );
}
