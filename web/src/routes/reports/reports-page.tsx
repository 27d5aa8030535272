import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { graphql } from '../../__generated__';
import { MoneyText } from '../../components/money';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { sumDecimals } from '../../money/format-money';
import { CommissionChart, type MonthTotals } from './commission-chart';
import { commissionCsv } from './commission-csv';

const CommissionReportQuery = graphql(`
  query CommissionReport($input: CommissionReportInput!) {
    commissionReport(input: $input) {
      month
      seller {
        id
        displayName
      }
      planned {
        amount
        currency
      }
      received {
        amount
        currency
      }
    }
  }
`);

/** Commission planned vs received per month and seller: a chart, the table, a CSV. */
export function ReportsPage() {
  const { t, language } = useLocale();
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  const input = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const query = useQuery({ queryKey: ['commissionReport', input], queryFn: () => execute(CommissionReportQuery, { input }) });
  const rows = useMemo(() => query.data?.commissionReport ?? [], [query.data]);
  const months = useMemo<MonthTotals[]>(
    () =>
      [...new Set(rows.map((r) => r.month))].sort().map((month) => {
        const of = rows.filter((r) => r.month === month);
        const currency = of[0]?.planned.currency ?? 'RUB';
        return { month, currency, planned: sumDecimals(of.map((r) => r.planned.amount), currency), received: sumDecimals(of.map((r) => r.received.amount), currency) };
      }),
    [rows],
  );
  const labels = useMemo(() => ({ planned: t('card.commissionPlanned'), received: t('card.commissionReceived') }), [t]);
  const download = () => {
    const csv = commissionCsv(
      rows.map((r) => ({ month: r.month, seller: r.seller.displayName, planned: r.planned.amount, received: r.received.amount })),
      [t('report.month'), t('deals.col.owner'), labels.planned, labels.received],
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `commission-${input.from}-${input.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('nav.reports')}
      </Typography.Title>
      <Flex gap={12} wrap>
        <DatePicker.RangePicker picker="month" value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf('month'), v[1].endOf('month')])} />
        <Button onClick={download} disabled={!rows.length}>
          {t('report.csv')}
        </Button>
      </Flex>
      <QueryState query={query}>
        {() => (
          <>
            <SectionCard title={t('report.commission')}>
              <CommissionChart months={months} labels={labels} language={language} />
            </SectionCard>
            <Table
              rowKey={(r) => `${r.month}-${r.seller.id}`}
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                { title: t('report.month'), dataIndex: 'month' },
                { title: t('deals.col.owner'), render: (_, r) => r.seller.displayName },
                { title: labels.planned, align: 'right', render: (_, r) => <MoneyText money={r.planned} /> },
                { title: labels.received, align: 'right', render: (_, r) => <MoneyText money={r.received} /> },
              ]}
            />
          </>
        )}
      </QueryState>
    </Flex>
  );
}
