import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { ClientKind, CreateDealInput } from '../../__generated__/graphql';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { parseAmount } from '../../money/format-money';
import { ClientSearch, ClientSearchQuery } from './client-search';
import { DuplicateWarning, type DuplicateItem } from './duplicate-warning';
import { matchDuplicates } from './duplicates';

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
  client?: { kind: ClientKind; lastName?: string; firstName?: string; companyName?: string; phone?: string; email?: string; inn?: string };
}

function toInput(values: Values): CreateDealInput {
  const c = values.client;
  const premium = values.expectedPremium ? parseAmount(values.expectedPremium) : null;
  return {
    title: values.title,
    ...(values.insuranceType ? { insuranceType: values.insuranceType } : {}),
    ...(premium ? { expectedPremium: { amount: premium, currency: 'RUB' } } : {}),
    ...(values.clientMode === 'existing'
      ? { clientId: values.clientId ?? null }
      : {
          newClient: {
            kind: c?.kind ?? 'PERSON',
            lastName: c?.lastName || null,
            firstName: c?.firstName || null,
            companyName: c?.companyName || null,
            phones: c?.phone ? [c.phone] : [],
            emails: c?.email ? [c.email] : [],
            inn: c?.inn || null,
          },
        }),
  };
}

/** The server names `newClient.phones.0`; the form field is `client.phone`. */
const formField = (field: string) => field.replace(/^newClient\./, 'client.').replace(/^client\.phones\.\d+$/, 'client.phone').replace(/^client\.emails\.\d+$/, 'client.email');

/** A new deal for an existing client or one typed inline, warning about a probable duplicate before saving. */
export function NewDealPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('clientMode', form) ?? 'existing';
  const kind = Form.useWatch(['client', 'kind'], form) ?? 'PERSON';
  const [duplicates, setDuplicates] = useState<DuplicateItem[]>([]);
  const [checkedFor, setCheckedFor] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (values: Values) => execute(CreateDealMutation, { input: toInput(values) }),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
      await navigate({ to: '/deals/$dealId', params: { dealId: data.createDeal.deal.id } });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error, formField)) message.error(errorText(t, error));
    },
  });

  /** The pre-save duplicate check: search by each contact typed, match them exactly; shown once per set of contacts. */
  const checkDuplicates = async (values: Values): Promise<boolean> => {
    const c = values.client;
    const typed = { phones: c?.phone ? [c.phone] : [], emails: c?.email ? [c.email] : [], inn: c?.inn ?? null };
    const key = JSON.stringify(typed);
    if (checkedFor === key) return false;
    const terms = [...typed.phones, ...typed.emails, ...(typed.inn ? [typed.inn] : [])];
    const found = await Promise.all(terms.map((search) => queryClient.fetchQuery({ queryKey: ['clients', 'search', search], queryFn: () => execute(ClientSearchQuery, { search, first: 20 }) })));
    const candidates = found.flatMap((r) => r.clients.edges.map((e) => e.node));
    const unique = [...new Map(candidates.map((cand) => [cand.id, cand])).values()];
    const matches = matchDuplicates(typed, unique);
    setDuplicates(matches);
    setCheckedFor(key);
    return matches.length > 0;
  };

  const submit = async (values: Values) => {
    if (values.clientMode === 'new' && (await checkDuplicates(values))) return;
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
            onChange={() => setDuplicates([])}
            options={[
              { value: 'existing', label: t('newDeal.existingClient') },
              { value: 'new', label: t('newDeal.newClient') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="clientId" label={t('newDeal.existingClient')} rules={[{ required: true, message: t('error.field') }]}>
            <ClientSearch />
          </Form.Item>
        ) : (
          <>
            <Form.Item name={['client', 'kind']} label={t('client.kind')}>
              <Radio.Group options={[{ value: 'PERSON', label: t('client.PERSON') }, { value: 'COMPANY', label: t('client.COMPANY') }]} />
            </Form.Item>
            {kind === 'COMPANY' ? (
              <Form.Item name={['client', 'companyName']} label={t('client.companyName')} rules={[{ required: true, message: t('error.field') }]}>
                <Input />
              </Form.Item>
            ) : (
              <Flex gap={16}>
                <Form.Item name={['client', 'lastName']} label={t('client.lastName')} style={{ flex: 1 }} rules={[{ required: true, message: t('error.field') }]}>
                  <Input />
                </Form.Item>
                <Form.Item name={['client', 'firstName']} label={t('client.firstName')} style={{ flex: 1 }}>
                  <Input />
                </Form.Item>
              </Flex>
            )}
            <Flex gap={16}>
              <Form.Item name={['client', 'phone']} label={t('client.phone')} style={{ flex: 1 }}>
                <Input inputMode="tel" />
              </Form.Item>
              <Form.Item name={['client', 'email']} label={t('client.email')} style={{ flex: 1 }}>
                <Input inputMode="email" />
              </Form.Item>
              <Form.Item name={['client', 'inn']} label={t('client.inn')} style={{ flex: 1 }}>
                <Input inputMode="numeric" />
              </Form.Item>
            </Flex>
            <DuplicateWarning
              duplicates={duplicates}
              onUse={(clientId) => {
                form.setFieldsValue({ clientMode: 'existing', clientId });
                setDuplicates([]);
              }}
            />
          </>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
          {t('newDeal.create')}
        </Button>
      </Form>
    </Card>
  );
}
