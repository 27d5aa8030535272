import type { FileRow } from '../../db/schema';

export interface DocumentPayloadValue {
  document: FileRow;
}
