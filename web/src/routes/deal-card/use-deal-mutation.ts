import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormInstance } from 'antd';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { isConflict } from '../../graphql/errors';
import { useLocale } from '../../i18n/locale';
import { useDialogs } from '../../components/dialogs';

/**
 * A mutation from the deal card: on success every section of the card re-reads; field errors land on
 * the form's fields; a CONFLICT says someone else changed it and reloads the card, so nothing is lost silently.
 */
export function useDealMutation<V, R>(dealId: string, mutationFn: (vars: V) => Promise<R>, options: { form?: FormInstance; success?: string; onSuccess?: (result: R) => void } = {}) {
  const { t } = useLocale();
  const { message, modal } = useDialogs();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['deal', dealId] });
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      await reload();
      if (options.success) void message.success(options.success);
      options.onSuccess?.(result);
    },
    onError: (error) => {
      if (isConflict(error)) {
        modal.warning({ title: t('error.CONFLICT'), okText: t('common.reload'), onOk: reload });
        return;
      }
      if (options.form && showFieldErrors(options.form, error)) return;
      void message.error(errorText(t, error));
    },
  });
}
