import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, screenshots, seriousA11yViolations } from './browser-kit';

const shot = screenshots('admin');

// node:test's describe/it return promises the runner itself awaits.
void describe('the administrator in a real browser: API keys, audit log, CRM settings, insurers, clients', () => {
  const suite = browserSuite();
  let admin: Page;

  before(async () => {
    admin = await suite.signedIn('admin@demo.local');
    await admin.getByRole('link', { name: 'Администрирование' }).click();
    // Every section loaded: nothing above the forms grows while the steps click.
    await admin.getByText('Сегодня в этом поясе').waitFor();
    await admin.getByRole('region', { name: 'Страховщики и продукты' }).getByRole('row').nth(1).waitFor();
    await admin.getByRole('region', { name: 'Журнал аудита' }).locator('[data-audit]').first().waitFor();
  });

  void it('issues a partner API key (secret shown once) and reads the audit log', async () => {
    await admin.getByRole('heading', { name: 'API-ключи партнёров' }).waitFor();
    await admin.getByLabel('Партнёр (название ключа)').fill('Сайт-лидогенератор');
    await admin.getByRole('button', { name: 'Выпустить ключ' }).click();
    await admin
      .getByTestId('api-key-secret')
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(admin, 'api-key-failed');
        throw error;
      });
    await admin.getByRole('button', { name: 'Отозвать: Сайт-лидогенератор' }).waitFor();
    const log = admin.getByRole('region', { name: 'Журнал аудита' });
    await log.locator('[data-audit]').first().waitFor();
    // Operations in words, not their code names (the key's own entry is checked once the log is read again, in English).
    assert.equal(await log.getByText(/(Выполнено|Отказано): [a-zA-Z]/).count(), 0);
    await shot(admin, 'api-keys-audit');
    assert.deepEqual(await seriousA11yViolations(admin), []);
  });

  void it('changes the CRM settings: renewal lead days and who sees what', async () => {
    const settings = admin.getByRole('region', { name: 'Настройки CRM' });
    await settings.getByText('Сегодня в этом поясе').waitFor();
    await settings.getByLabel('За сколько дней до окончания полиса возвращать сделку на проверку').fill('45');
    await settings.getByRole('switch').click();
    await settings.getByRole('button', { name: 'Сохранить' }).click();
    await admin.getByText('Сохранено').first().waitFor();
    await admin.reload();
    await admin.getByRole('region', { name: 'Настройки CRM' }).getByText('Сегодня в этом поясе').waitFor();
    assert.equal(await admin.getByLabel('За сколько дней до окончания полиса возвращать сделку на проверку').inputValue(), '45');
    await shot(admin, 'crm-settings');
    assert.deepEqual(await seriousA11yViolations(admin), []);
  });

  void it('adds an insurer with a product, then switches the insurer off', async () => {
    const insurers = admin.getByRole('region', { name: 'Страховщики и продукты' });
    await insurers.getByLabel('Новый страховщик').fill('Тестовая страховая');
    await insurers.getByRole('button', { name: 'Добавить' }).first().click();
    const row = insurers.getByRole('row').filter({ hasText: 'Тестовая страховая' });
    await row.waitFor();
    await row.getByRole('button').first().click();
    await insurers.getByLabel('Новый продукт').fill('КАСКО Премиум');
    await insurers.getByLabel('Вид страхования').last().fill('КАСКО');
    await insurers.getByRole('button', { name: 'Добавить' }).last().click();
    await insurers.getByText('КАСКО Премиум', { exact: true }).first().waitFor();
    // The new insurer lists only what was added to it; the shared OSAGO product is shown once, apart, its kind in words.
    const products = insurers.locator('.ant-table-expanded-row').filter({ hasText: 'КАСКО Премиум' });
    assert.equal(await products.getByText('ОСАГО', { exact: true }).count(), 0);
    const shared = insurers.getByRole('region', { name: 'Продукты всех страховщиков' });
    await shared.getByRole('cell', { name: 'ОСАГО' }).first().waitFor();
    assert.equal(await insurers.getByText('OSAGO', { exact: true }).count(), 0);
    await row.getByRole('switch', { name: 'Активен: Тестовая страховая' }).click();
    await row.getByRole('switch', { name: 'Активен: Тестовая страховая', checked: false }).waitFor();
    await shot(admin, 'insurers');
    assert.deepEqual(await seriousA11yViolations(admin), []);
  });

  void it('deletes a client without deals', async () => {
    await admin.getByRole('link', { name: 'Клиенты' }).click();
    await admin.getByRole('button', { name: 'Новый клиент' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Фамилия').fill('Удаляемый');
    await dialog.getByLabel('Эл. почта').fill('delete-me@example.ru');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await admin.getByRole('heading', { name: /Удаляемый/ }).waitFor();
    await admin.getByRole('button', { name: 'Удалить клиента' }).click();
    await admin.getByRole('button', { name: 'Удалить клиента' }).last().click();
    await admin.getByText('Клиент удалён').waitFor();
    await admin.getByRole('heading', { name: 'Клиенты' }).waitFor();
    await shot(admin, 'client-deleted');
  });

  void it('merges two clients: the audit log names both, not their ids', async () => {
    const newClient = async (lastName: string, email: string) => {
      await admin.getByRole('link', { name: 'Клиенты' }).click();
      await admin.getByRole('button', { name: 'Новый клиент' }).click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByLabel('Фамилия').fill(lastName);
      await dialog.getByLabel('Эл. почта').fill(email);
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      await admin.getByRole('heading', { name: lastName }).waitFor();
    };
    await newClient('Основной', 'main@example.ru');
    await newClient('Сливаемый', 'merged@example.ru');
    const merge = admin.getByRole('region', { name: 'Объединить с другим клиентом' });
    const target = merge.getByRole('combobox', { name: 'Оставить клиента' });
    await target.click();
    await target.fill('Основной');
    await admin.locator('.ant-select-item-option').filter({ hasText: 'Основной' }).click();
    await merge.getByRole('button', { name: 'Объединить' }).click();
    await admin.getByRole('button', { name: 'Объединить' }).last().click();
    await admin
      .getByText('Клиенты объединены')
      .first()
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(admin, 'merge-failed');
        throw error;
      });
    await admin.getByRole('link', { name: 'Администрирование' }).click();
    const log = admin.getByRole('region', { name: 'Журнал аудита' });
    await log.getByLabel('Действие (код)').fill('crm.client.merged');
    await log.getByRole('button', { name: 'Поиск' }).click();
    await log.locator('[data-audit="crm.client.merged"] [data-field="clientId"]').filter({ hasText: 'клиент: Сливаемый → Основной' }).waitFor();
    await shot(admin, 'audit-clients-merged');
  });

  void it('reads the administration in English', async () => {
    await admin.getByRole('link', { name: 'Администрирование' }).click();
    await admin.getByText('EN', { exact: true }).click();
    await admin.getByRole('heading', { name: 'CRM settings' }).waitFor();
    await admin.getByRole('heading', { name: 'Insurers and products' }).waitFor();
    await admin.getByRole('region', { name: 'Products of every insurer' }).getByText('Motor liability (OSAGO)').waitFor();
    const log = admin.getByRole('region', { name: 'Audit log' });
    await log.getByLabel('Action (code)').fill('crm.client.merged');
    await log.getByRole('button', { name: 'Search' }).click();
    await log.locator('[data-audit="crm.client.merged"] [data-field="clientId"]').filter({ hasText: 'client: Сливаемый → Основной' }).waitFor();
    await shot(admin, 'audit-clients-merged-en');
    await log.getByLabel('Action (code)').fill('');
    await log.getByRole('button', { name: 'Search' }).click();
    await log.getByText('Done: API key creation').first().waitFor();
    await shot(admin, 'english');
  });
});
