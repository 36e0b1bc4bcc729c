-- The statistics count a CRI's files by month of opening (GET /statistics/caseFiles): a range of opened_on per CRI.
create index case_file_cri_opened_on_idx on case_file (cri_code, opened_on);
