import { List, Typography } from 'antd';
import type { AuditActorKind, AuditChannel } from '../__generated__/graphql';
import { useLocale } from '../i18n/locale';
import { formatInstant } from './dates';

/** Only the name is asked for: a trail of 50 entries with ids too costs more than the router lets a screen ask (ADR 0020). */
type Person = { displayName: string } | null;

export interface AuditRow {
  id: string;
  occurredAt: string;
  actorKind: AuditActorKind;
  actorUser?: Person;
  channel: AuditChannel;
  action: string;
  outcome: string;
  summary: string;
  changes: { field: string; label: string; fromText: string; toText: string; fromUsers: readonly Person[]; toUsers: readonly Person[] }[];
}

/** A value as the server rendered it (codes as words, money, dates), or the people it names. */
function shown(text: string, users: readonly Person[]): string {
  const names = users.filter((u): u is NonNullable<Person> => u !== null).map((u) => u.displayName);
  return names.length > 0 ? names.join(', ') : text;
}

/**
 * Audit entries, newest first: the server's summary and change lines (in the reader's language), who
 * and where from, a refused call set apart, and the fields an update changed with before → after.
 */
export function AuditEntries({ entries }: { entries: readonly AuditRow[] }) {
  const { t, intl } = useLocale();
  return (
    <List<AuditRow>
      size="small"
      dataSource={[...entries]}
      renderItem={(entry) => (
        <List.Item key={entry.id} data-audit={entry.action}>
          <div style={{ width: '100%' }}>
            <div>
              {/* A refused call's summary names its reason already; it is set apart by colour. */}
              <strong style={entry.outcome === 'ok' ? undefined : { color: '#cf1322' }}>{entry.summary}</strong>
            </div>
            <Typography.Text type="secondary">
              {formatInstant(entry.occurredAt, intl)} · {entry.actorUser?.displayName ?? t(`audit.actor.${entry.actorKind}`)} · {t(`audit.channel.${entry.channel}`)}
            </Typography.Text>
            {entry.changes.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {entry.changes.map((c) => (
                  <li key={c.field} data-field={c.field}>
                    <span title={c.field}>{c.label}</span>: {shown(c.fromText, c.fromUsers)} → {shown(c.toText, c.toUsers)}
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
