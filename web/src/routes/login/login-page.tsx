import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button } from 'antd';
// The base input and the password input alone: `Input` from 'antd' carries TextArea, Search and OTP too (ADR 0055).
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { SessionError } from '../../graphql/session';
import { acceptInvitation, signIn } from '../../graphql/session';
import { useLocale } from '../../i18n/locale';

type Field = 'email' | 'password';

/**
 * Sign in, or (with `?invite=TOKEN`) accept an invitation by choosing a password. A plain form, not
 * antd's Form (with its validator it is a tenth of the first-load JavaScript); errors sit under their field.
 */
export function LoginPage() {
  const { t } = useLocale();
  const search = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invite = search.invite;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['email', 'password'] as const).filter((f) => !values[f].trim() && !(f === 'email' && invite));
    setErrors(Object.fromEntries(missing.map((f) => [f, t('error.field')])));
    if (missing.length) return;
    setBusy(true);
    setFailure(null);
    const failed: SessionError[] | undefined = invite ? await acceptInvitation(invite, values.password) : await signIn(values.email, values.password);
    setBusy(false);
    if (!failed) {
      if (search.redirect) window.location.assign(search.redirect);
      else await navigate({ to: '/deals', search: { view: 'review' } });
      return;
    }
    const fields = failed.filter((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field);
    if (fields.length) {
      setErrors(Object.fromEntries(fields.map((e) => [e.extensions!.field!.replace(/^input\./, ''), `${t('error.field')}: ${e.message}`])));
      return;
    }
    const code = failed[0]?.extensions?.code;
    setFailure(code === 'RATE_LIMITED' ? t('error.RATE_LIMITED') : code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? t('login.failed') : t('error.INTERNAL_SERVER_ERROR'));
  };
  const change = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  return (
    <main style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', background: '#f0f2f5' }}>
      {/* A plain box, not antd's Card: Card pulls in Tabs and Dropdown, too heavy for the first screen. */}
      <section style={{ width: 380, background: '#fff', borderRadius: 8, padding: 24, boxShadow: '0 1px 2px rgba(0, 0, 0, 0.06)' }}>
        <h1 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 16px' }}>{invite ? t('invite.title') : t('login.title')}</h1>
        {failure && <Alert role="alert" type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
        <form onSubmit={(event) => void submit(event)} noValidate>
          {!invite && (
            <LabelledField label={t('login.email')} error={errors.email}>
              {(id, describedBy) => (
                <Input id={id} aria-describedby={describedBy} status={errors.email ? 'error' : undefined} value={values.email} onChange={change('email')} autoComplete="username" autoFocus />
              )}
            </LabelledField>
          )}
          <LabelledField label={t('login.password')} error={errors.password}>
            {(id, describedBy) => (
              <Password
                id={id}
                aria-describedby={describedBy}
                status={errors.password ? 'error' : undefined}
                value={values.password}
                onChange={change('password')}
                autoComplete={invite ? 'new-password' : 'current-password'}
              />
            )}
          </LabelledField>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {invite ? t('invite.submit') : t('login.submit')}
          </Button>
        </form>
      </section>
    </main>
  );
}

function LabelledField({ label, error, children }: { label: string; error?: string; children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  return (
    <div style={{ marginBottom: 20 }}>
      <label htmlFor={id} style={{ display: 'block', paddingBottom: 8 }}>
        {label}
      </label>
      {children(id, error ? `${id}-error` : undefined)}
      {error && (
        <div id={`${id}-error`} role="alert" style={{ color: '#cf1322', marginTop: 4 }}>
          {error}
        </div>
      )}
    </div>
  );
}
