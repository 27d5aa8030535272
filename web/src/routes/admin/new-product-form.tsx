import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { graphql } from '../../__generated__';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { useToasts } from '../../components/toasts';

const CreateProductMutation = graphql(`
  mutation CreateInsuranceProduct($input: CreateInsuranceProductInput!) {
    createInsuranceProduct(input: $input) {
      product {
        id
      }
    }
  }
`);

interface Values {
  name: string;
  insuranceType?: string;
}

/** A new product of one insurer: its name and the kind of insurance (OSAGO, KASKO…). */
export function NewProductForm({ insurerId, onCreated }: { insurerId: string; onCreated: () => Promise<unknown> }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (values: Values) => execute(CreateProductMutation, { input: { insurerId, name: values.name, insuranceType: values.insuranceType || null } }),
    onSuccess: async () => {
      form.resetFields();
      await onCreated();
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) message.error(errorText(t, error));
    },
  });
  return (
    <Form form={form} name={`new-product-${insurerId}`} layout="inline" onFinish={(v) => create.mutate(v)}>
      <Form.Item name="name" label={t('insurers.newProduct')} rules={[{ required: true, whitespace: true, message: t('error.field') }]}>
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="insuranceType" label={t('newDeal.insuranceType')}>
        <Input style={{ width: 160 }} />
      </Form.Item>
      <Button htmlType="submit" loading={create.isPending}>
        {t('common.add')}
      </Button>
    </Form>
  );
}
