import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, FormField, PublicShell } from '@/components';
import { errorMessage, type ProblemIssue } from '@/lib/api';
import type { DocumentVerification } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useVerifyAttestationDocument } from '../api/verify-attestation-document';
import { normalizeAttestationCode } from '../attestation-code';
import './verify-page.css';

type Problem = 'codeRequired' | 'codeInvalid' | 'birthDateRequired';

function Verdict({ code, answer }: { code: string; answer: DocumentVerification }) {
  const { t, language } = useTranslation();
  // The code reads left to right even in an Arabic sentence (LEFT-TO-RIGHT ISOLATE … POP).
  const checked = <p className="verdict__code">{t('public.verify.checked', { code: `\u2066${code}\u2069` })}</p>;
  if (answer.match && answer.status === 'VALID') {
    return (
      <Alert variant="success" title={t('public.verify.valid.title')} className="verdict">
        <p>
          {t('public.verify.valid.text', {
            date: answer.issuedOn ? formatDate(answer.issuedOn, language) : '',
            cri: answer.cri?.name || answer.cri?.code || '',
          })}
        </p>
        {checked}
      </Alert>
    );
  }
  if (answer.match && answer.status === 'REVOKED') {
    return (
      <Alert variant="error" title={t('public.verify.revoked.title')} className="verdict">
        <p>
          {t('public.verify.revoked.text', { date: answer.revokedOn ? formatDate(answer.revokedOn, language) : '' })}
        </p>
        {checked}
      </Alert>
    );
  }
  return (
    <Alert variant="error" title={t('public.verify.noMatch.title')} className="verdict">
      <p>{t('public.verify.noMatch.text')}</p>
      {checked}
    </Alert>
  );
}

/**
 * Anyone (an employer, a commune, the holder) checks an attendance attestation with two things
 * printed on it: its code and the holder's birth date (ADR 0031), so that a valid code copied onto
 * a forged document does not pass. /verify/:code is where the QR code of the PDF leads: it fills
 * the code in, and only the code.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('public.verify.pageTitle'));
  const params = useParams();
  const navigate = useNavigate();
  const check = useVerifyAttestationDocument();
  const fromUrl = params.code ?? '';
  const [typed, setTyped] = useState(normalizeAttestationCode(fromUrl) ?? fromUrl);
  const [birthDate, setBirthDate] = useState('');
  const [checkedCode, setCheckedCode] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>(
    fromUrl !== '' && normalizeAttestationCode(fromUrl) === null ? ['codeInvalid'] : [],
  );
  const issues: ProblemIssue[] = problems.map((problem) => ({
    field: problem === 'birthDateRequired' ? 'birthDate' : 'code',
    message: t(`public.verify.${problem}`),
  }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = normalizeAttestationCode(typed);
    const found: Problem[] = [];
    if (typed.trim() === '') found.push('codeRequired');
    else if (!code) found.push('codeInvalid');
    if (birthDate === '') found.push('birthDateRequired');
    setProblems(found);
    if (found.length > 0 || !code) return;
    setCheckedCode(code);
    check.mutate({ code, birthDate });
  }

  function checkAnother() {
    check.reset();
    setTyped('');
    setBirthDate('');
    setCheckedCode(null);
    void navigate('/verify');
  }

  if (checkedCode && (check.data || check.isError)) {
    return (
      <PublicShell>
        <div className="verify">
          <h1 className="verify__title">{t('public.verify.title')}</h1>
          {check.data ? (
            <Verdict code={checkedCode} answer={check.data} />
          ) : (
            <Alert variant="error" title={t('errors.unexpected.title')} className="verdict">
              <p>{errorMessage(check.error, t)}</p>
            </Alert>
          )}
          <p>
            <Button variant="secondary" onClick={checkAnother}>
              {t('public.verify.another')}
            </Button>
          </p>
        </div>
      </PublicShell>
    );
  }

  return (
    <PublicShell>
      <div className="verify">
        <h1 className="verify__title">{t('public.verify.title')}</h1>
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
          <FormField
            name="birthDate"
            id="verify-birth-date"
            type="date"
            label={t('public.verify.birthDate')}
            hint={t('public.verify.birthDateHint')}
            issues={issues}
            autoComplete="off"
            value={birthDate}
            onChange={(event) => setBirthDate(event.target.value)}
          />
          <Button type="submit" disabled={check.isPending}>
            {check.isPending ? t('public.verify.checking') : t('public.verify.submit')}
          </Button>
        </form>
      </div>
    </PublicShell>
  );
}
