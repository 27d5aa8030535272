import { defineTexts } from '@crm/texts';

/** The general text of each error code, for errors with nothing more specific to say. */
export const errorCodeText = defineTexts('error', {
  BAD_USER_INPUT: { ru: 'Некорректные данные', en: 'The input is not valid' },
  UNAUTHENTICATED: { ru: 'Войдите, чтобы продолжить', en: 'Sign in to continue' },
  FORBIDDEN: { ru: 'Недостаточно прав для этого действия', en: 'You are not allowed to do this' },
  NOT_FOUND: { ru: 'Не найдено', en: 'Not found' },
  CONFLICT: { ru: 'Данные уже изменились или противоречат существующим', en: 'The data changed meanwhile or conflicts with existing data' },
  RATE_LIMITED: { ru: 'Слишком много попыток, попробуйте позже', en: 'Too many attempts, try again later' },
});

/** What the infrastructure tells people: sign-in, roles, pages, stale versions. */
export const platformText = defineTexts('platform', {
  signInRequired: { ru: 'Войдите, чтобы продолжить', en: 'Authentication required' },
  malformedAuthorization: { ru: 'Неверный заголовок Authorization', en: 'Malformed Authorization header' },
  tokenInvalid: { ru: 'Сеанс истёк или недействителен: войдите снова', en: 'Invalid or expired access token' },
  usersOnly: { ru: 'Это может сделать только вошедший пользователь', en: 'Only a signed-in user can do this' },
  adminOnly: { ru: 'Это может сделать только администратор', en: 'Only an administrator can do this' },
  sellerOrAdminOnly: { ru: 'Это может сделать только продавец или администратор', en: 'Only a seller or an administrator can do this' },
  rolesOnly: { ru: 'Это могут сделать только роли: {roles}', en: 'Only {roles} can do this' },
  pageSize: { ru: 'должно быть от 1 до {max}', en: 'must be between 1 and {max}' },
  cursor: { ru: 'это не курсор этого списка', en: 'is not a cursor this list issued' },
  noNulBytes: { ru: 'не может содержать нулевые символы', en: 'must not contain NUL characters' },
  schemaNotServed: { ru: 'Схема подграфа не выдаётся', en: 'The subgraph schema is not served' },
  /** Optimistic locking: the version the client read is no longer the current one. */
  stale: { ru: 'Данные уже изменились: обновите и повторите', en: 'It was changed meanwhile: reload and try again' },
  activeMember: { ru: 'должен быть активным пользователем вашей организации', en: 'must be an active user of your organisation' },
  internal: { ru: 'Внутренняя ошибка сервера. Номер запроса: {requestId}', en: 'Internal server error. Request id: {requestId}' },
  bodyTooLarge: { ru: 'Слишком большой запрос', en: 'The request body is too large' },
  badRequest: { ru: 'Некорректный запрос', en: 'The request is not valid' },
});
