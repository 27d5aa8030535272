import { Client } from 'pg';

/** The application role's name: the user of its connection URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The owner's URL with the user `<owner>_app` (same password): the default application role. */
export function defaultAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = `${decodeURIComponent(url.username) || 'postgres'}_app`;
  return url.toString();
}

/**
 * Creates the application role of `appUrl` when it does not exist, through `ownerUrl` (which needs
 * CREATEROLE): a login with no superuser, no BYPASSRLS, owning nothing. An operator may create it
 * beforehand instead and give its URL in `DATABASE_APP_URL`.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const role = roleOfUrl(appUrl);
  const password = decodeURIComponent(new URL(appUrl).password);
  const client = new Client({ connectionString: ownerUrl, application_name: 'crm-app-role' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (exists.rowCount) return;
    const ident = client.escapeIdentifier(role);
    const withPassword = password ? ` PASSWORD ${client.escapeLiteral(password)}` : '';
    try {
      await client.query(`CREATE ROLE ${ident} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE${withPassword}`);
    } catch (error) {
      // Two processes may race to create it: the loser finds it there.
      const code = (error as { code?: string }).code;
      if (code === '42501') throw new Error(`cannot create the application role ${role} (${(error as Error).message}): create it and set DATABASE_APP_URL, or set ROW_LEVEL_SECURITY=false (ADR 0067)`);
      if (!['42710', '23505'].includes(code ?? '')) throw error;
    }
  } finally {
    await client.end();
  }
}
