import { defineTexts } from '@crm/texts';

/** What Audit's API tells people (entry summaries render in messages/summaries.ts). */
export const auditText = defineTexts('audit', {
  dealTrailHidden: { ru: 'Сделка не найдена', en: 'Deal not found' },
  exportLinkGone: { ru: 'Ссылка на выгрузку недействительна: она уже использована или истекла. Запросите новую.', en: 'The export link is no longer valid: it was used or has expired. Ask for a new one.' },
  exportFailed: { ru: 'Выгрузка прервана из-за ошибки сервера', en: 'The export stopped because of a server error' },
  csvRecordedAt: { ru: 'Время', en: 'Time' },
  csvSequence: { ru: 'Номер', en: 'Sequence' },
  csvActorKind: { ru: 'Кто', en: 'Actor kind' },
  csvActorId: { ru: 'Идентификатор', en: 'Actor id' },
  csvChannel: { ru: 'Канал', en: 'Channel' },
  csvAction: { ru: 'Действие (код)', en: 'Action (code)' },
  csvSummary: { ru: 'Описание', en: 'Summary' },
  csvOutcome: { ru: 'Результат', en: 'Outcome' },
  csvEntityType: { ru: 'Объект', en: 'Entity type' },
  csvEntityId: { ru: 'Идентификатор объекта', en: 'Entity id' },
  csvDealId: { ru: 'Сделка', en: 'Deal' },
  csvRequestId: { ru: 'Запрос', en: 'Request id' },
  csvTraceId: { ru: 'Трассировка', en: 'Trace id' },
  csvOperation: { ru: 'Операция', en: 'Operation' },
  csvChanges: { ru: 'Изменения', en: 'Changes' },
  csvDetails: { ru: 'Подробности', en: 'Details' },
});
