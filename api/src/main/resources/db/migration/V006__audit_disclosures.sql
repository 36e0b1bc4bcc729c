-- Two more kinds of action on a person's data: a copy disclosed to someone outside the CRI (an attestation fetched by
-- a commune or a CPAS, a person's enrolment read by a training operator), and an export of records.
alter table audit_event drop constraint audit_event_action;
alter table audit_event add constraint audit_event_action
    check (action in ('CREATE', 'READ', 'UPDATE', 'SEARCH', 'ASSESS', 'DISCLOSE', 'EXPORT'));
