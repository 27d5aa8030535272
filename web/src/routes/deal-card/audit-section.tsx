import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../__generated__';
import { AuditEntries } from '../../components/audit-entries';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';

const DealAuditTrailQuery = graphql(`
  query DealAuditTrail($id: ID!, $language: Language) {
    deal(id: $id) {
      id
      auditTrail(first: 50) {
        edges {
          node {
            ...AuditEntryRow
          }
        }
      }
    }
  }
  fragment AuditEntryRow on AuditEntry {
    id
    occurredAt
    actorKind
    actorUser {
      displayName
    }
    channel
    action
    outcome
    summary(language: $language)
    changes {
      field
      label(language: $language)
      fromText(language: $language)
      toText(language: $language)
      fromUsers {
        displayName
      }
      toUsers {
        displayName
      }
    }
  }
`);

/** Who changed what on the deal and on everything hanging on it, newest first (Audit's trail). */
export function AuditSection({ dealId }: { dealId: string }) {
  const { t, language } = useLocale();
  const query = useQuery({
    // Under the deal's key: the card's live events refresh it with the rest.
    queryKey: ['deal', dealId, 'audit', language],
    queryFn: () => execute(DealAuditTrailQuery, { id: dealId, language: language === 'ru' ? 'RU' : 'EN' }),
    // Audit learns of a new deal from CRM's events a moment later; until then it refuses the trail.
    retry: 5,
    retryDelay: 2_000,
  });
  return (
    <SectionCard title={t('audit.dealTrail')}>
      <QueryState query={query} empty={(data) => !data.deal?.auditTrail.edges.length}>
        {(data) => <AuditEntries entries={data.deal?.auditTrail.edges.map((e) => e.node) ?? []} />}
      </QueryState>
    </SectionCard>
  );
}
