import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert, Button, ErrorSummary, FormField, Shell } from '@/components';
import { errorMessage, ProblemError, type ProblemIssue } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLogin } from '../api/login';
import { useAccessToken, type SessionEndReason } from '../session';
import './login-page.css';

/** What the protected routes hand to /login: where to go back to, and why the session ended. */
export interface LoginLocationState {
  from?: string;
  reason?: SessionEndReason | null;
}

type Field = 'username' | 'password';
const USERNAME_ID = 'login-username';

/** Only an in-app path may be a redirect target (no open redirect to another site). */
function safeRedirect(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith('/login') ? '/' : from;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.pageTitle'));
  const token = useAccessToken();
  const location = useLocation();
  const state = (location.state ?? null) as LoginLocationState | null;
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Field[]>([]);
  // The page is a form: the user types their name at once.
  useEffect(() => {
    document.getElementById(USERNAME_ID)?.focus();
  }, []);

  if (token) return <Navigate to={safeRedirect(state?.from)} replace />;

  const problem = login.error instanceof ProblemError ? login.error : null;
  const localIssues: ProblemIssue[] = missing.map((field) => ({
    field,
    message: t(field === 'username' ? 'auth.login.usernameRequired' : 'auth.login.passwordRequired'),
  }));
  const issues = localIssues.length > 0 ? localIssues : (problem?.issues ?? []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const blank: Field[] = [];
    if (username.trim() === '') blank.push('username');
    if (password === '') blank.push('password');
    setMissing(blank);
    if (blank.length > 0) {
      login.reset();
      return;
    }
    login.mutate({ username: username.trim(), password });
  }

  return (
    <Shell mainClassName="login-main">
      <div className="login">
        <h1 className="login__title">
          {t('auth.login.title')}
          <span className="login__subtitle">{t('auth.login.subtitle')}</span>
        </h1>
        <p className="login__intro">{t('auth.login.intro')}</p>

        <ErrorSummary
          title={t('auth.login.failed')}
          issues={login.isError || localIssues.length > 0 ? issues : []}
          focusKey={localIssues.length > 0 ? missing : login.error}
        >
          {login.isError && localIssues.length === 0 && <p>{errorMessage(login.error, t)}</p>}
        </ErrorSummary>
        {!login.isError && state?.reason === 'expired' && <Alert variant="info">{t('auth.session.expired')}</Alert>}
        {!login.isError && state?.reason === 'logout' && <Alert variant="success">{t('auth.session.loggedOut')}</Alert>}

        <form className="login__form" noValidate onSubmit={handleSubmit}>
          <FormField
            id={USERNAME_ID}
            name="username"
            label={t('auth.login.username')}
            issues={issues}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <FormField
            name="password"
            type="password"
            label={t('auth.login.password')}
            issues={issues}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button type="submit" className="login__submit" busy={login.isPending} busyLabel={t('auth.login.submitting')}>
            {t('auth.login.submit')}
          </Button>
        </form>
        <p className="login__help">{t('auth.login.help')}</p>
        <p className="login__public">
          <span>{t('auth.login.newcomer')}</span> <Link to="/self-check">{t('public.nav.selfCheck')}</Link>
        </p>
      </div>
    </Shell>
  );
}
