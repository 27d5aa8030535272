import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, screenshots, seriousA11yViolations } from './browser-kit';

const shot = screenshots('seller');

// node:test's describe/it return promises the runner itself awaits.
void describe("the seller's other screens in a real browser: clients, reports, settings", () => {
  const suite = browserSuite();
  let origin: string;
  let seller: Page;

  before(async () => {
    origin = suite.origin;
    seller = await suite.signedIn('seller@demo.local');
  });

  const newClient = async (lastName: string, firstName: string, phone: string) => {
    await seller.goto(`${origin}/clients`);
    await seller.getByRole('button', { name: 'Новый клиент' }).click();
    const dialog = seller.getByRole('dialog');
    await dialog.getByLabel('Фамилия').fill(lastName);
    await dialog.getByLabel('Имя').fill(firstName);
    await dialog.getByLabel('Телефон').fill(phone);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    return dialog;
  };

  void it('a new client opens its card: contacts, deals, documents', async () => {
    await newClient('Сидоров', 'Пётр', '+7 901 555-44-33');
    await seller.getByRole('heading', { name: 'Сидоров Пётр' }).waitFor();
    await seller.getByRole('region', { name: 'Контакты' }).getByText('+7 901 555 44 33').waitFor();
    await shot(seller, 'client-card');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('another client with the same phone written differently: the server finds the duplicate, the existing one can be opened', async () => {
    const dialog = await newClient('Сидоров', 'П.', '8 (901) 555 44 33');
    const warning = dialog.getByRole('alert').filter({ hasText: 'Похоже, такой клиент уже есть' });
    await warning.getByText(/Сидоров Пётр — Совпадает: телефон/).waitFor();
    await shot(seller, 'client-duplicate-warning');
    assert.deepEqual(await seriousA11yViolations(seller), []);
    await warning.getByRole('button', { name: 'Использовать существующего' }).click();
    await seller.getByRole('heading', { name: 'Сидоров Пётр' }).waitFor();
  });

  void it('merges a second client into the first: its card says where it went', async () => {
    await newClient('Сидоров', 'Павел', '+7 901 000-00-01');
    await seller.getByRole('heading', { name: 'Сидоров Павел' }).waitFor();
    const merge = seller.getByRole('region', { name: 'Объединить с другим клиентом' });
    const target = merge.getByRole('combobox', { name: 'Оставить клиента' });
    await target.click();
    await target.fill('Сидоров');
    await seller.locator('.ant-select-item-option').filter({ hasText: 'Сидоров Пётр' }).click();
    await merge.getByRole('button', { name: 'Объединить' }).click();
    await seller.getByRole('button', { name: 'Объединить' }).last().click();
    await seller.getByText('Клиенты объединены').waitFor();
    await seller.getByRole('heading', { name: 'Сидоров Пётр' }).waitFor();
    await seller.getByRole('region', { name: 'Контакты' }).getByText('+7 901 000 00 01').waitFor();
    await shot(seller, 'clients-merged');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('the client card in English', async () => {
    const toast = seller.locator('.ant-message-notice');
    await toast.filter({ hasText: 'Клиенты объединены' }).waitFor();
    await seller.getByText('EN', { exact: true }).click();
    await seller.getByRole('heading', { name: 'Contacts' }).waitFor();
    // The Russian toast left with the Russian words, not after a closing animation beside the English ones.
    assert.equal(await toast.count(), 0);
    await shot(seller, 'client-card-english');
    await seller.getByText('RU', { exact: true }).click();
    await seller.getByRole('heading', { name: 'Контакты' }).waitFor();
  });
  void it('the commission report screen: chart, table and CSV export', async () => {
    await seller.goto(`${origin}/reports`);
    await seller.getByRole('heading', { name: 'Отчёты' }).waitFor();
    await seller.getByRole('img', { name: 'Комиссия план / Комиссия получено' }).waitFor();
    await shot(seller, 'reports');
    assert.deepEqual(await seriousA11yViolations(seller), []);
  });

  void it('notification preferences: a wrong quiet hour is shown at its field, then saved', async () => {
    await seller.goto(`${origin}/settings`);
    await seller.getByRole('heading', { name: 'Уведомления: что и куда присылать' }).waitFor();
    await seller.getByLabel('Тихие часы с').fill('25:00');
    await seller.getByLabel('до', { exact: true }).fill('08:00');
    await seller.getByRole('button', { name: 'Сохранить' }).click();
    const startItem = seller.locator('.ant-form-item').filter({ has: seller.getByLabel('Тихие часы с') });
    await startItem.locator('.ant-form-item-explain-error').waitFor();
    await shot(seller, 'settings-quiet-hours-error');
    assert.deepEqual(await seriousA11yViolations(seller), []);
    await seller.getByLabel('Тихие часы с').fill('22:00');
    await seller.getByRole('button', { name: 'Сохранить' }).click();
    await seller.getByText('Сохранено').waitFor();
  });

});
