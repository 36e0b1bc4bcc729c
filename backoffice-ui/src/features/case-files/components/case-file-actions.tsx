import { useState, type ReactNode } from 'react';
import { FormField, problemIssues, RadioGroup, SelectField, TextAreaField } from '@/components';
import type {
  Axis,
  CaseFile,
  CaseFileAction,
  CefrLevel,
  ClosureReason,
  Convention,
  FrenchTestWaiver,
  NeedLevel,
  SessionFormat,
} from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { LanguagePicker, useOperatorsFor } from '@/features/reference';
import { useCloseCaseFile } from '../api/close-case-file';
import { useEnrol } from '../api/enrol';
import { useExtendDeadline } from '../api/extend-deadline';
import { useProposeConvention } from '../api/propose-convention';
import { useRecordFrenchTest } from '../api/record-french-test';
import { useRecordInterview } from '../api/record-interview';
import { useRecordRightsSession } from '../api/record-rights-session';
import { useRecordSocialReview } from '../api/record-social-review';
import { useResumeCaseFile } from '../api/resume-case-file';
import { useSignConvention } from '../api/sign-convention';
import { useStartReception } from '../api/start-reception';
import { useSuspendCaseFile } from '../api/suspend-case-file';
import { useTransferCaseFile } from '../api/transfer-case-file';
import { ActionForm, today } from './action-form';
import { IssueAction } from './attestation-panel';
import { AmendConventionAction } from './convention-amendment';
import { FrenchCertificateAction, WorkReleaseAction } from './equivalence-actions';

