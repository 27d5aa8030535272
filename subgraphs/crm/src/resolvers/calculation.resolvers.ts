import { commissionAt } from '@crm/contracts';
import { appError, ErrorCode } from '@crm/platform';
import type { CalculationResolvers } from '../__generated__/resolvers-types';
import { money, rate } from './money';
import { userRef } from './user-ref';
import { crmText } from '../crm.texts';

const missing = (what: 'noSuchDeal' | 'noSuchInsurer' | 'noSuchProduct') => appError(ErrorCode.NotFound, { text: crmText(what) });

export const calculationResolvers: CalculationResolvers = {
  // Tasks links calculations by key: one of a deal the caller may not see resolves to null, as in Query.calculation.
  __resolveReference: async (reference, { loaders }) => {
    const calc = await loaders.calculation.load(reference.id);
    return calc && (await loaders.deal.load(calc.dealId)) ? calc : null;
  },
  deal: async (calc, _args, { loaders }) => (await loaders.deal.load(calc.dealId)) ?? Promise.reject(missing('noSuchDeal')),
  insurer: async (calc, _args, { loaders }) => (await loaders.insurer.load(calc.insurerId)) ?? Promise.reject(missing('noSuchInsurer')),
  product: async (calc, _args, { loaders }) => (await loaders.product.load(calc.productId)) ?? Promise.reject(missing('noSuchProduct')),
  sumInsured: (calc) => money(calc.sumInsured, calc.currency),
  premium: (calc) => money(calc.premium, calc.currency),
  commissionRate: (calc) => rate(calc.commissionRate),
  // A rate-based variant shows its commission too (rate × premium), so variants compare by commission.
  commissionAmount: (calc) =>
    money(calc.commissionAmount ?? (calc.commissionRate !== null && calc.premium !== null ? commissionAt(calc.commissionRate, calc.premium, calc.currency) : null), calc.currency),
  author: (calc) => userRef(calc.authorId),
};
