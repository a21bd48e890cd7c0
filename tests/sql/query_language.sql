-- One query language (issue 17): transcript_find, transcript_snippet(s) and
-- transcript_highlight take FTS5's query syntax with MATCH's meaning. The same query strings
-- run through MATCH on a transcript-tokenized FTS5 table and through transcript_find on the
-- same rows must keep the same rows.
.mode list
.headers on
CREATE TEMP TABLE docs(id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO docs(id, text) SELECT seq, text FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
INSERT INTO docs(id, text) VALUES
  (101, 'Let us talk about the US position.'),
  (102, 'The UN said the deal was un-American.'),
  (103, 'Lavrov and Putin met; later Lavrov left.'),
  (104, 'The oil price rose. Mr Price said nothing.'),
  (105, 'Price said it. Ned Price left.'),
  (106, 'Министр С.В.Лавров встретился с Марией Захаровой в Демократической Республике Конго.'),
  (107, 'Sergey Lavrov met Maria Zakharova in the DRC.'),
  (108, 'Санкции против России и Белоруссии.'),
  (109, 'The sanctions against Russia and Belarus.'),
  (110, 'Tell us about it, all of us.'),
  (111, 'В США и в ООН.'),
  (112, 'a b c'),
  (113, 'Theresa May spoke in May.');
CREATE VIRTUAL TABLE f USING fts5(text, tokenize='transcript');
INSERT INTO f(rowid, text) SELECT id, text FROM docs;
CREATE TEMP TABLE queries(q TEXT);
INSERT INTO queries VALUES
  ('OSCE'), ('osce'), ('ОБСЕ'), ('Belarus'), ('беларусь'), ('Lukashenko'), ('лукашенко'),
  ('US'), ('us'), ('США'), ('UN'), ('un'), ('ООН'), ('EU'),
  ('Lavrov'), ('"Sergey Lavrov"'), ('Sergey Lavrov'), ('Lavrov Putin'), ('Lavrov AND Putin'),
  ('Lavrov OR Zakharova'), ('Lavrov NOT Putin'), ('Lavrov NOT (Putin OR Zakharova)'),
  ('(OSCE OR NATO) AND Belarus'), ('ОБСЕ AND (Лукашенко OR Tikhanovskaya)'),
  ('sanctions'), ('sanction'), ('санкции'), ('"sanctions against"'), ('"against Russia"'),
  ('NEAR(Lavrov Putin, 2)'), ('NEAR(Lavrov Putin, 0)'), ('NEAR(a c, 0)'), ('NEAR(a c, 1)'),
  ('NEAR(OSCE Belarus, 5)'), ('NEAR(sanctions Russia)'),
  ('lavr*'), ('лукаш*'), ('sanct*'), ('"sergey lavr*"'), ('zakharov*'),
  ('^Lavrov'), ('^Let'), ('^"Let us"'), ('a + b'), ('b + a'), ('a ""'), ('"" OR Putin'),
  ('"Ned Price"'), ('Price'), ('price'), ('"Theresa May"'), ('May'),
  ('"DR Congo"'), ('DRC'), ('"Democratic Republic of the Congo"'), ('Congo'),
  ('Russia AND NOT'), ('NOT'), ('and'), ('NEAR');
-- Queries FTS5 rejects are left out of the comparison (below, both reject them).
DELETE FROM queries WHERE q IN ('Russia AND NOT', 'NOT');
SELECT count(*) AS queries FROM queries;
CREATE TEMP TABLE compared AS
SELECT q.q AS query,
       (SELECT group_concat(rowid) FROM (SELECT f.rowid FROM f WHERE f MATCH q.q ORDER BY f.rowid)) AS match_rows,
       (SELECT group_concat(id) FROM (SELECT id FROM docs WHERE transcript_find(text, q.q) > 0 ORDER BY id)) AS find_rows
FROM queries AS q;
SELECT count(*) AS same_rows FROM compared WHERE match_rows IS find_rows;
SELECT query, match_rows, find_rows FROM compared WHERE match_rows IS NOT find_rows;
-- The rows, for reading.
SELECT query, find_rows FROM compared WHERE query IN
  ('US', 'us', 'UN', 'un', 'Lavrov NOT Putin', 'NEAR(a c, 0)', 'NEAR(a c, 1)', 'lavr*', '^Let',
   '"Ned Price"', 'price', '"Theresa May"', '"DR Congo"', 'Congo', 'b + a', 'and');
-- Errors name the construct: FTS5 rejects these too (column filters aside, which FTS5
-- accepts for a column of the table and these functions never do).
SELECT transcript_find('x', 'Russia AND NOT');
SELECT transcript_find('x', 'NOT Russia');
SELECT transcript_find('x', 'a (b)');
SELECT transcript_find('x', '(a');
SELECT transcript_find('x', 'U.S.');
SELECT transcript_find('x', 'Lavrov''s');
SELECT transcript_find('x', 'NEAR(a b, x)');
SELECT transcript_find('x', 'NEAR(a OR b)');
SELECT transcript_find('x', 'text: Russia');
SELECT transcript_find('x', '{text}: Russia');
SELECT transcript_find('x', '-text: Russia');
SELECT transcript_find('x', 'Co-operation');
SELECT transcript_snippet('x', '*');
SELECT transcript_highlight('x', '"open');
SELECT count(*) FROM f WHERE f MATCH 'Russia AND NOT';
SELECT count(*) FROM f WHERE f MATCH 'a (b)';
-- The snippet functions take the same language.
SELECT transcript_highlight(text, 'Lavrov NOT Putin') AS not_putin FROM docs WHERE id IN (103, 107) ORDER BY id;
SELECT transcript_highlight(text, 'NEAR(Lavrov Zakharova, 3)') AS near FROM docs WHERE id IN (106, 107) ORDER BY id;
SELECT transcript_highlight(text, 'lavr* OR "DR Congo"') AS prefix_and_entity FROM docs WHERE id IN (106, 107) ORDER BY id;
SELECT transcript_highlight(text, 'US') AS us FROM docs WHERE id IN (101, 110) ORDER BY id;
SELECT transcript_snippet(text, 'ОБСЕ AND (Лукашенко OR Tikhanovskaya)', '[', ']', '…', 10) AS snippet
FROM docs WHERE transcript_find(text, 'ОБСЕ AND (Лукашенко OR Tikhanovskaya)') > 0 ORDER BY id LIMIT 2;
SELECT fragment, snippet FROM transcript_snippets((SELECT text FROM docs WHERE id = 103), 'Lavrov AND Putin', 4, 2);
