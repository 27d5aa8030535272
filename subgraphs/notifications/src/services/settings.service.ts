import { appError, ErrorCode, parseInput, requireUser, type Db, type Executor, type Identity } from '@crm/platform';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { channelPreferences, telegramChats, userSettings, type UserSettingsRow } from '../db/schema';
import type { OrganisationZoneService } from './organisation-zone.service';
import { KIND_CHANNELS, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type Language, type NotificationChannel, type NotificationKind } from '../messages/notification-kinds';
import { TIME_OF_DAY } from './quiet-hours';
import { notificationsText } from '../notifications.texts';
import { inputText } from '@crm/texts';

export interface NotificationPreference {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
  mandatory: boolean;
}

export interface NotificationSettings {
  language: Language;
  quietHours: { start: string; end: string } | null;
  timeZone: string;
  digestTime: string;
  preferences: NotificationPreference[];
  telegramActive: boolean;
}

const timeOfDay = z.string().regex(TIME_OF_DAY, { message: inputText.reason('timeOfDay') });
const updateInput = z.object({
  language: z.enum(['RU', 'EN']).nullish(),
  quietHours: z.object({ start: timeOfDay, end: timeOfDay }).nullish(),
  digestTime: timeOfDay.nullish(),
  preferences: z
    .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), channel: z.enum(NOTIFICATION_CHANNELS), enabled: z.boolean() }))
    .max(NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length)
    .nullish(),
});

const DEFAULT_LANGUAGE: Language = 'RU';
/** When the morning digest goes out unless the user chose another time. */
export const DEFAULT_DIGEST_TIME = '09:00';

export interface ChannelChoices {
  wants(userId: string, kind: NotificationKind, channel: NotificationChannel): boolean;
}

export interface Reader {
  language: Language;
  quietHours: { start: string; end: string } | null;
  digestTime: string;
}

const readerOf = (row: UserSettingsRow | undefined): Reader => ({
  language: row?.language ?? DEFAULT_LANGUAGE,
  quietHours: row?.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null,
  digestTime: row?.digestTime ?? DEFAULT_DIGEST_TIME,
});

/**
 * Per user: language, quiet hours, digest time, and kind × channel switches over the defaults of
 * `KIND_CHANNELS`. Times of day are read on the organisation's clock (its CRM time zone).
 */
export function createSettingsService(deps: { db: Db; zones: OrganisationZoneService }) {
  const { db, zones } = deps;

  async function languageOf(userId: string): Promise<Language> {
    const [row] = await db.select({ language: userSettings.language }).from(userSettings).where(eq(userSettings.userId, userId));
    return row?.language ?? DEFAULT_LANGUAGE;
  }

  async function settingsOf(executor: Executor, { userId, orgId }: { userId: string; orgId: string }): Promise<NotificationSettings> {
    const [row] = await executor.select().from(userSettings).where(eq(userSettings.userId, userId));
    const chosen = await executor.select().from(channelPreferences).where(eq(channelPreferences.userId, userId));
    const preferences = NOTIFICATION_KINDS.flatMap((kind) =>
      KIND_CHANNELS[kind].channels.map((channel) => {
        const mandatory = KIND_CHANNELS[kind].mandatory.includes(channel);
        const choice = chosen.find((c) => c.kind === kind && c.channel === channel);
        return { kind, channel, mandatory, enabled: mandatory || (choice?.enabled ?? true) };
      }),
    );
    const [chat] = await executor.select({ active: telegramChats.active }).from(telegramChats).where(eq(telegramChats.userId, userId));
    return { ...readerOf(row), timeZone: await zones.zoneOf(executor, orgId), preferences, telegramActive: chat?.active ?? false };
  }

  async function mine(caller: Identity | null): Promise<NotificationSettings> {
    return settingsOf(db, requireUser(caller));
  }

  async function update(caller: Identity | null, input: unknown): Promise<NotificationSettings> {
    const user = requireUser(caller);
    const data = parseInput(updateInput, input);
    (data.preferences ?? []).forEach((p, index) => {
      const field = `input.preferences.${index}`;
      if (!KIND_CHANNELS[p.kind].channels.includes(p.channel)) {
        throw appError(ErrorCode.BadUserInput, { text: notificationsText('notSentTo', { kind: p.kind, channel: p.channel }), field });
      }
      if (!p.enabled && KIND_CHANNELS[p.kind].mandatory.includes(p.channel)) {
        throw appError(ErrorCode.BadUserInput, { text: notificationsText('mandatory', { kind: p.kind, channel: p.channel }), field });
      }
    });
    return db.transaction(async (tx) => {
      const [current] = await tx.select().from(userSettings).where(eq(userSettings.userId, user.userId));
      const quiet = data.quietHours === undefined ? { quietHoursStart: current?.quietHoursStart ?? null, quietHoursEnd: current?.quietHoursEnd ?? null } : { quietHoursStart: data.quietHours?.start ?? null, quietHoursEnd: data.quietHours?.end ?? null };
      const digestTime = data.digestTime === undefined ? (current?.digestTime ?? null) : data.digestTime;
      const values = { organizationId: user.orgId, language: data.language ?? current?.language ?? DEFAULT_LANGUAGE, ...quiet, digestTime };
      await tx.insert(userSettings).values({ userId: user.userId, ...values }).onConflictDoUpdate({ target: userSettings.userId, set: values });
      for (const p of data.preferences ?? []) {
        await tx
          .insert(channelPreferences)
          .values({ userId: user.userId, organizationId: user.orgId, ...p })
          .onConflictDoUpdate({ target: [channelPreferences.userId, channelPreferences.kind, channelPreferences.channel], set: { enabled: p.enabled } });
      }
      return settingsOf(tx, user);
    });
  }

  /**
   * What `userIds` chose against the defaults, read in one query (a consumer's whole batch): `wants`
   * says whether a user gets `kind` on `channel` (a mandatory one always, a channel the kind does not go to never).
   */
  async function choicesOf(tx: Executor, userIds: readonly string[]): Promise<ChannelChoices> {
    const ids = [...new Set(userIds)];
    const off =
      ids.length === 0
        ? []
        : await tx
            .select({ userId: channelPreferences.userId, kind: channelPreferences.kind, channel: channelPreferences.channel })
            .from(channelPreferences)
            .where(and(inArray(channelPreferences.userId, ids), eq(channelPreferences.enabled, false)));
    const turnedOff = new Set(off.map((row) => `${row.userId} ${row.kind} ${row.channel}`));
    return {
      wants: (userId, kind, channel) => KIND_CHANNELS[kind].channels.includes(channel) && (KIND_CHANNELS[kind].mandatory.includes(channel) || !turnedOff.has(`${userId} ${kind} ${channel}`)),
    };
  }

  /** Language, quiet hours and digest time of each reader, for messages sent outside a request. */
  async function readers(userIds: readonly string[]): Promise<Map<string, Reader>> {
    const rows = userIds.length === 0 ? [] : await db.select().from(userSettings).where(inArray(userSettings.userId, [...userIds]));
    return new Map(userIds.map((id) => [id, readerOf(rows.find((r) => r.userId === id))]));
  }

  return { languageOf, mine, update, choicesOf, readers };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
