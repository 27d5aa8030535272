/** How many leading bytes the sniffer needs (file-type's own sample size). */
export const SNIFF_BYTES = 4100;

/**
 * The content type from the bytes, never from the client: `file-type`'s signatures, else UTF-8 text
 * without NULs is `text/plain`, else `application/octet-stream`.
 */
export async function sniffContentType(head: Buffer): Promise<string> {
  // file-type is ESM-only; a native dynamic import loads it from this CommonJS package.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = head.length ? await fileTypeFromBuffer(head) : undefined;
  if (detected) return detected.mime;
  if (head.length && !head.includes(0) && isUtf8Prefix(head)) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/** Valid UTF-8, allowing a multi-byte character cut off at the end of the sample. */
function isUtf8Prefix(head: Buffer): boolean {
  for (let trim = 0; trim < 4 && trim < head.length; trim++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - trim));
      return true;
    } catch {
      // try without the last bytes
    }
  }
  return false;
}
