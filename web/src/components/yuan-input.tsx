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

/** 1234567.8 → 1,234,567.8 (the integer part only). */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function YuanInput({ value, onChange, ...rest }: YuanInputProps) {
  return (
    <InputNumber<number>
      {...rest}
      prefix="¥"
      min={0}
      step={100}
      formatter={(yuan) => (yuan === undefined ? '' : groupThousands(String(yuan)))}
      parser={(text) => Number((text ?? '').replace(/,/g, ''))}
      value={value === null || value === undefined ? null : value / 100}
      onChange={(yuan) => onChange?.(yuan === null ? null : Math.round(yuan * 100))}
      style={{ width: '100%', ...rest.style }}
    />
  );
}
