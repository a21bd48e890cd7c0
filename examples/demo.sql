-- The demo: what transcript makes of one page saved from mid.ru (run by examples/demo.sh
-- from the repository root, with the extension loaded).
.mode box
.headers on

.print '== The page: metadata from the title and the lines around it'
SELECT title, date, place, time, speaker, lang, turns, contacts
FROM transcript_documents(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt'));

.print '== The turns: who speaks, in answer to what'
SELECT seq, kind, coalesce(speaker, label) AS who, reply_to, words,
       substr(replace(text, char(10), ' '), 1, 60) || '…' AS opening
FROM transcript_turns(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt'))
LIMIT 8;

.print '== Questions about Belarus, with the first words of the answer'
SELECT q.seq, substr(q.text, 1, 60) || '…' AS question, substr(a.text, 1, 60) || '…' AS answer
FROM transcript_turns(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt')) AS q
JOIN transcript_turns(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt')) AS a
  ON a.reply_to = q.seq
WHERE q.kind = 'question' AND q.text LIKE '%Belarus%';

.print '== The missions directory at the foot of the page'
SELECT seq, kind, name, city, head_name, phones_e164
FROM transcript_contacts(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt'));
