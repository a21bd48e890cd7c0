-- Crashes found by fuzzing (issue 8; tests/fuzz/regressions/), replayed through SQL. Each
-- must give rows or an error, never kill the host.
.mode list
.headers off
-- A possessive on a connector word in the title ("The's", "For’s") emptied the run of name
-- words in principal_speaker() (core/transcript/page_metadata.cc), which then read
-- run.back() of an empty vector: heap-buffer-overflow under ASan, SIGSEGV in the sqlite3
-- shell without it.
SELECT count(*), typeof(title) FROM transcript_documents('The''s remarks, Moscow, September 1, 2020' || char(10, 10) || 'Question: Why?');
SELECT count(*) FROM transcript_turns('For’s remarks, Moscow, September 1, 2020' || char(10, 10) || 'Question: Why?' || char(10, 10) || 'Sergey Lavrov: Because.');
SELECT 'still running';
