import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, screenshots, seriousA11yViolations, signIn } from './browser-kit';

const shot = screenshots('core');

/**
 * The core scenario by clicking, as the seller and the executor in two browser contexts at once,
 * against the embedded system serving the built app (`pnpm test:browser` builds it first).
 */
// node:test's describe/it return promises the runner itself awaits.
void describe('the core scenario in a real browser: the seller and the executor', () => {
  const suite = browserSuite();
  let origin: string;
  let seller: Page;
  let executor: Page;
  let dealUrl: string;

  before(async () => {
    origin = suite.origin;
    seller = await suite.open();
    executor = await suite.open();
  });

  void it('refuses a wrong password with a Russian message and stays on the login page', async () => {
    await signIn(seller, origin, 'seller@demo.local', 'wrong-password');
    await seller.getByRole('alert').filter({ hasText: 'Неверная почта или пароль' }).waitFor();
    assert.match(seller.url(), /\/login/);
    await shot(seller, 'login-failed');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('the seller signs in and lands on the "to review" deals', async () => {
    await signIn(seller, origin, 'seller@demo.local');
    await seller.getByRole('heading', { name: 'Сделки' }).waitFor();
    assert.match(seller.url(), /\/deals\?view=review/);
    await shot(seller, 'deals-to-review');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('two tabs of one browser refreshing the session at once both stay signed in', async () => {
    const second = await seller.context().newPage();
    await second.goto(`${origin}/deals?view=table`);
    await second.getByRole('heading', { name: 'Сделки' }).waitFor();
    // Each reload starts with no access token in memory: both tabs present the refresh cookie at the same moment.
    await Promise.all([seller.reload(), second.reload()]);
    await Promise.all([seller.getByRole('heading', { name: 'Сделки' }).waitFor(), second.getByRole('heading', { name: 'Сделки' }).waitFor()]);
    // The cookie the race left behind still works: a third start of the app signs in silently too.
    await second.reload();
    await second.getByRole('heading', { name: 'Сделки' }).waitFor();
    assert.doesNotMatch(seller.url(), /\/login/);
    assert.doesNotMatch(second.url(), /\/login/);
    await shot(second, 'two-tabs-still-signed-in');
    await second.close();
  });

  void it('a new deal with a new client: a server field error is shown at its field, then the deal is created', async () => {
    await seller.getByRole('link', { name: 'Новая сделка' }).click();
    await seller.getByLabel('Название сделки').fill('КАСКО Иванов');
    await seller.getByText('Новый клиент').click();
    await seller.getByLabel('Фамилия').fill('Иванов');
    await seller.getByLabel('Имя').fill('Иван');
    await seller.getByLabel('Телефон').fill('+7 900 111-22-33');
    await seller.getByLabel('Эл. почта').fill('not-an-email');
    await seller.getByRole('button', { name: 'Создать сделку' }).click();
    const emailItem = seller.locator('.ant-form-item').filter({ has: seller.getByLabel('Эл. почта') });
    await emailItem.getByText('должно быть адресом электронной почты', { exact: false }).waitFor();
    await shot(seller, 'new-deal-field-error');
    await seller.getByLabel('Эл. почта').fill('ivanov@example.ru');
    await seller.getByRole('button', { name: 'Создать сделку' }).click();
    await seller.getByTestId('deal-client').filter({ hasText: 'Иванов' }).waitFor();
    dealUrl = seller.url();
    assert.match(dealUrl, /\/deals\/[0-9a-f-]{36}$/);
    await shot(seller, 'deal-card-new');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('a second new client with the same phone: the duplicate warning offers the existing client', async () => {
    await seller.goto(`${origin}/deals/new`);
    await seller.getByLabel('Название сделки').fill('ОСАГО Иванов');
    await seller.getByText('Новый клиент').click();
    await seller.getByLabel('Фамилия').fill('Иванов');
    await seller.getByLabel('Телефон').fill('8 (900) 111 22 33');
    await seller.getByRole('button', { name: 'Создать сделку' }).click();
    const warning = seller.getByRole('alert').filter({ hasText: 'Похоже, такой клиент уже есть' });
    await warning.waitFor();
    await shot(seller, 'new-deal-duplicate-warning');
    await warning.getByRole('button', { name: 'Использовать существующего' }).click();
    await seller.getByRole('button', { name: 'Создать сделку' }).click();
    await seller.getByTestId('deal-client').filter({ hasText: 'Иванов Иван' }).waitFor();
    await seller.goto(dealUrl);
  });

  void it('the seller asks the executor for a calculation; the executor sees the task arrive without reloading', async () => {
    await signIn(executor, origin, 'executor@demo.local');
    await executor.getByRole('heading', { name: 'Сделки' }).waitFor();
    await executor.getByRole('link', { name: 'Мои задачи' }).click();
    await executor.getByRole('heading', { name: 'Мои задачи' }).waitFor();

    await seller.getByRole('button', { name: 'Поставить задачу' }).click();
    const dialog = seller.getByRole('dialog');
    await dialog.getByLabel('Задача').fill('Рассчитать КАСКО');
    await dialog.getByLabel('Исполнитель').click();
    await seller.locator('.ant-select-item-option').filter({ hasText: 'Исполнитель' }).first().click();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await seller.locator('[data-task="Рассчитать КАСКО"]').waitFor();

    await executor.locator('[data-task="Рассчитать КАСКО"]').waitFor();
    await shot(executor, 'executor-task-arrived');
    assert.deepEqual(await seriousA11yViolations(executor), []);
  });

  void it("the executor's bell counts the assignment; the inbox lists it and reads it", async () => {
    const bell = executor.getByTestId('notifications-bell');
    await executor.getByRole('link', { name: /Уведомления, непрочитанных: [1-9]/ }).waitFor();
    await bell.click();
    await executor.getByRole('heading', { name: 'Уведомления' }).waitFor();
    const item = executor.locator('[data-notification]').first();
    await item.waitFor();
    await shot(executor, 'notifications-inbox');
    try {
      assert.deepEqual(await seriousA11yViolations(executor), []);
      await item.getByRole('button', { name: /^Прочитано/ }).click();
      await executor.getByRole('link', { name: 'Уведомления, непрочитанных: 0' }).waitFor();
    } finally {
      // The scenario goes on from the executor's tasks whatever this step found.
      await executor.getByRole('link', { name: 'Мои задачи' }).click();
      await executor.getByRole('heading', { name: 'Мои задачи' }).waitFor();
    }
  });

  void it('the executor adds two calculations and completes the task; the seller sees them arrive', async () => {
    await executor.getByRole('button', { name: 'Взять в работу' }).click();
    await executor.getByRole('link', { name: 'КАСКО Иванов' }).click();
    for (const [variant, premium, rate] of [
      ['A', '45000.00', '0.15'],
      ['B', '52000.50', '0.2'],
    ] as const) {
      await executor.getByRole('button', { name: 'Добавить расчёт' }).click();
      const dialog = executor.getByRole('dialog');
      // The first option of each list, by keyboard: a closing dropdown of the previous round may still be in the DOM.
      for (const label of ['Страховая', 'Продукт']) {
        await dialog.getByLabel(label).click();
        await executor.locator('.ant-select-item-option-active').last().waitFor();
        await executor.keyboard.press('Enter');
      }
      await dialog.getByLabel('Вариант').fill(variant);
      await dialog.getByLabel('Премия').fill(premium);
      await dialog.getByLabel('Комиссия, доля').fill(rate);
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await dialog.waitFor({ state: 'hidden' }).catch(async (error: unknown) => {
        await shot(executor, 'calculation-not-saved');
        throw error;
      });
    }
    await executor.getByRole('button', { name: 'Выполнено' }).click();
    await executor.getByText('Выполнена').first().waitFor();
    await shot(executor, 'executor-calculations');

    await seller.getByText('52 000,50').first().waitFor();
    await shot(seller, 'seller-sees-calculations');
  });

  void it('the seller chooses a variant, issues the policy with instalments adding up to the premium', async () => {
    const reviewBefore = await seller.getByTestId('review-date').textContent();
    await seller.getByRole('button', { name: 'Выбрать B' }).click();
    await seller.locator('.ant-tag').filter({ hasText: /^Выбран$/ }).waitFor();
    await seller.getByRole('button', { name: 'Оформить полис по выбранному расчёту' }).click();
    const dialog = seller.getByRole('dialog');
    await dialog.getByLabel('Номер полиса').fill('КАСКО-0001');
    await dialog.getByPlaceholder('Начальная дата').click();
    await dialog.getByPlaceholder('Начальная дата').fill('01.02.2027');
    await dialog.getByPlaceholder('Конечная дата').fill('31.01.2028');
    await dialog.getByPlaceholder('Конечная дата').press('Enter');
    await dialog.getByLabel('Взносы').first().fill('2');
    await dialog.getByRole('button', { name: /Взносы ×2/ }).click();
    await dialog.getByTestId('instalments-total').filter({ hasText: '52 000,50 ₽ / 52 000,50 ₽' }).waitFor();
    await shot(seller, 'policy-instalments');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await seller.getByRole('region', { name: 'КАСКО-0001' }).getByRole('button', { name: 'Внести оплату' }).first().waitFor();
    await seller.getByTestId('review-date').filter({ hasNotText: reviewBefore ?? '' }).waitFor();
    await shot(seller, 'policy-schedule');
  });

  void it('the seller records the first payment; the money summary shows it', async () => {
    await seller.getByRole('button', { name: 'Внести оплату' }).first().click();
    const dialog = seller.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await seller.getByText('Оплата внесена').waitFor();
    await seller.getByTestId('money-summary').getByText('26 000,25').waitFor();
    await shot(seller, 'payment-recorded');
  });

  void it('documents on the deal card: a file dropped into a section uploads with progress and is listed; the history shows who changed what', async () => {
    await seller.goto(dealUrl);
    const documents = seller.getByRole('region', { name: 'Документы' });
    await documents.getByRole('tree').getByText(/Документы клиента/).waitFor();
    await documents.locator('input[type="file"]').setInputFiles({ name: 'Паспорт клиента.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% passport scan\n') });
    await documents
      .getByRole('cell', { name: 'Паспорт клиента.pdf', exact: true })
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(seller, 'deal-documents-upload-failed');
        throw error;
      });
    await documents.getByRole('button', { name: 'Скачать: Паспорт клиента.pdf' }).waitFor();
    const history = seller.getByRole('region', { name: 'История изменений' });
    await history.locator('[data-audit]').first().waitFor();
    // Change lines read as words: the stage the deal moved through, not its codes.
    await history.locator('li[data-field="stage"]').filter({ hasText: 'этап: Расчёт → Переговоры' }).waitFor();
    assert.equal(await history.getByText(/CALCULATION|NEGOTIATION|IN_PROGRESS|[0-9a-f]{8}-[0-9a-f]{4}-/).count(), 0);
    await shot(seller, 'deal-documents-and-history');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('a stale edit is a conflict shown as "someone changed this — reload", not a silent overwrite', async () => {
    await seller.getByLabel('Добавить запись').fill('Клиент просил скидку');
    await seller.getByRole('button', { name: 'Добавить', exact: true }).click();
    const entry = seller.getByText('Клиент просил скидку');
    await entry.waitFor();
    const other = await seller.context().newPage();
    await other.goto(dealUrl);
    await seller.getByRole('button', { name: 'Изменить' }).last().click();
    await other.getByText('Клиент просил скидку').waitFor();
    await other.getByRole('button', { name: 'Изменить' }).last().click();
    await other.getByLabel('Изменить', { exact: true }).fill('Клиент просил скидку 5%');
    await other.getByRole('button', { name: 'Сохранить' }).last().click();
    await other.getByText('Клиент просил скидку 5%').waitFor();
    await seller.getByLabel('Изменить', { exact: true }).fill('Клиент просил скидку 10%');
    await seller.getByRole('button', { name: 'Сохранить' }).last().click();
    await seller.getByRole('dialog').filter({ hasText: 'Кто-то уже изменил эти данные' }).waitFor();
    await shot(seller, 'conflict');
    await other.close();
  });

  void it('the board shows the deal in its stage; English is one click away', async () => {
    await seller.goto(`${origin}/deals?view=kanban`);
    await seller.locator('[data-deal="КАСКО Иванов"]').waitFor();
    await shot(seller, 'kanban');
    assert.deepEqual(await seriousA11yViolations(seller), []);
    // Drag by keyboard (space, arrow, space): the board's own accessible way, and deterministic.
    await seller.locator('section[data-stage="NEW"]').getByLabel('Перетащить: ОСАГО Иванов').focus();
    await seller.keyboard.press('Space');
    await seller.keyboard.press('ArrowRight');
    await seller.keyboard.press('Space');
    await seller.getByText('Стадия изменена').waitFor();
    await seller.locator('section[data-stage="CALCULATION"] [data-deal="ОСАГО Иванов"]').waitFor();
    await shot(seller, 'kanban-moved');
    await seller.getByText('EN', { exact: true }).click();
    await seller.getByRole('heading', { name: 'Deals' }).waitFor();
    // Nothing stays in Russian but the data: the toast shown before the switch is gone.
    await seller.getByText('Стадия изменена').waitFor({ state: 'detached' });
    await seller.getByRole('group', { name: 'Deals per stage' }).getByText('Calculation').waitFor();
    await shot(seller, 'kanban-english');
    await seller.goto(dealUrl);
    const history = seller.getByRole('region', { name: 'Change history' });
    await history.locator('li[data-field="stage"]').filter({ hasText: 'stage: Calculation → Negotiation' }).waitFor();
    await history.getByText('Deal stage changed: stage').first().waitFor();
    await history.scrollIntoViewIfNeeded();
    await shot(seller, 'deal-history-english');
  });
});
