import { Keyboard } from 'grammy';
import type { BotContext } from '../context';

/** The reply keyboard with every feature, in the user's language (`hears` matches either language). */
export function mainMenu(ctx: Pick<BotContext, 't'>): Keyboard {
  return new Keyboard()
    .text(ctx.t('menu-tasks'))
    .text(ctx.t('menu-today'))
    .row()
    .text(ctx.t('menu-note'))
    .text(ctx.t('menu-payment'))
    .row()
    .text(ctx.t('menu-quick-deal'))
    .resized()
    .persistent();
}
