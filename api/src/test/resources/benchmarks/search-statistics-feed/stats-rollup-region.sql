select state, sum(files) from case_file_count group by state having sum(files) > 0;
select to_char(opened_month, 'YYYY-MM'), state, sum(files) from case_file_count where opened_month >= :start::date and opened_month < :end::date group by 1, 2 having sum(files) > 0;
