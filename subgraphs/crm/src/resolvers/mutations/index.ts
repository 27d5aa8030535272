import type { EveryField } from '@crm/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { createClient } from './create-client.mutation';
import { updateClient } from './update-client.mutation';
import { mergeClients } from './merge-clients.mutation';
import { deleteClient } from './delete-client.mutation';
import { createDeal } from './create-deal.mutation';
import { updateDeal } from './update-deal.mutation';
import { changeDealStage } from './change-deal-stage.mutation';
import { setDealArchived } from './set-deal-archived.mutation';
import { addDealParticipant } from './add-deal-participant.mutation';
import { removeDealParticipant } from './remove-deal-participant.mutation';
import { setDealReviewDate } from './set-deal-review-date.mutation';
import { snoozeDeal } from './snooze-deal.mutation';
import { addJournalEntry } from './add-journal-entry.mutation';
import { editJournalEntry } from './edit-journal-entry.mutation';
import { addCalculation } from './add-calculation.mutation';
import { updateCalculation } from './update-calculation.mutation';
import { chooseCalculation } from './choose-calculation.mutation';
import { createPolicy } from './create-policy.mutation';
import { updatePolicy } from './update-policy.mutation';
import { renewPolicy } from './renew-policy.mutation';
import { createInsurer } from './create-insurer.mutation';
import { updateInsurer } from './update-insurer.mutation';
import { createInsuranceProduct } from './create-insurance-product.mutation';
import { updateInsuranceProduct } from './update-insurance-product.mutation';
import { updateCrmSettings } from './update-crm-settings.mutation';

export const mutationResolvers: EveryField<MutationResolvers> = {
  createClient,
  updateClient,
  mergeClients,
  deleteClient,
  createDeal,
  updateDeal,
  changeDealStage,
  setDealArchived,
  addDealParticipant,
  removeDealParticipant,
  setDealReviewDate,
  snoozeDeal,
  addJournalEntry,
  editJournalEntry,
  addCalculation,
  updateCalculation,
  chooseCalculation,
  createPolicy,
  updatePolicy,
  renewPolicy,
  createInsurer,
  updateInsurer,
  createInsuranceProduct,
  updateInsuranceProduct,
  updateCrmSettings,
};
