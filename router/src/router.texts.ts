import { defineTexts } from '@crm/texts';

/** What the router itself tells clients, in Russian and English (one table per package). */
export const routerText = defineTexts('router', {
  operationNotGranted: { ru: 'Операция {operation} не разрешена этому ключу API', en: 'Operation {operation} is not granted to this API key' },
  unknownApiKey: { ru: 'Неизвестный или отозванный ключ API', en: 'Unknown or revoked API key' },
  documentsUnavailable: { ru: 'Сервис документов недоступен.', en: 'The documents service is unavailable.' },
  auditUnavailable: { ru: 'Сервис аудита недоступен.', en: 'The audit service is unavailable.' },
  rateLimited: { ru: 'Слишком много запросов, повторите через {seconds} с', en: 'Too many requests, retry in {seconds} s' },
});
