// Contacts and their profiles ([ACC-4]): list, detail, writes, archive/restore.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactDetailT,
  ContactInputT,
  ContactListItemT,
  ContactListQueryT,
  ContactPatchT,
} from '../../../src/http/contact/contact-schemas.ts';
import { apiGet, apiJson } from './http.ts';

export type { ContactDetailT, ContactInputT, ContactListItemT, ContactPatchT };

export type ContactListParams = Partial<ContactListQueryT>;
export type ContactSort = ContactListQueryT['sort'];

export const contactKeys = {
  all: ['contacts'] as const,
  list: (params: ContactListParams) => ['contacts', 'list', params] as const,
  detail: (id: number) => ['contacts', 'detail', id] as const,
};

export function useContacts(params: ContactListParams, enabled = true) {
  return useQuery({
    queryKey: contactKeys.list(params),
    queryFn: ({ signal }) =>
      apiGet<{ items: ContactListItemT[]; total: number }>('/contacts', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useContact(id: number | undefined) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? 0),
    queryFn: ({ signal }) => apiGet<ContactDetailT>(`/contacts/${id}`, undefined, signal),
    enabled: id !== undefined && id > 0,
  });
}

function useContactWrite<TInput>(write: (input: TInput) => Promise<ContactDetailT>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKeys.detail(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: contactKeys.all });
      // The account detail carries a contact count.
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'detail', contact.accountId] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const useCreateContact = () =>
  useContactWrite((input: ContactInputT) => apiJson<ContactDetailT>('POST', '/contacts', { body: input }));

export const useUpdateContact = (id: number) =>
  useContactWrite((patch: ContactPatchT) =>
    apiJson<ContactDetailT>('PATCH', `/contacts/${id}`, { body: patch }),
  );

export const useArchiveContact = (id: number) =>
  useContactWrite(() => apiJson<ContactDetailT>('POST', `/contacts/${id}/archive`));

export const useRestoreContact = (id: number) =>
  useContactWrite(() => apiJson<ContactDetailT>('POST', `/contacts/${id}/restore`));
