import { randomUUID } from 'node:crypto';
import type { Identity } from '@crm/platform';
import { stringify } from 'csv-stringify/sync';
import { createAuditHarness, type AuditHarness } from '../testing/audit-harness';
import { CSV_OPTIONS, csvRows } from './audit-csv';

const org = randomUUID();
const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: org, roles: ['ADMIN'] };
const adminId = admin.kind === 'user' ? admin.userId : '';
const ivan = randomUUID();
const mallory = randomUUID();
const petrov = randomUUID();
const romashka = randomUUID();
const dealId = randomUUID();
const deal = { dealId, organizationId: org, clientId: petrov, ownerId: adminId, participantIds: [], title: 'КАСКО', stage: 'CALCULATION' as const, archived: false, reviewDate: null };
const task = { taskId: randomUUID(), organizationId: org, dealId, kind: 'OTHER' as const, title: 'T', authorId: adminId, status: 'NEW' as const, dueDate: null };

/** The exported CSV as a spreadsheet reads it: the change lines in words and names, never JSON, never a formula. */
describe('the audit CSV export', () => {
  let h: AuditHarness;
  beforeAll(async () => {
    h = await createAuditHarness();
    const user = (userId: string, displayName: string) => h.deliver('auth.user.created', { userId, organizationId: org, email: `${randomUUID()}@x.ru`, displayName, roles: ['SELLER'] });
    const client = (clientId: string, displayName: string) => h.deliver('crm.client.created', { clientId, organizationId: org, ownerId: adminId, kind: 'PERSON', displayName }, { actorId: adminId });
    await user(adminId, 'Анна Админова');
    await user(ivan, 'Иван Петров');
    await user(mallory, '=HYPERLINK("http://evil")');
    await client(petrov, 'Пётр Петров');
    await client(romashka, 'ООО «Ромашка»; филиал');
    await h.deliver('crm.deal.stage_changed', { ...deal, stage: 'NEGOTIATION', from: 'CALCULATION', to: 'NEGOTIATION', lossReason: null }, { actorId: adminId });
    await h.deliver('tasks.task.assigned', { ...task, assigneeId: ivan, previousAssigneeId: null, actorId: mallory }, { actorId: mallory });
    await h.deliver('crm.client.merged', { organizationId: org, sourceClientId: petrov, targetClientId: romashka, movedDealIds: [dealId] }, { actorId: adminId });
    await h.deliver('crm.deal.updated', { ...deal, clientId: romashka, changedFields: ['clientId'], changes: { clientId: { from: petrov, to: romashka } } }, { actorId: adminId });
    await h.deliver('crm.client.deleted', { clientId: romashka, organizationId: org, displayName: 'ООО «Ромашка»; филиал' }, { actorId: adminId });
  });
  afterAll(() => h?.close());

  const exported = async (language: 'ru' | 'en') => {
    const { services } = h.module;
    const { url } = await services.exports.request(admin, null);
    const claimed = { ...(await services.exports.claim(url.split('/').pop()!))!, language };
    const rows: string[][] = [];
    for await (const row of csvRows(language, services.exports.pagesOf(claimed), (ids) => services.names.namesOf(org, ids))) rows.push(row);
    const header = rows[0]!;
    const column = (name: string) => header.indexOf(name);
    return { rows, header, text: stringify(rows, CSV_OPTIONS), cell: (action: string, name: string) => rows.find((r) => r.includes(action))?.[column(name)] };
  };

  it('writes the changes as the change lines read, with the names of people and clients, in Russian', async () => {
    const { cell } = await exported('ru');
    expect(cell('crm.deal.stage_changed', 'Изменения')).toBe('этап: Расчёт → Переговоры');
    expect(cell('tasks.task.assigned', 'Изменения')).toBe('исполнитель: — → Иван Петров');
    expect(cell('crm.deal.stage_changed', 'Имя')).toBe('Анна Админова');
    // A merge names both clients, the one merged away and the one deleted since by the names they had.
    expect(cell('crm.deal.updated', 'Изменения')).toBe('клиент: Пётр Петров → ООО «Ромашка»; филиал');
    expect(cell('crm.client.merged', 'Изменения')).toBe('клиент: Пётр Петров → ООО «Ромашка»; филиал');
  });

  it('writes them in English when asked in English', async () => {
    const { cell } = await exported('en');
    expect(cell('crm.deal.stage_changed', 'Changes')).toBe('stage: Calculation → Negotiation');
    expect(cell('tasks.task.assigned', 'Changes')).toBe('assignee: — → Иван Петров');
  });

  it('keeps the file safe: a name that is a formula is escaped, a cell with the separator is quoted', async () => {
    const { cell, text } = await exported('ru');
    expect(cell('tasks.task.assigned', 'Имя')).toBe(`'=HYPERLINK("http://evil")`);
    expect(text).toContain(`;"'=HYPERLINK(""http://evil"")";`);
    expect(text).toContain(';"клиент: Пётр Петров → ООО «Ромашка»; филиал";');
  });
});
