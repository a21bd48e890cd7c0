-- The FTS5 tokenizer 'transcript': MATCH across case, script and inflection, highlight()
-- on the original words, prefix queries, external-content and contentless tables, options.
.mode list
.headers on
CREATE TEMP TABLE turns AS SELECT * FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));

-- An ordinary FTS5 table over the example page's turns (rowid = seq).
CREATE VIRTUAL TABLE f USING fts5(text, tokenize='transcript');
INSERT INTO f(rowid, text) SELECT seq, text FROM turns;
SELECT count(*) AS rows FROM f;

-- The page says "Lukashenko" three times, in turns 1 and 7 (LIKE agrees); a Cyrillic query
-- finds both; unicode61 cannot.
SELECT group_concat(seq) AS like_lukashenko FROM turns WHERE text LIKE '%Lukashenko%';
SELECT group_concat(rowid) AS match_lukashenko_ru FROM f WHERE f MATCH 'лукашенко';
SELECT group_concat(rowid) AS match_lukashenko_en FROM f WHERE f MATCH 'Lukashenko';
-- Inflected Russian forms of the name meet it too.
SELECT group_concat(rowid) AS match_lukashenko_gen FROM f WHERE f MATCH 'Лукашенко OR Лукашенкой';

-- 'sanction' finds the turns that only say 'sanctions' (no turn has the singular).
SELECT group_concat(seq) AS like_sanction_singular FROM turns
 WHERE replace(lower(text), 'sanctions', '') LIKE '%sanction%';
SELECT group_concat(seq) AS like_sanctions FROM turns WHERE text LIKE '%sanctions%';
SELECT group_concat(rowid) AS match_sanction FROM f WHERE f MATCH 'sanction';

-- OSCE in any case or script: the same rows as LIKE finds.
SELECT group_concat(seq) AS like_osce FROM turns WHERE text LIKE '%OSCE%';
SELECT group_concat(rowid) AS match_osce FROM f WHERE f MATCH 'osce';
SELECT group_concat(rowid) AS match_obse FROM f WHERE f MATCH 'ОБСЕ';
SELECT (SELECT group_concat(rowid) FROM f WHERE f MATCH 'osce') IS
       (SELECT group_concat(rowid) FROM f WHERE f MATCH 'ОБСЕ') AS same_rows;

-- highlight() marks the words as written: Lukashenko for лукашенко, OSCE for ОБСЕ, the
-- possessive left outside, as transcript_highlight leaves it ([Belarus]’s).
SELECT rowid, substr(h, max(instr(h, '[') - 30, 1), 80) AS around_first_mark
FROM (SELECT rowid, highlight(f, 0, '[', ']') AS h FROM f WHERE f MATCH 'лукашенко');
SELECT substr(h, max(instr(h, '[') - 20, 1), 60) AS obse_marks
FROM (SELECT highlight(f, 0, '[', ']') AS h FROM f WHERE f MATCH 'ОБСЕ' ORDER BY rowid LIMIT 1);
SELECT substr(h, max(instr(h, '[') - 20, 1), 60) AS belarus_possessive
FROM (SELECT highlight(f, 0, '[', ']') AS h FROM f WHERE f MATCH 'беларусь' AND h LIKE '%]’s%' LIMIT 1);
SELECT transcript_highlight(text, 'беларусь') LIKE '%[Belarus]’s%' AS same_as_transcript_highlight
FROM turns WHERE text LIKE '%Belarus’s%' LIMIT 1;
-- snippet() too.
SELECT snippet(f, 0, '[', ']', '…', 8) AS snippet FROM f WHERE f MATCH 'лукашенко' ORDER BY rowid LIMIT 1;
-- Every mark covers exactly a word of the original: the marked texts, counted.
WITH RECURSIVE marks(rest, word) AS (
  SELECT highlight(f, 0, '[', ']'), NULL FROM f WHERE f MATCH 'sanction OR ОБСЕ OR лукашенко'
  UNION ALL
  SELECT substr(rest, instr(rest, ']') + 1),
         substr(rest, instr(rest, '[') + 1, instr(rest, ']') - instr(rest, '[') - 1)
  FROM marks WHERE instr(rest, '[') > 0)
SELECT word, count(*) AS n FROM marks WHERE word IS NOT NULL GROUP BY word ORDER BY word;

-- Phrases and NEAR work on the same positions: turn 1 has "President of Belarus
-- Lukashenko" and "Belarus Alexander Lukashenko" ("Беларуси" is the genitive).
SELECT group_concat(rowid) AS phrase FROM f WHERE f MATCH '"беларуси лукашенко"';
SELECT count(*) AS phrase_not_adjacent FROM f WHERE f MATCH '"of лукашенко"';
SELECT group_concat(rowid) AS near_2 FROM f WHERE f MATCH 'NEAR(president лукашенко, 2)';
SELECT count(*) AS near_1 FROM f WHERE f MATCH 'NEAR(president лукашенко, 1)';

