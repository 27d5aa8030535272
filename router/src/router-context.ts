import type { Identity } from '@crm/platform';
import type { Language } from '@crm/texts';

export interface RouterContext {
  identity: Identity | null;
  /** What the subgraphs get: the caller's header as is (already verified), or a partner key's own token. */
  authorization: string | undefined;
  requestId: string;
  traceparent: string;
  clientAddress: string | undefined;
  /** The caller's `User-Agent`, passed on to subgraphs (Auth's sign-in event: a new device). */
  userAgent?: string | undefined;
  /** The language the client reads (from `Accept-Language`), passed on so subgraphs answer in it. */
  language: Language;
  /** Epoch ms by which every subgraph call of this request must have answered (REQUEST_DEADLINE_MS). */
  deadline?: number | undefined;
}
