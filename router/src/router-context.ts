import type { Identity } from '@crm/platform';
import type { Language } from '@crm/texts';

export interface RouterContext {
  identity: Identity | null;
  /** The caller's header, forwarded as is (already verified). */
  authorization: string | undefined;
  requestId: string;
  traceparent: string;
  clientAddress: string | undefined;
  /** The language the client reads (from `Accept-Language`), passed on so subgraphs answer in it. */
  language: Language;
}
