import type { Identity } from '@crm/platform';

export interface RouterContext {
  identity: Identity | null;
  /** The caller's header, forwarded as is (already verified). */
  authorization: string | undefined;
  requestId: string;
  traceparent: string;
  clientAddress: string | undefined;
}
