/** Defaults suit production; tests shorten them. */
export interface DocumentsConfig {
  /** How long a one-time link stays valid (short: it is a bearer credential). */
  linkTtlMs: number;
  /** The largest upload a link accepts unless the request asks for less. */
  maxUploadBytes: number;
  /** How long a deleted file can still be restored before its bytes are purged. */
  retentionDays: number;
  /** Files imported by integrations expire this many days out unless a user renews them (the seeds' retention policy). */
  importExpiryDays: number;
  /** The path clients reach the file endpoints at on the router's origin. */
  publicPath: string;
  /** How often the expiry and purge jobs look for due files. */
  sweepEveryMs: number;
  /** How often the Drive operations CRM's events queued (folder moves, trash) are done, after their commit. */
  driveOperationsEveryMs: number;
}

export const defaultDocumentsConfig: DocumentsConfig = {
  linkTtlMs: 5 * 60_000,
  maxUploadBytes: 200 * 1024 * 1024,
  retentionDays: 30,
  importExpiryDays: 90,
  publicPath: '/files',
  sweepEveryMs: 60 * 60_000,
  driveOperationsEveryMs: 5_000,
};
