-- Each case file's deadline schedule, stored with the file (ADR 0017): what the domain computes from the file's
-- records and that does not depend on the day (CaseFileDeadlines.schedule()). The final deadline is final_deadline.
-- The work queues are date ranges on these columns relative to today, so membership needs no nightly job.
alter table case_file
    add column final_done_on        date,
    add column reception_due_on     date,
    add column reception_done_on    date,
    add column interview_due_on     date,
    add column citizenship_due_on   date,
    add column citizenship_done_on  date,
    add column french_due_on        date,
    add column french_done_on       date,
    -- the earliest deadline not done yet: the work queues' urgency order, and "overdue" when before today
    add column next_due_on          date,
    add column next_due_kind        varchar(30),
    -- a required axis is not done yet: "at risk" when the final deadline is near
    add column axis_unfinished      boolean     not null default false,
    -- true until the application has computed the columns above: every existing row now, and any row written
    -- without the application (a bulk load); the application recomputes stale rows at start (StoredDeadlines)
    add column deadlines_stale      boolean     not null default true,
    add constraint case_file_next_due_kind check (
        next_due_kind in ('FINAL', 'RECEPTION_MODULE', 'EVALUATION_INTERVIEW', 'CITIZENSHIP', 'FRENCH')
        and (next_due_kind is null) = (next_due_on is null));

-- Overdue (next_due_on < today) and the urgency order of every queue: followed-up files only.
create index case_file_queue_idx on case_file (cri_code, next_due_on, id)
    where state in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS', 'SUSPENDED');
-- At risk: final deadline in [today, today + 90 days] with an axis unfinished.
create index case_file_at_risk_idx on case_file (cri_code, final_deadline)
    where axis_unfinished and state in ('OPENED', 'RECEPTION', 'CONVENTION_SIGNED', 'IN_PROGRESS', 'SUSPENDED');
-- Review due: next evaluation interview on or before today + 30 days (set only while the person trains).
create index case_file_review_due_idx on case_file (cri_code, interview_due_on)
    where interview_due_on is not null;
-- The lists: the most recently opened first, then by id (keyset pagination), of every state or of one.
create index case_file_cri_list_idx on case_file (cri_code, opened_on desc, id);
create index case_file_cri_state_list_idx on case_file (cri_code, state, opened_on desc, id);
-- The files whose schedule is still to compute.
create index case_file_deadlines_stale_idx on case_file (id) where deadlines_stale;
