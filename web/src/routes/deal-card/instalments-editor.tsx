import { Alert, Button, DatePicker, Flex, Input, InputNumber, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { MoneyText } from '../../components/money';
import { currencySymbol } from '../../money/format-money';
import { useLocale } from '../../i18n/locale';
import { instalmentsBalance, splitEvenly, type InstalmentDraft } from './instalments';

/** Edits a policy's instalments; shows the running total against the premium and the difference to fix. */
export function InstalmentsEditor({
  premium,
  currency = 'RUB',
  startDate,
  value,
  onChange,
}: {
  premium: string;
  /** The premium's currency: sums, the difference and the even split are exact in its own scale. */
  currency?: string;
  startDate: string;
  value: InstalmentDraft[];
  onChange: (rows: InstalmentDraft[]) => void;
}) {
  const { t, intl } = useLocale();
  const [parts, setParts] = useState(value.length || 1);
  const balance = instalmentsBalance(premium, value, currency);
  const set = (index: number, patch: Partial<InstalmentDraft>) => onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const split = () => onChange(splitEvenly(premium, parts, currency).map((amount, i) => ({ amount, dueDate: dayjs(startDate).add(i * Math.floor(12 / parts), 'month').format('YYYY-MM-DD') })));

  return (
    <Flex vertical gap={8} data-testid="instalments-editor">
      <Flex gap={8} align="center">
        <InputNumber min={1} max={12} value={parts} onChange={(n) => setParts(n ?? 1)} aria-label={t('card.instalments')} />
        <Button onClick={split}>{t('card.instalments')} ×{parts}</Button>
      </Flex>
      {value.map((row, index) => (
        <Flex gap={8} key={index} align="center">
          <DatePicker value={row.dueDate ? dayjs(row.dueDate) : null} format="DD.MM.YYYY" onChange={(d) => set(index, { dueDate: d ? d.format('YYYY-MM-DD') : '' })} aria-label={`${t('card.dueDate')} ${index + 1}`} />
          <Input value={row.amount} inputMode="decimal" onChange={(e) => set(index, { amount: e.target.value.replace(',', '.') })} aria-label={`${t('card.amount')} ${index + 1}`} style={{ width: 160 }} suffix={currencySymbol(currency, intl)} />
          <Button type="text" danger onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label="×">
            ×
          </Button>
        </Flex>
      ))}
      <Button onClick={() => onChange([...value, { dueDate: startDate, amount: balance.difference }])}>{t('card.instalmentAdd')}</Button>
      <Typography.Text data-testid="instalments-total">
        {t('card.instalmentsSum')}: <MoneyText money={{ amount: balance.total, currency }} /> / <MoneyText money={{ amount: premium || '0', currency }} />
      </Typography.Text>
      {!balance.balanced && value.length > 0 && <Alert type="error" showIcon title={t('card.instalmentsMismatch')} description={<MoneyText money={{ amount: balance.difference, currency }} />} />}
    </Flex>
  );
}
