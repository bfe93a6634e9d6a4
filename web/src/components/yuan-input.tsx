// An amount typed in yuan and held in integer fen (the API's unit); empty stays null.
import { InputNumber } from 'antd';

interface YuanInputProps {
  value?: number | null;
  onChange?: (fen: number | null) => void;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
}

export function YuanInput({ value, onChange, ...rest }: YuanInputProps) {
  return (
    <InputNumber<number>
      {...rest}
      prefix="¥"
      min={0}
      precision={2}
      step={100}
      value={value === null || value === undefined ? null : value / 100}
      onChange={(yuan) => onChange?.(yuan === null ? null : Math.round(yuan * 100))}
      style={{ width: '100%', ...rest.style }}
    />
  );
}
