import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 15: a renewal deal's folder links to the old deal's; a calculation's files hang off the calculation itself.

const FOLDER_OF = `query($id: ID!) { deal(id: $id) { documentsFolder { id name renewalOf { id name } } } }`;
const CALCULATION_FILES = `query($id: ID!) { calculation(id: $id) { id files { name version } } }`;
const rub = (amount: string) => ({ amount, currency: 'RUB' });

type DealFolder = { id: string; name: string; renewalOf: { id: string; name: string } | null };

describe('documents: renewal folders and calculation files through the router', () => {
  let system: TestSystem;
  let seller: string;
  let dealId: string;
  let calculationId: string;
  let product: { insurerId: string; productId: string };
  const call = async <T>(query: string, variables: Record<string, unknown> = {}, token = seller): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const folderOf = async (id: string) => (await call<{ deal: { documentsFolder: DealFolder } }>(FOLDER_OF, { id })).deal.documentsFolder;

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
      input: { title: 'ОСАГО Кузнецов 2026', newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: 'Кузнецов', phones: ['+7 905 333-44-55'] } },
    });
    dealId = created.createDeal.deal.id;
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }');
    const insurer = insurers.find((i) => i.products.length > 0)!;
    product = { insurerId: insurer.id, productId: insurer.products[0]!.id };
    const calculation = await call<{ addCalculation: { calculation: { id: string } } }>('mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { id } } }', {
      input: { dealId, ...product, premium: rub('7300.00'), variantLabel: 'Базовый' },
    });
    calculationId = calculation.addCalculation.calculation.id;
  });
  afterAll(() => system?.stop());

  it("a file uploaded for a calculation is among the calculation's own files", async () => {
    const origin = system.url.replace(/\/graphql$/, '');
    const link = await eventually(() =>
      call<{ requestUpload: { url: string } }>('mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }', { input: { calculationId, name: 'Расчёт Ингосстрах.pdf' } }),
    );
    expect((await fetch(`${origin}${link.requestUpload.url}`, { method: 'PUT', body: Buffer.from('%PDF-1.4 расчёт') })).status).toBe(201);
    expect((await call<{ calculation: { files: { name: string; version: number }[] } }>(CALCULATION_FILES, { id: calculationId })).calculation.files).toEqual([
      { name: 'Расчёт Ингосстрах.pdf', version: 1 },
    ]);
  });

  it("renewing the policy makes a deal whose folder links to the old deal's; the old one links nowhere", async () => {
    const policy = await call<{ createPolicy: { policy: { id: string } } }>('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: {
        dealId,
        number: 'XXX-0042',
        ...product,
        startDate: '2026-03-01',
        endDate: '2027-02-28',
        premium: rub('7300.00'),
        instalments: [{ dueDate: '2026-03-01', amount: rub('7300.00') }],
        commissionRate: '0.1',
      },
    });
    const renewal = await call<{ renewPolicy: { deal: { id: string } } }>('mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal { id } } }', {
      input: { policyId: policy.createPolicy.policy.id },
    });
    const old = await folderOf(dealId);
    const linked = await eventually(async () => {
      const folder = await folderOf(renewal.renewPolicy.deal.id);
      expect(folder.renewalOf).not.toBeNull();
      return folder;
    }, 30_000);
    expect(linked.renewalOf).toEqual({ id: old.id, name: 'ОСАГО Кузнецов 2026' });
    expect(old.renewalOf).toBeNull();
  });
});
