import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, ErrorSummary, FormField, PublicShell, RadioGroup } from '@/components';
import { errorMessage, ProblemError, type ProblemIssue } from '@/lib/api';
import type { SelfCheckRequest } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSelfCheck } from '../api/assess-self-check';
import {
  ANSWERS,
  EMPTY_STATE,
  splitIssues,
  toRequest,
  validate,
  visibleGroups,
  type Field,
  type GroupId,
  type Question,
  type WizardState,
} from '../wizard';
import { SelfCheckResult } from './self-check-result';
import './self-check.css';

/** The id of the control an error summary link leads to. */
const targetId = (field: Field) => `self-check-${field}`;

/** Today in the visitor's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The public self-check of the regional site: a few short pages of yes / no / don't-know
 * questions, the permit's order date and the postal code, then the result (no login, nothing
 * stored).
 */
export function SelfCheckPage() {
  const { t, language } = useTranslation();
  const [state, setState] = useState<WizardState>(EMPTY_STATE);
  const [groupId, setGroupId] = useState<GroupId>('situation');
  const [localIssues, setLocalIssues] = useState<ProblemIssue[]>([]);
  const [submitted, setSubmitted] = useState<{ request: SelfCheckRequest; state: WizardState } | null>(null);
  const [showResult, setShowResult] = useState(false);
  const selfCheck = useSelfCheck(submitted?.request ?? null, language);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const groups = visibleGroups(state);
  const index = Math.max(
    0,
    groups.findIndex((group) => group.id === groupId),
  );
  const group = groups[index] ?? groups[0];
  const isLast = index === groups.length - 1;
  const resultReady = showResult && selfCheck.data !== undefined;

  useDocumentTitle(resultReady ? t('public.result.pageTitle') : t('public.selfCheck.pageTitle'));

  // A 400 from the API (a postal code that is not Walloon…) brings the questions back, its issues
  // next to their fields.
  const problem = selfCheck.error instanceof ProblemError ? selfCheck.error : null;
  const serverShown = !showResult && isLast && selfCheck.isError;
  const server = splitIssues(serverShown ? problem?.issues : []);
  const onPage = server.onFields.filter((issue) => group?.fields.includes(issue.field as Field));
  const others = [...server.others, ...server.onFields.filter((issue) => !onPage.includes(issue))];
  const issues = localIssues.length > 0 ? localIssues : onPage;

  useEffect(() => {
    // the API's refusal arrives after the result was asked for: the questions come back with it
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (showResult && selfCheck.isError) setShowResult(false);
  }, [showResult, selfCheck.isError]);

  // After moving between pages, the keyboard and the screen reader start at the new heading.
  useEffect(() => {
    if (moved.current && issues.length === 0) headingRef.current?.focus();
    // only a move between pages takes the focus; new issues on the same page keep it where the error summary put it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [groupId, resultReady]);

  function update(change: Partial<WizardState>) {
    setState((previous) => ({ ...previous, ...change }));
  }

  function answer(question: Question, value: (typeof ANSWERS)[number]) {
    setState((previous) => ({ ...previous, answers: { ...previous.answers, [question]: value } }));
  }

  function goTo(next: GroupId) {
    moved.current = true;
    setLocalIssues([]);
    setGroupId(next);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!group) return;
    const found = validate(group.fields, state, today()).map(({ field, code }) => ({
      field,
      message: t(`public.selfCheck.errors.${code}`),
    }));
    setLocalIssues(found);
    if (found.length > 0) return;
    const next = groups[index + 1];
    if (next) {
      goTo(next.id);
      return;
    }
    moved.current = true;
    const request = toRequest(state);
    if (submitted && JSON.stringify(submitted.request) === JSON.stringify(request) && selfCheck.isError) {
      void selfCheck.refetch();
    }
    setSubmitted({ request, state });
    setShowResult(true);
  }

  function restart() {
    moved.current = true;
    setState(EMPTY_STATE);
    setSubmitted(null);
    setShowResult(false);
    setLocalIssues([]);
    setGroupId('situation');
  }

  if (resultReady && submitted && selfCheck.data) {
    return (
      <PublicShell>
        <SelfCheckResult
          result={selfCheck.data}
          answers={submitted.state}
          headingRef={headingRef}
          updating={selfCheck.isPlaceholderData}
          onRestart={restart}
        />
      </PublicShell>
    );
  }

  const busy = showResult && selfCheck.isFetching;
  const fieldIssues = issues;

  return (
    <PublicShell>
      <div className="self-check">
        <h1 className="self-check__title">{t('public.selfCheck.title')}</h1>
        {index === 0 && <p className="self-check__intro">{t('public.selfCheck.intro')}</p>}

        <ErrorSummary
          title={t('public.selfCheck.errors.summaryTitle')}
          issues={fieldIssues}
          targets={Object.fromEntries(fieldIssues.map((issue) => [issue.field ?? '', targetId(issue.field as Field)]))}
        />
        {serverShown && localIssues.length === 0 && onPage.length === 0 && (
          <Alert variant="error" title={t('public.selfCheck.errors.failed')}>
            <p>{errorMessage(selfCheck.error, t)}</p>
            {others.length > 0 && (
              <ul>
                {others.map((issue) => (
                  <li key={`${issue.field ?? ''}:${issue.message}`}>{issue.message}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}

        {group && (
          <form className="self-check__form" noValidate onSubmit={handleSubmit} aria-labelledby="self-check-group">
            <p className="self-check__progress">
              {t('public.selfCheck.progress', { current: index + 1, total: groups.length })}
            </p>
            <h2 id="self-check-group" className="self-check__group" tabIndex={-1} ref={headingRef}>
              {t(`public.selfCheck.groups.${group.id}`)}
            </h2>

            {group.fields.map((field) => {
              if (field === 'permitOrderDate') {
                return (
                  <FormField
                    key={field}
                    id={targetId(field)}
                    name={field}
                    type="date"
                    label={t('public.selfCheck.questions.permitOrderDate')}
                    hint={t('public.selfCheck.hints.permitOrderDate')}
                    issues={fieldIssues}
                    min="1900-01-01"
                    max={today()}
                    value={state.permitOrderDate}
                    onChange={(event) =>
                      update({
                        permitOrderDate: event.target.value,
                        permitOrderDateUnreadable: event.target.validity?.badInput ?? false,
                      })
                    }
                  />
                );
              }
              if (field === 'postalCode') {
                return (
                  <FormField
                    key={field}
                    id={targetId(field)}
                    name={field}
                    label={t('public.selfCheck.questions.postalCode')}
                    hint={t('public.selfCheck.hints.postalCode')}
                    issues={fieldIssues}
                    className="self-check__postal-code"
                    inputMode="numeric"
                    autoComplete="postal-code"
                    maxLength={4}
                    dir="ltr"
                    value={state.postalCode}
                    onChange={(event) => update({ postalCode: event.target.value })}
                  />
                );
              }
              return (
                <RadioGroup
                  key={field}
                  name={field}
                  firstOptionId={targetId(field)}
                  legend={t(`public.selfCheck.questions.${field}`)}
                  options={ANSWERS.map((value) => ({ value, label: t(`public.answers.${value}`) }))}
                  value={state.answers[field]}
                  onChange={(value) => answer(field, value)}
                  issues={fieldIssues}
                />
              );
            })}

            <div className="self-check__actions">
              {index > 0 && (
                <Button variant="secondary" onClick={() => goTo(groups[index - 1]?.id ?? 'situation')}>
                  {t('public.selfCheck.back')}
                </Button>
              )}
              <Button type="submit" busy={busy} busyLabel={t('public.selfCheck.submitting')}>
                {isLast ? t('public.selfCheck.submit') : t('public.selfCheck.next')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </PublicShell>
  );
}
