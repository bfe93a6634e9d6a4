// Picks an account with server-side search (/api/accounts?q=); used for parent accounts and filters.
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount, useAccounts } from '../api/accounts.ts';
import { withCode } from '../lib/labels.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

interface AccountSelectProps {
  value?: number | null | undefined;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** An account that must not be offered (the account itself, when picking its parent). */
  excludeId?: number | undefined;
  /** Label of the current value, if known; otherwise it is loaded by id. */
  currentLabel?: string | null | undefined;
  style?: React.CSSProperties;
  id?: string;
  autoFocus?: boolean;
}

export function AccountSelect({ value, onChange, excludeId, currentLabel, ...rest }: AccountSelectProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const { data, isFetching } = useAccounts({ q: q || undefined, limit: 30, sort: 'name' });
  const inResults = Boolean(value && data?.items.some((account) => account.id === value));
  const current = useAccount(value && !inResults && !currentLabel ? value : undefined);

  const options = useMemo(() => {
    const items = (data?.items ?? []).filter((account) => account.id !== excludeId);
    const list = items.map((account) => ({
      value: account.id,
      label: withCode(account.name, account.code, i18n.language),
    }));
    if (value && !inResults) {
      const label =
        currentLabel ??
        (current.data ? withCode(current.data.name, current.data.code, i18n.language) : `#${value}`);
      list.unshift({ value, label });
    }
    return list;
  }, [data, value, inResults, currentLabel, current.data, excludeId, i18n.language]);

  return (
    <Select<number>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={isFetching}
      placeholder={rest.placeholder ?? t('common.searchAccount')}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatch')}
    />
  );
}
