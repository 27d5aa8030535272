import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import type { AuditActorKind, AuditChannel } from '../__generated__/graphql';
import { execute } from '../graphql/execute';
import { useLocale } from '../i18n/locale';
import { OrgUsersQuery } from '../routes/deal-card/tasks-section';
import { formatInstant } from './dates';

export interface AuditRow {
  id: string;
  occurredAt: string;
  actorKind: AuditActorKind;
  actorId?: string | null;
  channel: AuditChannel;
  action: string;
  outcome: string;
  summary: string;
  changes: { field: string; label?: string | null; from?: string | null; to?: string | null }[];
}

/** A JSON value of a change as a person reads it: strings without quotes, nothing as a dash. */
function shown(value: string | null | undefined): string {
  if (value === null || value === undefined || value === 'null') return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return value;
  }
}

/**
 * Audit entries, newest first: the server's summary (in the reader's language), who and where from,
 * a refused call's code, and the fields an update changed with before → after.
 */
export function AuditEntries({ entries }: { entries: readonly AuditRow[] }) {
  const { t, intl } = useLocale();
  // Names for user ids; a reader who may not list users sees the kind of actor instead.
  const users = useQuery({ queryKey: ['users'], queryFn: () => execute(OrgUsersQuery), staleTime: 300_000, retry: false });
  const name = (id: string | null | undefined) => users.data?.users.edges.find((e) => e.node.id === id)?.node.displayName;
  return (
    <List<AuditRow>
      size="small"
      dataSource={[...entries]}
      renderItem={(entry) => (
        <List.Item key={entry.id} data-audit={entry.action}>
          <div style={{ width: '100%' }}>
            <div>
              {/* A refused call's summary names its code already; it is set apart by colour. */}
              <strong style={entry.outcome === 'ok' ? undefined : { color: '#cf1322' }}>{entry.summary}</strong>
            </div>
            <Typography.Text type="secondary">
              {formatInstant(entry.occurredAt, intl)} · {(entry.actorKind === 'USER' && name(entry.actorId)) || t(`audit.actor.${entry.actorKind}`)} · {t(`audit.channel.${entry.channel}`)}
            </Typography.Text>
            {entry.changes.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {entry.changes.map((c) => (
                  <li key={c.field}>
                    <span title={c.field}>{c.label ?? c.field}</span>: {shown(c.from)} → {shown(c.to)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

