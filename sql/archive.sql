-- sql/archive.sql — build, or refresh, an archive of transcript pages in ordinary tables.
--
-- Run it from the sqlite3 shell with the extension loaded and the folder glob in the
-- parameter :glob. Paths are relative to the working directory, as for files=.
--
--   sqlite3 archive.db
--   sqlite> .load ./build/transcript
--   sqlite> .parameter set :glob 'pages/*.txt'
--   sqlite> .read sql/archive.sql
--
-- or in one line:
--
--   sqlite3 archive.db -cmd '.load ./build/transcript' \
--     -cmd ".parameter set :glob 'pages/*.txt'" '.read sql/archive.sql'
--
-- The script is plain SQL with named parameters (:glob, :on_error) and two shell settings
-- (.bail on, and .headers on for the summary, so that it prints with its column names in
-- any output mode); it reads the files with the extension's transcript_files(), not with the
-- shell's fsdir()/readfile()/sha3(), so any host that can bind the parameters and run the
-- statements in order builds the same archive. The Python and npm packages do exactly that
-- (sqlite_transcript.build_archive(conn, glob), buildArchive(db, glob); README.md, "Hosts").
--
-- What it makes (every object is created only if it does not exist yet):
--   documents  one row per page; key doc: the file's real path (absolute, links resolved),
--              so the same file reached by another glob or from another working directory
--              is one document; path is the path as the glob matched it last; sha3 is the
--              SHA3-256 of the file's bytes, imported_at when it was read
--   turns      one row per speaker turn; key (doc, seq); id is the rowid of turns_fts;
--              speaker_key groups one person across pages and scripts
--   contacts   one row per entry of a page's missions directory; key (doc, seq)
--   mentions   one row per entity mentioned in a turn (transcript_mentions over turns.text,
--              built-in gazetteer); key (doc, seq, start_char), offsets into turns.text
--   turns_fts  FTS5 over turns(speaker, text), tokenize='transcript', external content on
--              turns (content_rowid id), kept in step by three triggers on turns; declared
--              content="turns" so that sqlite-utils and Datasette find it
--   views      qa_pairs, speakers (per person: speaker_key), mentions_by_month (plain SQL: they work without the
--              extension, e.g. in Datasette; re-created on every run)
--
-- Refreshing. Each run lists the files the glob matches and hashes them:
--   - a file not yet in documents is imported (a page added to the folder adds only its rows);
--   - a file whose hash equals documents.sha3 is left alone (re-running on the same folder
--     changes nothing);
--   - a file whose hash differs (the page was saved again, or edited) is re-imported: all its
--     rows in documents, turns, contacts and mentions are deleted, then read again; the new
--     turns get new ids. Rows of other pages are never touched;
--   - a file whose bytes are already archived under another path (a copy, a folder moved)
--     is not imported again: the summary counts it as a duplicate;
--   - a file that no longer matches (deleted, or another folder's glob) stays in the
--     archive: to drop one, DELETE FROM its rows (the last lines of this file show how).
--
-- Bad pages. A page that cannot be read or decoded (an unreadable file, a dangling link, an
-- HTML page in a charset ICU does not know) stops the run by default: the script lists
-- every such file with its error, then fails, and nothing is written. With the parameter
-- :on_error set to 'skip'
--   sqlite> .parameter set :on_error skip
-- the other pages are archived and the bad ones are listed after the summary (they are not
-- stored: the next run tries them again). A page's bytes never fail it: bad bytes decode
-- as browsers decode them (documents.replaced counts the replaced ones), and a page that
-- is not UTF-8 at all is read in the charset it is in (README.md, "Whole archives").
--
-- The run is one transaction, and the script sets .bail on: on any error nothing is
-- written. A batch shell exits; an interactive one stops reading the script but keeps the
-- transaction open: type ROLLBACK before going on.
--
-- The glob follows glob(3) as the extension's files= form does: '*', '?' and '[...]' never
-- match '/' or a leading '.'; folders are skipped, links are followed.
--
-- Archives made by earlier versions of this script (doc = the path as matched, fewer
-- columns) cannot be refreshed by this one: build them again.

.bail on

DROP TABLE IF EXISTS temp.archive_args;
CREATE TEMP TABLE archive_args(
  glob TEXT CONSTRAINT "archive.sql: set the folder glob first, e.g. .parameter set :glob 'pages/*.txt'"
       CHECK (typeof(glob) = 'text' AND glob <> ''),
  on_error TEXT CONSTRAINT "archive.sql: :on_error must be 'fail' or 'skip'"
       CHECK (on_error IN ('fail', 'skip')));
INSERT INTO archive_args(glob, on_error) VALUES (:glob, lower(coalesce(:on_error, 'fail')));

BEGIN;

CREATE TABLE IF NOT EXISTS documents (
  doc TEXT PRIMARY KEY,          -- the file's real path (absolute, links resolved)
  path TEXT NOT NULL,            -- the path as the glob matched it when it was read
  title TEXT,
  date TEXT,                     -- ISO 8601 YYYY-MM-DD
  place TEXT,
  time TEXT,
  speaker TEXT,
  lang TEXT,
  chars INTEGER,
  turns INTEGER,
  contacts INTEGER,
  replaced INTEGER,              -- bytes the page's decoding replaced by U+FFFD
  sha3 BLOB NOT NULL,            -- SHA3-256 of the file's bytes: a changed page is re-imported
  imported_at TEXT NOT NULL      -- UTC, when this version of the page was read
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_sha3 ON documents(sha3);

CREATE TABLE IF NOT EXISTS turns (
  id INTEGER PRIMARY KEY,        -- the rowid of turns_fts
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,            -- remarks, question, answer, statement
  speaker TEXT,
  label TEXT,
  text TEXT NOT NULL,
  reply_to INTEGER,              -- the seq of the question an answer answers
  paragraphs INTEGER,
  words INTEGER,
  start_char INTEGER,
  end_char INTEGER,
  line INTEGER,
  lang TEXT,
  speaker_title TEXT,            -- the office or title the label gives
  speaker_key TEXT,              -- one key per person across pages and scripts
  UNIQUE (doc, seq),
  FOREIGN KEY (doc, reply_to) REFERENCES turns(doc, seq)
);
CREATE INDEX IF NOT EXISTS turns_reply_to ON turns(doc, reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX IF NOT EXISTS turns_speaker ON turns(speaker);
CREATE INDEX IF NOT EXISTS turns_speaker_key ON turns(speaker_key);
CREATE INDEX IF NOT EXISTS turns_kind ON turns(kind);

CREATE TABLE IF NOT EXISTS contacts (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section TEXT,
  kind TEXT,
  country TEXT,
  country_code TEXT,
  represents_code TEXT,          -- the state the mission represents
  name TEXT,
  city TEXT,
  address TEXT,
  head_title TEXT,
  head_name TEXT,
  people TEXT,                   -- JSON arrays, as transcript_contacts gives them
  phones TEXT,
  phones_e164 TEXT,
  hotlines TEXT,
  faxes TEXT,
  emails TEXT,
  websites TEXT,
  telex TEXT,
  social TEXT,
  note TEXT,
  line INTEGER,
  UNIQUE (doc, seq)
);
CREATE INDEX IF NOT EXISTS contacts_country_code ON contacts(country_code);

CREATE TABLE IF NOT EXISTS mentions (
  doc TEXT NOT NULL,
  seq INTEGER NOT NULL,          -- the turn
  entity TEXT NOT NULL,
  kind TEXT NOT NULL,            -- country, organisation, person
  code TEXT,
  surface TEXT NOT NULL,         -- as printed
  start_char INTEGER NOT NULL,   -- offsets into turns.text
  end_char INTEGER NOT NULL,
  PRIMARY KEY (doc, seq, start_char),
  FOREIGN KEY (doc, seq) REFERENCES turns(doc, seq) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_kind_code ON mentions(kind, code);

-- content="turns" in double quotes: the form sqlite-utils and Datasette look for to know
-- turns_fts indexes turns (sqlite-utils search archive.db turns 'belarus').
CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5(
  speaker, text, content="turns", content_rowid='id', tokenize='transcript');
CREATE TRIGGER IF NOT EXISTS turns_fts_insert AFTER INSERT ON turns BEGIN
  INSERT INTO turns_fts(rowid, speaker, text) VALUES (new.id, new.speaker, new.text);
END;
CREATE TRIGGER IF NOT EXISTS turns_fts_delete AFTER DELETE ON turns BEGIN
  INSERT INTO turns_fts(turns_fts, rowid, speaker, text)
  VALUES ('delete', old.id, old.speaker, old.text);
END;
CREATE TRIGGER IF NOT EXISTS turns_fts_update AFTER UPDATE ON turns BEGIN
  INSERT INTO turns_fts(turns_fts, rowid, speaker, text)
  VALUES ('delete', old.id, old.speaker, old.text);
  INSERT INTO turns_fts(rowid, speaker, text) VALUES (new.id, new.speaker, new.text);
END;

-- The files the glob matches, what to do with each, and the bytes of those to (re)import
-- (transcript_files reads a file once for its hash and its bytes; unchanged files are only
-- hashed).
DROP TABLE IF EXISTS temp.archive_files;
CREATE TEMP TABLE archive_files(
  doc TEXT PRIMARY KEY, path TEXT, sha3 BLOB, status TEXT, error TEXT, page BLOB);
INSERT OR IGNORE INTO archive_files(doc, path, sha3, status, error, page)
SELECT doc, path, sha3, status, error, CASE WHEN status IN ('new', 'changed') THEN data END
FROM (
  SELECT coalesce(f.realpath, f.path) AS doc, f.path, f.sha3, f.error, f.data,
         CASE WHEN f.error IS NOT NULL THEN 'unreadable'
              WHEN EXISTS (SELECT 1 FROM documents AS d
                           WHERE d.doc = coalesce(f.realpath, f.path) AND d.sha3 = f.sha3) THEN 'unchanged'
              WHEN EXISTS (SELECT 1 FROM documents AS d WHERE d.sha3 = f.sha3) THEN 'duplicate'
              WHEN EXISTS (SELECT 1 FROM documents AS d
                           WHERE d.doc = coalesce(f.realpath, f.path)) THEN 'changed'
              ELSE 'new' END AS status
  FROM archive_args AS a, transcript_files(a.glob) AS f)
ORDER BY path;
-- The same bytes twice in this run: the first path is read, the others are duplicates.
UPDATE archive_files SET status = 'duplicate', page = NULL
WHERE status IN ('new', 'changed')
  AND EXISTS (SELECT 1 FROM archive_files AS o
              WHERE o.sha3 = archive_files.sha3 AND o.status IN ('new', 'changed')
                AND o.path < archive_files.path);

-- Each page to read, parsed once for its document row; a page that cannot be decoded is
-- 'bad' (its error kept).
DROP TABLE IF EXISTS temp.archive_documents;
CREATE TEMP TABLE archive_documents AS
SELECT f.doc, d.title, d.date, d.place, d.time, d.speaker, d.lang, d.chars, d.turns,
       d.contacts, d.replaced, d.error
FROM archive_files AS f, transcript_documents(f.page, 'skip') AS d
WHERE f.status IN ('new', 'changed');
UPDATE archive_files SET status = 'bad',
  error = (SELECT d.error FROM archive_documents AS d WHERE d.doc = archive_files.doc)
WHERE doc IN (SELECT doc FROM archive_documents WHERE error IS NOT NULL);

-- With on_error 'fail' (the default), bad pages stop the run: they are listed, then the
-- check fails and nothing is written.
SELECT path AS cannot_read, error FROM archive_files
WHERE status IN ('bad', 'unreadable') AND (SELECT on_error FROM archive_args) = 'fail'
ORDER BY path;
DROP TABLE IF EXISTS temp.archive_check;
CREATE TEMP TABLE archive_check(
  ok CONSTRAINT "archive.sql: the pages listed above cannot be read; nothing was written (.parameter set :on_error skip archives the others)"
     CHECK (ok));
INSERT INTO archive_check
SELECT (SELECT on_error FROM archive_args) = 'skip'
       OR NOT EXISTS (SELECT 1 FROM archive_files WHERE status IN ('bad', 'unreadable'));

DROP TABLE IF EXISTS temp.archive_todo;
CREATE TEMP TABLE archive_todo AS
SELECT doc, path, status, page, sha3 FROM archive_files WHERE status IN ('new', 'changed');

DELETE FROM mentions WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM contacts WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM turns WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM documents WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');

INSERT INTO documents(doc, path, title, date, place, time, speaker, lang, chars, turns, contacts,
                      replaced, sha3, imported_at)
SELECT t.doc, t.path, d.title, d.date, d.place, d.time, d.speaker, d.lang, d.chars, d.turns,
       d.contacts, d.replaced, t.sha3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM archive_todo AS t JOIN archive_documents AS d ON d.doc = t.doc
ORDER BY t.doc;

INSERT INTO turns(doc, seq, kind, speaker, label, text, reply_to, paragraphs, words,
                  start_char, end_char, line, lang, speaker_title, speaker_key)
SELECT t.doc, r.seq, r.kind, r.speaker, r.label, r.text, r.reply_to, r.paragraphs, r.words,
       r.start_char, r.end_char, r.line, r.lang, r.speaker_title, r.speaker_key
FROM archive_todo AS t, transcript_turns(t.page) AS r
ORDER BY t.doc, r.seq;

INSERT INTO contacts(doc, seq, section, kind, country, country_code, represents_code, name, city, address,
                     head_title, head_name, people, phones, phones_e164, hotlines, faxes,
                     emails, websites, telex, social, note, line)
SELECT t.doc, c.seq, c.section, c.kind, c.country, c.country_code, c.represents_code, c.name, c.city, c.address,
       c.head_title, c.head_name, c.people, c.phones, c.phones_e164, c.hotlines, c.faxes,
       c.emails, c.websites, c.telex, c.social, c.note, c.line
FROM archive_todo AS t, transcript_contacts(t.page) AS c
ORDER BY t.doc, c.seq;

INSERT INTO mentions(doc, seq, entity, kind, code, surface, start_char, end_char)
SELECT u.doc, u.seq, m.entity, m.kind, m.code, m.surface, m.start_char, m.end_char
FROM archive_todo AS t
JOIN turns AS u ON u.doc = t.doc,
     transcript_mentions(u.text) AS m
ORDER BY u.doc, u.seq, m.start_char;

-- Views: re-created on every run, so that a newer archive.sql replaces them.
DROP VIEW IF EXISTS qa_pairs;
CREATE VIEW qa_pairs AS      -- each question with its answers (one row per answer; a
SELECT q.doc,                -- question nobody answered has one row with NULL answer)
       d.date,
       q.seq AS question_seq,
       q.label AS asked_as,
       q.text AS question,
       a.seq AS answer_seq,
       a.speaker AS answered_by,
       a.text AS answer,
       a.words AS answer_words,
       -- the answer up to the first '. ', '? ', '! ' or line break, where 'Mr. ', 'Ms. ',
       -- 'Mrs. ' and 'Dr. ' end no sentence (a heuristic: other abbreviations do)
       (SELECT substr(a.text, 1, min(coalesce(nullif(instr(m, '. '), 0), n),
                                     coalesce(nullif(instr(m, '? '), 0), n),
                                     coalesce(nullif(instr(m, '! '), 0), n),
                                     coalesce(nullif(instr(m, char(10)), 0), n)))
        FROM (SELECT replace(replace(replace(replace(a.text, 'Mr. ', 'Mr_ '), 'Ms. ', 'Ms_ '),
                                     'Mrs. ', 'Mrs_ '), 'Dr. ', 'Dr_ ') AS m,
                     length(a.text) AS n)) AS answer_first_sentence
FROM turns AS q
JOIN documents AS d ON d.doc = q.doc
LEFT JOIN turns AS a ON a.doc = q.doc AND a.reply_to = q.seq
WHERE q.kind = 'question';

DROP VIEW IF EXISTS speakers;
CREATE VIEW speakers AS      -- turns and words per person and document: one row per
SELECT doc,                  -- speaker_key (one person however the page spells them); a
       coalesce(speaker_key, speaker, label) AS speaker_key,  -- label that names no
       coalesce(max(speaker), label) AS speaker,              -- person ('Question') stands
       count(*) AS turns,    -- for its speakers
       sum(words) AS words,
       sum(kind = 'question') AS questions,
       sum(kind = 'answer') AS answers,
       min(seq) AS first_seq
FROM turns
GROUP BY doc, coalesce(speaker_key, speaker, label);

DROP VIEW IF EXISTS mentions_by_month;
CREATE VIEW mentions_by_month AS   -- entity × month of the page's date (NULL: undated)
SELECT m.entity,
       m.kind,
       m.code,
       substr(d.date, 1, 7) AS month,
       count(*) AS mentions,
       count(DISTINCT m.doc) AS documents,
       count(DISTINCT m.doc || char(31) || m.seq) AS turns
FROM mentions AS m
JOIN documents AS d ON d.doc = m.doc
GROUP BY m.entity, substr(d.date, 1, 7);

COMMIT;

-- What this run did, with column names whatever the shell's output mode.
.headers on
SELECT (SELECT count(*) FROM archive_files) AS matched,
       (SELECT count(*) FROM archive_files WHERE status = 'new') AS new,
       (SELECT count(*) FROM archive_files WHERE status = 'changed') AS changed,
       (SELECT count(*) FROM archive_files WHERE status = 'unchanged') AS unchanged,
       (SELECT count(*) FROM archive_files WHERE status = 'duplicate') AS duplicate,
       (SELECT count(*) FROM archive_files WHERE status IN ('bad', 'unreadable')) AS skipped,
       (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM turns) AS turns,
       (SELECT count(*) FROM contacts) AS contacts,
       (SELECT count(*) FROM mentions) AS mentions;
-- The pages skipped with on_error 'skip' (nothing when there are none).
SELECT path AS skipped, error FROM archive_files WHERE status IN ('bad', 'unreadable') ORDER BY path;

DROP TABLE temp.archive_todo;
DROP TABLE temp.archive_check;
DROP TABLE temp.archive_documents;
DROP TABLE temp.archive_files;
DROP TABLE temp.archive_args;

-- To drop a page from the archive (its turns leave turns_fts through the trigger):
--   BEGIN;
--   DELETE FROM mentions WHERE doc = '/home/me/pages/old.txt';
--   DELETE FROM contacts WHERE doc = '/home/me/pages/old.txt';
--   DELETE FROM turns WHERE doc = '/home/me/pages/old.txt';
--   DELETE FROM documents WHERE doc = '/home/me/pages/old.txt';
--   COMMIT;
