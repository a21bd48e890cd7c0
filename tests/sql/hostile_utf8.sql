-- Hostile input (issue 8): a page's bytes are never an error: ill-formed UTF-8 of every
-- kind is read as U+FFFD, one per ill-formed part, and counted in documents.replaced, as
-- TEXT and as BLOB, in every table; the functions that take a name or a phone still name
-- the bad byte. NUL bytes are white space; a byte-order mark is ignored; CR-only, CRLF and
-- LF line ends give the same turns.
.mode list
.headers on
-- overlong, surrogate, beyond U+10FFFF, truncated at the end, lone continuation, 0xFF,
-- a five-byte form, a truncated sequence followed by ASCII
SELECT chars, replaced, charset FROM transcript_documents(CAST(x'4120c0af' AS TEXT));
SELECT chars, replaced, charset FROM transcript_documents(x'eda080');
SELECT chars, replaced, charset FROM transcript_documents(x'f4908080');
SELECT seq, kind, label, text, start_char, end_char FROM transcript_turns(
  CAST('Question: Why?' || char(10) || 'Sergey Lavrov: Because' AS BLOB) || x'e282');
SELECT chars, turns, replaced, charset FROM transcript_documents(x'80');
SELECT chars, turns, replaced, charset FROM transcript_documents(x'ff');
SELECT count(*) FROM transcript_contacts(x'f888808080');
SELECT count(*) FROM transcript_contacts(x'e241');
.headers off
SELECT transcript_country(x'd0');
SELECT transcript_country(CAST(x'c3' AS TEXT));
SELECT transcript_phone(x'2b37ff');
SELECT transcript_phone('+7 495 244-16-06', x'52ff');
.headers on
-- A bad byte deep inside a long page: the page is read, the byte counted.
SELECT chars, replaced FROM transcript_documents(CAST(replace(zeroblob(100000), x'00', 'a') AS BLOB) || x'ff');
.headers on
-- NUL bytes: white space between words, inside labels and at the ends.
SELECT seq, kind, label, text, length(CAST(text AS BLOB)) AS bytes FROM transcript_turns(
  x'00' || CAST('Question: Why' AS BLOB) || x'00' || CAST('now?' || char(10, 10) || 'Sergey' AS BLOB)
  || x'00' || CAST(' Lavrov: Because.' AS BLOB) || x'0000');
SELECT chars, turns FROM transcript_documents(x'000000');
-- A byte-order mark is ignored; one in the middle is text.
-- (start_char counts it: offsets are into the page as given.)
SELECT seq, kind, label, start_char, line FROM transcript_turns(x'efbbbf' || CAST('Title' || char(10, 10) ||
  'Question: Why?' || char(10, 10) || 'Sergey Lavrov: Because.' AS BLOB));
SELECT seq, kind, label, start_char, line FROM transcript_turns('Title' || char(10, 10) ||
  'Question: Why?' || char(10, 10, 65279) || 'Sergey Lavrov: Because.');
-- Line ends: the example page with LF, CRLF and CR only.
CREATE TEMP TABLE page AS SELECT CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT) AS lf;
CREATE TEMP TABLE forms AS
  SELECT 'lf' AS form, lf AS body FROM page
  UNION ALL SELECT 'crlf', replace(lf, char(10), char(13, 10)) FROM page
  UNION ALL SELECT 'cr', replace(lf, char(10), char(13)) FROM page
  UNION ALL SELECT 'mixed', replace(replace(lf, char(10, 10), char(13, 10, 13)), '.' || char(10), '.' || char(13, 10)) FROM page;
SELECT form, (SELECT count(*) FROM transcript_turns(body)) AS turns,
       (SELECT group_concat(kind || ':' || ifnull(speaker, '') || ':' || words || ':' || line, ',') FROM transcript_turns(body)) =
       (SELECT group_concat(kind || ':' || ifnull(speaker, '') || ':' || words || ':' || line, ',') FROM transcript_turns((SELECT lf FROM page))) AS same_turns,
       (SELECT count(*) FROM transcript_contacts(body)) AS contacts,
       (SELECT title FROM transcript_documents(body)) = (SELECT title FROM transcript_documents((SELECT lf FROM page))) AS same_title
FROM forms;
SELECT seq, kind, label, text, line FROM transcript_turns(readfile('data/hostile/pages/cr_only.txt'));
