/** The deal's money per currency; the card page starts it together with its header (docs/performance.md). */
export const dealMoneySummaryQuery = (dealId: string) =>
  queryOptions({ queryKey: ['deal', dealId, 'money'], queryFn: () => execute(DealMoneySummaryQuery, { id: dealId }), refetchInterval: livePollInterval });

import { queryOptions, useQuery } from '@tanstack/react-query';
import { Descriptions, Typography } from 'antd';
import { graphql } from '../../__generated__';
import { MoneyText } from '../../components/money';
import { execute } from '../../graphql/execute';
import { livePollInterval } from '../../graphql/live';
import { SectionCard } from '../../components/section-card';
import { useLocale } from '../../i18n/locale';

const DealMoneySummaryQuery = graphql(`
  query DealMoneySummary($id: ID!) {
    deal(id: $id) {
      id
      moneySummaries {
        currency
        premiumPlanned {
          amount
          currency
        }
        premiumPaid {
          amount
          currency
        }
        commissionPlanned {
          amount
          currency
        }
        commissionReceived {
          amount
          currency
        }
        netIncome {
          amount
          currency
        }
      }
    }
  }
`);

export function MoneySummarySection({ dealId }: { dealId: string }) {
  const { t } = useLocale();
  const query = useQuery(dealMoneySummaryQuery(dealId));
  // One block per currency of the deal (ADR 0048); most deals have one.
  const summaries = query.data?.deal?.moneySummaries ?? [];
  return (
    <SectionCard title={t('card.money')} loading={query.isPending}>
      {summaries.map((s) => (
        <Descriptions key={s.currency} size="small" column={1} data-testid="money-summary" title={summaries.length > 1 ? s.currency : undefined}>
          <Descriptions.Item label={t('card.premiumPlanned')}>
            <MoneyText money={s.premiumPlanned} />
          </Descriptions.Item>
          <Descriptions.Item label={t('card.premiumPaid')}>
            <MoneyText money={s.premiumPaid} />
          </Descriptions.Item>
          <Descriptions.Item label={t('card.commissionPlanned')}>
            <MoneyText money={s.commissionPlanned} />
          </Descriptions.Item>
          <Descriptions.Item label={t('card.commissionReceived')}>
            <MoneyText money={s.commissionReceived} />
          </Descriptions.Item>
          <Descriptions.Item label={t('card.netIncome')}>
            <MoneyText money={s.netIncome} />
          </Descriptions.Item>
        </Descriptions>
      ))}
      {query.isSuccess && summaries.length === 0 && (
        <Typography.Text type="secondary" data-testid="money-summary-empty">
          {t('common.empty')}
        </Typography.Text>
      )}
    </SectionCard>
  );
}
