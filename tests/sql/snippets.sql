-- transcript_snippet, transcript_highlight, transcript_snippets (issue 5).
.mode list
.headers on
CREATE TEMP TABLE turns AS
  SELECT seq, text FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
-- The turn that mentions the OSCE most.
CREATE TEMP TABLE osce AS
  SELECT seq, text, transcript_find(text, 'OSCE') AS n FROM turns ORDER BY n DESC, seq LIMIT 1;
SELECT seq, n FROM osce;
-- The snippet: at most 16 words, [OSCE] marked, a verbatim piece of the turn apart from
-- markers and ellipses (the turn has no '[', ']' or '…' of its own).
CREATE TEMP TABLE s AS SELECT text, transcript_snippet(text, 'OSCE') AS snippet FROM osce;
SELECT snippet FROM s;
SELECT instr(text, '[') = 0 AND instr(text, ']') = 0 AND instr(text, '…') = 0 AS plain_turn,
       instr(snippet, '[OSCE]') > 0 AS marked,
       length(trim(snippet, '…')) - length(replace(trim(snippet, '…'), ' ', '')) + 1 AS words,
       instr(text, replace(replace(replace(snippet, '[', ''), ']', ''), '…', '')) > 0 AS verbatim
FROM s;
-- A Russian query marks the English forms.
SELECT transcript_snippet(text, 'ОБСЕ') AS osce_ru FROM osce;
SELECT seq, transcript_snippet(text, 'Лукашенко') AS lukashenko_ru FROM turns
WHERE transcript_find(text, 'Лукашенко') > 0 ORDER BY seq;
-- A two-term query prefers the window holding both terms.
SELECT transcript_snippet(text, 'OSCE Belarus') AS both_terms FROM turns
WHERE transcript_find(text, 'OSCE Belarus') > 0 ORDER BY seq LIMIT 1;
-- Custom markers, ellipsis and window; the same with every default spelled out.
SELECT transcript_snippet(text, 'OSCE', '<b>', '</b>', ' ... ', 6) AS custom FROM osce;
SELECT transcript_snippet(text, 'OSCE', '[', ']', '…', 16) = transcript_snippet(text, 'OSCE')
       AS defaults FROM osce;
-- No hit: the opening words.
SELECT transcript_snippet('One two three four five six seven.', 'Belarus', '[', ']', '…', 4) AS no_hit;
-- Sentence edges, abbreviations and a short text.
SELECT transcript_snippet('w1 w2 w3 w4 w5 w6 w7 w8 w9 w10. Mr. Smith told Dr. Jones about the OSCE mission in Vienna and more and more words until the end.', 'OSCE', '[', ']', '…', 10) AS sentence;
SELECT transcript_snippet('Встреча с Лукашенко прошла.', 'Lukashenko') AS short;
-- Highlight: the whole text, adjacent hits in one run.
SELECT transcript_highlight('Лукашенко met the OSCE OSCE people; Lukashenko’s aide.', 'Lukashenko OR ОБСЕ') AS highlight;
SELECT transcript_highlight('Лукашенко met the OSCE.', 'OSCE', '<', '>') AS highlight4;
SELECT length(transcript_highlight(text, 'OSCE')) - length(text) = 2 * n AS every_hit_marked FROM osce;
-- Fragments: in text order, one per new term first, then repeats, spans in characters, the first chosen is the snippet.
SELECT fragment, snippet, start_char, end_char, score
FROM transcript_snippets((SELECT text FROM osce), 'OSCE Belarus', 10, 3);
SELECT count(*) AS spans_match FROM transcript_snippets((SELECT text FROM osce), 'OSCE', 12, 5) AS f
WHERE replace(replace(replace(f.snippet, '[', ''), ']', ''), '…', '') =
      substr((SELECT text FROM osce), f.start_char + 1, f.end_char - f.start_char);
SELECT count(*) AS fragments, max(fragment) AS last FROM transcript_snippets((SELECT text FROM osce), 'OSCE');
SELECT snippet FROM transcript_snippets((SELECT text FROM osce), 'OSCE', 16, 1)
WHERE snippet = (SELECT snippet FROM s);
-- In a join; a turn without a hit gives its opening words, score 0.
SELECT t.seq, f.fragment, f.snippet, f.score FROM turns t, transcript_snippets(t.text, 'Lukashenko', 8, 2) f
WHERE t.seq IN (1, 2, 7) ORDER BY t.seq, f.fragment;
-- NULL in, NULL out (no rows for the table).
SELECT transcript_snippet(NULL, 'OSCE') IS NULL, transcript_snippet('x', NULL) IS NULL,
       transcript_snippet('x', 'x', NULL) IS NULL, transcript_snippet('x', 'x', '[', ']', '…', NULL) IS NULL,
       transcript_highlight(NULL, 'OSCE') IS NULL, transcript_highlight('x', NULL) IS NULL;
SELECT count(*) FROM transcript_snippets(NULL, 'OSCE');
SELECT count(*) FROM transcript_snippets('OSCE', NULL);
-- Trust and inventory.
SELECT name, narg, flags & 0x800 > 0 AS deterministic, flags & 0x200000 > 0 AS innocuous
FROM pragma_function_list
WHERE name IN ('transcript_snippet', 'transcript_highlight') ORDER BY name, narg;
SELECT name FROM pragma_module_list WHERE name = 'transcript_snippets';
-- Every error message.
.headers off
SELECT transcript_snippet('text', 'OSCE', '[', ']', '…', 0);
SELECT transcript_snippet('text', 'OSCE', '[', ']', '…', 65);
SELECT transcript_snippet('text', 'OSCE', '[', ']', '…', '16');
SELECT transcript_snippet('text', 'OSCE', '[', ']', '…', 1.5);
SELECT transcript_snippet('text', 'OSCE', 1);
SELECT transcript_snippet('text', 'OSCE', '[', 2.5);
SELECT transcript_snippet('text', 'OSCE', '[', ']', 3);
-- A text with a bad byte is cut as decoded (U+FFFD); a query or a marker with one is an error.
SELECT transcript_snippet(CAST(x'6f6bff' AS TEXT), 'OSCE');
SELECT transcript_snippet('text', CAST(x'ff' AS TEXT));
SELECT transcript_snippet('text', x'ff');
SELECT transcript_snippet('text', 'OSCE', x'ff');
SELECT transcript_snippet(42, 'OSCE');
SELECT transcript_snippet('text', '');
SELECT transcript_snippet('text', '"OSCE');
SELECT transcript_snippet('text', 'OR OSCE');
SELECT transcript_snippet('text');
SELECT transcript_snippet('text', 'OSCE', '[', ']', '…', 16, 1);
SELECT transcript_highlight('text', 'OSCE', 1);
SELECT transcript_highlight('text', 'OSCE OR');
SELECT transcript_highlight(x'c0af', 'OSCE');
SELECT transcript_highlight('text', 'OSCE', '[', ']', '…');
SELECT * FROM transcript_snippets('text', 'OSCE', 0);
SELECT * FROM transcript_snippets('text', 'OSCE', 16, 0);
SELECT * FROM transcript_snippets('text', 'OSCE', 16, 101);
SELECT * FROM transcript_snippets('text', 'OSCE', 'many');
SELECT * FROM transcript_snippets('text', '');
SELECT * FROM transcript_snippets(x'ff', 'OSCE');
SELECT * FROM transcript_snippets('text');
SELECT * FROM transcript_snippets;
SELECT 'still running';
