import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Switch, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { graphql } from '../../__generated__';
import type { InsurersAdminQuery } from '../../__generated__/graphql';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { NewProductForm } from './new-product-form';
import { useToasts } from '../../components/toasts';
import { insuranceTypeText } from '../../i18n/insurance-type';

export const InsurersAdminQueryDocument = graphql(`
  query InsurersAdmin {
    insurers(includeInactive: true) {
      id
      name
      active
      version
      products {
        id
        name
        insuranceType
        active
        version
        insurer {
          id
        }
      }
    }
  }
`);

const CreateInsurerMutation = graphql(`
  mutation CreateInsurer($input: CreateInsurerInput!) {
    createInsurer(input: $input) {
      insurer {
        id
      }
    }
  }
`);

const UpdateInsurerMutation = graphql(`
  mutation UpdateInsurer($input: UpdateInsurerInput!) {
    updateInsurer(input: $input) {
      insurer {
        id
        name
        active
        version
      }
    }
  }
`);

const UpdateProductMutation = graphql(`
  mutation UpdateInsuranceProduct($input: UpdateInsuranceProductInput!) {
    updateInsuranceProduct(input: $input) {
      product {
        id
        name
        insuranceType
        active
        version
      }
    }
  }
`);

type Insurer = InsurersAdminQuery['insurers'][number];
type Product = Insurer['products'][number];
type Change<T> = { id: string; version: number } & T;

/** Insurers and their products: add, rename, switch off (an inactive one is not offered in new calculations). */
export function InsurersSection() {
  const { t } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const query = useQuery({ queryKey: ['insurers', 'admin'], queryFn: () => execute(InsurersAdminQueryDocument) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['insurers'] });
  const failed = (error: unknown) => {
    message.error(errorText(t, error));
    void refresh();
  };
  const create = useMutation({
    mutationFn: (name: string) => execute(CreateInsurerMutation, { input: { name } }),
    onSuccess: async () => {
      form.resetFields();
      await refresh();
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) message.error(errorText(t, error));
    },
  });
  const updateInsurer = useMutation({
    mutationFn: (input: Change<{ name?: string; active?: boolean }>) => execute(UpdateInsurerMutation, { input }),
    onSuccess: refresh,
    onError: failed,
  });
  const updateProduct = useMutation({
    mutationFn: (input: Change<{ name?: string; active?: boolean }>) => execute(UpdateProductMutation, { input }),
    onSuccess: refresh,
    onError: failed,
  });
  const nameCell = (row: Insurer | Product, update: (input: Change<{ name: string }>) => void) => (
    <Typography.Text editable={{ onChange: (name) => name.trim() && name !== row.name && update({ id: row.id, version: row.version, name: name.trim() }), text: row.name, tooltip: t('common.edit') }}>
      {row.name}
    </Typography.Text>
  );
  const activeCell = (row: Insurer | Product, update: (input: Change<{ active: boolean }>) => void) => (
    <Switch size="small" checked={row.active} aria-label={`${t('admin.active')}: ${row.name}`} onChange={(active) => update({ id: row.id, version: row.version, active })} />
  );
  return (
    <SectionCard title={t('insurers.title')}>
      <Form form={form} name="new-insurer" layout="inline" onFinish={(v) => create.mutate(v.name)} style={{ marginBottom: 16 }}>
        <Form.Item name="name" label={t('insurers.newInsurer')} rules={[{ required: true, whitespace: true, message: t('error.field') }]}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit" loading={create.isPending}>
          {t('common.add')}
        </Button>
      </Form>
      <QueryState query={query} empty={(data) => !data.insurers.length}>
        {(data) => (
          <Table<Insurer>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.insurers}
            expandable={{
              // Its own component reading the list, so a product added or switched off shows at once.
              expandedRowRender: (insurer) => <InsurerProducts insurerId={insurer.id} nameCell={nameCell} activeCell={activeCell} update={(input) => updateProduct.mutate(input)} onCreated={refresh} />,
            }}
            columns={[
              { title: t('insurers.insurer'), render: (_, i) => nameCell(i, (input) => updateInsurer.mutate(input)) },
              { title: t('insurers.products'), render: (_, i) => ownProducts(i).length },
              { title: t('admin.active'), width: 120, render: (_, i) => activeCell(i, (input) => updateInsurer.mutate(input)) },
            ]}
          />
        )}
      </QueryState>
      <SharedProducts nameCell={nameCell} activeCell={activeCell} update={(input) => updateProduct.mutate(input)} />
    </SectionCard>
  );
}

/** An insurer's own products: `Insurer.products` also lists the shared ones (no insurer), offered with every insurer in calculations. */
const ownProducts = (insurer: Insurer): Product[] => insurer.products.filter((p) => p.insurer?.id === insurer.id);

type Cell = (row: Insurer | Product, update: (input: Change<{ name?: string; active?: boolean }>) => void) => ReactNode;

function ProductsTable({ products, nameCell, activeCell, update }: { products: Product[]; nameCell: Cell; activeCell: Cell; update: (input: Change<{ name?: string; active?: boolean }>) => void }) {
  const { t } = useLocale();
  return (
    <Table<Product>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={products}
      columns={[
        { title: t('insurers.product'), render: (_, p) => nameCell(p, update) },
        { title: t('newDeal.insuranceType'), render: (_, p) => insuranceTypeText(t, p.insuranceType) },
        { title: t('admin.active'), width: 120, render: (_, p) => activeCell(p, update) },
      ]}
    />
  );
}

/** The products without an insurer (OSAGO in the demo), shown once rather than under every insurer as if each had its own. */
function SharedProducts({ nameCell, activeCell, update }: { nameCell: Cell; activeCell: Cell; update: (input: Change<{ name?: string; active?: boolean }>) => void }) {
  const { t } = useLocale();
  const query = useQuery({ queryKey: ['insurers', 'admin'], queryFn: () => execute(InsurersAdminQueryDocument) });
  const shared = new Map<string, Product>();
  for (const insurer of query.data?.insurers ?? []) for (const p of insurer.products) if (!p.insurer) shared.set(p.id, p);
  if (shared.size === 0) return null;
  return (
    <section aria-label={t('insurers.shared')} style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('insurers.shared')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('insurers.sharedHint')}</Typography.Paragraph>
      <ProductsTable products={[...shared.values()]} nameCell={nameCell} activeCell={activeCell} update={update} />
    </section>
  );
}

/** The products of one insurer, with the form adding one. */
function InsurerProducts({ insurerId, nameCell, activeCell, update, onCreated }: { insurerId: string; nameCell: Cell; activeCell: Cell; update: (input: Change<{ name?: string; active?: boolean }>) => void; onCreated: () => Promise<unknown> }) {
  const query = useQuery({ queryKey: ['insurers', 'admin'], queryFn: () => execute(InsurersAdminQueryDocument) });
  const insurer = query.data?.insurers.find((i) => i.id === insurerId);
  return (
    <Flex vertical gap={8}>
      <ProductsTable products={insurer ? ownProducts(insurer) : []} nameCell={nameCell} activeCell={activeCell} update={update} />
      <NewProductForm insurerId={insurerId} onCreated={onCreated} />
    </Flex>
  );
}
