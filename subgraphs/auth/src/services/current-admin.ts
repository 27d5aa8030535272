import { and, eq } from 'drizzle-orm';
import { appError, ErrorCode, platformText, requireAdmin, type Executor, type Identity, type UserIdentity } from '@crm/platform';
import { users } from '../db/schema';

/**
 * Privileged mutations (roles, invitations, API keys) trust Auth's own rows, not the roles the token was
 * issued with: a demoted or deactivated admin is refused at once, before any revocation has spread (ADR 0011).
 */
export async function requireCurrentAdmin(executor: Executor, caller: Identity | null): Promise<UserIdentity> {
  const admin = requireAdmin(caller);
  const [current] = await executor
    .select({ roles: users.roles, active: users.active })
    .from(users)
    .where(and(eq(users.id, admin.userId), eq(users.organizationId, admin.orgId)));
  if (!current?.active) throw appError(ErrorCode.Unauthenticated);
  if (!current.roles.includes('ADMIN')) throw appError(ErrorCode.Forbidden, { text: platformText('adminOnly') });
  return { ...admin, roles: current.roles };
}
