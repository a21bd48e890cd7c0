-- Hostile schemas (issue 8): with trusted_schema=OFF, objects of the main schema (views,
-- triggers, generated columns, indexes) may use the pure functions and the page form of
-- the tables, but never the files= form (SQLITE_VTAB_DIRECTONLY); TEMP objects and direct
-- statements may. Every function is either pure (DETERMINISTIC|INNOCUOUS) or DIRECTONLY.
.mode list
.headers off
-- Every function's flags, whatever functions the extension has by now.
SELECT 'neither pure nor directonly: ' || name || '/' || narg FROM pragma_function_list
WHERE name LIKE 'transcript\_%' ESCAPE '\'
  AND NOT (((flags & 0x800) != 0 AND (flags & 0x200000) != 0) OR (flags & 0x80000) != 0);
SELECT 'both innocuous and directonly: ' || name FROM pragma_function_list
WHERE name LIKE 'transcript\_%' ESCAPE '\' AND (flags & 0x200000) != 0 AND (flags & 0x80000) != 0;
SELECT 'not utf8: ' || name FROM pragma_function_list
WHERE name LIKE 'transcript\_%' ESCAPE '\' AND enc != 'utf8';
PRAGMA trusted_schema = OFF;
CREATE VIRTUAL TABLE main.pages USING transcript_turns(files='data/turns/*.txt');
CREATE TABLE main.events(x);
CREATE TABLE main.seen(n);
-- A main-schema trigger reading files: refused when it fires.
CREATE TRIGGER main.read_files AFTER INSERT ON events BEGIN
  INSERT INTO seen SELECT count(*) FROM pages;
END;
INSERT INTO events VALUES (1);
SELECT 'seen after main trigger: ' || count(*) FROM seen;
DROP TRIGGER main.read_files;
-- The same from TEMP: allowed.
CREATE TEMP TRIGGER read_files_temp AFTER INSERT ON events BEGIN
  INSERT INTO seen SELECT count(*) FROM pages;
END;
INSERT INTO events VALUES (2);
SELECT 'seen after temp trigger: ' || group_concat(n) FROM seen;
DROP TRIGGER temp.read_files_temp;
-- A main view reading files, also through a subquery and a join: refused.
CREATE VIEW main.over_main AS SELECT (SELECT count(*) FROM pages) AS n;
SELECT * FROM over_main;
CREATE VIEW main.joined AS SELECT count(*) FROM events JOIN pages ON pages.seq = events.x;
SELECT * FROM joined;
CREATE TEMP VIEW temp_over_main AS SELECT count(*) FROM pages;
SELECT 'temp view: ' || (SELECT * FROM temp_over_main);
-- Pure functions and the page form in main-schema objects: allowed.
CREATE TABLE main.names(name, code AS (transcript_country(name)),
                        phone TEXT, e164 AS (transcript_phone(phone, 'RU')) STORED);
INSERT INTO names(name, phone) VALUES ('Соединенных Штатов Америки', '8 495 244-16-06');
CREATE INDEX main.names_by_code ON names(transcript_country(name));
SELECT code, e164 FROM names WHERE transcript_country(name) = 'US';
CREATE VIEW main.page_turns AS SELECT count(*) FROM transcript_turns('Title' || char(10, 10) ||
  'Question: Why?' || char(10, 10) || 'Sergey Lavrov: Because.');
SELECT 'page form in main view: ' || (SELECT * FROM page_turns);
CREATE TRIGGER main.page_trigger AFTER INSERT ON events BEGIN
  INSERT INTO seen SELECT count(*) FROM transcript_documents(NEW.x);
END;
INSERT INTO events VALUES ('Title');
SELECT 'seen after page trigger: ' || group_concat(n) FROM seen;
-- DIRECTONLY holds whatever trusted_schema says: with it ON (the default) a main-schema view
-- still cannot read files.
PRAGMA trusted_schema = ON;
SELECT 'trusted: ' || (SELECT * FROM over_main);
