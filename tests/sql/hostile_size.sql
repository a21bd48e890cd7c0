-- Hostile input (issue 8): sizes and repetitions, built inside SQL (replace(hex(zeroblob(N)),
-- '00', x) is N copies of x). Each query must give
-- rows or a clear error quickly: no crash, no hang, no quadratic blow-up.
.mode list
.headers on
-- A 100 MB single line (no label, but speech — it opens "We": one remark), and the same
-- behind a label.
CREATE TEMP TABLE big AS SELECT 'We ' || replace(hex(zeroblob(50000000)), '0', 'a') AS body;
SELECT count(*) AS turns, max(length(text)) AS text_chars, max(end_char) AS end_char,
       max(line) AS line FROM transcript_turns((SELECT body FROM big));
SELECT kind, label, length(text) AS text_chars, end_char FROM transcript_turns((SELECT 'Question: ' || body FROM big));
-- 10 MB of it through the other tables (the directory parser reads about 3 MB/s).
SELECT length(title) AS title_chars, chars, turns FROM transcript_documents((SELECT substr(body, 1, 10000000) FROM big));
SELECT count(*) AS contacts FROM transcript_contacts((SELECT substr(body, 1, 10000000) FROM big));
DROP TABLE big;
-- A million short lines (speech: "I" opens them).
SELECT count(*) AS turns, sum(paragraphs) AS paragraphs, sum(words) AS words, max(end_char) AS end_char
FROM transcript_turns('I' || char(10) || replace(hex(zeroblob(1000000)), '00', 'x' || char(10)));
SELECT count(*) AS turns, sum(paragraphs) AS paragraphs, sum(words) AS words, max(end_char) AS end_char
FROM transcript_turns('Title' || char(10, 10) || 'Sergey Lavrov: ' || replace(hex(zeroblob(1000000)), '00', 'x' || char(10)));
SELECT chars, turns FROM transcript_documents(replace(hex(zeroblob(1000000)), '00', char(10)));
-- 100,000 question/answer pairs (200,000 labels), with and without a title line.
SELECT kind, count(*) AS turns, min(seq) AS first, max(seq) AS last,
       sum(reply_to = seq - 1) AS replies_to_previous
FROM transcript_turns(replace(hex(zeroblob(100000)), '00',
       'Question: Why?' || char(10, 10) || 'Sergey Lavrov: Because.' || char(10, 10)))
GROUP BY kind ORDER BY kind;
SELECT count(*) AS turns FROM transcript_turns('Title' || char(10, 10) || replace(hex(zeroblob(100000)), '00',
       'Question: Why?' || char(10, 10) || 'Sergey Lavrov: Because.' || char(10, 10)));
-- 100,000 labels on one line, and 100,000 colons. (One "we" among 100,001 words is too
-- little to read as speech, speech_evidence.h: no turn; and no hang.)
SELECT count(*) AS turns, max(length(text)) AS text_chars
FROM transcript_turns('We say Question: ' || replace(hex(zeroblob(100000)), '00', 'Question: '));
SELECT count(*) AS turns, max(length(label)) AS label_chars
FROM transcript_turns(replace(hex(zeroblob(100000)), '00', ':'));
SELECT count(*) AS turns FROM transcript_turns(replace(hex(zeroblob(100000)), '00', 'Sergey Lavrov:' || char(10)));
-- Deeply repeated markers: end-of-transcript headings, directory headings, parentheses,
-- quotes, bullets. (The texts read as speech — "we" — so that unlabelled text is a turn.)
SELECT count(*) AS turns FROM transcript_turns('Question: Why do we wait?' || char(10, 10) ||
       replace(hex(zeroblob(100000)), '00', 'Дополнительные материалы' || char(10)));
SELECT count(*) AS contacts FROM transcript_contacts(
       replace(hex(zeroblob(5000)), '00', 'Загранучреждения МИД РФ' || char(10) || 'Посольство России в Ирландии' || char(10)));
SELECT count(*) AS contacts FROM transcript_contacts(
       replace(hex(zeroblob(5000)), '00', 'Tel: +44 20 7229 6412' || char(10)));
SELECT count(*) AS turns, max(length(label)) AS label_chars FROM transcript_turns(
       replace(hex(zeroblob(100000)), '00', '(') || ': x' || char(10, 10) || 'Question (' || replace(hex(zeroblob(100000)), '00', '(') || ': y');
SELECT count(*) AS turns FROM transcript_turns(replace(hex(zeroblob(100000)), '00', '«"“(') || char(10) || 'Question: Why do we wait?');
SELECT count(*) AS turns FROM transcript_turns(replace(hex(zeroblob(100000)), '00', '• ') || char(10) || 'Question: Why do we wait?');
-- 20,000 capitalised words before a colon: no label, and one "we" among them is no speech.
SELECT count(*) AS turns, max(length(label)) AS label_chars FROM transcript_turns(
       replace(hex(zeroblob(20000)), '00', 'Sergey ') || 'Lavrov: Hello, we are here.');
-- 5,000 entries of a directory.
SELECT count(*) AS contacts, count(DISTINCT phones_e164) AS distinct_phones FROM transcript_contacts(
       readfile('data/directory/uk_embassies_en.txt') || replace(hex(zeroblob(5000)), '00',
       'British Embassy Paris' || char(10) || 'Tel: +33 1 44 51 31 00' || char(10, 10)));
-- Unterminated parentheses in labels (a fixture).
SELECT seq, kind, quote(speaker) AS speaker, quote(label) AS label, text
FROM transcript_turns(readfile('data/hostile/pages/unterminated_parentheses.txt'));
-- A directory whose every field is empty.
SELECT seq, kind, quote(name) AS name, quote(address) AS address, phones, phones_e164, faxes,
       emails, websites, quote(note) AS note, line
FROM transcript_contacts(readfile('data/hostile/pages/directory_empty_fields.txt'));
