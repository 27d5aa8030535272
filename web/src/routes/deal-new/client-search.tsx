import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';

export const ClientSearchQuery = graphql(`
  query ClientSearch($search: String, $first: Int) {
    clients(search: $search, first: $first) {
      edges {
        node {
          id
          displayName
          phones
          emails
          inn
        }
      }
    }
  }
`);

/** Picks an existing client by name, phone, e-mail or INN (server-side search). */
export function ClientSearch({ value, onChange, id, chosen, exclude, label }: { label?: string; value?: string; onChange?: (id: string) => void; id?: string; chosen?: { id: string; displayName: string } | null; exclude?: string }) {
  const { t } = useLocale();
  const [search, setSearch] = useState('');
  const query = useQuery({
    queryKey: ['clients', 'search', search],
    queryFn: () => execute(ClientSearchQuery, { search: search || null, first: 20 }),
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      loading={query.isFetching}
      placeholder={t('newDeal.clientSearch')}
      aria-label={label ?? t('newDeal.clientSearch')}
      options={withChosen(
        query.data?.clients.edges.filter(({ node }) => node.id !== exclude).map(({ node }) => ({ value: node.id, label: [node.displayName, node.phones[0], node.inn].filter(Boolean).join(' · ') })) ?? [],
        chosen,
      )}
    />
  );
}

/** A client picked elsewhere (the duplicate warning) is shown by name even when the search did not find it. */
function withChosen(options: { value: string; label: string }[], chosen: { id: string; displayName: string } | null | undefined) {
  return chosen && !options.some((o) => o.value === chosen.id) ? [{ value: chosen.id, label: chosen.displayName }, ...options] : options;
}
