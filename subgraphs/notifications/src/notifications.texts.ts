import { defineTexts } from '@crm/texts';

/** What Notifications' API tells people (the notifications themselves render in messages/). */
export const notificationsText = defineTexts('notifications', {
  notYours: { ru: 'можно указывать только свои уведомления', en: 'must be your own notifications' },
  notSentTo: { ru: 'уведомления {kind} не отправляются в канал {channel}', en: '{kind} is not sent to {channel}' },
  mandatory: { ru: 'уведомления {kind} в канале {channel} обязательны', en: '{kind} on {channel} is mandatory' },
});
