import { defineTexts } from '@crm/texts';

/** What Audit's API tells people (entry summaries render in messages/summaries.ts). */
export const auditText = defineTexts('audit', {
  dealTrailHidden: { ru: 'Сделка не найдена', en: 'Deal not found' },
});
