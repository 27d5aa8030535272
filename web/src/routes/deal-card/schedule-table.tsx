import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { PaymentMethod } from '../../__generated__/graphql';
import { formatDay } from '../../components/dates';
import { MoneyText } from '../../components/money';
import { hasReason } from '../../graphql/errors';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { parseAmount } from '../../money/format-money';
import { useDealMutation } from './use-deal-mutation';
import { SUCCESS_TAG_STYLE } from '../../components/tag-styles';


const PolicyScheduleQuery = graphql(`
  query PolicySchedule($policyId: ID!) {
    policySchedule(policyId: $policyId) {
      policyId
      version
      hasOpenConflicts
      instalments {
        id
        dueDate
        status
        version
        amount {
          amount
          currency
        }
        paid {
          amount
          currency
        }
        outstanding {
          amount
          currency
        }
      }
      commissionIncomes {
        id
        expectedDate
        status
        version
        amount {
          amount
          currency
        }
        received {
          amount
          currency
        }
        outstanding {
          amount
          currency
        }
      }
    }
  }
`);

const RecordInstalmentPaymentMutation = graphql(`
  mutation RecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {
    recordInstalmentPayment(input: $input) {
      instalment {
        id
        status
      }
    }
  }
`);

const RecordCommissionReceiptMutation = graphql(`
  mutation RecordCommissionReceipt($input: RecordCommissionReceiptInput!) {
    recordCommissionReceipt(input: $input) {
      income {
        id
        status
      }
    }
  }
`);

interface Item {
  id: string;
  kind: 'instalment' | 'commission';
  date: string | null | undefined;
  status: string;
  version: number;
  amount: { amount: string; currency: string };
  paid: { amount: string; currency: string };
  outstanding: { amount: string; currency: string };
}
interface PaymentForm {
  amount: string;
  paidOn: dayjs.Dayjs;
  method: PaymentMethod;
  /** Offered only after the server refused the amount as more than outstanding (ADR 0048). */
  allowOverpayment?: boolean;
}

const PAYABLE = new Set(['PLANNED', 'PARTIALLY_PAID', 'OVERDUE']);

/** A policy's schedule: instalments and commission, planned vs paid, with recording a payment or a receipt. */
export function ScheduleTable({ dealId, policyId }: { dealId: string; policyId: string }) {
  const { t } = useLocale();
  const [paying, setPaying] = useState<Item | null>(null);
  const [overpaymentOffered, setOverpaymentOffered] = useState(false);
  const [form] = Form.useForm<PaymentForm>();
  const query = useQuery({ queryKey: ['deal', dealId, 'schedule', policyId], queryFn: () => execute(PolicyScheduleQuery, { policyId }), refetchInterval: livePollInterval });
  const record = useDealMutation(
    dealId,
    async ({ item, v }: { item: Item; v: PaymentForm }): Promise<unknown> => {
      const amount = parseAmount(v.amount, item.outstanding.currency) ?? v.amount;
      const day = v.paidOn.format('YYYY-MM-DD');
      const allowOverpayment = v.allowOverpayment === true;
      try {
        return await (item.kind === 'instalment'
          ? execute(RecordInstalmentPaymentMutation, { input: { instalmentId: item.id, version: item.version, amount, paidOn: day, method: v.method, allowOverpayment } })
          : execute(RecordCommissionReceiptMutation, { input: { incomeId: item.id, version: item.version, amount, receivedOn: day, allowOverpayment } }));
      } catch (error) {
        // The refusal lands on the amount field (it names the outstanding amount); the explicit choice appears under it.
        if (hasReason(error, 'payments.overpayment')) setOverpaymentOffered(true);
        throw error;
      }
    },
    { form, success: t('card.paymentRecorded'), onSuccess: () => setPaying(null) },
  );
  const schedule = query.data?.policySchedule;
  if (!schedule) return <Typography.Text type="secondary">{query.isPending ? '…' : t('common.empty')}</Typography.Text>;
  const items: Item[] = [
    ...schedule.instalments.map((i) => ({ ...i, kind: 'instalment' as const, date: i.dueDate })),
    ...schedule.commissionIncomes.map((c) => ({ ...c, kind: 'commission' as const, date: c.expectedDate, paid: c.received })),
  ];
  const open = (item: Item) => {
    setPaying(item);
    setOverpaymentOffered(false);
    form.setFieldsValue({ amount: item.outstanding.amount, paidOn: dayjs(), method: 'BANK_TRANSFER', allowOverpayment: false });
  };

  return (
    <>
      <Table<Item>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        aria-label={t('card.schedule')}
        columns={[
          { title: t('card.schedule'), render: (_, i) => (i.kind === 'instalment' ? t('card.instalments') : t('card.commission')) },
          { title: t('card.dueDate'), render: (_, i) => formatDay(i.date) },
          { title: t('card.amount'), align: 'right', render: (_, i) => <MoneyText money={i.amount} /> },
          { title: t('card.paid'), align: 'right', render: (_, i) => <MoneyText money={i.paid} /> },
          { title: t('card.outstanding'), align: 'right', render: (_, i) => <MoneyText money={i.outstanding} /> },
          {
            title: t('card.status'),
            render: (_, i) => (
              <Tag color={i.status === 'OVERDUE' ? 'red' : i.status === 'OVERPAID' ? 'orange' : undefined} style={i.status === 'PAID' ? SUCCESS_TAG_STYLE : undefined}>
                {t(`pay.status.${i.status as 'PAID'}`)}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_, i) =>
              PAYABLE.has(i.status) ? (
                <Button size="small" onClick={() => open(i)}>
                  {i.kind === 'instalment' ? t('card.recordPayment') : t('card.recordReceipt')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={Boolean(paying)}
        title={paying?.kind === 'commission' ? t('card.recordReceipt') : t('card.recordPayment')}
        onCancel={() => setPaying(null)}
        onOk={() => form.submit()}
        confirmLoading={record.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => paying && record.mutate({ item: paying, v })}>
          <Form.Item name="amount" label={t('card.amount')} rules={[{ required: true, message: t('error.field') }]}>
            <Input inputMode="decimal" suffix="₽" />
          </Form.Item>
          {overpaymentOffered && (
            <Form.Item name="allowOverpayment" valuePropName="checked">
              <Checkbox>{t('pay.allowOverpayment')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="paidOn" label={t('pay.date')} rules={[{ required: true, message: t('error.field') }]}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
          {paying?.kind === 'instalment' && (
            <Form.Item name="method" label={t('pay.method')}>
              <Select options={(['BANK_TRANSFER', 'CARD', 'CASH', 'OTHER'] as const).map((m) => ({ value: m, label: t(`pay.method.${m}`) }))} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
