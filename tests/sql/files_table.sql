-- transcript_files(glob): the files a glob matches, for archives built from any host.
.mode list
.headers on
SELECT path, realpath LIKE '%/tests/data/bad_files/' || substr(path, 16) AS real_ends_with_path,
       size, typeof(mtime) AS mtime, length(sha3) AS sha3_bytes, sha3 = sha3(data, 256) AS same_as_shell,
       length(data) = size AS whole, error
FROM transcript_files('data/bad_files/*') ORDER BY path;
-- The same file by another path has the same realpath.
SELECT count(DISTINCT f.realpath) AS one_file
FROM (SELECT realpath FROM transcript_files('data/bad_files/a_good.txt')
      UNION ALL SELECT realpath FROM transcript_files('data/../data/bad_files/a_good.txt')) AS f;
-- Pages straight from it.
SELECT f.path, d.turns, d.error
FROM transcript_files('data/bad_files/[ab]*') AS f, transcript_documents(f.data, 'skip') AS d;
-- NULL gives no rows; errors name the function.
SELECT count(*) AS null_rows FROM transcript_files(NULL);
SELECT * FROM transcript_files(42);
SELECT * FROM transcript_files('');
SELECT * FROM transcript_files('data/nothing_*.txt');
SELECT * FROM transcript_files;
-- It reads files: not from a view of the main schema under trusted_schema=OFF.
PRAGMA trusted_schema = OFF;
CREATE VIEW main.files_view AS SELECT path FROM transcript_files('data/bad_files/*');
SELECT count(*) FROM files_view;
CREATE TEMP VIEW files_temp_view AS SELECT path FROM transcript_files('data/bad_files/*');
SELECT count(*) AS temp_view_rows FROM files_temp_view;
