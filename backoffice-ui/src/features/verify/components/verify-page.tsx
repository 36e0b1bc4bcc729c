import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, FormField, PublicShell } from '@/components';
import { errorMessage, isProblemError, type ProblemIssue } from '@/lib/api';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAttestationVerification } from '../api/get-attestation-verification';
import { normalizeAttestationCode } from '../attestation-code';
import './verify-page.css';

function Verdict({ code }: { code: string }) {
  const { t, language } = useTranslation();
  const { data, error, isPending } = useAttestationVerification(code);

  if (isPending) return <p role="status">{t('public.verify.checking')}</p>;
  // The code reads left to right even in an Arabic sentence (LEFT-TO-RIGHT ISOLATE … POP).
  const checked = <p className="verdict__code">{t('public.verify.checked', { code: `\u2066${code}\u2069` })}</p>;
  if (data?.status === 'VALID') {
    return (
      <Alert variant="success" title={t('public.verify.valid.title')} className="verdict">
        <p>
          {t('public.verify.valid.text', {
            date: data.issuedOn ? formatDate(data.issuedOn, language) : '',
            cri: data.cri?.name || data.cri?.code || '',
          })}
        </p>
        {checked}
      </Alert>
    );
  }
  if (data?.status === 'REVOKED') {
    return (
      <Alert variant="error" title={t('public.verify.revoked.title')} className="verdict">
        <p>{t('public.verify.revoked.text', { date: data.revokedOn ? formatDate(data.revokedOn, language) : '' })}</p>
        {checked}
      </Alert>
    );
  }
  if (isProblemError(error, 404)) {
    return (
      <Alert variant="error" title={t('public.verify.unknown.title')} className="verdict">
        <p>{t('public.verify.unknown.text')}</p>
        {checked}
      </Alert>
    );
  }
  return (
    <Alert variant="error" title={t('errors.unexpected.title')} className="verdict">
      <p>{errorMessage(error, t)}</p>
    </Alert>
  );
}

/**
 * Anyone (an employer, a commune, the holder) checks an attendance attestation: /verify/:code is
 * where the QR code of the PDF leads; /verify asks for the code.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('public.verify.pageTitle'));
  const params = useParams();
  const navigate = useNavigate();
  const fromUrl = params.code ?? null;
  const code = fromUrl === null ? null : normalizeAttestationCode(fromUrl);
  const [typed, setTyped] = useState(fromUrl !== null && code === null ? fromUrl : '');
  const [problem, setProblem] = useState<'codeRequired' | 'codeInvalid' | null>(
    fromUrl !== null && code === null ? 'codeInvalid' : null,
  );
  const issues: ProblemIssue[] = problem ? [{ field: 'code', message: t(`public.verify.${problem}`) }] : [];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim() === '') {
      setProblem('codeRequired');
      return;
    }
    const normalized = normalizeAttestationCode(typed);
    if (!normalized) {
      setProblem('codeInvalid');
      return;
    }
    setProblem(null);
    setTyped('');
    void navigate(`/verify/${normalized}`);
  }

  return (
    <PublicShell>
      <div className="verify">
        <h1 className="verify__title">{t('public.verify.title')}</h1>
        {code ? (
          <>
            <Verdict code={code} />
            <p>
              <Link to="/verify">{t('public.verify.another')}</Link>
            </p>
          </>
        ) : (
          <>
            <p className="verify__intro">{t('public.verify.intro')}</p>
            <form className="verify__form" noValidate onSubmit={handleSubmit}>
              <FormField
                name="code"
                id="verify-code"
                label={t('public.verify.code')}
                hint={t('public.verify.codeHint')}
                issues={issues}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                dir="ltr"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
              <Button type="submit">{t('public.verify.submit')}</Button>
            </form>
          </>
        )}
      </div>
    </PublicShell>
  );
}
