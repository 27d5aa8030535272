import type { BaseContext } from '@crm/platform';
import type { DocumentsServices } from './services/documents-services';

export interface DocumentsContext extends BaseContext {
  services: DocumentsServices;
}
