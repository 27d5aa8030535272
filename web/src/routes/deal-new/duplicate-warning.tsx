import { Alert, Button, Flex } from 'antd';
import type { DuplicateItem } from './duplicates';
import { useLocale } from '../../i18n/locale';

/** Shown before saving a new client that looks like an existing one; the user may take the existing one instead. */
export function DuplicateWarning({ duplicates, onUse }: { duplicates: readonly DuplicateItem[]; onUse: (clientId: string, displayName: string) => void }) {
  const { t } = useLocale();
  if (!duplicates.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('duplicate.title')}
      description={
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {duplicates.map((d) => (
            <li key={d.client.id}>
              <Flex gap={8} align="center" wrap>
                <span>
                  {d.client.displayName} — {t('duplicate.matched')}: {d.matchedOn.map((m) => t(`duplicate.${m}`)).join(', ')}
                </span>
                <Button size="small" onClick={() => onUse(d.client.id, d.client.displayName)}>
                  {t('duplicate.use')}
                </Button>
              </Flex>
            </li>
          ))}
        </ul>
      }
    />
  );
}
