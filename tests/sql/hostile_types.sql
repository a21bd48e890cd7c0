-- Hostile input (issue 8): values of every storage class where a page or a name is
-- expected. NULL gives no rows (tables) or NULL (scalars); INTEGER and REAL are errors
-- naming the value; BLOB is read as UTF-8 text; empty text is a page without turns.
.mode list
.headers on
SELECT 'null' AS arg, (SELECT count(*) FROM transcript_turns(NULL)) AS turns,
       (SELECT count(*) FROM transcript_documents(NULL)) AS documents,
       (SELECT count(*) FROM transcript_contacts(NULL)) AS contacts,
       transcript_country(NULL) IS NULL AS country_null,
       transcript_phone(NULL) IS NULL AS phone_null,
       transcript_phone(NULL, 'RU') IS NULL AS phone_region_null,
       transcript_phone('+7 495 244-16-06', NULL) IS NULL AS phone_null_region;
.headers off
SELECT * FROM transcript_turns(0);
SELECT * FROM transcript_turns(-9223372036854775808);
SELECT * FROM transcript_documents(1e308);
SELECT * FROM transcript_documents(-0.0);
SELECT * FROM transcript_contacts(9223372036854775807);
SELECT * FROM transcript_contacts(3.14);
SELECT transcript_country(42);
SELECT transcript_country(2.5);
SELECT transcript_phone(74957285000);
SELECT transcript_phone(1.5);
SELECT transcript_phone('+7 495 244-16-06', 7);
SELECT transcript_phone('+7 495 244-16-06', 0.5);
.headers on
SELECT 'empty' AS arg, (SELECT count(*) FROM transcript_turns('')) AS turns,
       (SELECT chars || '/' || turns || '/' || contacts || '/' || lang FROM transcript_documents('')) AS document,
       (SELECT count(*) FROM transcript_contacts('')) AS contacts,
       quote(transcript_country('')) AS country, quote(transcript_phone('')) AS phone;
SELECT 'empty blob' AS arg, (SELECT count(*) FROM transcript_turns(x'')) AS turns,
       (SELECT chars || '/' || turns FROM transcript_documents(zeroblob(0))) AS document,
       (SELECT count(*) FROM transcript_contacts(x'')) AS contacts,
       quote(transcript_country(x'')) AS country;
SELECT 'blank' AS arg, (SELECT count(*) FROM transcript_turns(' ' || char(10, 9, 13, 160, 8203, 12288) || '  ')) AS turns,
       (SELECT chars || '/' || turns FROM transcript_documents(char(10, 10, 10))) AS document;
SELECT 'blob page' AS arg, kind, label, text FROM transcript_turns(CAST('Question: Why?' || char(10) || 'Sergey Lavrov: Because.' AS BLOB));
SELECT 'blob name' AS arg, transcript_country(CAST('Россия' AS BLOB)) AS country,
       transcript_phone(CAST('+7 495 244-16-06' AS BLOB)) AS phone,
       transcript_phone(CAST('8 495 244-16-06' AS BLOB), CAST('RU' AS BLOB)) AS phone_region;
-- A zero-filled blob is NUL bytes: white space, no turns, no error.
SELECT 'zeroblob' AS arg, (SELECT count(*) FROM transcript_turns(zeroblob(1000))) AS turns,
       (SELECT chars || '/' || turns FROM transcript_documents(zeroblob(1000))) AS document,
       (SELECT count(*) FROM transcript_contacts(zeroblob(1000))) AS contacts;
-- Odd regions.
.headers off
SELECT transcript_phone('8 495 244-16-06', '');
SELECT transcript_phone('8 495 244-16-06', 'ru');
SELECT transcript_phone('8 495 244-16-06', 'XX');
SELECT transcript_phone('8 495 244-16-06', 'RUS');
SELECT transcript_phone('8 495 244-16-06', char(0, 0));
SELECT 'still running';