-- Prefix queries: the plain spelling of the prefix, in either script.
SELECT group_concat(seq) AS like_torkun FROM turns WHERE text LIKE '%Torkun%';
SELECT group_concat(rowid) AS prefix_latin FROM f WHERE f MATCH 'torkun*';
SELECT group_concat(rowid) AS prefix_cyrillic FROM f WHERE f MATCH 'торкун*';
SELECT group_concat(rowid) AS prefix_lukash FROM f WHERE f MATCH 'лукаш*';
SELECT count(*) AS prefix_nothing FROM f WHERE f MATCH 'лукашу*';
SELECT substr(h, max(instr(h, '[') - 20, 1), 50) AS prefix_highlight
FROM (SELECT highlight(f, 0, '[', ']') AS h FROM f WHERE f MATCH 'торкун*' ORDER BY rowid DESC LIMIT 1);

-- Cyrillic documents: inflections, transliteration, the feminine surname and its prefix.
CREATE VIRTUAL TABLE r USING fts5(text, tokenize='transcript');
INSERT INTO r(rowid, text) VALUES
  (1, 'Министр С.В.Лавров встретился с Марией Захаровой.'),
  (2, 'Sergey Lavrov met Maria Zakharova.'),
  (3, 'Санкции против России.'),
  (4, 'Tell us about it.'),
  (5, 'The sanctions against Russia.'),
  (6, 'The US and the EU.'),
  (7, 'В США.');
SELECT 'Лаврову' AS query, group_concat(rowid) AS rows FROM r WHERE r MATCH 'Лаврову'
UNION ALL SELECT 'lavrov', group_concat(rowid) FROM r WHERE r MATCH 'lavrov'
UNION ALL SELECT 'Захарова', group_concat(rowid) FROM r WHERE r MATCH 'Захарова'
UNION ALL SELECT 'zakharova*', group_concat(rowid) FROM r WHERE r MATCH 'zakharova*'
UNION ALL SELECT 'zakharov*', group_concat(rowid) FROM r WHERE r MATCH 'zakharov*'
UNION ALL SELECT 'Мария', group_concat(rowid) FROM r WHERE r MATCH 'Мария'
UNION ALL SELECT 'санкция', group_concat(rowid) FROM r WHERE r MATCH 'санкция'
UNION ALL SELECT 'sanction', group_concat(rowid) FROM r WHERE r MATCH 'sanction'
UNION ALL SELECT 'Россия', group_concat(rowid) FROM r WHERE r MATCH 'Россия'
UNION ALL SELECT 'Russia', group_concat(rowid) FROM r WHERE r MATCH 'Russia'
UNION ALL SELECT 'США', group_concat(rowid) FROM r WHERE r MATCH 'США';
SELECT rowid, highlight(r, 0, '[', ']') AS marked FROM r WHERE r MATCH 'lavrov OR захарова' ORDER BY rowid;
SELECT rowid, highlight(r, 0, '[', ']') AS marked FROM r WHERE r MATCH 'США OR россия' ORDER BY rowid;
-- Query-time tokens agree with the index: every word of every row, as a query, finds its row.
WITH RECURSIVE words(id, rest, word) AS (
  SELECT rowid, text || ' ', NULL FROM r
  UNION ALL
  SELECT id, substr(rest, instr(rest, ' ') + 1), trim(substr(rest, 1, instr(rest, ' ') - 1), '.;,')
  FROM words WHERE instr(rest, ' ') > 0)
SELECT count(*) AS words, sum(NOT EXISTS (SELECT 1 FROM r WHERE r MATCH '"' || word || '"' AND r.rowid = id)) AS miss
FROM words WHERE word IS NOT NULL AND word <> '';

