import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, users, type OrganizationRow, type UserRow } from '../db/schema';
import { appError, ErrorCode, isUniqueViolation, parseInput } from '@crm/platform';
import { displayNameSchema, emailSchema, passwordSchema } from './input-schemas';
import { hashPassword } from './passwords';
import type { AttemptBudget } from './attempt-budget';
import type { ServiceDeps } from './service-deps';
import type { AuthSession, SessionsService } from './sessions.service';
import { authText } from '../auth.texts';

const signUpInput = z.object({
  organizationName: z.string().trim().min(1).max(200),
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});

export interface NewOrganization {
  name: string;
  users: { email: string; displayName: string; password: string; roles: UserRow['roles'] }[];
}

export function createOrganizationsService(deps: ServiceDeps & { sessions: SessionsService; signUpAttempts: AttemptBudget }) {
  const { db } = deps;

  const emailTaken = () => appError(ErrorCode.Conflict, { text: authText('emailTaken'), field: 'input.email' });

  /** Creates an organisation with its users, publishing `auth.user.created` for each, in one transaction. */
  async function createOrganization(spec: NewOrganization): Promise<{ organization: OrganizationRow; users: UserRow[] }> {
    const hashes = await Promise.all(spec.users.map((u) => hashPassword(u.password)));
    try {
      return await db.transaction(async (tx) => {
        const [organization] = await tx.insert(organizations).values({ name: spec.name }).returning();
        if (!organization) throw new Error('organisation insert returned nothing');
        const created = await tx
          .insert(users)
          .values(spec.users.map((u, i) => ({ organizationId: organization.id, email: u.email, displayName: u.displayName, passwordHash: hashes[i] ?? '', roles: u.roles })))
          .returning();
        for (const user of created) await deps.events.userCreated(tx, user);
        return { organization, users: created };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw emailTaken();
      throw error;
    }
  }

  /** Public: a new brokerage and its first administrator, signed in. Every attempt counts against the client address. */
  async function signUp(input: unknown, clientAddress: string | undefined): Promise<AuthSession> {
    const data = parseInput(signUpInput, input);
    await deps.signUpAttempts.take(clientAddress ?? 'unknown');
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (existing) throw emailTaken();
    const { users: created } = await createOrganization({
      name: data.organizationName,
      users: [{ email: data.email, displayName: data.displayName, password: data.password, roles: ['ADMIN'] }],
    });
    const [admin] = created;
    if (!admin) throw new Error('sign-up created no user');
    return db.transaction((tx) => deps.sessions.createSession(tx, admin));
  }

  async function organizationsByIds(ids: readonly string[]): Promise<OrganizationRow[]> {
    return ids.length === 0 ? [] : db.select().from(organizations).where(inArray(organizations.id, [...ids]));
  }

  async function hasAnyOrganization(): Promise<boolean> {
    const rows = await db.select({ id: organizations.id }).from(organizations).limit(1);
    return rows.length > 0;
  }

  return { signUp, createOrganization, organizationsByIds, hasAnyOrganization };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
