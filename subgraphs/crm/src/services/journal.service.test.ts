import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { ADD_NOTE, CREATE_DEAL, DEAL_JOURNAL, newPerson } from '../testing/operations';

const EDIT = 'mutation($input: EditJournalEntryInput!) { editJournalEntry(input: $input) { entry { version text edited history { version text author { id } } } } }';

describe('the deal journal', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let dealId: string;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    dealId = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'Журнал', newClient: newPerson() } })).createDeal.deal.id;
  });
  afterAll(() => h?.close());

  it('keeps every previous version of an edited entry, oldest first', async () => {
    const added = await h.ok<{ addJournalEntry: { entry: { id: string; author: { id: string } } } }>(ADD_NOTE, org.seller, { input: { dealId, kind: 'MEETING', text: 'Встреча: v1' } });
    expect(added.addJournalEntry.entry.author.id).toBe(org.seller.userId);
    const id = added.addJournalEntry.entry.id;
    await h.ok(EDIT, org.seller, { input: { id, version: 1, text: 'Встреча: v2' } });
    const third = await h.ok<{ editJournalEntry: { entry: { version: number; text: string; edited: boolean; history: { version: number; text: string; author: { id: string } }[] } } }>(
      EDIT,
      org.seller,
      { input: { id, version: 2, text: 'Встреча: v3' } },
    );
    expect(third.editJournalEntry.entry).toEqual({
      version: 3,
      text: 'Встреча: v3',
      edited: true,
      history: [
        { version: 1, text: 'Встреча: v1', author: { id: org.seller.userId } },
        { version: 2, text: 'Встреча: v2', author: { id: org.seller.userId } },
      ],
    });
    const [event] = await h.published('crm.journal.entry_added');
    expect(event?.data).toMatchObject({ dealId, kind: 'MEETING', text: 'Встреча: v1', authorId: org.seller.userId });
  });

  it('only the author (or an admin) edits an entry, and system entries not at all', async () => {
    await h.ok('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', org.seller, { input: { dealId, userId: org.executor.userId } });
    const mine = await h.ok<{ addJournalEntry: { entry: { id: string } } }>(ADD_NOTE, org.seller, { input: { dealId, kind: 'NOTE', text: 'Моё' } });
    expect(firstError(await h.run(EDIT, { identity: org.executor, variables: { input: { id: mine.addJournalEntry.entry.id, version: 1, text: 'Чужое' } } }))?.code).toBe('FORBIDDEN');
    const { deal } = await h.ok<{ deal: { version: number } }>('query($id: ID!) { deal(id: $id) { version } }', org.seller, { id: dealId });
    await h.ok('mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { stage } } }', org.seller, { input: { id: dealId, version: deal.version, stage: 'CALCULATION' } });
    const journal = await h.ok<{ deal: { journal: { edges: { node: { kind: string; text: string } }[] } } }>(DEAL_JOURNAL, org.seller, { id: dealId });
    expect(journal.deal.journal.edges.at(-1)?.node).toMatchObject({ kind: 'SYSTEM', text: 'Стадия изменена: Новая → Расчёт' });
  });
});
