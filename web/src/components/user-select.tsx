// Picks a user with server-side search (/api/users?q=); used for owners, team members and audit filters.
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserItemT, useUsers } from '../api/org.ts';
import { withCode } from '../lib/labels.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

interface UserSelectProps {
  value?: number | null | undefined;
  onChange?: (value: number | undefined, user: UserItemT | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Label of the current value when it may not be among the first results (e.g. the account's owner). */
  currentLabel?: string | null | undefined;
  style?: React.CSSProperties;
  id?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function UserSelect({ value, onChange, currentLabel, ...rest }: UserSelectProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250);
  const { data, isFetching } = useUsers({ q: q || undefined, limit: q ? 50 : 200 });

  const options = useMemo(() => {
    const items = data?.items ?? [];
    const list = items.map((user) => ({
      value: user.id,
      label: withCode(user.displayName, user.username, i18n.language),
      title: user.orgUnitName,
    }));
    if (value && !items.some((user) => user.id === value)) {
      list.unshift({ value, label: currentLabel ?? `#${value}`, title: '' });
    }
    return list;
  }, [data, value, currentLabel, i18n.language]);

  return (
    <Select<number>
      {...rest}
      value={value ?? undefined}
      onChange={(next) =>
        onChange?.(
          next,
          data?.items.find((user) => user.id === next),
        )
      }
      options={options}
      loading={isFetching}
      placeholder={rest.placeholder ?? t('common.searchUser')}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={isFetching ? t('common.loading') : t('common.noMatch')}
    />
  );
}
