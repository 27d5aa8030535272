import { message, theme } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale';

const ToastsContext = createContext<{ message: MessageInstance } | null>(null);

/**
 * Toast messages for the signed-in screens without antd's `App`, which brings Modal and Notification
 * onto the first load (ADR 0059); the wrapper carries the font `App` used to set.
 */
export function Toasts({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  const { token } = theme.useToken();
  const { language } = useLocale();
  return (
    <ToastsContext.Provider value={{ message: api }}>
      {/*
        A toast keeps the words it was shown with. Switching the language mounts a new holder, which
        takes the open toasts off the screen in the same render as the new words: `api.destroy()`
        (what this did before) lets them play their closing animation, long enough to be seen — and
        photographed — in the old language next to the new one.
      */}
      <Fragment key={language}>{holder}</Fragment>
      <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>
    </ToastsContext.Provider>
  );
}

/** The toast messages of the signed-in screens. */
export function useToasts(): { message: MessageInstance } {
  const value = useContext(ToastsContext);
  if (!value) throw new Error('useToasts outside Toasts');
  return value;
}
