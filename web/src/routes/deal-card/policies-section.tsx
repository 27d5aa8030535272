import { queryOptions, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { formatDay } from '../../components/dates';
import { MoneyText } from '../../components/money';
import { parseAmount } from '../../money/format-money';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';
import { dealCalculationsQuery } from './calculations-section';
import { InstalmentsEditor } from './instalments-editor';
import { instalmentsBalance, type InstalmentDraft } from './instalments';
import { ScheduleTable } from './schedule-table';
import { useDealMutation } from './use-deal-mutation';

const DealPoliciesQuery = graphql(`
  query DealPolicies($id: ID!) {
    deal(id: $id) {
      id
      policies {
        id
        number
        status
        version
        startDate
        endDate
        premium {
          amount
          currency
        }
        insurer {
          id
          name
        }
        product {
          id
          name
        }
      }
    }
  }
`);

const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      policy {
        id
      }
    }
  }
`);

interface PolicyForm {
  number: string;
  period: [dayjs.Dayjs, dayjs.Dayjs];
}

/** The deal's policies; the card page starts it together with its header (docs/performance.md). */
export const dealPoliciesQuery = (dealId: string) =>
  queryOptions({ queryKey: ['deal', dealId, 'policies'], queryFn: () => execute(DealPoliciesQuery, { id: dealId }), refetchInterval: livePollInterval });

/** Policies of the deal with their payment schedules; a new one is issued from the chosen calculation. */
export function PoliciesSection({ dealId }: { dealId: string }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PolicyForm>();
  const [instalments, setInstalments] = useState<InstalmentDraft[]>([]);
  const period = Form.useWatch('period', form);
  const query = useQuery(dealPoliciesQuery(dealId));
  const calculations = useQuery(dealCalculationsQuery(dealId));
  const chosen = calculations.data?.deal?.calculations.find((c) => c.status === 'CHOSEN');
  const premium = chosen?.premium?.amount ?? '0';
  const currency = chosen?.premium?.currency ?? 'RUB';
  const startDate = period?.[0]?.format('YYYY-MM-DD') ?? dayjs().format('YYYY-MM-DD');
  const create = useDealMutation(
    dealId,
    (v: PolicyForm) =>
      execute(CreatePolicyMutation, {
        input: {
          dealId,
          calculationId: chosen?.id ?? null,
          number: v.number,
          startDate: v.period[0].format('YYYY-MM-DD'),
          endDate: v.period[1].format('YYYY-MM-DD'),
          ...(instalments.length ? { instalments: instalments.map((i) => ({ dueDate: i.dueDate, amount: { amount: parseAmount(i.amount, currency) ?? i.amount, currency } })) } : {}),
        },
      }),
    { form, onSuccess: () => (setOpen(false), setInstalments([])) },
  );
  const balanced = !instalments.length || instalmentsBalance(premium, instalments, currency).balanced;

  return (
    <SectionCard title={t('card.policies')}
      extra={
        <Button type="primary" disabled={!chosen} onClick={() => setOpen(true)}>
          {t('card.policyCreate')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(data) =>
          data.deal?.policies.length ? (
            data.deal.policies.map((p) => (
              <section key={p.id} aria-label={p.number} style={{ marginBottom: 24 }}>
                <Typography.Title level={3} style={{ fontSize: 15 }}>
                  № {p.number} · {p.insurer.name} · {p.product.name} · {formatDay(p.startDate)}–{formatDay(p.endDate)} · <MoneyText money={p.premium} />
                </Typography.Title>
                <ScheduleTable dealId={dealId} policyId={p.id} />
              </section>
            ))
          ) : (
            <Empty description={t('common.empty')} />
          )
        }
      </QueryState>
      <Modal
        open={open}
        width={640}
        title={t('card.policyCreate')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: !balanced }}
        confirmLoading={create.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Typography.Paragraph>
          {chosen && `${chosen.insurer.name} · ${chosen.product.name} · `}
          {t('card.premium')}: <MoneyText money={chosen?.premium} />
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Flex gap={16}>
            <Form.Item name="number" label={t('card.policyNumber')} rules={[{ required: true, message: t('error.field') }]} style={{ flex: 1 }}>
              <Input />
            </Form.Item>
            <Form.Item name="period" label={t('card.period')} rules={[{ required: true, message: t('error.field') }]} style={{ flex: 2 }}>
              <DatePicker.RangePicker format="DD.MM.YYYY" />
            </Form.Item>
          </Flex>
          <Form.Item label={t('card.instalments')}>
            <InstalmentsEditor premium={premium} currency={currency} startDate={startDate} value={instalments} onChange={setInstalments} />
          </Form.Item>
        </Form>
      </Modal>
    </SectionCard>
  );
}
