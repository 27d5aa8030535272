import { queryOptions, useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import Decimal from 'decimal.js';
import { SUCCESS_TAG_STYLE } from '../../components/tag-styles';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { DealCalculationsQuery } from '../../__generated__/graphql';
import { MoneyText } from '../../components/money';
import { QueryState } from '../../components/query-state';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';
import { parseAmount } from '../../money/format-money';
import { useDealMutation } from './use-deal-mutation';

export const DealCalculationsQueryDocument = graphql(`
  query DealCalculations($id: ID!) {
    deal(id: $id) {
      id
      calculations {
        id
        version
        status
        variantLabel
        insuredObject
        commissionRate
        premium {
          amount
          currency
        }
        commissionAmount {
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

const InsurersQuery = graphql(`
  query Insurers {
    insurers {
      id
      name
      products {
        id
        name
      }
    }
  }
`);

const AddCalculationMutation = graphql(`
  mutation AddCalculation($input: AddCalculationInput!) {
    addCalculation(input: $input) {
      calculation {
        id
      }
    }
  }
`);

const ChooseCalculationMutation = graphql(`
  mutation ChooseCalculation($input: ChooseCalculationInput!) {
    chooseCalculation(input: $input) {
      chosen {
        id
        status
      }
    }
  }
`);

type Calculation = NonNullable<DealCalculationsQuery['deal']>['calculations'][number];
interface NewCalculation {
  insurerId: string;
  productId: string;
  variantLabel?: string;
  premium: string;
  commissionRate?: string;
}

/** The deal's calculations; the card page starts it together with its header (docs/performance.md). */
export const dealCalculationsQuery = (dealId: string) =>
  queryOptions({ queryKey: ['deal', dealId, 'calculations'], queryFn: () => execute(DealCalculationsQueryDocument, { id: dealId }), refetchInterval: livePollInterval });

/** The deal's calculations side by side (premium, commission), choosing one, and adding another. */
export function CalculationsSection({ dealId }: { dealId: string }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewCalculation>();
  const insurerId = Form.useWatch('insurerId', form);
  const query = useQuery(dealCalculationsQuery(dealId));
  const insurers = useQuery({ queryKey: ['insurers'], queryFn: () => execute(InsurersQuery), enabled: open, staleTime: 300_000 });
  const add = useDealMutation(
    dealId,
    (v: NewCalculation) =>
      execute(AddCalculationMutation, {
        input: {
          dealId,
          insurerId: v.insurerId,
          productId: v.productId,
          variantLabel: v.variantLabel || null,
          premium: { amount: parseAmount(v.premium) ?? v.premium, currency: 'RUB' },
          commissionRate: v.commissionRate ? v.commissionRate.replace(',', '.') : null,
          status: 'READY',
        },
      }),
    { form, onSuccess: () => (setOpen(false), form.resetFields()) },
  );
  const choose = useDealMutation(dealId, (c: Calculation) => execute(ChooseCalculationMutation, { input: { id: c.id, version: c.version } }));
  const products = insurers.data?.insurers.find((i) => i.id === insurerId)?.products ?? [];

  return (
    <SectionCard title={t('card.calculations')}
      extra={<Button onClick={() => setOpen(true)}>{t('card.calcAdd')}</Button>}
    >
      <QueryState query={query}>
        {(data) => (
          <Table<Calculation>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.deal?.calculations ?? []}
            rowClassName={(c) => (c.status === 'CHOSEN' ? 'chosen-row' : '')}
            columns={[
              { title: t('card.variant'), render: (_, c) => c.variantLabel ?? '—' },
              { title: t('card.insurer'), render: (_, c) => `${c.insurer.name} · ${c.product.name}` },
              { title: t('card.premium'), align: 'right', render: (_, c) => <MoneyText money={c.premium} /> },
              {
                title: t('card.commission'),
                align: 'right',
                render: (_, c) => (c.commissionAmount || !c.commissionRate ? <MoneyText money={c.commissionAmount} /> : `${new Decimal(c.commissionRate).times(100).toString()} %`),
              },
              { title: t('card.status'), render: (_, c) => <Tag style={c.status === 'CHOSEN' ? SUCCESS_TAG_STYLE : undefined}>{t(`calc.status.${c.status}`)}</Tag> },
              {
                title: '',
                render: (_, c) =>
                  c.status !== 'CHOSEN' && c.status !== 'REJECTED' ? (
                    <Button size="small" type="primary" loading={choose.isPending} onClick={() => choose.mutate(c)} aria-label={`${t('card.calcChoose')} ${c.variantLabel ?? c.insurer.name}`}>
                      {t('card.calcChoose')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      <Modal open={open} title={t('card.calcAdd')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={add.isPending} okText={t('common.save')} cancelText={t('common.cancel')} forceRender>
        <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
          <Form.Item name="insurerId" label={t('card.insurer')} rules={[{ required: true, message: t('error.field') }]}>
            <Select loading={insurers.isPending} options={insurers.data?.insurers.map((i) => ({ value: i.id, label: i.name }))} onChange={() => form.setFieldValue('productId', undefined)} />
          </Form.Item>
          <Form.Item name="productId" label={t('card.product')} rules={[{ required: true, message: t('error.field') }]}>
            <Select options={products.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
          <Flex gap={16}>
            <Form.Item name="variantLabel" label={t('card.variant')} style={{ flex: 1 }}>
              <Input />
            </Form.Item>
            <Form.Item name="premium" label={t('card.premium')} style={{ flex: 1 }} rules={[{ required: true, message: t('error.field') }]}>
              <Input inputMode="decimal" suffix="₽" />
            </Form.Item>
            <Form.Item name="commissionRate" label={t('card.commissionRate')} style={{ flex: 1 }}>
              <Input inputMode="decimal" placeholder="0.15" />
            </Form.Item>
          </Flex>
        </Form>
      </Modal>
    </SectionCard>
  );
}
