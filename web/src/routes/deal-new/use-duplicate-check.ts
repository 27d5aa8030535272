import { type FormInstance } from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { useLocale } from '../../i18n/locale';
import { clientFormField, type NewClientValues } from '../clients/new-client-fields';
import { duplicateGate, typedContacts, type DuplicateItem } from './duplicates';
import { useToasts } from '../../components/toasts';

/**
 * The pre-save duplicate check of a form with a new client under `client`: `stops(client)` asks the
 * server and returns true when the save must wait (duplicates to show, or the contacts refused at
 * their fields); the same contacts a second time go through.
 */
export function useDuplicateCheck(form: FormInstance) {
  const { t } = useLocale();
  const { message } = useToasts();
  const [gate] = useState(() => duplicateGate());
  const [duplicates, setDuplicates] = useState<readonly DuplicateItem[]>([]);
  const [checking, setChecking] = useState(false);
  const stops = async (client: NewClientValues | undefined): Promise<boolean> => {
    setChecking(true);
    try {
      const found = await gate(typedContacts(client));
      setDuplicates(found);
      return found.length > 0;
    } catch (error) {
      if (!showFieldErrors(form, error, (f) => clientFormField(`client.${f}`))) message.error(errorText(t, error));
      return true;
    } finally {
      setChecking(false);
    }
  };
  return { duplicates, clear: () => setDuplicates([]), checking, stops };
}
