import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import type { NotificationChannel, NotificationKind, NotificationSettingsQuery } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { fieldErrors } from '../../graphql/errors';
import { useLocale } from '../../i18n/locale';
import { NotificationSettingsQuery as SettingsQuery, UpdateNotificationSettingsMutation } from '../notifications/notifications-operations';
import { useToasts } from '../../components/toasts';

type Settings = NotificationSettingsQuery['notificationSettings'];
const CHANNELS: NotificationChannel[] = ['IN_APP', 'TELEGRAM'];
const key = (kind: NotificationKind, channel: NotificationChannel) => `${kind}/${channel}`;

/** Which kinds go where (mandatory ones locked) and Telegram's quiet hours; the server's field errors at their field. */
export function NotificationPreferences() {
  const { t } = useLocale();
  const query = useQuery({ queryKey: ['notificationSettings'], queryFn: () => execute(SettingsQuery) });
  return (
    <SectionCard title={t('notifications.preferences')}>
      <QueryState query={query}>{(data) => <PreferencesForm settings={data.notificationSettings} />}</QueryState>
    </SectionCard>
  );
}

function PreferencesForm({ settings }: { settings: Settings }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ quietStart: string; quietEnd: string }>();
  const [enabled, setEnabled] = useState(() => new Map(settings.preferences.map((p) => [key(p.kind, p.channel), p.enabled])));
  const kinds = [...new Set(settings.preferences.map((p) => p.kind))];
  const save = useMutation({
    mutationFn: (values: { quietStart?: string; quietEnd?: string }) => {
      const start = values.quietStart?.trim();
      const end = values.quietEnd?.trim();
      return execute(UpdateNotificationSettingsMutation, {
        input: {
          preferences: settings.preferences.filter((p) => !p.mandatory).map((p) => ({ kind: p.kind, channel: p.channel, enabled: enabled.get(key(p.kind, p.channel)) ?? p.enabled })),
          // Both empty: no quiet hours. One given: the server names the other one's field.
          quietHours: start || end ? { start: start ?? '', end: end ?? '' } : null,
        },
      });
    },
    onSuccess: (data) => {
      queryClient.setQueryData(['notificationSettings'], { notificationSettings: data.updateNotificationSettings });
      void message.success(t('common.saved'));
    },
    onError: (error) => showFieldErrors(form, error, (field) => field.replace(/^quietHours\.start$/, 'quietStart').replace(/^quietHours\.end$/, 'quietEnd').replace(/^quietHours$/, 'quietStart')),
  });
  const unplaced = save.isError && ![...fieldErrors(save.error).keys()].some((f) => f.startsWith('quietHours'));
  const preference = (kind: NotificationKind, channel: NotificationChannel) => settings.preferences.find((p) => p.kind === kind && p.channel === channel);

  return (
    <Form form={form} layout="vertical" initialValues={{ quietStart: settings.quietHours?.start ?? '', quietEnd: settings.quietHours?.end ?? '' }} onFinish={(values) => save.mutate(values)}>
      {!settings.telegramActive && <Typography.Paragraph type="secondary">{t('notifications.telegramInactive')}</Typography.Paragraph>}
      <Table
        rowKey={(kind) => kind}
        size="small"
        pagination={false}
        dataSource={kinds}
        columns={[
          { key: 'kind', title: t('notifications.kind'), render: (_, kind) => t(`notifications.kind.${kind}`) },
          ...CHANNELS.map((channel) => ({
            key: channel,
            title: t(`notifications.channel.${channel}`),
            render: (_: unknown, kind: NotificationKind) => {
              const p = preference(kind, channel);
              if (!p) return '—';
              return (
                <Switch
                  size="small"
                  aria-label={`${t(`notifications.kind.${kind}`)}: ${t(`notifications.channel.${channel}`)}`}
                  checked={enabled.get(key(kind, channel)) ?? p.enabled}
                  disabled={p.mandatory}
                  title={p.mandatory ? t('notifications.mandatory') : undefined}
                  onChange={(on) => setEnabled((m) => new Map(m).set(key(kind, channel), on))}
                />
              );
            },
          })),
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 16 }}>{t('notifications.quietHoursHint', { zone: settings.timeZone })}</Typography.Paragraph>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="quietStart" label={t('notifications.quietStart')}>
          <Input placeholder="22:00" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="quietEnd" label={t('notifications.quietEnd')}>
          <Input placeholder="08:00" style={{ width: 120 }} />
        </Form.Item>
      </div>
      {unplaced && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(t, save.error)} description={[...fieldErrors(save.error).values()].join('; ') || undefined} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
