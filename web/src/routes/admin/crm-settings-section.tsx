import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, InputNumber, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { graphql } from '../../__generated__';
import type { UpdateCrmSettingsInput } from '../../__generated__/graphql';
import { formatDay } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { errorText, showFieldErrors } from '../../components/server-errors';
import { isConflict } from '../../graphql/errors';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { useToasts } from '../../components/toasts';

export const CrmSettingsFieldsFragment = graphql(`
  fragment CrmSettingsFields on CrmSettings {
    timeZone
    renewalLeadDays
    sellersSeeAllDeals
    today
    version
  }
`);

const CrmSettingsQuery = graphql(`
  query CrmSettings {
    crmSettings {
      ...CrmSettingsFields
    }
  }
`);

const UpdateCrmSettingsMutation = graphql(`
  mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {
    updateCrmSettings(input: $input) {
      settings {
        ...CrmSettingsFields
      }
    }
  }
`);

type Values = Omit<UpdateCrmSettingsInput, 'version'>;

/** The organisation's CRM settings: time zone ("today", due, overdue), renewal lead days, what sellers see. */
export function CrmSettingsSection() {
  const { t } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const query = useQuery({ queryKey: ['crmSettings'], queryFn: () => execute(CrmSettingsQuery) });
  const settings = query.data?.crmSettings;
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone })), []);
  const save = useMutation({
    mutationFn: (values: Values) => execute(UpdateCrmSettingsMutation, { input: { ...values, version: settings?.version ?? 0 } }),
    onSuccess: async (data) => {
      queryClient.setQueryData(['crmSettings'], { crmSettings: data.updateCrmSettings.settings });
      message.success(t('common.saved'));
      // The shell's `Me` carries the zone every date on screen is shown in.
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
    onError: (error) => {
      if (!showFieldErrors(form, error)) message.error(errorText(t, error));
      if (isConflict(error)) void query.refetch();
    },
  });
  return (
    <SectionCard title={t('crmSettings.title')}>
      <QueryState query={query}>
        {(data) => (
          // A new version (saved here or reloaded after a conflict) starts the form from what the server holds.
          <Form<Values>
            key={data.crmSettings.version}
            form={form}
            layout="vertical"
            style={{ maxWidth: 480 }}
            initialValues={{ timeZone: data.crmSettings.timeZone, renewalLeadDays: data.crmSettings.renewalLeadDays, sellersSeeAllDeals: data.crmSettings.sellersSeeAllDeals }}
            onFinish={(v) => save.mutate(v)}
          >
            <Form.Item name="timeZone" label={t('crmSettings.timeZone')} extra={t('crmSettings.today', { date: formatDay(data.crmSettings.today) })} rules={[{ required: true, message: t('error.field') }]}>
              <Select showSearch options={zones} />
            </Form.Item>
            <Form.Item name="renewalLeadDays" label={t('crmSettings.renewalLeadDays')} extra={t('crmSettings.renewalLeadDaysHint')} rules={[{ required: true, message: t('error.field') }]}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item name="sellersSeeAllDeals" label={t('crmSettings.sellersSeeAllDeals')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form>
        )}
      </QueryState>
    </SectionCard>
  );
}
