import { defineTexts } from '@crm/texts';

/** What Audit's API tells people (entry summaries render in messages/summaries.ts). */
export const auditText = defineTexts('audit', {
  dealTrailHidden: { ru: 'Вы не можете видеть журнал аудита этой сделки', en: 'You cannot see this deal’s audit trail' },
});
