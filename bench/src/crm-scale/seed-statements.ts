import {
  cities,
  companyForms,
  companyWords,
  dealSources,
  emailDomains,
  femaleFirstNames,
  insuranceTypes,
  journalTexts,
  lossReasons,
  maleFirstNames,
  patronymics,
  streets,
  surnames,
} from './seed-vocabulary';

/** Overridable for a quick trial on a scratch database; the benchmark's figures are for the defaults. */
export const CLIENTS = Number(process.env.BENCH_SEED_CLIENTS ?? 300_000);
export const DEALS = Number(process.env.BENCH_SEED_DEALS ?? 1_000_000);
export const SYNTHETIC_SELLERS = 45;

/**
 * Seeded ids are md5 of a label, shaped as a version-4 uuid (CRM's input schemas and event contracts
 * accept nothing else), so inputs for the run can be drawn without a scan. `seededId()` is the same in JS.
 */
export const seededIdSql = (label: string) => `pg_temp.seeded_id(${label})`;
export const clientIdSql = (n: string) => seededIdSql(`'bench-client-' || ${n}`);
export const dealIdSql = (n: string) => seededIdSql(`'bench-deal-' || ${n}`);
const sellerIdSql = (n: string) => seededIdSql(`'bench-seller-' || ${n}`);

