export { startFakeDrive, type FakeDrive } from './fake-drive-server';
