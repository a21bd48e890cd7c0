-- A scan survives its worst file (issue 15): a folder with a good page, a text page with
-- one invalid byte, a UTF-16 page, a dangling link and an HTML page with invalid bytes.
-- Bad bytes are read as U+FFFD (documents.replaced counts them); only the dangling link
-- cannot be read.
.mode list
.headers on
-- Default on_error='fail': the scan stops at the first file it cannot read and names it.
CREATE VIRTUAL TABLE temp.strict USING transcript_turns(files='data/bad_files/*');
SELECT doc, seq FROM strict;
-- on_error='skip': every other page's rows; documents gives one row per bad file with the
-- message in `error`, turns and contacts give none for it.
CREATE VIRTUAL TABLE temp.docs USING transcript_documents(files='data/bad_files/*', on_error='skip');
SELECT doc, title, turns, chars, replaced, error FROM docs;
-- rowid is the file's position in the sorted list, bad files counted, with any threads.
SELECT rowid, doc FROM docs;
CREATE VIRTUAL TABLE temp.docs2 USING transcript_documents(files='data/bad_files/*', on_error='skip', threads=2);
SELECT rowid, doc FROM docs2 WHERE rowid >= 4;
SELECT count(*) AS rows_in_order FROM docs JOIN docs2 ON docs2.rowid = docs.rowid WHERE docs.doc = docs2.doc;
CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files='data/bad_files/*', on_error='SKIP');
SELECT doc, seq, kind, label, text, start_char, end_char FROM turns;
CREATE VIRTUAL TABLE temp.contacts USING transcript_contacts(files='data/bad_files/*', on_error='skip');
SELECT count(*) AS contacts FROM contacts;
-- The UTF-16 page's offsets count code points of the decoded page.
SELECT seq, substr(cast(readfile('data/bad_files/a_good.txt') AS text), start_char + 1, end_char - start_char) AS span
FROM transcript_turns(readfile('data/bad_files/a_good.txt'));
-- HTML with invalid bytes decodes as a browser does; the eponymous form counts them too.
SELECT turns, replaced FROM transcript_documents(readfile('data/bad_files/e_invalid_bytes.html'));
-- A text page given directly is read the same way: the replaced byte in its answer.
SELECT seq, text FROM transcript_turns(readfile('data/bad_files/b_invalid_byte.txt'));
SELECT replaced, charset FROM transcript_documents(readfile('data/bad_files/b_invalid_byte.txt'));
-- Unknown values are errors when the table is created.
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/bad_files/*', on_error='ignore');
CREATE VIRTUAL TABLE temp.y USING transcript_turns(files='data/bad_files/*', on_error='skip', on_error='fail');
