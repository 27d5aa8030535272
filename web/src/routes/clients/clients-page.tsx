import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Flex, Input, Table, Typography } from 'antd';
import { graphql } from '../../__generated__';
import type { ClientsListQuery } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { NewClientButton } from './new-client-modal';

const ClientsListQueryDocument = graphql(`
  query ClientsList($search: String) {
    clients(search: $search, first: 50) {
      edges {
        node {
          id
          kind
          displayName
          phones
          emails
          inn
          deals(first: 10) {
            edges {
              node {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

type Client = ClientsListQuery['clients']['edges'][number]['node'];

/** Clients found by name, phone, e-mail or INN (the search lives in the URL), each with its deals. */
export function ClientsPage() {
  const { t } = useLocale();
  const { q } = useSearch({ from: '/authed/clients' });
  const navigate = useNavigate({ from: '/clients' });
  const query = useQuery({ queryKey: ['clients', 'list', q], queryFn: () => execute(ClientsListQueryDocument, { search: q ?? null }) });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('nav.clients')}
        </Typography.Title>
        <NewClientButton />
      </Flex>
      <Input.Search defaultValue={q} allowClear placeholder={t('newDeal.clientSearch')} aria-label={t('common.search')} onSearch={(value) => void navigate({ search: value ? { q: value } : {} })} style={{ maxWidth: 420 }} />
      <QueryState query={query}>
        {(data) => (
          <Table<Client>
            rowKey="id"
            size="middle"
            dataSource={data.clients.edges.map((e) => e.node)}
            columns={[
              {
                title: t('deals.col.client'),
                render: (_, c) => (
                  <Link to="/clients/$clientId" params={{ clientId: c.id }}>
                    {c.displayName}
                  </Link>
                ),
              },
              { title: t('client.kind'), render: (_, c) => t(c.kind === 'COMPANY' ? 'client.COMPANY' : 'client.PERSON') },
              { title: t('client.phone'), render: (_, c) => c.phones.join(', ') },
              { title: t('client.email'), render: (_, c) => c.emails.join(', ') },
              { title: t('client.inn'), render: (_, c) => c.inn ?? '—' },
              {
                title: t('client.deals'),
                render: (_, c) => (
                  <Flex vertical>
                    {c.deals.edges.map(({ node }) => (
                      <Link key={node.id} to="/deals/$dealId" params={{ dealId: node.id }}>
                        {node.title}
                      </Link>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
