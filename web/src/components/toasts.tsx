import { message, theme } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale';

/**
 * Toast messages for the signed-in screens without antd's `App`, which brings Modal and Notification
 * onto the first load (ADR 0059). It fills antd's App context with the message API, so a screen that
 * still calls `App.useApp().message` works too; the wrapper carries the font `App` used to set.
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
    <AppContext.Provider value={{ message: api } as useAppProps}>
      {holder}
      <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>
    </AppContext.Provider>
  );
}

/** The toast messages of the signed-in screens. */
export function useToasts(): Pick<useAppProps, 'message'> {
  return useContext(AppContext);
}
