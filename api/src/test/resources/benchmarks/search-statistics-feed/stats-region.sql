select state, count(*) from case_file group by state;
select to_char(opened_on, 'YYYY-MM'), state, count(*) from case_file where opened_on >= :start::date and opened_on < :end::date group by 1, 2;
