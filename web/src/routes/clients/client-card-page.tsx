import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { Alert, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { graphql } from '../../__generated__';
import type { ClientCardQuery } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { useMe } from '../../app/shell';
import { DeleteClientButton } from './delete-client-button';
import { MergeClientForm } from './merge-client-form';

export const ClientCardQueryDocument = graphql(`
  query ClientCard($id: ID!) {
    client(id: $id) {
      id
      kind
      displayName
      phones
      phonesE164
      emails
      inn
      address
      notes
      version
      owner {
        id
        displayName
      }
      mergedInto {
        id
        displayName
      }
      deals(first: 50) {
        edges {
          node {
            id
            title
            stage
          }
        }
      }
      documents {
        id
        name
      }
    }
  }
`);

export type ClientCard = NonNullable<ClientCardQuery['client']>;

const route = getRouteApi('/authed/clients/$clientId');

/** One client: contacts, deals, own files; merging it into another client; an admin may delete one without deals. */
export function ClientCardPage() {
  const { t } = useLocale();
  const { clientId } = route.useParams();
  const isAdmin = useMe().data?.me.roles.includes('ADMIN') ?? false;
  const query = useQuery({ queryKey: ['client', clientId], queryFn: () => execute(ClientCardQueryDocument, { id: clientId }) });
  return (
    <QueryState query={query}>
      {({ client }) =>
        !client ? (
          <Alert type="warning" title={t('error.NOT_FOUND')} />
        ) : (
          <Flex vertical gap={16} style={{ maxWidth: 960 }}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
                {client.displayName}
              </Typography.Title>
              {isAdmin && !client.mergedInto && <DeleteClientButton client={client} />}
            </Flex>
            {client.mergedInto && (
              <Alert
                type="info"
                title={
                  <>
                    {t('clientCard.mergedInto')}{' '}
                    <Link to="/clients/$clientId" params={{ clientId: client.mergedInto.id }}>
                      {client.mergedInto.displayName}
                    </Link>
                  </>
                }
              />
            )}
            <SectionCard title={t('clientCard.contacts')}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('client.kind')}>{t(client.kind === 'COMPANY' ? 'client.COMPANY' : 'client.PERSON')}</Descriptions.Item>
                <Descriptions.Item label={t('clientCard.owner')}>{client.owner.displayName}</Descriptions.Item>
                <Descriptions.Item label={t('client.phone')}>
                  <Flex vertical>
                    {client.phones.length
                      ? client.phones.map((phone, i) => (
                          <a key={phone} href={`tel:${client.phonesE164[i] ?? phone}`}>
                            {phone}
                          </a>
                        ))
                      : '—'}
                  </Flex>
                </Descriptions.Item>
                <Descriptions.Item label={t('client.email')}>
                  <Flex vertical>{client.emails.length ? client.emails.map((email) => <a key={email} href={`mailto:${email}`}>{email}</a>) : '—'}</Flex>
                </Descriptions.Item>
                <Descriptions.Item label={t('client.inn')}>{client.inn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('clientCard.address')}>{client.address ?? '—'}</Descriptions.Item>
                {client.notes && <Descriptions.Item label={t('clientCard.notes')}>{client.notes}</Descriptions.Item>}
              </Descriptions>
            </SectionCard>
            <SectionCard title={t('client.deals')}>
              <List
                size="small"
                dataSource={client.deals.edges.map((e) => e.node)}
               
                renderItem={(deal) => (
                  <List.Item>
                    <Link to="/deals/$dealId" params={{ dealId: deal.id }}>
                      {deal.title}
                    </Link>
                    <Tag>{t(`stage.${deal.stage}`)}</Tag>
                  </List.Item>
                )}
              />
            </SectionCard>
            <SectionCard title={t('clientCard.documents')}>
              <List size="small" dataSource={client.documents} renderItem={(doc) => <List.Item>{doc.name}</List.Item>} />
            </SectionCard>
            {!client.mergedInto && (
              <SectionCard title={t('clientCard.merge')}>
                <MergeClientForm source={client} />
              </SectionCard>
            )}
          </Flex>
        )
      }
    </QueryState>
  );
}
