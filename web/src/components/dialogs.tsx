import { Modal } from 'antd';
import type { HookAPI } from 'antd/es/modal/useModal';
import { createContext, useContext, type ReactNode } from 'react';
import { useToasts } from './toasts';

const DialogsContext = createContext<HookAPI | null>(null);

/** Confirmation dialogs (themed, in the app's language) for the screens that need them; Modal stays off the first load. */
export function WithDialogs({ children }: { children: ReactNode }) {
  const [modal, holder] = Modal.useModal();
  return (
    <DialogsContext.Provider value={modal}>
      {holder}
      {children}
    </DialogsContext.Provider>
  );
}

/** The dialogs of the nearest WithDialogs, and the toast messages. */
export function useDialogs(): { message: ReturnType<typeof useToasts>['message']; modal: HookAPI } {
  const modal = useContext(DialogsContext);
  if (!modal) throw new Error('useDialogs outside WithDialogs');
  return { ...useToasts(), modal };
}
