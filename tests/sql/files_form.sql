-- The files= form of each table: a glob, files in path order, doc = path.
.mode list
.headers on
CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files='data/mid_ru_*.txt');
CREATE VIRTUAL TABLE temp.docs USING transcript_documents(files = "data/mid_ru_*.txt");
CREATE VIRTUAL TABLE temp.contacts USING transcript_contacts(FILES='data/mid_ru_*.txt');
SELECT doc, count(*) AS turns, max(seq) AS last_seq FROM turns GROUP BY doc;
SELECT doc, turns, contacts FROM docs;
SELECT doc, count(*) AS entries FROM contacts GROUP BY doc;
-- The hidden column is NULL in this form; constraints on it are SQLite's.
SELECT count(*) AS rows_with_text FROM turns WHERE page IS NOT NULL;
-- Joins between the forms work.
SELECT count(*) AS same_turns FROM turns AS f
JOIN transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt')) AS e ON e.seq = f.seq AND e.text = f.text;
