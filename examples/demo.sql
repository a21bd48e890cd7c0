-- The demo: what transcript makes of one page saved from mid.ru (run by examples/demo.sh
-- from the repository root, with the extension loaded).
.mode box
.headers on

.print '== The page: metadata from the title and the lines around it'
SELECT substr(title, 1, 40) || '…' AS title, date, place, time, speaker, lang, turns, contacts
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
SELECT seq, kind, substr(name, 1, 30) AS name, city, head_name, json_array_length(phones) AS phones, phones_e164 ->> 0 AS first_e164
FROM transcript_contacts(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt'));

.print '== Who is mentioned most, across English and Russian forms'
SELECT m.entity, m.kind, count(*) AS mentions, group_concat(DISTINCT m.surface) AS as_printed
FROM transcript_turns(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt')) AS t,
     transcript_mentions(t.text) AS m
GROUP BY m.entity ORDER BY mentions DESC LIMIT 6;

.print '== A Russian query finds the English text'
SELECT seq, transcript_find(text, 'Лукашенко') AS lukashenko, transcript_find(text, 'ОБСЕ') AS osce
FROM transcript_turns(readfile('tests/data/mid_ru_lavrov_mgimo_2020.txt'))
WHERE transcript_find(text, 'Лукашенко OR ОБСЕ') > 0;
