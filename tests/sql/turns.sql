-- transcript_turns on the example page (tests/data/mid_ru_lavrov_mgimo_2020.txt), through
-- the eponymous form with a BLOB from readfile() and with TEXT.
.mode list
.headers on
CREATE TEMP TABLE page AS SELECT CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT) AS text;

SELECT count(*) AS turns,
       sum(kind = 'remarks') AS remarks,
       sum(kind = 'question') AS questions,
       sum(kind = 'answer') AS answers,
       sum(kind = 'statement') AS statements
FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));

-- The opening remarks: speaker, first and last words.
SELECT seq, kind, speaker, label, substr(text, 1, 12) AS starts,
       substr(text, -35) AS ends, paragraphs, line, lang
FROM transcript_turns((SELECT text FROM page)) WHERE seq = 1;

-- Every answer replies to the question just before it.
SELECT count(*) AS answers_replying_to_previous_turn
FROM transcript_turns((SELECT text FROM page))
WHERE kind = 'answer' AND reply_to = seq - 1;

SELECT seq, kind, speaker, label, reply_to, line
FROM transcript_turns((SELECT text FROM page)) WHERE seq IN (2, 3, 28, 29);

-- The last turn ends the transcript; nothing from the sidebar is a turn.
SELECT substr(text, -40) AS last_words FROM transcript_turns((SELECT text FROM page)) WHERE seq = 29;
SELECT count(*) AS turns_with_sidebar_text FROM transcript_turns((SELECT text FROM page))
WHERE text LIKE '%Посольство%' OR text LIKE '%Дополнительные%' OR text LIKE '%Wisconsin%';

-- Spans: substr(page, start_char + 1, …) starts with the label (or the text).
SELECT count(*) AS spans_starting_with_label_or_text
FROM transcript_turns((SELECT text FROM page)) AS t, page
WHERE substr(page.text, t.start_char + 1, t.end_char - t.start_char)
      LIKE coalesce(t.label || ':', substr(t.text, 1, 10)) || '%';

-- rowid is seq.
SELECT min(rowid = seq) AS rowid_is_seq FROM transcript_turns((SELECT text FROM page));

-- NULL gives no rows; empty text gives no rows.
SELECT count(*) AS null_rows FROM transcript_turns(NULL);
SELECT count(*) AS empty_rows FROM transcript_turns('');

-- Column names and order (hidden argument column last).
SELECT group_concat(name, ',') AS columns FROM pragma_table_xinfo('transcript_turns');

-- OR terms make SQLite plan each disjunct on its own; the argument must still be used.
SELECT count(*) AS questions_or_answers FROM transcript_turns((SELECT text FROM page))
WHERE kind = 'question' OR kind = 'answer';
