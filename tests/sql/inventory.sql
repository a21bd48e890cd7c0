-- What the extension registers, with its flags (SURFACE.md conventions): pure functions
-- are deterministic and innocuous; nothing shadows a built-in.
.mode list
.headers on
SELECT name, narg,
       (flags & 0x000000800) != 0 AS deterministic, -- SQLITE_DETERMINISTIC
       (flags & 0x000080000) != 0 AS directonly,    -- SQLITE_DIRECTONLY
       (flags & 0x000200000) != 0 AS innocuous      -- SQLITE_INNOCUOUS
FROM pragma_function_list WHERE name LIKE 'transcript%' ORDER BY name, narg;
SELECT name FROM pragma_module_list WHERE name LIKE 'transcript%' ORDER BY name;
SELECT count(*) AS names_without_prefix FROM pragma_function_list
WHERE name IN (SELECT name FROM pragma_function_list WHERE name LIKE 'transcript%')
  AND name NOT LIKE 'transcript\_%' ESCAPE '\';
SELECT transcript_version() AS version;
SELECT transcript_version() GLOB '[0-9]*.[0-9]*.[0-9]*' AS is_semver;
SELECT instr(transcript_debug(), 'SQLite runtime: ' || sqlite_version()) > 0 AS debug_names_runtime,
       instr(transcript_debug(), 'ICU: ') > 0 AS debug_names_icu,
       instr(transcript_debug(), 'libstemmer: ') > 0 AS debug_names_stemmer,
       instr(transcript_debug(), 'libphonenumber: ') > 0 AS debug_names_phonenumber,
       instr(transcript_debug(), 'libxml2: ') > 0 AS debug_names_libxml2;
-- Versions of libraries without a version call come from the packages built against.
SELECT instr(transcript_debug(), 'libstemmer: unknown') = 0 AS stemmer_version_known,
       instr(transcript_debug(), 'libphonenumber: unknown') = 0 AS phonenumber_version_known;
