import { defineTexts } from '@crm/texts';

/** What the router itself tells clients, in Russian and English (one table per package). */
export const routerText = defineTexts('router', {
  operationNotGranted: { ru: 'Операция {operation} не разрешена этому ключу API', en: 'Operation {operation} is not granted to this API key' },
  unknownApiKey: { ru: 'Неизвестный или отозванный ключ API', en: 'Unknown or revoked API key' },
  partnerByIdOnly: { ru: 'Ключ API выполняет только операции партнёров по documentId', en: 'An API key runs partner operations by documentId only' },
  documentsUnavailable: { ru: 'Сервис документов недоступен.', en: 'The documents service is unavailable.' },
  auditUnavailable: { ru: 'Сервис аудита недоступен.', en: 'The audit service is unavailable.' },
  authUnavailable: { ru: 'Сервис auth недоступен', en: 'Service auth is unavailable' },
  rateLimited: { ru: 'Слишком много запросов, повторите через {seconds} с', en: 'Too many requests, retry in {seconds} s' },
  persistedOnly: { ru: 'Разрешены только зарегистрированные операции (documentId)', en: 'Only persisted operations (documentId) are accepted' },
  unknownOperation: { ru: 'Неизвестная операция {id}', en: 'Unknown persisted operation {id}' },
  depthLimit: { ru: 'Глубина запроса больше допустимой ({max}): {found}', en: 'Query depth limit of {max} exceeded, found {found}' },
  aliasLimit: { ru: 'Псевдонимов в запросе больше допустимого ({max}): {found}', en: 'Aliases limit of {max} exceeded, found {found}' },
  directiveLimit: { ru: 'Директив в запросе больше допустимого ({max}): {found}', en: 'Directives limit of {max} exceeded, found {found}' },
  notConnected: { ru: 'Соединение не установлено', en: 'Not connected' },
  dealNotVisible: { ru: 'Нет доступа к сделке', en: 'No access to this deal' },
  dealAccessLost: { ru: 'Доступ к сделке закрыт', en: 'Access to this deal was lost' },
  onlySubscriptions: { ru: 'Через это соединение выполняются только подписки', en: 'Only subscription operations are served over this socket' },
  oneLiveField: { ru: 'Подписка выбирает ровно одно поле живых обновлений', en: 'A subscription selects exactly one live field' },
  serviceUnavailable: { ru: 'Сервис {service} недоступен', en: 'Service {service} is unavailable' },
  subscriptionsLimit: { ru: 'Не больше {max} подписок на одно соединение', en: 'At most {max} subscriptions per connection' },
  costLimit: {
    ru: 'Стоимость запроса {cost} больше допустимой ({max}): запросите меньше строк (first) или полей',
    en: 'Query cost limit of {max} exceeded: this operation costs {cost}. Ask for fewer rows (first) or fewer fields',
  },
});
