import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { CreateDealInput } from '../../__generated__/graphql';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { parseAmount } from '../../money/format-money';
import { ClientSearch } from './client-search';
import { NewClientFields, clientFormField, toNewClientInput, type NewClientValues } from '../clients/new-client-fields';
import { DuplicateWarning } from './duplicate-warning';
import { useDuplicateCheck } from './use-duplicate-check';
import { useToasts } from '../../components/toasts';

const CreateDealMutation = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
      }
    }
  }
`);

interface Values {
  title: string;
  insuranceType?: string;
  expectedPremium?: string;
  clientMode: 'existing' | 'new';
  clientId?: string;
  client?: NewClientValues;
}

function toInput(values: Values): CreateDealInput {
  const premium = values.expectedPremium ? parseAmount(values.expectedPremium) : null;
  return {
    title: values.title,
    ...(values.insuranceType ? { insuranceType: values.insuranceType } : {}),
    ...(premium ? { expectedPremium: { amount: premium, currency: 'RUB' } } : {}),
    ...(values.clientMode === 'existing' ? { clientId: values.clientId ?? null } : { newClient: toNewClientInput(values.client) }),
  };
}

/** A new deal for an existing client or one typed inline, warning about a probable duplicate before saving. */
export function NewDealPage() {
  const { t } = useLocale();
  const { message } = useToasts();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('clientMode', form) ?? 'existing';
  const { duplicates, clear, checking, stops } = useDuplicateCheck(form);
  const [usedClient, setUsedClient] = useState<{ id: string; displayName: string } | null>(null);

  const create = useMutation({
    mutationFn: (values: Values) => execute(CreateDealMutation, { input: toInput(values) }),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
      await navigate({ to: '/deals/$dealId', params: { dealId: data.createDeal.deal.id } });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, clientFormField)) message.error(errorText(t, error));
    },
  });

  /** A new client is first checked against the existing ones (the server's duplicate query); a match stops the save once. */
  const submit = async (values: Values) => {
    if (values.clientMode === 'new' && (await stops(values.client))) return;
    create.mutate(values);
  };

  return (
    <Card style={{ maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('newDeal.title')}
      </Typography.Title>
      <Form<Values> form={form} layout="vertical" initialValues={{ clientMode: 'existing', client: { kind: 'PERSON' } }} onFinish={(v) => void submit(v)}>
        <Form.Item label={t('newDeal.dealTitle')} name="title" rules={[{ required: true, message: t('error.field') }]}>
          <Input />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item label={t('newDeal.insuranceType')} name="insuranceType" style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item label={t('deals.col.premium')} name="expectedPremium" style={{ flex: 1 }} rules={[{ validator: (_, v?: string) => (!v || parseAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('error.field')))) }]}>
            <Input inputMode="decimal" suffix="₽" />
          </Form.Item>
        </Flex>
        <Form.Item label={t('newDeal.client')} name="clientMode">
          <Radio.Group
            optionType="button"
            onChange={() => clear()}
            options={[
              { value: 'existing', label: t('newDeal.existingClient') },
              { value: 'new', label: t('newDeal.newClient') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="clientId" label={t('newDeal.existingClient')} rules={[{ required: true, message: t('error.field') }]}>
            <ClientSearch chosen={usedClient} />
          </Form.Item>
        ) : (
          <>
            <NewClientFields />
            <DuplicateWarning
              duplicates={duplicates}
              onUse={(clientId, displayName) => {
                setUsedClient({ id: clientId, displayName });
                form.setFieldsValue({ clientMode: 'existing', clientId });
                clear();
              }}
            />
          </>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending || checking} style={{ marginTop: 16 }}>
          {t('newDeal.create')}
        </Button>
      </Form>
    </Card>
  );
}
