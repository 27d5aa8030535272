import { appError, ErrorCode, type ServiceIdentity } from '@crm/platform';
import { GraphQLError } from 'graphql';
import type { PersistedOperation } from '../persisted-operations';
import type { PartnerGrant } from './partner-keys';
import { routerText } from '../router.texts';

/** The manifest partners' operations come from: `schema/operations/partner.json` (ADR 0024). */
export const PARTNER_CLIENT = 'partner';

/** The router's view of a partner: a service principal of the key's organisation, its grants as scopes. */
export function partnerIdentity(grant: PartnerGrant): ServiceIdentity {
  return { kind: 'service', serviceId: `api-key:${grant.keyId}`, orgId: grant.organizationId, scopes: grant.allowedOperations };
}

/**
 * A key runs only operations of the partner manifest, by id, that it was granted (by name or id):
 * no document of its own, whatever PERSISTED_OPERATIONS says, and never another client's operation.
 */
export function assertPartnerMayRun(grant: PartnerGrant, operation: PersistedOperation | undefined): void {
  if (!operation) {
    throw new GraphQLError(routerText('partnerByIdOnly').render(), {
      extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', reason: routerText.reason('partnerByIdOnly'), http: { status: 400 } },
    });
  }
  const granted = operation.clientName === PARTNER_CLIENT && (grant.allowedOperations.includes(operation.name) || grant.allowedOperations.includes(operation.id));
  if (!granted) {
    throw appError(ErrorCode.Forbidden, {
      text: routerText('operationNotGranted', { operation: operation.name }),
      extensions: { operation: operation.name, http: { status: 403 } },
    });
  }
}

export function unknownApiKey(): GraphQLError {
  return appError(ErrorCode.Unauthenticated, {
    text: routerText('unknownApiKey'),
    extensions: { http: { status: 401 } },
  });
}
