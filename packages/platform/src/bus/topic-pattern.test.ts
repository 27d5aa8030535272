import { topicMatches, topicMatchesAny } from './topic-pattern';

describe('topicMatches', () => {
  it.each([
    ['crm.deal.created', 'crm.deal.created', true],
    ['crm.deal.created', 'crm.deal.updated', false],
    ['crm.deal.*', 'crm.deal.created', true],
    ['crm.deal.*', 'crm.deal', false],
    ['crm.deal.*', 'crm.deal.created.v2', false],
    ['crm.#', 'crm', true],
    ['crm.#', 'crm.deal.stage_changed', true],
    ['#', 'payments.instalment.paid', true],
    ['#.paid', 'payments.instalment.paid', true],
    ['*.*.paid', 'payments.instalment.paid', true],
    ['*.paid', 'payments.instalment.paid', false],
    ['crm.#.created', 'crm.created', true],
    ['crm.#.created', 'crm.deal.client.created', true],
    ['crm.#.created', 'crm.deal.updated', false],
  ])('%s against %s is %s', (pattern, key, expected) => {
    expect(topicMatches(pattern, key)).toBe(expected);
  });

  it('matches when any pattern of a consumer matches', () => {
    expect(topicMatchesAny(['auth.#', 'crm.deal.created'], 'crm.deal.created')).toBe(true);
    expect(topicMatchesAny(['auth.#', 'crm.deal.created'], 'crm.deal.updated')).toBe(false);
  });
});
