-- transcript_documents on the example page.
.mode list
.headers on
SELECT doc, title, date, place, time, speaker, lang, chars, turns, contacts
FROM transcript_documents(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
SELECT chars = length(CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT)) AS chars_is_length
FROM transcript_documents(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
SELECT count(*) AS null_rows FROM transcript_documents(NULL);
SELECT turns, contacts, chars, title FROM transcript_documents('');
SELECT group_concat(name, ',') AS columns FROM pragma_table_xinfo('transcript_documents');
