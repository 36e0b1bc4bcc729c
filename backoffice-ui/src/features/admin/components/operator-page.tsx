import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, ErrorSummary, ProblemAlert, problemIssues } from '@/components';
import type { Operator } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateOperator, useOperator, useUpdateOperator } from '../api/operators';
import { ActivitySection } from './activity-section';
import { OperatorFields } from './operator-form';
import {
  emptyOperatorForm,
  fromOperator,
  isOperatorCode,
  OPERATOR_ISSUE_FIELDS,
  toCreateOperatorRequest,
  toUpdateOperatorRequest,
  type OperatorFormValues,
} from './operator-form-model';
import './admin.css';

function BackToOperators() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/admin/operators">{t('admin.operators.back')}</Link>
    </p>
  );
}

/** /admin/operators/new — an operator the Region has recognised. */
export function NewOperatorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.operators.newTitle'));
  const navigate = useNavigate();
  const [values, setValues] = useState<OperatorFormValues>(emptyOperatorForm);
  const create = useCreateOperator();
  const [codeRefused, setCodeRefused] = useState(0);
  const localIssues = codeRefused > 0 ? [{ field: 'code', message: t('admin.operators.fields.codeInvalid') }] : [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A name typed as a code ("Lire et Écrire") is refused here, before the API refuses it.
    if (!isOperatorCode(values.code)) {
      create.reset();
      setCodeRefused((old) => old + 1);
      return;
    }
    setCodeRefused(0);
    create.mutate(toCreateOperatorRequest(values), {
      onSuccess: (answer) => {
        if (answer.data.code) void navigate(`/admin/operators/${encodeURIComponent(answer.data.code)}`);
      },
    });
  };
  return (
    <div className="page page--form">
      <BackToOperators />
      <h1>{t('admin.operators.newTitle')}</h1>
      <ErrorSummary title={t('forms.summary.title')} issues={localIssues} focusKey={codeRefused || null} />
      <ProblemAlert error={create.error} fields={OPERATOR_ISSUE_FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        <OperatorFields
          values={values}
          onChange={setValues}
          issues={localIssues.length > 0 ? localIssues : problemIssues(create.error)}
          mode="create"
        />
        <Button type="submit" busy={create.isPending} busyLabel={t('admin.saving')}>
          {t('admin.operators.submitCreate')}
        </Button>
      </form>
    </div>
  );
}

/** /admin/operators/:code — details, recognitions (checkboxes) and whether it takes new enrolments. */
export function OperatorPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { data, error } = useOperator(code);
  const update = useUpdateOperator(code);
  useDocumentTitle(data?.data.name ?? t('admin.operators.pageTitle'));
  if (!data) {
    return (
      <div className="page">
        <BackToOperators />
        {error ? <ProblemAlert error={error} /> : <p role="status">{t('admin.loading')}</p>}
      </div>
    );
  }
  const operator = data.data;
  const etag = data.etag ?? '';
  const save = (values: OperatorFormValues) => update.mutate({ request: toUpdateOperatorRequest(values), etag });
  return (
    <div className="page page--form">
      <BackToOperators />
      <h1>{operator.name}</h1>
      <p>
        {operator.code} · {operator.active ? t('admin.active') : t('admin.operators.inactiveDetail')}
      </p>
      {update.isSuccess && (
        <Alert variant="success" title={t('admin.saved')}>
          <p>{t('admin.operators.savedDetail')}</p>
        </Alert>
      )}
      <ProblemAlert error={update.error} fields={OPERATOR_ISSUE_FIELDS} />
      <OperatorEditForm
        key={etag}
        operator={operator}
        busy={update.isPending}
        issues={problemIssues(update.error)}
        onSave={save}
      />
    </div>
  );
}

function OperatorEditForm({
  operator,
  busy,
  issues,
  onSave,
}: {
  operator: Operator;
  busy: boolean;
  issues: ReturnType<typeof problemIssues>;
  onSave: (values: OperatorFormValues) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OperatorFormValues>(() => fromOperator(operator));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values);
  };
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-section">
        <h2>{t('admin.operators.editTitle')}</h2>
        <OperatorFields values={values} onChange={setValues} issues={issues} mode="edit" />
        <Button type="submit" busy={busy} busyLabel={t('admin.saving')}>
          {t('admin.save')}
        </Button>
      </form>
      <ActivitySection
        id="operator-activity-title"
        title={t('admin.operators.activityTitle')}
        intro={operator.active ? t('admin.operators.deactivateIntro') : t('admin.operators.reactivateIntro')}
        action={operator.active ? t('admin.operators.deactivate') : t('admin.operators.reactivate')}
        busy={busy}
        onToggle={() => onSave({ ...fromOperator(operator), active: !operator.active })}
      />
    </>
  );
}
