import { appError, ErrorCode } from '@crm/platform';
import { documentsText } from '../documents.texts';

const MAX_NAME_LENGTH = 200;

/**
 * The name a file is listed and stored under: no path separators, no control or bidi-override characters,
 * no leading/trailing dots or spaces, at most 200 characters. The caller's original stays as metadata;
 * storage paths never come from either (ADR 0035).
 */
export function sanitizeFileName(raw: string, field = 'input.name'): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) throw appError(ErrorCode.BadUserInput, { text: documentsText('nameRequired'), field });
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** `Content-Disposition` with the name for every browser: an ASCII fallback and the UTF-8 original (RFC 6266). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
