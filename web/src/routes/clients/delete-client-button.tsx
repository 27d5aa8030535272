import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Popconfirm, Tooltip } from 'antd';
import { graphql } from '../../__generated__';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { useToasts } from '../../components/toasts';

const DeleteClientMutation = graphql(`
  mutation DeleteClient($input: DeleteClientInput!) {
    deleteClient(input: $input) {
      deletedClientId
    }
  }
`);

/** Admins delete a client without deals; one with deals is refused by the server (merge it instead). */
export function DeleteClientButton({ client }: { client: { id: string; version: number; displayName: string; deals: { edges: readonly unknown[] } } }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => execute(DeleteClientMutation, { input: { id: client.id, version: client.version } }),
    onSuccess: async () => {
      message.success(t('clientCard.deleted'));
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await navigate({ to: '/clients', search: {} });
    },
    onError: (error) => message.error(errorText(t, error)),
  });
  if (client.deals.edges.length)
    return (
      <Tooltip title={t('clientCard.hasDeals')}>
        <Button danger disabled>
          {t('clientCard.delete')}
        </Button>
      </Tooltip>
    );
  return (
    <Popconfirm title={t('clientCard.deleteConfirm', { name: client.displayName })} okText={t('clientCard.delete')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate()}>
      <Button danger loading={remove.isPending}>
        {t('clientCard.delete')}
      </Button>
    </Popconfirm>
  );
}
