import type { Identity } from '@crm/platform';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { secondsFrom } from '../clock';
import { invitations, users, type InvitationRow } from '../db/schema';
import { appError, ErrorCode, isUniqueViolation, parseInput, requireAdmin } from '@crm/platform';
import { displayNameSchema, emailSchema, opaqueTokenSchema, passwordSchema, rolesSchema } from './input-schemas';
import { randomToken, sha256 } from './opaque-tokens';
import { requireCurrentAdmin } from './current-admin';
import { hashPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import type { AuthSession, SessionsService } from './sessions.service';
import { authText } from '../auth.texts';

const inviteInput = z.object({ email: emailSchema, displayName: displayNameSchema, roles: rolesSchema });
const acceptInput = z.object({ token: opaqueTokenSchema, password: passwordSchema, displayName: displayNameSchema.nullish() });

export function createInvitationsService(deps: ServiceDeps & { sessions: SessionsService }) {
  const { db, clock, config } = deps;

  const emailTaken = () => appError(ErrorCode.Conflict, { text: authText('emailTaken'), field: 'input.email' });

  /** The token is returned once and only its hash is kept; a new invitation replaces a pending one. */
  async function inviteUser(caller: Identity | null, input: unknown): Promise<{ invitation: InvitationRow; inviteToken: string }> {
    requireAdmin(caller);
    const data = parseInput(inviteInput, input);
    const inviteToken = randomToken();
    const now = clock();
    return db.transaction(async (tx) => {
      const admin = await requireCurrentAdmin(tx, caller);
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
      if (existing) throw emailTaken();
      await tx
        .update(invitations)
        .set({ revokedAt: now })
        .where(and(eq(invitations.organizationId, admin.orgId), eq(invitations.email, data.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
      const [invitation] = await tx
        .insert(invitations)
        .values({
          organizationId: admin.orgId,
          email: data.email,
          displayName: data.displayName,
          roles: data.roles,
          tokenHash: sha256(inviteToken),
          invitedBy: admin.userId,
          createdAt: now,
          expiresAt: secondsFrom(now, config.invitationTtlSeconds),
        })
        .returning();
      if (!invitation) throw new Error('invitation insert returned nothing');
      return { invitation, inviteToken };
    });
  }

  /** Public: the invitee sets a password and is signed in; the invitation is consumed atomically. */
  async function acceptInvite(input: unknown): Promise<AuthSession> {
    const data = parseInput(acceptInput, input);
    const passwordHash = await hashPassword(data.password);
    try {
      return await db.transaction(async (tx) => {
        const now = clock();
        const [invitation] = await tx
          .update(invitations)
          .set({ acceptedAt: now })
          .where(and(eq(invitations.tokenHash, sha256(data.token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
          .returning();
        if (!invitation) {
          throw appError(ErrorCode.BadUserInput, { text: authText('invitationInvalid'), field: 'input.token' });
        }
        const [user] = await tx
          .insert(users)
          .values({
            organizationId: invitation.organizationId,
            email: invitation.email,
            displayName: data.displayName ?? invitation.displayName,
            passwordHash,
            roles: invitation.roles,
          })
          .returning();
        if (!user) throw new Error('user insert returned nothing');
        await deps.events.userCreated(tx, user, invitation.invitedBy);
        return deps.sessions.createSession(tx, user);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw emailTaken();
      throw error;
    }
  }

  return { inviteUser, acceptInvite };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
