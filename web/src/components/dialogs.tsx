import { Modal } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import { useContext, type ReactNode } from 'react';

/** Confirmation dialogs (themed, in the app's language) for the screens that need them; Modal stays off the first load. */
export function WithDialogs({ children }: { children: ReactNode }) {
  const [modal, holder] = Modal.useModal();
  const outer = useContext(AppContext);
  return (
    <AppContext.Provider value={{ ...outer, modal } as useAppProps}>
      {holder}
      {children}
    </AppContext.Provider>
  );
}

/** The dialogs of the nearest WithDialogs, and the toast messages. */
export function useDialogs(): Pick<useAppProps, 'message' | 'modal'> {
  return useContext(AppContext);
}
