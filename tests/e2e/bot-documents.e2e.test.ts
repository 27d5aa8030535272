import { createHash } from 'node:crypto';
import { buttonData, linkedTelegramUser, said, startBotTestSystem, type BotTestSystem, type TelegramUser } from './support/telegram-bot';

const DEAL_DOCUMENTS = `query($id: ID!) { deal(id: $id) {
  documentsFolder { folders { section documents { name version size contentType sha256 } } }
} }`;

type Sections = { section: string; documents: { name: string; version: number; size: number; contentType: string; sha256: string }[] }[];

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% паспорт клиента\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(5_000, 1), Buffer.from([0xff, 0xd9])]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Issue 17, "upload a document": a file or photo sent to the bot lands in the chosen deal's folder, byte for byte. */
describe('Telegram bot: documents sent to the bot go into a deal folder', () => {
  let bots: BotTestSystem;
  let seller: string;
  let user: TelegramUser;
  let dealId: string;
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await bots.system.graphql<T>(query, variables, seller);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const sections = async () => (await call<{ deal: { documentsFolder: { folders: Sections } } }>(DEAL_DOCUMENTS, { id: dealId })).deal.documentsFolder.folders;
  const filesIn = async (section: string) => (await sections()).find((s) => s.section === section)?.documents ?? [];

  /** Sends the file, picks the deal among the recent ones and the section; the bot's last words. */
  async function upload(file: Parameters<TelegramUser['sendFile']>[0], section: string): Promise<string> {
    const asked = await user.sendFile(file);
    expect(said(asked)).toContain('В какую сделку');
    const where = await user.press(buttonData(asked, 'КАСКО Петрова'));
    expect(said(where)).toContain('В какой раздел');
    return said(await user.press(buttonData(where, section)));
  }

  beforeAll(async () => {
    bots = await startBotTestSystem();
    seller = await bots.system.login('seller@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
      input: { title: 'КАСКО Петрова', newClient: { kind: 'PERSON', firstName: 'Анна', lastName: 'Петрова', phones: ['+7 916 222-33-44'] } },
    });
    dealId = created.createDeal.deal.id;
    user = await linkedTelegramUser(bots, seller, 777301);
  });
  afterAll(() => bots?.stop());

  it('a document goes into the chosen section byte for byte; the same name again is its second version', async () => {
    const pdf = bots.api.addFile(PDF);
    expect(await upload({ ...pdf, name: 'Паспорт.pdf' }, 'Документы клиента')).toContain('Файл «Паспорт.pdf» добавлен в раздел «Документы клиента» сделки «КАСКО Петрова»');
    expect(await filesIn('CLIENT_DOCUMENTS')).toEqual([{ name: 'Паспорт.pdf', version: 1, size: PDF.length, contentType: 'application/pdf', sha256: sha256(PDF) }]);

    const changed = Buffer.concat([PDF, Buffer.from('ещё страница')]);
    expect(await upload({ ...bots.api.addFile(changed), name: 'Паспорт.pdf' }, 'Документы клиента')).toContain('обновлён (версия 2)');
    expect(await filesIn('CLIENT_DOCUMENTS')).toEqual([expect.objectContaining({ name: 'Паспорт.pdf', version: 2, sha256: sha256(changed) })]);
  });

  it('a photo lands as a JPEG named by its date, in the section picked', async () => {
    expect(await upload({ ...bots.api.addFile(JPEG), photo: true }, 'Полис')).toMatch(/Файл «photo-\d{8}-\d{6}\.jpg» добавлен в раздел «Полис»/);
    const [photo] = await filesIn('POLICY');
    expect(photo).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length, sha256: sha256(JPEG) });
  });

  it('a file over Telegram’s 20 MB download limit is declined before any upload; /cancel leaves the flow with nothing stored', async () => {
    expect(said(await user.sendFile({ fileId: 'huge', size: 21 * 1024 * 1024, name: 'scan.tiff' }))).toContain('больше 20 МБ');
    const asked = await user.sendFile({ ...bots.api.addFile(PDF), name: 'Черновик.pdf' });
    expect(said(asked)).toContain('В какую сделку');
    expect(said(await user.send('/cancel'))).toContain('Отменено');
    expect((await sections()).flatMap((s) => s.documents).map((d) => d.name)).not.toContain('Черновик.pdf');
  });

  it('/help lists what the bot does; an unlinked account sending a file gets the linking instructions only', async () => {
    const help = said(await user.send('/help'));
    expect(help).toContain('Мои задачи');
    expect(help).toContain('Пришлите фото или файл');
    const stranger = bots.user(777399);
    expect(said(await stranger.sendFile({ ...bots.api.addFile(PDF), name: 'x.pdf' }))).toContain('привяжите Telegram');
    // Only the three files stored above were fetched from Telegram: not the cancelled one, not the stranger's.
    expect(bots.api.calls.filter((c) => c.method === 'getFile')).toHaveLength(3);
  });
});
