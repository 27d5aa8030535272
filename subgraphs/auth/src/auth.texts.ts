import { defineTexts } from '@crm/texts';

/** Everything Auth tells people, in Russian and English (one table per package). */
export const authText = defineTexts('auth', {
  noSuchUser: { ru: 'В вашей организации нет такого пользователя', en: 'No such user in your organisation' },
  lastAdmin: { ru: 'В организации должен остаться хотя бы один активный администратор', en: 'The organisation must keep at least one active administrator' },
  deactivateSelf: { ru: 'Нельзя отключить самого себя', en: 'You cannot deactivate yourself' },
  wrongCurrentPassword: { ru: 'текущий пароль указан неверно', en: 'the current password is wrong' },
  emailTaken: { ru: 'Учётная запись с таким адресом уже существует', en: 'An account with this e-mail already exists' },
  noSuchApiKey: { ru: 'В вашей организации нет такого API-ключа', en: 'No such API key in your organisation' },
  telegramUserId: { ru: 'должно быть числовым идентификатором пользователя Telegram', en: 'must be a Telegram numeric user id' },
  linkCodeInvalid: { ru: 'код недействителен, уже использован или истёк', en: 'the code is invalid, used or expired' },
  telegramLinkedElsewhere: { ru: 'Этот аккаунт Telegram уже привязан к другому пользователю', en: 'This Telegram account is linked to another user' },
  telegramNotLinked: { ru: 'К этому аккаунту Telegram не привязан ни один активный пользователь', en: 'No active user is linked to this Telegram account' },
  oneRoleAtLeast: { ru: 'нужна хотя бы одна роль', en: 'at least one role is required' },
  wrongCredentials: { ru: 'Неверный адрес электронной почты или пароль', en: 'Invalid e-mail or password' },
  refreshInvalid: { ru: 'Сеанс истёк: войдите снова', en: 'The refresh token is invalid or expired' },
  invitationInvalid: { ru: 'приглашение недействительно, уже использовано или истекло', en: 'the invitation is invalid, used or expired' },
  botOnly: { ru: 'Это может сделать только Telegram-бот', en: 'Only the Telegram bot can do this' },
  unknownApiKey: { ru: 'Неизвестный или отозванный ключ API', en: 'Unknown or revoked API key' },
  noSuchOrganization: { ru: 'Организация не найдена', en: 'Organisation not found' },
});
