export { startFakeDrive, type FakeDrive } from './fake-drive-server';
export { createDocumentsHarness, type DocumentsHarness } from './documents-harness';
