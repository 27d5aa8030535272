import { formatMoney } from '../money/format-money';
import { useLocale } from '../i18n/locale';

export function MoneyText({ money }: { money: { amount: string; currency: string } | null | undefined }) {
  const { language } = useLocale();
  if (!money) return <span>—</span>;
  return <span className="money">{formatMoney(money.amount, money.currency, language)}</span>;
}
