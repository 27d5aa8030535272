import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Flex, Segmented, Typography } from 'antd';
import { graphql } from '../../__generated__';
import { useMe } from '../../app/shell';
import { formatInstant } from '../../components/dates';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { SectionCard } from '../../components/section-card';
import { useLocale, type Language } from '../../i18n/locale';
import { NotificationPreferences } from './notification-preferences';

const CreateTelegramLinkCodeMutation = graphql(`
  mutation CreateTelegramLinkCode {
    createTelegramLinkCode {
      code
      expiresAt
    }
  }
`);

/** The bot's username for the deep link; configured at build time (`VITE_TELEGRAM_BOT`), optional. */
const BOT = import.meta.env.VITE_TELEGRAM_BOT as string | undefined;

export function SettingsPage() {
  const { t, language, setLanguage, intl } = useLocale();
  const me = useMe().data?.me;
  const link = useMutation({ mutationFn: () => execute(CreateTelegramLinkCodeMutation) });
  const code = link.data?.createTelegramLinkCode;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <h1 style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>{t('nav.settings')}</h1>
      <SectionCard title={me?.displayName}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('login.email')}>{me?.email}</Descriptions.Item>
          <Descriptions.Item label={t('admin.roles')}>{me?.roles.map((role) => t(`role.${role}`)).join(', ')}</Descriptions.Item>
          <Descriptions.Item label={t('settings.language')}>
            <Segmented<Language> value={language} onChange={setLanguage} options={[{ label: t('language.ru'), value: 'ru' }, { label: t('language.en'), value: 'en' }]} />
          </Descriptions.Item>
        </Descriptions>
      </SectionCard>
      <SectionCard title={t('settings.telegram')}>
        {me?.telegram && (
          <Typography.Paragraph>
            {t('settings.telegramLinked')}: @{me.telegram.telegramUsername ?? '—'} ({formatInstant(me.telegram.linkedAt, intl)})
          </Typography.Paragraph>
        )}
        <Button onClick={() => link.mutate()} loading={link.isPending}>
          {t('settings.telegramCode')}
        </Button>
        {link.isError && <Alert type="error" title={errorText(t, link.error)} />}
        {code && (
          <Alert
            style={{ marginTop: 16 }}
            type="info"
            title={
              <>
                {t('settings.telegramHint')}: <Typography.Text code copyable data-testid="telegram-code">/start {code.code}</Typography.Text>
              </>
            }
            description={
              <>
                {BOT && <a href={`https://t.me/${BOT}?start=${code.code}`}>t.me/{BOT}?start={code.code}</a>} · {formatInstant(code.expiresAt, intl)}
              </>
            }
          />
        )}
      </SectionCard>
      <NotificationPreferences />
    </Flex>
  );
}
