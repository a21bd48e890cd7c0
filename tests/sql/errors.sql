-- Every error message, exactly.
.mode list
.headers off
SELECT * FROM transcript_turns;
SELECT * FROM transcript_turns(42);
SELECT * FROM transcript_documents(1.5);
CREATE VIRTUAL TABLE temp.t1 USING transcript_turns(files='data/no-such-*.txt');
SELECT count(*) FROM t1;
CREATE VIRTUAL TABLE temp.t2 USING transcript_turns(files='data/a.txt', colour='red');
CREATE VIRTUAL TABLE temp.t3 USING transcript_turns(files='data/a.txt', files='data/b.txt');
CREATE VIRTUAL TABLE temp.t4 USING transcript_turns;
CREATE VIRTUAL TABLE temp.t5 USING transcript_turns(files);
CREATE VIRTUAL TABLE temp.t6 USING transcript_turns(files='');
CREATE VIRTUAL TABLE temp.t7 USING transcript_documents(files='data/turns/[');
SELECT count(*) FROM t7;
SELECT 'still running';
-- A missing argument inside a join is still that error, not "no query solution".
SELECT count(*) FROM transcript_turns AS t JOIN (SELECT 1 AS one) ON t.seq = one;
SELECT count(*) FROM transcript_documents WHERE title = 'x' OR date = 'y';