-- Options: translit 0 keeps scripts apart but still reduces inflections; stem 0 matches
-- whole words; entities 0 lets OSCE and ОБСЕ differ. A built-in entity (Lavrov) meets its
-- names in every script and form through its entity key whatever translit and stem say.
CREATE VIRTUAL TABLE o1 USING fts5(text, tokenize="transcript translit 0");
CREATE VIRTUAL TABLE o2 USING fts5(text, tokenize="transcript stem 0");
CREATE VIRTUAL TABLE o3 USING fts5(text, tokenize="transcript entities 0");
CREATE VIRTUAL TABLE o4 USING fts5(text, tokenize="transcript TRANSLIT 1 stem 1 entities 1");
INSERT INTO o1(text) SELECT text FROM r;
INSERT INTO o2(text) SELECT text FROM r;
INSERT INTO o3(text) SELECT text FROM r;
INSERT INTO o4(text) SELECT text FROM r;
SELECT 'translit 0' AS options, 'lavrov' AS query, group_concat(rowid) AS rows FROM o1 WHERE o1 MATCH 'lavrov'
UNION ALL SELECT 'translit 0', 'Лаврову', group_concat(rowid) FROM o1 WHERE o1 MATCH 'Лаврову'
UNION ALL SELECT 'translit 0', 'лавр*', group_concat(rowid) FROM o1 WHERE o1 MATCH 'лавр*'
UNION ALL SELECT 'stem 0', 'lavrov', group_concat(rowid) FROM o2 WHERE o2 MATCH 'lavrov'
UNION ALL SELECT 'stem 0', 'Лаврову', group_concat(rowid) FROM o2 WHERE o2 MATCH 'Лаврову'
UNION ALL SELECT 'stem 0', 'sanction', group_concat(rowid) FROM o2 WHERE o2 MATCH 'sanction'
UNION ALL SELECT 'entities 0', 'США', group_concat(rowid) FROM o3 WHERE o3 MATCH 'США'
UNION ALL SELECT 'all 1', 'США', group_concat(rowid) FROM o4 WHERE o4 MATCH 'США';

-- External content: the index over the turns table, rebuilt from it; highlight() reads the
-- text from the content table.
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs SELECT seq, text FROM turns;
CREATE VIRTUAL TABLE ext USING fts5(body, content='docs', content_rowid='id', tokenize='transcript');
INSERT INTO ext(ext) VALUES ('rebuild');
INSERT INTO ext(ext) VALUES ('integrity-check');
SELECT group_concat(rowid) AS external_obse FROM ext WHERE ext MATCH 'ОБСЕ';
SELECT substr(h, max(instr(h, '[') - 20, 1), 50) AS external_highlight
FROM (SELECT highlight(ext, 0, '[', ']') AS h FROM ext WHERE ext MATCH 'лукашенко' ORDER BY rowid LIMIT 1);
-- Deleting through the index uses the same tokens ('delete' needs the old values).
INSERT INTO ext(ext, rowid, body) SELECT 'delete', id, body FROM docs WHERE id = 7;
DELETE FROM docs WHERE id = 7;
INSERT INTO ext(ext) VALUES ('integrity-check');
SELECT group_concat(rowid) AS external_after_delete FROM ext WHERE ext MATCH 'лукашенко';

-- Contentless: the index alone; MATCH and rowids work, the text is not kept.
CREATE VIRTUAL TABLE cl USING fts5(text, content='', tokenize='transcript');
INSERT INTO cl(rowid, text) SELECT seq, text FROM turns;
SELECT group_concat(rowid) AS contentless_lukashenko FROM cl WHERE cl MATCH 'лукашенко';
SELECT group_concat(rowid) AS contentless_sanction FROM cl WHERE cl MATCH 'sanction';
SELECT count(*) AS contentless_torkun_prefix FROM cl WHERE cl MATCH 'torkun*';
SELECT text IS NULL AS contentless_text_is_null FROM cl WHERE cl MATCH 'osce' LIMIT 1;

-- Edge rows: empty text, punctuation only, a very long word (cut to FTS5's 32768-byte
-- limit, still found by its prefix), invalid UTF-8 in a blob (separates words).
CREATE VIRTUAL TABLE e USING fts5(text, tokenize='transcript');
INSERT INTO e(rowid, text) VALUES (1, ''), (2, ' — «…», !?; '), (3, 'x ' || replace(hex(zeroblob(20000)), '0', 'q') || ' z'),
  (4, CAST(X'6162638ff06465660a' AS TEXT)), (5, NULL);
INSERT INTO e(e) VALUES ('integrity-check');
SELECT group_concat(rowid) AS long_prefix FROM e WHERE e MATCH 'qqqqqqqq*';
SELECT group_concat(rowid) AS after_long FROM e WHERE e MATCH 'z';
SELECT group_concat(rowid) AS around_invalid FROM e WHERE e MATCH 'abc AND def';
SELECT count(*) AS rows FROM e;

-- Invalid options: FTS5 reports "error in tokenizer constructor"; the reason goes to
-- SQLite's error log, shown here with .log.
.log stdout
CREATE VIRTUAL TABLE bad1 USING fts5(text, tokenize='transcript colour 1');
CREATE VIRTUAL TABLE bad2 USING fts5(text, tokenize='transcript stem');
CREATE VIRTUAL TABLE bad3 USING fts5(text, tokenize='transcript stem yes');
CREATE VIRTUAL TABLE bad4 USING fts5(text, tokenize='transcript translit 1 translit 0');
.log off
SELECT count(*) AS bad_tables FROM sqlite_master WHERE name LIKE 'bad%';
