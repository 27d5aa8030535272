import { act, render, screen } from '@testing-library/react';
import { LocaleProvider, useLocale } from '../i18n/locale';
import { Toasts, useToasts } from './toasts';

/** Shows a toast in the current language, and switches the language, as the shell's RU/EN switch does. */
function Page() {
  const { message } = useToasts();
  const { t, setLanguage } = useLocale();
  return (
    <>
      <button onClick={() => void message.success(t('common.saved'), 60)}>toast</button>
      <button onClick={() => setLanguage('en')}>english</button>
      <p>{t('nav.deals')}</p>
    </>
  );
}

describe('toasts on a language switch', () => {
  beforeEach(() => localStorage.clear());

  it('takes an open toast off the screen in the same render as the new language’s words', async () => {
    render(
      <LocaleProvider>
        <Toasts>
          <Page />
        </Toasts>
      </LocaleProvider>,
    );
    act(() => screen.getByText('toast').click());
    await screen.findByText('Сохранено');
    act(() => screen.getByText('english').click());
    expect(screen.getByText('Deals')).toBeTruthy();
    // No closing animation left showing the Russian words beside the English ones.
    expect(screen.queryByText('Сохранено')).toBeNull();
    expect(document.querySelectorAll('.ant-message-notice')).toHaveLength(0);
  });
});
