// Picks a sales region 大区 (org units of kind `region`).
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type OrgUnitT, useOrgUnits } from '../api/org.ts';

interface RegionSelectProps {
  value?: number | null | undefined;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

/** The org unit's name in the UI language (English name when there is one). */
export function orgUnitLabel(unit: OrgUnitT, lang: string): string {
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}

export function RegionSelect({ value, onChange, ...rest }: RegionSelectProps) {
  const { t, i18n } = useTranslation();
  const { data, isLoading } = useOrgUnits();
  const options = (data ?? [])
    .filter((unit) => unit.kind === 'region')
    .map((unit) => ({ value: unit.id, label: orgUnitLabel(unit, i18n.language) }));
  return (
    <Select<number>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={isLoading}
      placeholder={rest.placeholder ?? t('account.field.region')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
