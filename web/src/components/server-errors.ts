import type { FormInstance } from 'antd';
import { GraphQLRequestError, fieldErrors } from '../graphql/errors';
import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey) => string;
const KNOWN = ['CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'RATE_LIMITED', 'BAD_USER_INPUT', 'NETWORK'] as const;

/** The user-facing text for a failed request: by code, in the user's language; never the raw server text alone. */
export function errorText(t: Translate, error: unknown): string {
  const code = error instanceof GraphQLRequestError ? error.codes[0] : 'NETWORK';
  const known = KNOWN.find((k) => k === code);
  return t(`error.${known ?? 'INTERNAL_SERVER_ERROR'}` as MessageKey);
}

/**
 * Puts BAD_USER_INPUT errors on the form fields they name (`input.title` → field `title`,
 * `input.client.phones.0` → `['client', 'phones', 0]`); returns true when at least one field took one.
 */
export function showFieldErrors(form: FormInstance, error: unknown, rename: (field: string) => string = (f) => f): boolean {
  const fields = fieldErrors(error);
  const names = new Set((form.getFieldsError() ?? []).map((f) => f.name.join('.')));
  // `premium.amount` lands on the form's `premium` when that is the field the user typed into.
  const onForm = (name: string) => {
    const parts = name.split('.');
    for (let n = parts.length; n > 0; n--) if (names.has(parts.slice(0, n).join('.'))) return parts.slice(0, n).join('.');
    return undefined;
  };
  const shown = [...fields].flatMap(([field, detail]) => {
    const name = onForm(rename(field));
    return name ? [{ name, detail }] : [];
  });
  form.setFields(
    shown.map(({ name, detail }) => ({
      name: name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      // The server words it in the user's language (Accept-Language); the field is already shown by the form.
      errors: [detail.replace(/^input\.[\w.]+: /, '')],
    })),
  );
  return shown.length > 0;
}
