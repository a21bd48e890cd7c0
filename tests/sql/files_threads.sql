-- threads='N' in the files form: N threads parse the next files while SQLite reads the
-- current one; the rows are those of threads=1, in the same order (issue 18).
.mode list
.headers on
-- Every column of every row, in scan order, for each thread count: the shell's
-- sha3_query() digests a statement's rows (and its text: so the table is always temp.t,
-- created anew for each count). 'default' omits the parameter (the number of cores).
CREATE TEMP TABLE runs(tbl TEXT, threads TEXT, rows INTEGER, digest TEXT);
-- 36 real pages of seven publishers (HTML, text, JSON).
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/corpus_sample/*/*', threads=1);
INSERT INTO runs SELECT 'turns', '1', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/corpus_sample/*/*', threads=2);
INSERT INTO runs SELECT 'turns', '2', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/corpus_sample/*/*', threads='4');
INSERT INTO runs SELECT 'turns', '4', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/corpus_sample/*/*');
INSERT INTO runs SELECT 'turns', 'default', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/corpus_sample/*/*', threads=64);
INSERT INTO runs SELECT 'turns', '64', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_documents(files='data/corpus_sample/*/*', threads=1);
INSERT INTO runs SELECT 'documents', '1', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_documents(files='data/corpus_sample/*/*', threads=4);
INSERT INTO runs SELECT 'documents', '4', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
-- Every text page of the tests (data/bad_files among them: skipped).
CREATE VIRTUAL TABLE temp.t USING transcript_contacts(files='data/*/*.txt', on_error='skip', threads=1);
INSERT INTO runs SELECT 'contacts', '1', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_contacts(files='data/*/*.txt', on_error='skip', threads=4);
INSERT INTO runs SELECT 'contacts', '4', (SELECT count(*) FROM t), hex(sha3_query('SELECT rowid, * FROM t'));
DROP TABLE temp.t;
-- A query that reads documents' contacts column has the directories parsed on the parsing
-- threads too (threads > 1); the counts are those of one thread.
CREATE VIRTUAL TABLE temp.t USING transcript_documents(files='data/*/*.txt', on_error='skip', threads=1);
INSERT INTO runs SELECT 'documents.contacts', '1', (SELECT count(*) FROM t), hex(sha3_query('SELECT doc, contacts, error FROM t'));
DROP TABLE temp.t;
CREATE VIRTUAL TABLE temp.t USING transcript_documents(files='data/*/*.txt', on_error='skip', threads=4);
INSERT INTO runs SELECT 'documents.contacts', '4', (SELECT count(*) FROM t), hex(sha3_query('SELECT doc, contacts, error FROM t'));
DROP TABLE temp.t;
SELECT tbl, group_concat(threads, ' ') AS threads, min(rows) AS rows,
       count(DISTINCT rows) = 1 AND count(DISTINCT digest) = 1 AS same_rows
FROM runs GROUP BY tbl ORDER BY min(rowid);
CREATE VIRTUAL TABLE temp.t4 USING transcript_turns(files='data/corpus_sample/*/*', threads=4);
CREATE VIRTUAL TABLE temp.d4 USING transcript_documents(files='data/corpus_sample/*/*', threads=4);
CREATE VIRTUAL TABLE temp.dd4 USING transcript_documents(files='data/*/*.txt', on_error='skip', threads=4);
SELECT doc, turns, contacts FROM dd4 WHERE contacts > 0;
-- The files in path order, as four threads give them.
WITH ordered AS (SELECT row_number() OVER () AS n, doc, seq FROM t4)
SELECT replace(doc, 'data/corpus_sample/', '') AS doc, count(*) AS turns, min(n) AS first_row, max(seq) AS last_seq
FROM ordered GROUP BY doc ORDER BY first_row;
-- Early stops and rescans: a LIMIT, and the table as the inner side of a join (xFilter
-- again for every outer row).
SELECT replace(doc, 'data/corpus_sample/', '') AS doc, seq, kind FROM t4 LIMIT 3;
SELECT v.n, count(t.seq) AS turns
FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS v CROSS JOIN t4 AS t ON t.seq = v.n
GROUP BY v.n;
SELECT count(*) AS pages_with_a_question FROM d4
WHERE doc IN (SELECT doc FROM t4 WHERE kind = 'question');

-- Errors in path order. A folder with a good page, a text page with one invalid byte, a
-- UTF-16 page, a dangling link and an HTML page with invalid bytes (only the link cannot be
-- read): with on_error='fail' four threads stop at the same file with the same message as
-- one (the files after it were read ahead, but their rows never come).
CREATE VIRTUAL TABLE temp.strict1 USING transcript_turns(files='data/bad_files/*', threads=1);
CREATE VIRTUAL TABLE temp.strict4 USING transcript_turns(files='data/bad_files/*', threads=4);
SELECT doc, seq FROM strict1;
SELECT doc, seq FROM strict4;
-- on_error='skip': every bad file gets its documents row with `error`, in its place.
CREATE VIRTUAL TABLE temp.skip4 USING transcript_documents(files='data/bad_files/*', on_error='skip', threads=4);
SELECT doc, turns, replaced, error FROM skip4;
CREATE VIRTUAL TABLE temp.skipturns4 USING transcript_turns(files='data/bad_files/*', on_error='skip', threads=4);
SELECT doc, seq, kind FROM skipturns4;

-- threads is an integer from 1 to 64, checked when the table is created: what is wrong is
-- named (not an integer, or out of range) with the module and the value given.
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads=0);
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='65');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads=1000);
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='99999999999999999999999');
CREATE VIRTUAL TABLE temp.x USING transcript_contacts(files='data/turns/*.txt', threads='-1');
CREATE VIRTUAL TABLE temp.x USING transcript_documents(files='data/turns/*.txt', threads=-4);
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='many');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads=x);
CREATE VIRTUAL TABLE temp.x USING transcript_documents(files='data/turns/*.txt', threads='2.5');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='+2');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads=' 2');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='-');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads='');
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads);
CREATE VIRTUAL TABLE temp.x USING transcript_turns(files='data/turns/*.txt', threads=2, threads=3);
-- The name is case-insensitive, quotes are optional, leading zeros are digits.
CREATE VIRTUAL TABLE temp.x8 USING transcript_turns(files='data/turns/*.txt', THREADS = '64');
CREATE VIRTUAL TABLE temp.x9 USING transcript_turns(files='data/turns/*.txt', threads=007);
SELECT (SELECT count(*) FROM x8) AS turns_64, (SELECT count(*) FROM x9) AS turns_7;
