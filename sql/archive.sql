-- sql/archive.sql — build, or refresh, an archive of transcript pages in ordinary tables.
--
-- Run it from the sqlite3 shell (it uses the shell's own fsdir(), readfile() and sha3()) with
-- the extension loaded and the folder glob in the parameter :glob. Paths are relative to
-- the working directory, as for files=.
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
-- What it makes (every object is created only if it does not exist yet):
--   documents  one row per page; key doc (the file's path as the glob matched it);
--              sha3 is the SHA3-256 of the file's bytes, imported_at when it was read
--   turns      one row per speaker turn; key (doc, seq); id is the rowid of turns_fts
--   contacts   one row per entry of a page's missions directory; key (doc, seq)
--   mentions   one row per entity mentioned in a turn (transcript_mentions over turns.text,
--              built-in gazetteer); key (doc, seq, start_char), offsets into turns.text
--   turns_fts  FTS5 over turns(speaker, text), tokenize='transcript', external content on
--              turns (content_rowid id), kept in step by three triggers on turns
--   views      qa_pairs, speakers, mentions_by_month (plain SQL: they work without the
--              extension, e.g. in Datasette; re-created on every run)
--
-- Refreshing. Each run lists the files the glob matches and hashes them:
--   - a file not yet in documents is imported (a page added to the folder adds only its rows);
--   - a file whose hash equals documents.sha3 is left alone (re-running on the same folder
--     changes nothing);
--   - a file whose hash differs (the page was saved again, or edited) is re-imported: all its
--     rows in documents, turns, contacts and mentions are deleted, then read again; the new
--     turns get new ids. Rows of other pages are never touched;
--   - a file that no longer matches (deleted, or another folder's glob) stays in the
--     archive: to drop one, DELETE FROM its rows (the last lines of this file show how).
-- The run is one transaction, and the script sets .bail on: on any error (an unreadable or
-- invalid page, a glob that matches nothing, :glob not set) nothing is written. A batch
-- shell exits; an interactive one stops reading the script but keeps the transaction
-- open: type ROLLBACK before going on.
--
-- The glob follows glob(3) as the extension's files= form does: '*', '?' and '[...]' never
-- match '/' or a leading '.', and the folder part must be plain (no wildcards before its
-- last '/'). Only regular files are read (symbolic links and folders are skipped).
-- Why not a temp files= table: a module argument cannot be a bound parameter and the shell
-- cannot run SQL built from a value, so the files are listed with the shell's fsdir() and
-- each page is given to the table-valued forms. A page that is not valid UTF-8 (or declares
-- an unknown charset) stops the run with the extension's message, which names the byte but
-- not the file; the files form names it:
--   CREATE VIRTUAL TABLE temp.check_pages USING transcript_documents(files='pages/*.txt');
--   SELECT count(*) FROM temp.check_pages;

.bail on

-- The glob, and the folder fsdir() walks: the part of the glob before its first wildcard,
-- up to its last '/' ('.' when there is none).
DROP TABLE IF EXISTS temp.archive_args;
CREATE TEMP TABLE archive_args(
  glob TEXT CONSTRAINT "archive.sql: set the folder glob first, e.g. .parameter set :glob 'pages/*.txt'"
       CHECK (typeof(glob) = 'text' AND glob <> ''),
  dir TEXT,
  pattern TEXT);
INSERT INTO archive_args(glob) VALUES (:glob);
UPDATE archive_args SET dir = (
  WITH w(head) AS (
    SELECT substr(glob, 1, min(coalesce(nullif(instr(glob, '*'), 0), length(glob) + 1),
                               coalesce(nullif(instr(glob, '?'), 0), length(glob) + 1),
                               coalesce(nullif(instr(glob, '['), 0), length(glob) + 1)) - 1)),
  s(slash) AS (SELECT rtrim(head, replace(head, '/', '')) FROM w)
  SELECT CASE WHEN slash = '' THEN '.'
              WHEN slash = '/' THEN '/'
              ELSE substr(slash, 1, length(slash) - 1) END FROM s);
UPDATE archive_args SET pattern = CASE WHEN dir = '.' AND substr(glob, 1, 2) <> './'
                                       THEN './' || glob ELSE glob END;

-- The files the glob matches, with the hash of their bytes.
DROP TABLE IF EXISTS temp.archive_files;
CREATE TEMP TABLE archive_files(doc TEXT PRIMARY KEY, sha3 TEXT NOT NULL);
INSERT INTO archive_files(doc, sha3)
SELECT CASE WHEN a.pattern = a.glob THEN f.name ELSE substr(f.name, 3) END, sha3(f.data, 256)
FROM archive_args AS a, fsdir(a.dir) AS f
WHERE f.name GLOB a.pattern
  AND lsmode(f.mode) LIKE '-%'
  -- as glob(3): no wildcard matches a '/' (same number of '/' as the pattern) ...
  AND length(f.name) - length(replace(f.name, '/', ''))
      = length(a.pattern) - length(replace(a.pattern, '/', ''))
  -- ... nor the leading '.' of a hidden file or folder
  AND instr(substr(f.name, length(a.dir) + 1), '/.') = 0
ORDER BY 1;

DROP TABLE IF EXISTS temp.archive_check;
CREATE TEMP TABLE archive_check(
  matched CONSTRAINT "archive.sql: no file matches :glob" CHECK (matched));
INSERT INTO archive_check SELECT EXISTS (SELECT 1 FROM archive_files);

BEGIN;

CREATE TABLE IF NOT EXISTS documents (
  doc TEXT PRIMARY KEY,          -- the file's path, as the glob matched it
  title TEXT,
  date TEXT,                     -- ISO 8601 YYYY-MM-DD
  place TEXT,
  time TEXT,
  speaker TEXT,
  lang TEXT,
  chars INTEGER,
  turns INTEGER,
  contacts INTEGER,
  sha3 TEXT NOT NULL,            -- SHA3-256 of the file's bytes: a changed page is re-imported
  imported_at TEXT NOT NULL      -- UTC, when this version of the page was read
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);

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
  UNIQUE (doc, seq),
  FOREIGN KEY (doc, reply_to) REFERENCES turns(doc, seq)
);
CREATE INDEX IF NOT EXISTS turns_reply_to ON turns(doc, reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX IF NOT EXISTS turns_speaker ON turns(speaker);
CREATE INDEX IF NOT EXISTS turns_kind ON turns(kind);

CREATE TABLE IF NOT EXISTS contacts (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  section TEXT,
  kind TEXT,
  country TEXT,
  country_code TEXT,
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

CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5(
  speaker, text, content='turns', content_rowid='id', tokenize='transcript');
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

-- The pages to (re)import: new files and files whose bytes changed. The hash is taken again
-- from the bytes actually read, so a file saved during the run is stored consistently.
DROP TABLE IF EXISTS temp.archive_todo;
CREATE TEMP TABLE archive_todo(doc TEXT PRIMARY KEY, status TEXT, page BLOB, sha3 TEXT);
INSERT INTO archive_todo(doc, status, page)
SELECT f.doc, CASE WHEN d.doc IS NULL THEN 'new' ELSE 'changed' END, readfile(f.doc)
FROM archive_files AS f LEFT JOIN documents AS d ON d.doc = f.doc
WHERE d.sha3 IS NOT f.sha3
ORDER BY f.doc;
UPDATE archive_todo SET sha3 = sha3(page, 256);

DELETE FROM mentions WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM contacts WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM turns WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');
DELETE FROM documents WHERE doc IN (SELECT doc FROM archive_todo WHERE status = 'changed');

INSERT INTO documents(doc, title, date, place, time, speaker, lang, chars, turns, contacts,
                      sha3, imported_at)
SELECT t.doc, d.title, d.date, d.place, d.time, d.speaker, d.lang, d.chars, d.turns,
       d.contacts, t.sha3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM archive_todo AS t, transcript_documents(t.page) AS d
ORDER BY t.doc;

INSERT INTO turns(doc, seq, kind, speaker, label, text, reply_to, paragraphs, words,
                  start_char, end_char, line, lang)
SELECT t.doc, r.seq, r.kind, r.speaker, r.label, r.text, r.reply_to, r.paragraphs, r.words,
       r.start_char, r.end_char, r.line, r.lang
FROM archive_todo AS t, transcript_turns(t.page) AS r
ORDER BY t.doc, r.seq;

INSERT INTO contacts(doc, seq, section, kind, country, country_code, name, city, address,
                     head_title, head_name, people, phones, phones_e164, hotlines, faxes,
                     emails, websites, telex, social, note, line)
SELECT t.doc, c.seq, c.section, c.kind, c.country, c.country_code, c.name, c.city, c.address,
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
CREATE VIEW speakers AS      -- turns and words per speaker and document; a label that names
SELECT doc,                  -- no person ('Question', 'Вопрос') stands for its speakers
       coalesce(speaker, label) AS speaker,
       count(*) AS turns,
       sum(words) AS words,
       sum(kind = 'question') AS questions,
       sum(kind = 'answer') AS answers,
       min(seq) AS first_seq
FROM turns
GROUP BY doc, coalesce(speaker, label);

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

-- What this run did.
SELECT (SELECT count(*) FROM archive_files) AS matched,
       (SELECT count(*) FROM archive_todo WHERE status = 'new') AS new,
       (SELECT count(*) FROM archive_todo WHERE status = 'changed') AS changed,
       (SELECT count(*) FROM archive_files) - (SELECT count(*) FROM archive_todo) AS unchanged,
       (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM turns) AS turns,
       (SELECT count(*) FROM contacts) AS contacts,
       (SELECT count(*) FROM mentions) AS mentions;

DROP TABLE temp.archive_todo;
DROP TABLE temp.archive_check;
DROP TABLE temp.archive_files;
DROP TABLE temp.archive_args;

-- To drop a page from the archive (its turns leave turns_fts through the trigger):
--   BEGIN;
--   DELETE FROM mentions WHERE doc = 'pages/old.txt';
--   DELETE FROM contacts WHERE doc = 'pages/old.txt';
--   DELETE FROM turns WHERE doc = 'pages/old.txt';
--   DELETE FROM documents WHERE doc = 'pages/old.txt';
--   COMMIT;