export interface SeedParams {
  organizationId: string;
  adminId: string;
  sellerId: string;
  executorId: string;
  /** The day "to review today" is seeded around (UTC, like the CRM's clock). */
  today: string;
  /** One timestamp for every "now" in the seed. */
  now: string;
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(quote).join(',')}]::text[]`;
/** `array[1 + floor(h * n)]` for a hash `h` in [0, 1). */
const pick = (values: readonly string[], hash: string) => `(${textArray(values)})[1 + floor(${hash} * ${values.length})::int]`;

/**
 * A deterministic hash in [0, 1) of a row number and a salt: the same seed gives the same data, and
 * independent salts give independent-looking attributes.
 */
export const hashFunctionSql = `
CREATE OR REPLACE FUNCTION pg_temp.h(n bigint, salt int) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (hashint8(n * 1009 + salt)::bigint + 2147483648) / 4294967296.0 $$`;

export const seededIdFunctionSql = `
CREATE OR REPLACE FUNCTION pg_temp.seeded_id(label text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT overlay(overlay(md5(label) placing '4' from 13) placing '8' from 17)::uuid $$`;

const h = (n: string, salt: number) => `pg_temp.h(${n}, ${salt})`;

export function syntheticSellersSql(p: SeedParams): string {
  const names = maleFirstNames.map(([name], k) => `${surnames[k * 3]![0]} ${name}`);
  return `
INSERT INTO auth.users (id, organization_id, email, display_name, password_hash, roles, created_at, updated_at)
SELECT ${sellerIdSql('n')}, ${quote(p.organizationId)}::uuid, 'seller' || lpad(n::text, 2, '0') || '@bench.local',
       ${pick(names, h('n', 1))}, s.password_hash, ARRAY['SELLER'], ${quote(p.now)}::timestamptz, ${quote(p.now)}::timestamptz
FROM generate_series(1, ${SYNTHETIC_SELLERS}) n, auth.users s
WHERE s.id = ${quote(p.sellerId)}::uuid
ON CONFLICT (id) DO NOTHING`;
}

/** Owners: the demo seller 4 %, the demo admin 1 %, the rest spread over the synthetic sellers. */
function ownerSql(p: SeedParams, n: string): string {
  return `CASE WHEN ${h(n, 20)} < 0.04 THEN ${quote(p.sellerId)}::uuid
       WHEN ${h(n, 20)} < 0.05 THEN ${quote(p.adminId)}::uuid
       ELSE ${sellerIdSql(`(1 + floor(${h(n, 21)} * ${SYNTHETIC_SELLERS})::int)`)} END`;
}

/**
 * Clients with the derived columns computed as CRM's `contacts.ts` does: `display_name` is the company
 * name or "Last First Middle" without the missing parts; phones normalise to digits with a leading 7;
 * e-mails to trimmed lower case; `search_text` joins lower(display name), normalised phones, e-mails
 * and the INN with single spaces, skipping empty parts.
 */
export function clientsSql(p: SeedParams): string {
  const male = surnames.map((s) => s[0]);
  const female = surnames.map((s) => s[1]);
  const latin = surnames.map((s) => s[2]);
  return `
INSERT INTO crm.clients (id, organization_id, kind, display_name, first_name, last_name, middle_name, company_name,
  phones, emails, phones_normalized, emails_normalized, inn, birth_date, registration_data, address, notes, tags,
  owner_id, search_text, version, created_at, updated_at)
WITH v AS (
  SELECT i, ${h('i', 1)} < 0.15 AS company, ${h('i', 2)} < 0.5 AS male,
    floor(${h('i', 3)} * ${surnames.length})::int + 1 AS s,
    '79' || lpad(((i * 7919 + 123457) % 1000000000)::text, 9, '0') AS mobile,
    '7495' || lpad(((i * 104723) % 10000000)::text, 7, '0') AS landline,
    ${h('i', 6)} AS phone_style, ${h('i', 7)} < 0.2 AS two_phones,
    ${h('i', 8)} AS email_roll, ${h('i', 9)} < 0.2 AS email_capitalised,
    ${h('i', 10)} < 0.5 AS person_inn,
    ${pick(emailDomains, h('i', 11))} AS domain,
    ${quote(p.now)}::timestamptz - ${h('i', 22)} * interval '1800 days' AS created_at
  FROM generate_series(1::bigint, ${CLIENTS}) i
), named AS (
  SELECT v.*,
    CASE WHEN NOT company THEN CASE WHEN male THEN (${textArray(male)})[s] ELSE (${textArray(female)})[s] END END AS last_name,
    CASE WHEN NOT company THEN CASE WHEN male THEN ${pick(maleFirstNames.map((f) => f[0]), h('i', 4))} ELSE ${pick(femaleFirstNames.map((f) => f[0]), h('i', 4))} END END AS first_name,
    CASE WHEN NOT company AND ${h('i', 12)} < 0.9 THEN CASE WHEN male THEN ${pick(patronymics.map((x) => x[0]), h('i', 5))} ELSE ${pick(patronymics.map((x) => x[1]), h('i', 5))} END END AS middle_name,
    CASE WHEN company THEN ${pick(companyForms, h('i', 13))} || ' «' || ${pick(companyWords, h('i', 14))}
      || CASE WHEN ${h('i', 15)} < 0.6 THEN '-' || ${pick(companyWords, h('i', 16))} ELSE '' END || '»' END AS company_name,
    CASE WHEN company THEN 'office' || i || '@' || 'firm' || (i % 5000) || '.ru'
      ELSE CASE WHEN male THEN ${pick(maleFirstNames.map((f) => f[1]), h('i', 4))} ELSE ${pick(femaleFirstNames.map((f) => f[1]), h('i', 4))} END
        || '.' || (${textArray(latin)})[s] || CASE WHEN male THEN '' ELSE 'a' END || i || '@' || domain END AS email_lower,
    email_roll < CASE WHEN company THEN 0.9 ELSE 0.7 END AS has_email
  FROM v
), contacts AS (
  SELECT named.*,
    CASE WHEN company THEN company_name ELSE concat_ws(' ', last_name, first_name, middle_name) END AS display_name,
    array_remove(ARRAY[
      CASE WHEN phone_style < 0.5 THEN '+7 (' || substr(mobile, 2, 3) || ') ' || substr(mobile, 5, 3) || '-' || substr(mobile, 8, 2) || '-' || substr(mobile, 10, 2)
           WHEN phone_style < 0.75 THEN '8' || substr(mobile, 2)
           WHEN phone_style < 0.9 THEN '+' || mobile
           ELSE substr(mobile, 2, 3) || ' ' || substr(mobile, 5, 3) || ' ' || substr(mobile, 8) END,
      CASE WHEN two_phones THEN '+7 495 ' || substr(landline, 5, 3) || '-' || substr(landline, 8, 2) || '-' || substr(landline, 10, 2) END], NULL) AS phones,
    array_remove(ARRAY[mobile, CASE WHEN two_phones THEN landline END], NULL) AS phones_normalized,
    CASE WHEN has_email THEN ARRAY[CASE WHEN email_capitalised THEN initcap(email_lower) ELSE email_lower END] ELSE '{}'::text[] END AS emails,
    CASE WHEN has_email THEN ARRAY[email_lower] ELSE '{}'::text[] END AS emails_normalized,
    CASE WHEN company THEN '77' || lpad(((i * 9973) % 100000000)::text, 8, '0')
         WHEN person_inn THEN '50' || lpad(((i * 102947) % 10000000000)::text, 10, '0') END AS inn
  FROM named
)
SELECT ${clientIdSql('i')}, ${quote(p.organizationId)}::uuid, CASE WHEN company THEN 'COMPANY' ELSE 'PERSON' END, display_name,
  first_name, last_name, middle_name, company_name, phones, emails, phones_normalized, emails_normalized, inn,
  CASE WHEN NOT company THEN date '1950-01-01' + floor(${h('i', 17)} * 20000)::int END,
  CASE WHEN company THEN 'ОГРН 10' || lpad(((i * 7919) % 100000000000)::text, 11, '0') || ', КПП 7701' || lpad((i % 100000)::text, 5, '0') END,
  ${pick(cities, h('i', 18))} || ', ул. ' || ${pick(streets, h('i', 19))} || ', д. ' || (1 + i % 120) || CASE WHEN company THEN '' ELSE ', кв. ' || (1 + i % 300) END,
  CASE WHEN ${h('i', 23)} < 0.05 THEN 'Предпочитает связь в мессенджере' END,
  CASE WHEN ${h('i', 24)} < 0.07 THEN ARRAY['VIP'] WHEN company AND ${h('i', 24)} < 0.5 THEN ARRAY['корпоративный'] ELSE '{}'::text[] END,
  ${ownerSql(p, 'i')},
  concat_ws(' ', nullif(lower(display_name), ''), nullif(array_to_string(phones_normalized, ' '), ''), nullif(array_to_string(emails_normalized, ' '), ''), inn),
  1, created_at, created_at + ${h('i', 25)} * (${quote(p.now)}::timestamptz - created_at)
FROM contacts`;
}

/**
 * Every deal's attributes in a temporary table first, so deals, participants, journal, calculations and
 * policies agree. Stages: 8 % NEW, 7 % CALCULATION, 5 % NEGOTIATION, 3 % ISSUING, 42 % ACTIVE, 15 %
 * CLOSED_WON, 20 % CLOSED_LOST; half of the closed and 5 % of the active ones archived. Review dates:
 * archived deals in the past year, lost ones none, the rest 0.5 % overdue by 0–29 days (a few thousand
 * "to review today"), the others spread over the next year.
 */
export function seedDealsTableSql(p: SeedParams): string {
  const today = `${quote(p.today)}::date`;
  return `
CREATE TEMP TABLE seed_deals AS
WITH v AS (
  SELECT j, ${dealIdSql('j')} AS id, ${clientIdSql('(1 + (hashint8(j * 31 + 7)::bigint + 2147483648) % ' + CLIENTS + ')')} AS client_id,
    ${h('j', 1)} AS stage_roll, ${h('j', 2)} AS archive_roll, ${h('j', 3)} AS review_roll, ${h('j', 4)} AS review_spread,
    1 + floor(${h('j', 6)} * ${insuranceTypes.length})::int AS type_no,
    ${quote(p.now)}::timestamptz - ${h('j', 7)} * interval '1460 days' AS created_at
  FROM generate_series(1::bigint, ${DEALS}) j
), staged AS (
  SELECT v.*, CASE WHEN stage_roll < 0.08 THEN 'NEW' WHEN stage_roll < 0.15 THEN 'CALCULATION' WHEN stage_roll < 0.20 THEN 'NEGOTIATION'
    WHEN stage_roll < 0.23 THEN 'ISSUING' WHEN stage_roll < 0.65 THEN 'ACTIVE' WHEN stage_roll < 0.80 THEN 'CLOSED_WON' ELSE 'CLOSED_LOST' END AS stage
  FROM v
), archived AS (
  SELECT staged.*, (stage IN ('CLOSED_WON', 'CLOSED_LOST') AND archive_roll < 0.5) OR (stage = 'ACTIVE' AND archive_roll < 0.05) AS archived
  FROM staged
)
SELECT a.j, a.id, a.client_id, c.organization_id, c.owner_id, c.display_name AS client_name, a.stage, a.archived, a.type_no, a.created_at,
  a.created_at + ${h('j', 8)} * (${quote(p.now)}::timestamptz - a.created_at) AS updated_at,
  CASE WHEN a.archived THEN ${today} - (1 + floor(a.review_spread * 365)::int)
       WHEN a.stage = 'CLOSED_LOST' THEN NULL
       WHEN a.review_roll < 0.005 THEN ${today} - floor(a.review_spread * 30)::int
       ELSE ${today} + 1 + floor(a.review_spread * 365)::int END AS review_date,
  round((5000 + ${h('j', 9)} * 495000)::numeric, 2) AS premium
FROM archived a JOIN crm.clients c ON c.id = a.client_id`;
}

export function dealsSql(p: SeedParams): string {
  const types = insuranceTypes.map((t) => t[0]);
  const labels = insuranceTypes.map((t) => t[1]);
  return `
INSERT INTO crm.deals (id, organization_id, client_id, owner_id, title, stage, loss_reason, insurance_type, source,
  expected_premium_amount, expected_premium_currency, review_date, review_date_manual, review_date_reason,
  review_due_published_for, archived, version, created_at, updated_at)
SELECT id, organization_id, client_id, owner_id, (${textArray(labels)})[type_no] || ' — ' || client_name, stage,
  CASE WHEN stage = 'CLOSED_LOST' THEN ${pick(lossReasons, h('j', 10))} END,
  (${textArray(types)})[type_no], ${pick(dealSources, h('j', 11))}, premium, 'RUB', review_date,
  review_date IS NOT NULL AND ${h('j', 12)} < 0.05,
  CASE WHEN review_date IS NOT NULL AND ${h('j', 12)} < 0.05 THEN 'Клиент просил перезвонить позже' END,
  -- Past review dates were announced on their day; today's are left for the review-due job.
  CASE WHEN review_date < ${quote(p.today)}::date THEN review_date END,
  archived, 1 + floor(${h('j', 13)} * 5)::int, created_at, updated_at
FROM seed_deals`;
}

/** 10 % of deals have a colleague on them, the demo seller joins 0.5 % and the demo executor 1 %. */
export function participantsSql(p: SeedParams): string {
  return `
INSERT INTO crm.deal_participants (deal_id, user_id, organization_id, added_at)
SELECT d.id, x.user_id, d.organization_id, d.created_at + (d.updated_at - d.created_at) / 2
FROM seed_deals d CROSS JOIN LATERAL (VALUES
  (CASE WHEN ${h('d.j', 40)} < 0.10 THEN ${sellerIdSql(`(1 + floor(${h('d.j', 41)} * ${SYNTHETIC_SELLERS})::int)`)} END),
  (CASE WHEN ${h('d.j', 42)} < 0.005 THEN ${quote(p.sellerId)}::uuid END),
  (CASE WHEN ${h('d.j', 43)} < 0.01 THEN ${quote(p.executorId)}::uuid END)) x(user_id)
WHERE x.user_id IS NOT NULL AND x.user_id <> d.owner_id
ON CONFLICT DO NOTHING`;
}

/** 0–4 entries a deal (2 on average): the system's "created" entry first, then calls, notes and meetings. */
export function journalSql(): string {
  return `
INSERT INTO crm.journal_entries (id, organization_id, deal_id, author_id, kind, text, version, created_at, updated_at)
SELECT ${seededIdSql("'bench-journal-' || d.j || '-' || k")}, d.organization_id, d.id,
  CASE WHEN k = 1 THEN NULL ELSE d.owner_id END,
  CASE WHEN k = 1 THEN 'SYSTEM' ELSE ${pick(journalTexts.map((t) => t[0]), h('d.j * 8 + k', 50))} END,
  CASE WHEN k = 1 THEN 'Сделка создана' ELSE ${pick(journalTexts.map((t) => t[1]), h('d.j * 8 + k', 50))} END,
  1, d.created_at + (k - 1) * (d.updated_at - d.created_at) / 4, d.created_at + (k - 1) * (d.updated_at - d.created_at) / 4
FROM seed_deals d CROSS JOIN LATERAL generate_series(1, floor(${h('d.j', 51)} * 5)::int) k`;
}

/** Insurer–product pairs of the demo reference list (shared products go with every insurer). */
export function seedPairsSql(p: SeedParams): string {
  return `
CREATE TEMP TABLE seed_pairs AS
SELECT row_number() OVER (ORDER BY i.name, pr.name)::int AS n, i.id AS insurer_id, pr.id AS product_id, pr.name AS product_name
FROM crm.insurers i JOIN crm.insurance_products pr ON pr.organization_id = i.organization_id AND (pr.insurer_id = i.id OR pr.insurer_id IS NULL)
WHERE i.organization_id = ${quote(p.organizationId)}::uuid`;
}

/** Two open quotes for deals being calculated or negotiated; one chosen quote from issuing on. */
export function calculationsSql(): string {
  return `
INSERT INTO crm.calculations (id, organization_id, deal_id, insurer_id, product_id, insured_object, currency, sum_insured,
  premium, commission_rate, deductible, terms, valid_until, variant_label, author_id, status, version, created_at, updated_at)
SELECT ${seededIdSql("'bench-calc-' || d.j || '-' || k")}, d.organization_id, d.id, sp.insurer_id, sp.product_id, 'Объект по сделке ' || d.j, 'RUB',
  round(d.premium * 20, 2), round(d.premium * (0.9 + 0.1 * k), 2), 0.15, CASE WHEN k = 2 THEN '15 000 ₽' END, 'Стандартные условия',
  d.created_at::date + 30, 'Вариант ' || k, d.owner_id,
  CASE d.stage WHEN 'CALCULATION' THEN 'READY' WHEN 'NEGOTIATION' THEN 'SENT' ELSE 'CHOSEN' END, 1,
  d.created_at + interval '1 day', d.created_at + interval '2 days'
FROM seed_deals d
CROSS JOIN LATERAL generate_series(1, CASE WHEN d.stage IN ('CALCULATION', 'NEGOTIATION') THEN 2 WHEN d.stage IN ('ISSUING', 'ACTIVE', 'CLOSED_WON') THEN 1 ELSE 0 END) k
JOIN seed_pairs sp ON sp.n = 1 + (d.j + k) % (SELECT count(*) FROM seed_pairs)`;
}

/**
 * One policy for each active or won deal, issued from its chosen quote; an active deal's policy ends 30
 * days (the default renewal lead) after its review date, as CRM's review-date rule would have set it.
 */
export function policiesSql(p: SeedParams): string {
  return `
INSERT INTO crm.policies (id, organization_id, deal_id, calculation_id, number, insurer_id, product_id, insured_object, start_date,
  end_date, currency, premium, instalments, commission_rate, status, version, created_at, updated_at)
SELECT ${seededIdSql("'bench-policy-' || d.j")}, d.organization_id, d.id, ${seededIdSql("'bench-calc-' || d.j || '-1'")}, 'BN-' || lpad(d.j::text, 7, '0'),
  sp.insurer_id, sp.product_id, 'Объект по сделке ' || d.j, e.end_date - 365, e.end_date, 'RUB', round(d.premium * 1.0, 2),
  jsonb_build_array(jsonb_build_object('dueDate', (e.end_date - 365)::text, 'amount', round(d.premium * 1.0, 2)::text)), 0.15,
  CASE WHEN e.end_date >= ${quote(p.today)}::date THEN 'ACTIVE' ELSE 'EXPIRED' END, 1, d.created_at + interval '3 days', d.updated_at
FROM seed_deals d
CROSS JOIN LATERAL (SELECT CASE WHEN d.review_date IS NOT NULL AND NOT d.archived THEN d.review_date + 30 ELSE d.created_at::date + 365 END AS end_date) e
JOIN seed_pairs sp ON sp.n = 1 + (d.j + 1) % (SELECT count(*) FROM seed_pairs)
WHERE d.stage IN ('ACTIVE', 'CLOSED_WON')`;
}
