select count(*) from case_file where cri_code = 'CRIPEL';
