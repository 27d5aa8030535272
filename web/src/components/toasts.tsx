import { message, theme } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
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
  // A toast keeps the words it was shown with; switching the language closes the open ones rather than leave them in the other language.
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    api.destroy();
  }, [language, api]);
  return (
    <ToastsContext.Provider value={{ message: api }}>
      {holder}
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