export const NEED_DOMAINS = [
  'HOUSING',
  'HEALTH',
  'FRENCH',
  'WORK_AND_TRAINING',
  'CITIZENSHIP',
  'CHILDREN_AND_YOUTH',
] as const;
const NEED_LEVELS: readonly NeedLevel[] = ['NONE', 'LOW', 'MODERATE', 'HIGH'];
const CEFR_LEVELS: readonly CefrLevel[] = ['PRE_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const WAIVERS: readonly FrenchTestWaiver[] = ['FRENCH_MOTHER_TONGUE', 'CERTIFICATE_A2_OR_ABOVE', 'SCHOOLED_IN_FRENCH'];
const CLOSURE_REASONS: readonly ClosureReason[] = [
  'MOVED_OUT_OF_SCOPE',
  'LEFT_BELGIUM',
  'DECEASED',
  'NO_LONGER_OBLIGED',
  'VOLUNTEER_WITHDREW',
  'OPENED_IN_ERROR',
  'OTHER',
];
const TRAINING_AXES: readonly Axis[] = ['CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'];

type Id = { id: string; open?: boolean };

export function StartReceptionAction({ id }: Id) {
  const { t } = useTranslation();
  const start = useStartReception(id);
  return (
    <ActionForm
      title={t('caseFile.actions.startReception')}
      submitLabel={t('caseFile.actions.startReception')}
      isPending={start.isPending}
      error={start.error}
      onSubmit={(done) => start.mutate({}, { onSuccess: done })}
      open
    />
  );
}

export function SocialReviewAction({ id, open }: Id) {
  const { t } = useTranslation();
  const record = useRecordSocialReview(id);
  const [conductedOn, setConductedOn] = useState(today);
  const [levels, setLevels] = useState<Record<string, NeedLevel>>(
    Object.fromEntries(NEED_DOMAINS.map((domain) => [domain, 'NONE' as NeedLevel])),
  );
  const [needNotes, setNeedNotes] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  const [isp, setIsp] = useState(false);
  const issues = problemIssues(record.error);
  const fields = ['conductedOn', 'notes', 'needs', ...NEED_DOMAINS.flatMap((d) => [`needs.${d}`, `needs.${d}.notes`])];
  return (
    <ActionForm
      title={t('caseFile.actions.socialReview')}
      open={open}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={fields}
      onSubmit={(done) =>
        record.mutate(
          {
            conductedOn,
            needs: Object.fromEntries(
              NEED_DOMAINS.map((domain) => [
                domain,
                { level: levels[domain] ?? 'NONE', notes: needNotes[domain]?.trim() || undefined },
              ]),
            ),
            notes: notes.trim() || undefined,
            recommendsSocioProfessionalOrientation: isp,
          },
          { onSuccess: done },
        )
      }
    >
      <FormField
        name="conductedOn"
        type="date"
        label={t('caseFile.fields.conductedOn')}
        value={conductedOn}
        onChange={(e) => setConductedOn(e.target.value)}
        issues={issues}
      />
      {NEED_DOMAINS.map((domain) => (
        <fieldset key={domain} className="need">
          <legend>{t(`caseFile.needDomains.${domain}`)}</legend>
          <SelectField
            name={`needs.${domain}`}
            label={t('caseFile.fields.needLevel')}
            options={NEED_LEVELS.map((level) => ({ value: level, label: t(`caseFile.needLevels.${level}`) }))}
            value={levels[domain]}
            onChange={(e) => setLevels((old) => ({ ...old, [domain]: e.target.value as NeedLevel }))}
            issues={issues}
          />
          <FormField
            name={`needs.${domain}.notes`}
            label={t('caseFile.fields.needNotes')}
            value={needNotes[domain] ?? ''}
            onChange={(e) => setNeedNotes((old) => ({ ...old, [domain]: e.target.value }))}
            issues={issues}
          />
        </fieldset>
      ))}
      <TextAreaField
        name="notes"
        label={t('caseFile.fields.notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        issues={issues}
      />
      <div className="form-check">
        <input type="checkbox" id={`isp-${id}`} checked={isp} onChange={(e) => setIsp(e.target.checked)} />
        <label htmlFor={`isp-${id}`}>{t('caseFile.fields.recommendsIsp')}</label>
      </div>
    </ActionForm>
  );
}

export function RightsSessionAction({ id, open }: Id) {
  const { t } = useTranslation();
  const record = useRecordRightsSession(id);
  const [heldOn, setHeldOn] = useState(today);
  const [format, setFormat] = useState<SessionFormat>('GROUP');
  const [interpreterLanguage, setInterpreterLanguage] = useState('');
  const issues = problemIssues(record.error);
  return (
    <ActionForm
      title={t('caseFile.actions.rightsSession')}
      open={open}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={['heldOn', 'format', 'interpreterLanguage']}
      onSubmit={(done) =>
        record.mutate(
          { heldOn, format, interpreterLanguage: interpreterLanguage.trim() || undefined },
          { onSuccess: done },
        )
      }
    >
      <FormField
        name="heldOn"
        type="date"
        label={t('caseFile.fields.heldOn')}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        issues={issues}
      />
      <RadioGroup<SessionFormat>
        name="format"
        legend={t('caseFile.fields.format')}
        options={(['INDIVIDUAL', 'GROUP'] as const).map((value) => ({ value, label: t(`caseFile.formats.${value}`) }))}
        value={format}
        onChange={setFormat}
        issues={issues}
      />
      <LanguagePicker
        name="interpreterLanguage"
        label={t('caseFile.fields.interpreterLanguage')}
        value={interpreterLanguage}
        onChange={setInterpreterLanguage}
        issues={issues}
      />
    </ActionForm>
  );
}

export function FrenchTestAction({ id, open }: Id) {
  const { t } = useTranslation();
  const record = useRecordFrenchTest(id);
  const [mode, setMode] = useState<'TEST' | 'WAIVER'>('TEST');
  const [takenOn, setTakenOn] = useState(today);
  const [level, setLevel] = useState<CefrLevel | ''>('');
  const [waiver, setWaiver] = useState<FrenchTestWaiver | ''>('');
  const issues = problemIssues(record.error);
  return (
    <ActionForm
      title={t('caseFile.actions.frenchTest')}
      open={open}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={['takenOn', 'level', 'waiver']}
      onSubmit={(done) =>
        record.mutate(mode === 'TEST' ? { takenOn, level: level || undefined } : { waiver: waiver || undefined }, {
          onSuccess: done,
        })
      }
    >
      <RadioGroup<'TEST' | 'WAIVER'>
        name="frenchTestMode"
        legend={t('caseFile.fields.frenchTestMode')}
        options={[
          { value: 'TEST', label: t('caseFile.fields.frenchTestTaken') },
          { value: 'WAIVER', label: t('caseFile.fields.frenchTestWaived') },
        ]}
        value={mode}
        onChange={setMode}
      />
      {mode === 'TEST' ? (
        <>
          <FormField
            name="takenOn"
            type="date"
            label={t('caseFile.fields.takenOn')}
            value={takenOn}
            onChange={(e) => setTakenOn(e.target.value)}
            issues={issues}
          />
          <SelectField
            name="level"
            label={t('caseFile.fields.level')}
            placeholder={t('persons.form.choose')}
            options={CEFR_LEVELS.map((value) => ({ value, label: value.replace('_', '-') }))}
            value={level}
            onChange={(e) => setLevel(e.target.value as CefrLevel)}
            issues={issues}
          />
        </>
      ) : (
        <SelectField
          name="waiver"
          label={t('caseFile.fields.waiver')}
          placeholder={t('persons.form.choose')}
          options={WAIVERS.map((value) => ({ value, label: t(`caseFile.waivers.${value}`) }))}
          value={waiver}
          onChange={(e) => setWaiver(e.target.value as FrenchTestWaiver)}
          issues={issues}
        />
      )}
    </ActionForm>
  );
}

export function ProposeConventionAction({ id, open }: Id) {
  const { t } = useTranslation();
  const propose = useProposeConvention(id);
  return (
    <ActionForm
      title={t('caseFile.actions.proposeConvention')}
      open={open}
      submitLabel={t('caseFile.actions.proposeConvention')}
      isPending={propose.isPending}
      error={propose.error}
      onSubmit={(done) => propose.mutate({}, { onSuccess: done })}
    >
      <p>{t('caseFile.actions.proposeConventionHint')}</p>
    </ActionForm>
  );
}

export function SignConventionAction({ id, open }: Id) {
  const { t } = useTranslation();
  const sign = useSignConvention(id);
  const [signedOn, setSignedOn] = useState(today);
  return (
    <ActionForm
      title={t('caseFile.actions.signConvention')}
      open={open}
      submitLabel={t('caseFile.actions.signConvention')}
      isPending={sign.isPending}
      error={sign.error}
      fields={['signedOn']}
      onSubmit={(done) => sign.mutate({ signedOn }, { onSuccess: done })}
    >
      <FormField
        name="signedOn"
        type="date"
        label={t('caseFile.fields.signedOn')}
        value={signedOn}
        onChange={(e) => setSignedOn(e.target.value)}
        issues={problemIssues(sign.error)}
      />
    </ActionForm>
  );
}

/** The active operators recognised for the axis whose premises lie in the file's CRI's territory, by name. */
function OperatorSelect({
  axis,
  cri,
  value,
  onChange,
  issues,
}: {
  axis: Axis;
  cri?: string;
  value: string;
  onChange: (code: string) => void;
  issues: ReturnType<typeof problemIssues>;
}) {
  const { t } = useTranslation();
  const { data, isPending } = useOperatorsFor(axis, cri);
  return (
    <SelectField
      name="operatorCode"
      label={t('caseFile.fields.operator')}
      placeholder={isPending ? t('common.loading') : t('persons.form.choose')}
      options={(data ?? []).map((operator) => ({
        value: operator.code ?? '',
        label: `${operator.name ?? ''} (${operator.code ?? ''})`,
      }))}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      issues={issues}
    />
  );
}

export function EnrolAction({ id, file, open }: Id & { file: CaseFile }) {
  const { t } = useTranslation();
  const enrol = useEnrol(id);
  const required = (file.axes ?? []).filter((axis) => axis.required && axis.axis && TRAINING_AXES.includes(axis.axis));
  const axes = required.length > 0 ? required.map((axis) => axis.axis as Axis) : TRAINING_AXES;
  const [axis, setAxis] = useState<Axis>(axes[0] ?? 'CITIZENSHIP');
  const [operatorCode, setOperatorCode] = useState('');
  const [startDate, setStartDate] = useState(today);
  const issues = problemIssues(enrol.error);
  return (
    <ActionForm
      title={t('caseFile.actions.enrol')}
      open={open}
      submitLabel={t('caseFile.actions.enrol')}
      isPending={enrol.isPending}
      error={enrol.error}
      fields={['axis', 'operatorCode', 'startDate']}
      onSubmit={(done) => enrol.mutate({ axis, operatorCode, startDate }, { onSuccess: done })}
    >
      <SelectField
        name="axis"
        label={t('caseFile.fields.axis')}
        options={axes.map((value) => ({ value, label: t(`caseFile.axes.${value}`) }))}
        value={axis}
        onChange={(e) => {
          setAxis(e.target.value as Axis);
          setOperatorCode('');
        }}
        issues={issues}
      />
      <OperatorSelect
        key={axis}
        axis={axis}
        cri={file.cri}
        value={operatorCode}
        onChange={setOperatorCode}
        issues={issues}
      />
      <FormField
        name="startDate"
        type="date"
        label={t('caseFile.fields.startDate')}
        value={startDate}
        onChange={(e) => setStartDate(e.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

export function InterviewAction({ id, open }: Id) {
  const { t } = useTranslation();
  const record = useRecordInterview(id);
  const [heldOn, setHeldOn] = useState(today);
  const [notes, setNotes] = useState('');
  const issues = problemIssues(record.error);
  return (
    <ActionForm
      title={t('caseFile.actions.interview')}
      open={open}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={['heldOn', 'notes']}
      onSubmit={(done) => record.mutate({ heldOn, notes: notes.trim() || undefined }, { onSuccess: done })}
    >
      <FormField
        name="heldOn"
        type="date"
        label={t('caseFile.fields.heldOn')}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        issues={issues}
      />
      <TextAreaField
        name="notes"
        label={t('caseFile.fields.notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

export function SuspendAction({ id }: Id) {
  const { t } = useTranslation();
  const suspend = useSuspendCaseFile(id);
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      title={t('caseFile.actions.suspend')}
      submitLabel={t('caseFile.actions.suspend')}
      isPending={suspend.isPending}
      error={suspend.error}
      fields={['reason']}
      onSubmit={(done) => suspend.mutate({ reason }, { onSuccess: done })}
    >
      <FormField
        name="reason"
        label={t('caseFile.fields.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        issues={problemIssues(suspend.error)}
      />
    </ActionForm>
  );
}

export function ResumeAction({ id, open }: Id) {
  const { t } = useTranslation();
  const resume = useResumeCaseFile(id);
  return (
    <ActionForm
      title={t('caseFile.actions.resume')}
      open={open}
      submitLabel={t('caseFile.actions.resume')}
      isPending={resume.isPending}
      error={resume.error}
      onSubmit={(done) => resume.mutate({}, { onSuccess: done })}
    />
  );
}

export function CloseAction({ id }: Id) {
  const { t } = useTranslation();
  const close = useCloseCaseFile(id);
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [note, setNote] = useState('');
  const issues = problemIssues(close.error);
  return (
    <ActionForm
      title={t('caseFile.actions.close')}
      submitLabel={t('caseFile.actions.close')}
      isPending={close.isPending}
      error={close.error}
      fields={['reason', 'note']}
      onSubmit={(done) =>
        close.mutate({ reason: reason as ClosureReason, note: note.trim() || undefined }, { onSuccess: done })
      }
    >
      <SelectField
        name="reason"
        label={t('caseFile.fields.closureReason')}
        placeholder={t('persons.form.choose')}
        options={CLOSURE_REASONS.map((value) => ({ value, label: t(`caseFile.closureReasons.${value}`) }))}
        value={reason}
        onChange={(e) => setReason(e.target.value as ClosureReason)}
        issues={issues}
      />
      <TextAreaField
        name="note"
        label={t('caseFile.fields.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

export function ExtendDeadlineAction({ id }: Id) {
  const { t } = useTranslation();
  const extend = useExtendDeadline(id);
  const [newDeadline, setNewDeadline] = useState('');
  const [reason, setReason] = useState('');
  const issues = problemIssues(extend.error);
  return (
    <ActionForm
      title={t('caseFile.actions.extend')}
      submitLabel={t('caseFile.actions.extend')}
      isPending={extend.isPending}
      error={extend.error}
      fields={['newDeadline', 'reason']}
      onSubmit={(done) => extend.mutate({ newDeadline, reason }, { onSuccess: done })}
    >
      <FormField
        name="newDeadline"
        type="date"
        label={t('caseFile.fields.newDeadline')}
        value={newDeadline}
        onChange={(e) => setNewDeadline(e.target.value)}
        issues={issues}
      />
      <FormField
        name="reason"
        label={t('caseFile.fields.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

export function TransferAction({ id }: Id) {
  const { t } = useTranslation();
  const transfer = useTransferCaseFile(id);
  const [toCri, setToCri] = useState('');
  const [reason, setReason] = useState('');
  const issues = problemIssues(transfer.error);
  return (
    <ActionForm
      title={t('caseFile.actions.transfer')}
      submitLabel={t('caseFile.actions.transfer')}
      isPending={transfer.isPending}
      error={transfer.error}
      fields={['toCri', 'reason']}
      onSubmit={(done) => transfer.mutate({ reason, toCri: toCri.trim() || undefined }, { onSuccess: done })}
    >
      <FormField
        name="toCri"
        label={t('caseFile.fields.toCri')}
        hint={t('caseFile.fields.toCriHint')}
        value={toCri}
        onChange={(e) => setToCri(e.target.value)}
        issues={issues}
      />
      <FormField
        name="reason"
        label={t('caseFile.fields.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

/** The props every action of the file takes. */
export interface ActionProps {
  file: CaseFile;
  convention: Convention | undefined;
  /**
   * The action is the file's next step: a form of one field or none opens at once, its button in view; a longer one
   * stays folded under its title, which opens it.
   */
  primary?: boolean;
}

/**
 * One component per action the API allows (`allowedActions`, ADR 0032): the page never decides again from the state
 * what the file allows. The attestation's issue and revocation live in its panel.
 */
export const ACTION_COMPONENTS: Partial<Record<CaseFileAction, (props: ActionProps) => ReactNode>> = {
  START_RECEPTION: ({ file }) => <StartReceptionAction id={file.id} />,
  RECORD_SOCIAL_REVIEW: ({ file }) => <SocialReviewAction id={file.id} />,
  RECORD_RIGHTS_SESSION: ({ file }) => <RightsSessionAction id={file.id} />,
  RECORD_FRENCH_TEST: ({ file }) => <FrenchTestAction id={file.id} />,
  PROPOSE_CONVENTION: ({ file, primary }) => <ProposeConventionAction id={file.id} open={primary} />,
  SIGN_CONVENTION: ({ file, primary }) => <SignConventionAction id={file.id} open={primary} />,
  ENROL: ({ file }) => <EnrolAction id={file.id} file={file} />,
  RECORD_INTERVIEW: ({ file }) => <InterviewAction id={file.id} />,
  AMEND_CONVENTION: ({ file, convention }) =>
    convention?.status === 'SIGNED' ? <AmendConventionAction id={file.id} convention={convention} /> : null,
  RECORD_FRENCH_CERTIFICATE: ({ file }) => <FrenchCertificateAction id={file.id} />,
  RECORD_WORK_RELEASE: ({ file }) => <WorkReleaseAction id={file.id} />,
  RESUME: ({ file, primary }) => <ResumeAction id={file.id} open={primary} />,
  SUSPEND: ({ file }) => <SuspendAction id={file.id} />,
  CLOSE: ({ file }) => <CloseAction id={file.id} />,
  EXTEND_DEADLINE: ({ file }) => <ExtendDeadlineAction id={file.id} />,
  TRANSFER: ({ file }) => <TransferAction id={file.id} />,
  ISSUE_ATTESTATION: ({ file }) => <IssueAction file={file} />,
};

/** The actions rendered in the panel of a file's attestation, not among the others. */
export const ATTESTATION_ACTIONS: readonly CaseFileAction[] = ['ISSUE_ATTESTATION', 'REVOKE_ATTESTATION'];

export interface CaseFileActionsProps {
  file: CaseFile;
  convention: Convention | undefined;
}

/** The actions the file allows the caller now, but its next step (at the top of the page) and the attestation's. */
export function CaseFileActions({ file, convention }: CaseFileActionsProps) {
  const { t } = useTranslation();
  const primary = file.nextStep?.action;
  const actions = file.allowedActions
    .filter((action) => action !== primary && !ATTESTATION_ACTIONS.includes(action))
    .map((action) => {
      const Action = ACTION_COMPONENTS[action];
      return Action ? <Action key={action} file={file} convention={convention} /> : null;
    })
    .filter(Boolean);
  return (
    <section className="panel case-file__actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{primary ? t('caseFile.actions.others') : t('caseFile.actions.title')}</h2>
      {actions.length > 0 ? actions : <p>{t('caseFile.actions.none')}</p>}
    </section>
  );
}
