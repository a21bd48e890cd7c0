-- Text pages that are not UTF-8 (tests/data/charsets: one page saved in UTF-8, windows-1251
-- and KOI8-R, no declaration): each is read in the charset ICU's detector finds in its
-- Russian words, and gives the turns of the UTF-8 copy; documents.charset names it.
.mode list
.headers on
CREATE VIRTUAL TABLE temp.docs USING transcript_documents(files='data/charsets/*.txt');
SELECT substr(doc, 15) AS file, charset, replaced, turns, chars, title FROM docs;
CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files='data/charsets/*.txt');
-- Every copy's turns equal the UTF-8 copy's, offsets included (one byte, one character).
SELECT substr(t.doc, 15) AS file, count(*) AS turns, sum(t.text = u.text AND t.speaker IS u.speaker
  AND t.kind = u.kind AND t.start_char = u.start_char AND t.end_char = u.end_char) AS same
FROM turns AS t JOIN turns AS u ON u.seq = t.seq AND u.doc LIKE '%utf8.txt'
GROUP BY t.doc ORDER BY t.doc;
SELECT seq, kind, speaker, substr(text, 1, 40) AS text FROM turns WHERE doc LIKE '%koi8r.txt' AND seq <= 3;
-- The eponymous form reads the file's bytes the same way.
SELECT charset, turns FROM transcript_documents(readfile('data/charsets/mid_ru_press_conference_koi8r.txt'));
-- The missions directory under the turns too.
CREATE VIRTUAL TABLE temp.contacts USING transcript_contacts(files='data/charsets/*.txt');
SELECT substr(doc, 15) AS file, count(*) AS entries, group_concat(name, ' / ') AS names FROM contacts GROUP BY doc;
