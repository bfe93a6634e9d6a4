// The plan account's active contacts (up to 200), for owner pickers, the influence map and voices.
import { useMemo } from 'react';
import { useContacts } from '../../../api/contacts.ts';

export function useAccountContacts(accountId: number) {
  const contacts = useContacts({ accountId, limit: 200, status: 'active' });
  const options = useMemo(
    () =>
      (contacts.data?.items ?? []).map((contact) => ({
        value: contact.id,
        label: contact.title ? `${contact.name} · ${contact.title}` : contact.name,
      })),
    [contacts.data],
  );
  return { contacts: contacts.data?.items ?? [], options, loading: contacts.isLoading };
}
