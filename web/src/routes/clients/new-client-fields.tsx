import { Flex, Form, Input, Radio } from 'antd';
import type { ClientKind } from '../../__generated__/graphql';
import { useLocale } from '../../i18n/locale';

/** The form values of a client typed by hand: one phone, one e-mail. */
export interface NewClientValues {
  kind: ClientKind;
  lastName?: string;
  firstName?: string;
  companyName?: string;
  phone?: string;
  email?: string;
  inn?: string;
}

/** The API's NewClientInput from the typed values. */
export function toNewClientInput(c: NewClientValues | undefined) {
  return {
    kind: c?.kind ?? 'PERSON',
    lastName: c?.lastName || null,
    firstName: c?.firstName || null,
    companyName: c?.companyName || null,
    phones: c?.phone ? [c.phone] : [],
    emails: c?.email ? [c.email] : [],
    inn: c?.inn || null,
  } as const;
}

/** The server names `…client.phones.0`; the form field is `client.phone`. */
export const clientFormField = (field: string) =>
  field
    .replace(/^newClient\./, 'client.')
    .replace(/^client\.phones\.\d+$/, 'client.phone')
    .replace(/^client\.emails\.\d+$/, 'client.email');

/** Kind, name and contacts of a new client, under the form's `client` name. */
export function NewClientFields() {
  const { t } = useLocale();
  const form = Form.useFormInstance();
  const kind = (Form.useWatch(['client', 'kind'], form) as ClientKind | undefined) ?? 'PERSON';
  return (
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
    </>
  );
}
