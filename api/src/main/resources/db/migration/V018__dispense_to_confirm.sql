-- Dispenses stay a supervisor's decision (issue 13, docs/adr/0030-dispense-confirmed-by-a-supervisor.md).
-- A dispense the rules give on facts declared at the desk (D1, D2, D5, D7) is stored as DISPENSE_TO_CONFIRM, with the
-- deadline the person has meanwhile (they stay obliged); a supervisor confirms it on evidence (a RECORDED_DISPENSE) or
-- rejects it with a reason (a REJECTED_DISPENSE, obliged). The decision is a new assessment naming the one it
-- decides; a dispense to confirm is decided once (the unique index refuses a second, concurrent decision).

alter table obligation_assessment
    add column decides_assessment_id  uuid references obligation_assessment (id),
    add column confirmed_at_migration boolean not null default false;

create unique index obligation_assessment_decides_idx on obligation_assessment (decides_assessment_id)
    where decides_assessment_id is not null;

alter table obligation_assessment
    drop constraint obligation_assessment_kind,
    drop constraint obligation_assessment_status,
    drop constraint obligation_assessment_obliged;

alter table obligation_assessment
    add constraint obligation_assessment_kind check (kind in ('RULES_ENGINE', 'RECORDED_DISPENSE', 'REJECTED_DISPENSE')),
    add constraint obligation_assessment_status check (status in ('OBLIGED', 'DISPENSED', 'DISPENSE_TO_CONFIRM',
                                                                  'NOT_IN_TARGET', 'OUT_OF_SCOPE')),
    -- an obliged verdict has a deadline and no code; a dispense to confirm its proposed code and the deadline that
    -- runs meanwhile; any other a code and no deadline
    add constraint obligation_assessment_obliged check ((status = 'OBLIGED') = (code is null)
                                                        and (status in ('OBLIGED', 'DISPENSE_TO_CONFIRM'))
                                                            = (deadline is not null)
                                                        and (deadline is null) = (deadline_regime is null)),
    -- only the rules propose a dispense to confirm, and only on declared facts
    add constraint obligation_assessment_to_confirm check (status <> 'DISPENSE_TO_CONFIRM'
                                                           or (kind = 'RULES_ENGINE'
                                                               and code in ('D1', 'D2', 'D4', 'D5', 'D7'))),
    -- a rejection names the dispense it rejects and obliges; only a supervisor's decision names one
    add constraint obligation_assessment_decides check (
        (kind <> 'REJECTED_DISPENSE' or (decides_assessment_id is not null and status = 'OBLIGED'))
        and (decides_assessment_id is null or kind in ('RECORDED_DISPENSE', 'REJECTED_DISPENSE'))),
    add constraint obligation_assessment_confirmed_at_migration check (not confirmed_at_migration
                                                                       or (kind = 'RULES_ENGINE'
                                                                           and status = 'DISPENSED'));

-- The dispenses of the rules on declared facts stored before this rule were entered under the old one: the persons stay
-- dispensed, their assessments marked as confirmed by this migration (the history keeps who entered them). A later
-- assessment on the same provision keeps them dispensed; a break (obliged in between) needs a supervisor again.
update obligation_assessment
set confirmed_at_migration = true
where kind = 'RULES_ENGINE'
  and status = 'DISPENSED'
  and code in ('D1', 'D2', 'D4', 'D5', 'D7');
