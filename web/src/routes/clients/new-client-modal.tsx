import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { DuplicateWarning } from '../deal-new/duplicate-warning';
import { useDuplicateCheck } from '../deal-new/use-duplicate-check';
import { NewClientFields, clientFormField, toNewClientInput, type NewClientValues } from './new-client-fields';
import { useToasts } from '../../components/toasts';

const CreateClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      client {
        id
      }
    }
  }
`);

/** A new client typed by hand, warned about a probable duplicate before saving (then the existing one may be opened instead). */
export function NewClientButton() {
  const { t } = useLocale();
  const { message } = useToasts();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ client: NewClientValues }>();
  const { duplicates, clear, checking, stops } = useDuplicateCheck(form);
  const create = useMutation({
    mutationFn: (client: NewClientValues) => execute(CreateClientMutation, { input: { client: toNewClientInput(client) } }),
    onSuccess: async (data) => {
      setOpen(false);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await navigate({ to: '/clients/$clientId', params: { clientId: data.createClient.client.id } });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, clientFormField)) message.error(errorText(t, error));
    },
  });
  const submit = async ({ client }: { client: NewClientValues }) => {
    if (await stops(client)) return;
    create.mutate(client);
  };
  const openExisting = (clientId: string) => {
    setOpen(false);
    clear();
    void navigate({ to: '/clients/$clientId', params: { clientId } });
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('clients.new')}
      </Button>
      <Modal
        open={open}
        title={t('clients.new')}
        width={720}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending || checking}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ client: { kind: 'PERSON' } }} onFinish={(v) => void submit(v)}>
          <NewClientFields />
          <DuplicateWarning duplicates={duplicates} onUse={openExisting} />
        </Form>
      </Modal>
    </>
  );
}
