-- entry: noread
-- The noread entry point registers everything except file access.
.mode list
.headers off
CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/*.txt');
CREATE VIRTUAL TABLE temp.d USING transcript_documents;
SELECT count(*) FROM transcript_turns('Question: Why?' || char(10) || char(10) || 'Sergey Lavrov: Because.');
SELECT transcript_version() IS NOT NULL;
-- transcript_files reads files: not registered here.
SELECT count(*) FROM transcript_files('data/*.txt');
