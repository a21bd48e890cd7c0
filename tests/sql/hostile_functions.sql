-- Hostile input (issue 8) for the text, entity and search functions: every storage class,
-- empty text, invalid UTF-8, NUL bytes, characters whose folding changes their length,
-- and sizes. Each gives a value, NULL or an error naming the function.
.mode list
.headers off
SELECT 'null', quote(transcript_fold(NULL)), quote(transcript_translit(NULL)), quote(transcript_script(NULL)),
       quote(transcript_stem(NULL, 'en')), quote(transcript_stem('word', NULL)), quote(transcript_match(NULL, 'a')),
       quote(transcript_match('a', NULL)), quote(transcript_find(NULL, 'a')), quote(transcript_find('a', NULL)),
       (SELECT count(*) FROM transcript_mentions(NULL));
SELECT 'empty', quote(transcript_fold('')), quote(transcript_translit('')), quote(transcript_script('')),
       quote(transcript_match('', '')), quote(transcript_find('', 'Lavrov')), (SELECT count(*) FROM transcript_mentions(''));
SELECT transcript_stem('', 'en');
SELECT transcript_find('Lavrov', '');
SELECT 'blob', transcript_fold(CAST('ÀB' AS BLOB)), transcript_translit(CAST('Лавров' AS BLOB)),
       transcript_script(CAST('Лавров' AS BLOB)), transcript_match(CAST('Лавров' AS BLOB), 'Lavrov'),
       transcript_find(CAST('Lavrov met Лавров' AS BLOB), CAST('Lavrov' AS BLOB));
SELECT transcript_fold(42);
SELECT transcript_translit(1.5);
SELECT transcript_script(x'ff');
SELECT transcript_stem('word', 7);
SELECT transcript_stem('word', 'zz');
SELECT transcript_stem(x'c0af', 'en');
SELECT transcript_match(1, 2);
SELECT transcript_match('a', x'80');
SELECT transcript_find(3, 'a');
SELECT transcript_find('text', x'eda080');
SELECT transcript_find('text', '"unterminated');
SELECT transcript_find('text', 'OR');
SELECT transcript_find('text', 'a OR OR b');
SELECT count(*) FROM transcript_mentions(42);
SELECT count(*) FROM transcript_mentions(x'ff');
SELECT count(*) FROM transcript_mentions('Putin', 'no_such_table');
SELECT count(*) FROM transcript_mentions('Putin', 42);
-- NUL bytes inside text: kept by fold and translit, separators for matching.
SELECT hex(transcript_fold('A' || char(0) || 'B')), transcript_find('Lavrov' || char(0) || 'Lavrov', 'Lavrov');
-- Characters whose folding changes length or splits: spans stay on character boundaries.
SELECT entity, surface, start_char, end_char FROM transcript_mentions('Ⅲ. ⑴Lavrov… ßPutin ﬁ Путин');
SELECT transcript_fold('Ⅲ ⑴ … ß ﬁ İ Ǆ');
-- Sizes: 100,000 mentions; a 10 MB word; 10,000 query terms.
SELECT count(*) FROM transcript_mentions(replace(hex(zeroblob(100000)), '00', 'Lavrov '));
SELECT length(transcript_fold(replace(hex(zeroblob(5000000)), '0', 'Й')));
SELECT transcript_find(replace(hex(zeroblob(10000)), '00', 'Lavrov '), 'Lavrov' || replace(hex(zeroblob(5000)), '00', ' OR Lavrov'));
SELECT transcript_match(replace(hex(zeroblob(5000)), '00', 'Sergey '), replace(hex(zeroblob(5000)), '00', 'Lavrov '));
SELECT 'still running';
-- transcript_find checks a row's raw bytes before validating it (issue 18): a text that is
-- not UTF-8 is searched as decoded (each ill-formed part read as U+FFFD, as the tables read
-- pages), wherever the bad byte stands: "OSCE" before bad bytes is found, nothing else is.
SELECT transcript_find(CAST(x'4c6176726f76ff' AS TEXT), 'OSCE');
SELECT count(*) FROM (SELECT 'nothing here' AS t UNION ALL SELECT CAST(x'6e6f20c3' AS TEXT)) WHERE transcript_find(t, 'OSCE') > 0;
SELECT transcript_find(CAST(x'61626380646566' AS TEXT), 'OSCE');
SELECT transcript_find(CAST(x'4f534345c0af' AS TEXT), 'OSCE');
SELECT transcript_find(CAST(x'e28061626320' AS TEXT), 'Lavrov');
SELECT transcript_find(CAST(x'd09bd0b0d0b2d180d0bed0b2' AS TEXT), 'Lavrov'), transcript_find('nothing here', 'Lavrov');
-- The same once the check has read 1 MB of rows and reads them over bytes (the walk
-- compiled then, entities/skeleton_filter.h): 3,000 rows of about 600 bytes, every other
-- one naming the OSCE (in Russian), the others only a word of the same skeleton; then a
-- row that is not UTF-8 and names the OSCE (1,501).
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
SELECT count(*) FROM n
WHERE transcript_find(CASE i % 2 WHEN 0 THEN 'Министры ОБСЕ встретились. ' ELSE 'Министры обсудили это. ' END
                      || replace(hex(zeroblob(50)), '00', 'Мы говорили о безопасности в Европе. '), 'OSCE') > 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3001)
SELECT count(*) FROM n
WHERE transcript_find(CASE WHEN i = 3001 THEN CAST(x'4f53434520ff' AS TEXT) WHEN i % 2 = 0 THEN 'Министры ОБСЕ встретились. ' ELSE 'Министры обсудили это. ' END
                      || replace(hex(zeroblob(50)), '00', 'Мы говорили о безопасности в Европе. '), 'OSCE') > 0;
SELECT transcript_find(CAST(x'ff' AS TEXT), NULL);
SELECT transcript_find(CAST(x'ff' AS TEXT), 3);
SELECT transcript_find(CAST(x'ff' AS TEXT), '"unterminated');
