import { fieldName, summarize } from './summaries';

const entry = (action: string, extra: { changes?: Record<string, { from: unknown; to: unknown }>; details?: unknown; outcome?: string } = {}) => ({
  action,
  outcome: extra.outcome ?? 'ok',
  changes: extra.changes ?? null,
  details: extra.details ?? null,
});

describe('audit entry summaries', () => {
  it('tells a file added or removed in words, with its name, in both languages', () => {
    const added = entry('documents.file.added', { details: { name: 'полис.pdf', version: 2, fileId: 'f' } });
    expect(summarize(added, 'RU')).toBe('Добавлен файл «полис.pdf», версия 2');
    expect(summarize(added, 'EN')).toBe('File «полис.pdf» added, version 2');
    expect(summarize(entry('documents.file.removed', { details: { name: 'a.pdf', reason: 'DELETED' } }), 'RU')).toBe('Файл «a.pdf» удалён');
    expect(summarize(entry('documents.file.removed', { details: { name: 'a.pdf', reason: 'PURGED' } }), 'EN')).toBe('File «a.pdf» purged after its retention');
  });

  it('names changed fields as words in the reader’s language and keeps an unknown code as it is', () => {
    const updated = entry('crm.deal.updated', { changes: { reviewDate: { from: '2026-01-01', to: '2026-02-01' }, somethingNew: { from: 1, to: 2 } } });
    expect(summarize(updated, 'RU')).toBe('Изменена сделка: дата рассмотрения, somethingNew');
    expect(summarize(updated, 'EN')).toBe('Deal updated: review date, somethingNew');
    expect(fieldName('sumInsured', 'RU')).toBe('страховая сумма');
  });

  it('falls back to the code for an event type it has no words for, and words mutations by outcome', () => {
    expect(summarize(entry('newsubgraph.thing.happened'), 'EN')).toBe('Event newsubgraph.thing.happened');
    expect(summarize(entry('mutation.updateDeal', { outcome: 'FORBIDDEN' }), 'RU')).toBe('Отказано: изменение сделки (нет прав)');
    expect(summarize(entry('crm.deal.created'), 'RU')).toBe('Создана сделка');
  });
});
