import type { Role } from '@crm/contracts';
import type { Identity, Tx, Connection, PageArgs } from '@crm/platform';
import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users, type UserRow } from '../db/schema';
import { appError, ErrorCode, platformText, parseInput, requireAdmin, requireCaller, requireUser, cursorPart, decodeCursor, pageSize, toConnection } from '@crm/platform';
import { idSchema, passwordSchema, rolesSchema } from './input-schemas';
import { requireCurrentAdmin } from './current-admin';
import { hashPassword, verifyPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import type { AuthSession, SessionsService } from './sessions.service';
import { authText } from '../auth.texts';

const setRolesInput = z.object({ userId: idSchema, roles: rolesSchema, version: z.number().int() });
const deactivateInput = z.object({ userId: idSchema, version: z.number().int().nullish() });
const changePasswordInput = z.object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema });

export interface UsersFilter {
  role?: Role | null | undefined;
  active?: boolean | null | undefined;
}

export function createUsersService(deps: ServiceDeps & { sessions: SessionsService }) {
  const { db, clock } = deps;

  async function me(caller: Identity | null): Promise<UserRow> {
    const identity = requireUser(caller);
    const [user] = await db.select().from(users).where(and(eq(users.id, identity.userId), eq(users.organizationId, identity.orgId)));
    // A token outlives a deactivation by at most its lifetime; Auth itself stops honouring it at once.
    if (!user?.active) throw appError(ErrorCode.Unauthenticated);
    return user;
  }

  /** Batch read for the per-request loaders: only rows of `organizationId`, in no particular order. */
  async function usersByIds(organizationId: string, ids: readonly string[]): Promise<UserRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    if (valid.length === 0) return [];
    return db.select().from(users).where(and(eq(users.organizationId, organizationId), inArray(users.id, valid)));
  }

  async function listUsers(caller: Identity | null, args: PageArgs & { filter?: UsersFilter | null | undefined }): Promise<Connection<UserRow>> {
    const { orgId } = requireCaller(caller);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, [cursorPart.text])?.[0];
    const conditions: (SQL | undefined)[] = [eq(users.organizationId, orgId), after === undefined ? undefined : gt(users.email, after)];
    if (args.filter?.role) conditions.push(sql`${users.roles} @> ARRAY[${args.filter.role}]::text[]`);
    if (typeof args.filter?.active === 'boolean') conditions.push(eq(users.active, args.filter.active));
    const rows = await db.select().from(users).where(and(...conditions)).orderBy(asc(users.email)).limit(size + 1);
    return toConnection(rows, size, (u) => [u.email]);
  }

  /** Locks the target row of the caller's organisation and checks the version the admin saw. */
  async function lockForUpdate(tx: Tx, orgId: string, userId: string, version: number | null | undefined) {
    const [user] = await tx.select().from(users).where(and(eq(users.id, userId), eq(users.organizationId, orgId))).for('update');
    if (!user) throw appError(ErrorCode.NotFound, { text: authText('noSuchUser'), field: 'input.userId' });
    if (version !== null && version !== undefined && user.version !== version) {
      throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
    }
    return user;
  }

  async function setUserRoles(caller: Identity | null, input: unknown): Promise<UserRow> {
    requireAdmin(caller);
    const data = parseInput(setRolesInput, input);
    return db.transaction(async (tx) => {
      const admin = await requireCurrentAdmin(tx, caller);
      const user = await lockForUpdate(tx, admin.orgId, data.userId, data.version);
      const unchanged = user.roles.length === data.roles.length && data.roles.every((r) => user.roles.includes(r));
      if (unchanged) return user;
      if (user.roles.includes('ADMIN') && !data.roles.includes('ADMIN')) {
        // Locking every admin row serialises two admins demoting each other at the same moment.
        const admins = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.organizationId, admin.orgId), eq(users.active, true), sql`${users.roles} @> ARRAY['ADMIN']::text[]`))
          .for('update');
        if (admins.every((a) => a.id === user.id)) {
          throw appError(ErrorCode.Conflict, { text: authText('lastAdmin'), field: 'input.roles' });
        }
      }
      const [updated] = await tx
        .update(users)
        .set({ roles: data.roles, version: sql`${users.version} + 1`, updatedAt: clock() })
        .where(and(eq(users.id, user.id), eq(users.version, user.version)))
        .returning();
      if (!updated) throw appError(ErrorCode.Conflict, { field: 'input.version' });
      await deps.events.rolesChanged(tx, updated, user.roles, admin.userId);
      await deps.events.tokensRevoked(tx, updated, 'roles_changed', admin.userId);
      return updated;
    });
  }

  async function deactivateUser(caller: Identity | null, input: unknown): Promise<UserRow> {
    const admin = requireAdmin(caller);
    const data = parseInput(deactivateInput, input);
    if (data.userId === admin.userId) {
      throw appError(ErrorCode.BadUserInput, { text: authText('deactivateSelf'), field: 'input.userId' });
    }
    return db.transaction(async (tx) => {
      await requireCurrentAdmin(tx, admin);
      const user = await lockForUpdate(tx, admin.orgId, data.userId, data.version);
      if (!user.active) return user;
      const [updated] = await tx
        .update(users)
        .set({ active: false, version: sql`${users.version} + 1`, updatedAt: clock() })
        .where(eq(users.id, user.id))
        .returning();
      if (!updated) throw new Error('locked user vanished');
      await deps.sessions.revokeUserSessions(tx, user.id);
      await deps.events.deactivated(tx, updated, admin.userId);
      await deps.events.tokensRevoked(tx, updated, 'deactivated', admin.userId);
      return updated;
    });
  }

  /** Ends every other session of the user: whoever knew the old password is signed out. */
  async function changePassword(caller: Identity | null, input: unknown): Promise<AuthSession> {
    const current = await me(caller);
    const data = parseInput(changePasswordInput, input);
    if (!(await verifyPassword(current.passwordHash, data.currentPassword))) {
      throw appError(ErrorCode.BadUserInput, { text: authText('wrongCurrentPassword'), field: 'input.currentPassword' });
    }
    const passwordHash = await hashPassword(data.newPassword);
    return db.transaction(async (tx) => {
      const [updated] = await tx
        .update(users)
        .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: clock() })
        .where(eq(users.id, current.id))
        .returning();
      if (!updated) throw appError(ErrorCode.NotFound);
      await deps.sessions.revokeUserSessions(tx, updated.id);
      // Whoever held a token from the old password loses it; the new session carries the new version.
      await deps.events.tokensRevoked(tx, updated, 'password_changed', updated.id);
      return deps.sessions.createSession(tx, updated);
    });
  }

  return { me, usersByIds, listUsers, setUserRoles, deactivateUser, changePassword };
}

export type UsersService = ReturnType<typeof createUsersService>;
