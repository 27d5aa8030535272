import type { Identity } from '@crm/platform';

export interface RouterContext {
  identity: Identity | null;
  /** What the subgraphs get: the caller's header as is (already verified), or a partner key's own token. */
  authorization: string | undefined;
  requestId: string;
  traceparent: string;
  clientAddress: string | undefined;
  /** Epoch ms by which every subgraph call of this request must have answered (REQUEST_DEADLINE_MS). */
  deadline?: number | undefined;
}
