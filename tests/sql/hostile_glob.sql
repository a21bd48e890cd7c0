-- Hostile input (issue 8): the files= form over a folder with a subfolder, a folder named
-- like a page, symbolic-link loops, a dangling link, a link to a folder and a link back up
-- (tests/data/hostile/glob/). Folders are skipped; a link that cannot be followed is an
-- error naming it, never a hang. Cases that need a folder made at run time (a file even
-- root cannot read, a pipe, a device, a file deleted mid-scan) are in
-- tests/reliability/files_test.cc.
.mode list
.headers off
-- a.txt and the folder sub.txt: the folder is skipped.
CREATE VIRTUAL TABLE temp.subfolder USING transcript_turns(files='data/hostile/glob/[as]*.txt');
SELECT doc, seq, kind FROM subfolder;
-- One level down, through the real folders and the link to one.
CREATE VIRTUAL TABLE temp.nested USING transcript_turns(files='data/hostile/glob/*/*.txt');
SELECT doc, seq, kind FROM nested;
-- sub/ holds b.txt and "up", a link to its parent folder: skipped like a folder.
CREATE VIRTUAL TABLE temp.linked_up USING transcript_turns(files='data/hostile/glob/sub/*');
SELECT doc, seq FROM linked_up;
CREATE VIRTUAL TABLE temp.through_up USING transcript_documents(files='data/hostile/glob/sub/up/sub/up/sub/up/a.txt');
SELECT doc, turns FROM through_up;
-- A link to a file reads the file.
CREATE VIRTUAL TABLE temp.link USING transcript_turns(files='data/hostile/glob/z_link.txt');
SELECT doc, seq FROM link;
-- A link to itself, two links to each other, a dangling link: errors naming the path,
-- whether named directly or matched by a glob (after the rows of the files before it).
CREATE VIRTUAL TABLE temp.loop USING transcript_turns(files='data/hostile/glob/loop.txt');
SELECT count(*) FROM loop;
CREATE VIRTUAL TABLE temp.loop_glob USING transcript_turns(files='data/hostile/glob/l*.txt');
SELECT count(*) FROM loop_glob;
CREATE VIRTUAL TABLE temp.ping USING transcript_contacts(files='data/hostile/glob/p*.txt');
SELECT count(*) FROM ping;
CREATE VIRTUAL TABLE temp.dangling USING transcript_documents(files='data/hostile/glob/dangling.txt');
SELECT count(*) FROM dangling;
CREATE VIRTUAL TABLE temp.everything USING transcript_turns(files='data/hostile/glob/*.txt');
SELECT doc, seq FROM everything;
-- A link to a folder named directly.
CREATE VIRTUAL TABLE temp.linked_dir USING transcript_turns(files='data/hostile/glob/linked_dir.txt');
SELECT count(*) FROM linked_dir;
-- Only folders match.
CREATE VIRTUAL TABLE temp.only_folders USING transcript_turns(files='data/hostile/glob/sub*');
SELECT count(*) FROM only_folders;
SELECT 'still running';
