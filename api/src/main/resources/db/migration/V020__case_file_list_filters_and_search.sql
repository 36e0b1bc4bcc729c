-- The back office's lists and search (issue 14, docs/adr/0033-case-file-lists-filters-export-and-search.md).

-- Every file of a CRI by its next deadline (sort=deadline), whatever its state: case_file_queue_idx covers the
-- followed-up files only.
create index case_file_cri_deadline_idx on case_file (cri_code, next_due_on, id);

-- The attestations to issue: the completed files of a CRI, the longest waiting first.
create index case_file_completed_idx on case_file (cri_code, opened_on, id) where state = 'COMPLETED';

-- The files of a commune (commune=): the persons living there, then their files through case_file_person_state_idx.
create index person_commune_idx on person (commune_nis);

-- The search box finds a person by a part of their phone number, however it was typed ("0470 12 34 56",
-- "+32 470/12.34.56"): the digits without the leading zeros, by trigrams (pg_trgm, V014). regexp_replace and ltrim
-- are immutable; the expression is the one PanacheDeadlineScheduleRepository.search writes.
create index person_phone_digits_trgm_idx on person
    using gin (ltrim(regexp_replace(phone, '[^0-9]', '', 'g'), '0') gin_trgm_ops);
