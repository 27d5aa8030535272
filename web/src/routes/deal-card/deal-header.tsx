import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../__generated__';
import type { DealCardQuery, DealStage } from '../../__generated__/graphql';
import { formatDay } from '../../components/dates';
import { MoneyText } from '../../components/money';
import { execute } from '../../graphql/execute';
import { useLocale } from '../../i18n/locale';
import { DEAL_STAGES } from '../deals/deals-search';
import { ChangeDealStageMutation } from '../deals/change-deal-stage';
import { useDealMutation } from './use-deal-mutation';
import { insuranceTypeText } from '../../i18n/insurance-type';

const SetReviewDateMutation = graphql(`
  mutation SetDealReviewDate($input: SetDealReviewDateInput!) {
    setDealReviewDate(input: $input) {
      deal {
        id
        version
        reviewDate
      }
    }
  }
`);

const SnoozeDealMutation = graphql(`
  mutation SnoozeDeal($input: SnoozeDealInput!) {
    snoozeDeal(input: $input) {
      deal {
        id
        version
        reviewDate
      }
    }
  }
`);

type Deal = NonNullable<DealCardQuery['deal']>;

export function DealHeader({ deal }: { deal: Deal }) {
  const { t } = useLocale();
  const [reviewForm] = Form.useForm<{ reviewDate: dayjs.Dayjs | null; reason: string }>();
  const stage = useDealMutation(deal.id, (next: DealStage) => execute(ChangeDealStageMutation, { input: { id: deal.id, version: deal.version, stage: next } }), { success: t('deals.moved') });
  const review = useDealMutation(
    deal.id,
    (values: { reviewDate: dayjs.Dayjs | null; reason: string }) =>
      execute(SetReviewDateMutation, { input: { id: deal.id, version: deal.version, reviewDate: values.reviewDate?.format('YYYY-MM-DD') ?? null, reason: values.reason || null } }),
    { form: reviewForm },
  );
  const snooze = useDealMutation(deal.id, () => execute(SnoozeDealMutation, { input: { id: deal.id, version: deal.version, days: 7, reason: t('card.snooze') } }));

  return (
    <Card>
      <Flex justify="space-between" wrap gap={16}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {deal.title} {deal.insuranceType && <Tag>{insuranceTypeText(t, deal.insuranceType)}</Tag>}
          </Typography.Title>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('card.client')}>
              <strong data-testid="deal-client">{deal.client.displayName}</strong>
              {[...deal.client.phones, ...deal.client.emails, deal.client.inn].filter(Boolean).map((c) => (
                <Tag key={c} style={{ marginLeft: 8 }}>
                  {c}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('deals.col.owner')}>{deal.owner.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('deals.col.premium')}>
              <MoneyText money={deal.expectedPremium} />
            </Descriptions.Item>
          </Descriptions>
        </div>
        <Flex vertical gap={8} style={{ minWidth: 320 }}>
          <label htmlFor="deal-stage">{t('card.stage')}</label>
          <Select<DealStage> id="deal-stage" value={deal.stage} loading={stage.isPending} onChange={(next) => stage.mutate(next)} options={DEAL_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} />
          <Typography.Text>
            {t('card.review')}: <strong data-testid="review-date">{formatDay(deal.reviewDate)}</strong>
            {deal.reviewDateReason && <Typography.Text type="secondary"> — {deal.reviewDateReason}</Typography.Text>}
          </Typography.Text>
          <Form form={reviewForm} layout="inline" onFinish={(v) => review.mutate(v)} initialValues={{ reviewDate: deal.reviewDate ? dayjs(deal.reviewDate) : null, reason: '' }}>
            <Form.Item name="reviewDate">
              <DatePicker format="DD.MM.YYYY" aria-label={t('card.review')} />
            </Form.Item>
            <Form.Item name="reason">
              <Input placeholder={t('card.reviewReason')} aria-label={t('card.reviewReason')} />
            </Form.Item>
            <Button htmlType="submit" loading={review.isPending}>
              {t('common.save')}
            </Button>
          </Form>
          <Button onClick={() => snooze.mutate(undefined)} loading={snooze.isPending}>
            {t('card.snooze')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
