-- HTML input (issue 9): the example page as HTML (tests/data/html/) gives the same rows as
-- its text version, offsets aside; HTML spans point into the HTML source; windows-1251 and
-- KOI8-R pages; format= on the files form; errors.
.mode list
.headers on
CREATE TEMP TABLE pages AS SELECT
  CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT) AS txt,
  CAST(readfile('data/html/mid_ru_lavrov_mgimo_2020.html') AS TEXT) AS html;
CREATE TEMP TABLE t AS SELECT * FROM transcript_turns((SELECT txt FROM pages));
CREATE TEMP TABLE h AS SELECT * FROM transcript_turns((SELECT html FROM pages));

-- Turns: the same rows in both directions, every column but the offsets and line.
SELECT (SELECT count(*) FROM t) AS text_turns, (SELECT count(*) FROM h) AS html_turns;
SELECT count(*) AS text_rows_missing_from_html FROM (
  SELECT seq, kind, speaker, label, text, reply_to, paragraphs, words, lang FROM t
  EXCEPT SELECT seq, kind, speaker, label, text, reply_to, paragraphs, words, lang FROM h);
SELECT count(*) AS html_rows_missing_from_text FROM (
  SELECT seq, kind, speaker, label, text, reply_to, paragraphs, words, lang FROM h
  EXCEPT SELECT seq, kind, speaker, label, text, reply_to, paragraphs, words, lang FROM t);
SELECT kind, count(*) AS n, sum(words) AS words FROM h GROUP BY kind ORDER BY kind;

-- Spans point into the HTML: each opens its first <p> and closes its last.
SELECT seq, label, line, substr(p.html, start_char + 1, 48) AS span_starts,
       substr(p.html, end_char - 9, 10) AS span_ends
FROM h, pages AS p WHERE seq IN (1, 2, 3, 7, 12, 29);
SELECT count(*) AS spans_from_p_to_end_p FROM h, pages AS p
WHERE substr(p.html, start_char + 1, 3) = '<p>' AND substr(p.html, end_char - 3, 4) = '</p>';
SELECT count(*) AS spans_in_order FROM h AS a JOIN h AS b ON b.seq = a.seq + 1
WHERE a.end_char <= b.start_char;

-- Documents: the same metadata and counts; chars counts the HTML source.
SELECT 'text' AS page, title, date, place, time, speaker, lang, turns, contacts
FROM transcript_documents((SELECT txt FROM pages))
UNION ALL
SELECT 'html', title, date, place, time, speaker, lang, turns, contacts
FROM transcript_documents((SELECT html FROM pages));
SELECT d.chars = length(p.html) AS chars_is_html_length
FROM transcript_documents((SELECT html FROM pages)) AS d, pages AS p;

-- Contacts: all 7 entries with every field equal, line aside (lines of the HTML source).
CREATE TEMP TABLE tc AS SELECT * FROM transcript_contacts((SELECT txt FROM pages));
CREATE TEMP TABLE hc AS SELECT * FROM transcript_contacts((SELECT html FROM pages));
SELECT (SELECT count(*) FROM tc) AS text_contacts, (SELECT count(*) FROM hc) AS html_contacts;
SELECT count(*) AS differing_contacts FROM (
  SELECT seq, section, kind, country, country_code, name, city, address, head_title,
         head_name, people, phones, phones_e164, hotlines, faxes, emails, websites, telex,
         social, note FROM tc
  EXCEPT SELECT seq, section, kind, country, country_code, name, city, address, head_title,
         head_name, people, phones, phones_e164, hotlines, faxes, emails, websites, telex,
         social, note FROM hc);
SELECT seq, kind, name, line FROM hc;

-- windows-1251 and KOI8-R pages (declared in a <meta>), given as readfile() BLOBs: the rows
-- of the text page; offsets count characters, which are the file's bytes here.
CREATE TEMP TABLE ru AS
  SELECT * FROM transcript_turns(readfile('data/turns/mid_ru_press_conference.txt'));
SELECT 'cp1251' AS charset, count(*) AS turns, (
  SELECT count(*) FROM (
    SELECT seq, kind, speaker, label, text, reply_to, words FROM ru
    EXCEPT SELECT seq, kind, speaker, label, text, reply_to, words
    FROM transcript_turns(readfile('data/html/mid_ru_press_conference_cp1251.html')))) AS differing
FROM transcript_turns(readfile('data/html/mid_ru_press_conference_cp1251.html'))
UNION ALL
SELECT 'koi8-r', count(*), (
  SELECT count(*) FROM (
    SELECT seq, kind, speaker, label, text, reply_to, words FROM ru
    EXCEPT SELECT seq, kind, speaker, label, text, reply_to, words
    FROM transcript_turns(readfile('data/html/mid_ru_press_conference_koi8r.html'))))
FROM transcript_turns(readfile('data/html/mid_ru_press_conference_koi8r.html'));
SELECT seq, kind, label, line,
       CAST(substr(readfile('data/html/mid_ru_press_conference_cp1251.html'), start_char + 1, 3) AS TEXT) AS span_starts
FROM transcript_turns(readfile('data/html/mid_ru_press_conference_cp1251.html')) WHERE seq <= 3;
SELECT chars = length(readfile('data/html/mid_ru_press_conference_koi8r.html')) AS chars_are_bytes
FROM transcript_documents(readfile('data/html/mid_ru_press_conference_koi8r.html'));

-- Broken markup (unclosed tags, stray end tags, a truncated file) still gives its turns.
SELECT seq, kind, label, text FROM transcript_turns(readfile('data/html/broken_markup.html'));

-- The files form: format='auto' (default), 'html' or 'text', any case.
CREATE VIRTUAL TABLE temp.html_turns USING transcript_turns(files='data/html/mid_ru_*.html', format='html');
SELECT doc, count(*) AS turns FROM html_turns GROUP BY doc ORDER BY doc;
CREATE VIRTUAL TABLE temp.auto_docs USING transcript_documents(files='data/html/mid_ru_lavrov*.html');
SELECT doc, date, turns, contacts FROM auto_docs;
CREATE VIRTUAL TABLE temp.text_docs USING transcript_documents(files='data/html/mid_ru_lavrov*.html', FORMAT = "Text");
SELECT doc, date, turns, contacts FROM text_docs;
CREATE VIRTUAL TABLE temp.html_contacts USING transcript_contacts(files='data/html/mid_ru_lavrov*.html', format='auto');
SELECT doc, count(*) AS contacts FROM html_contacts GROUP BY doc;
CREATE VIRTUAL TABLE temp.mixed USING transcript_turns(files='data/mid_ru_*.txt');
SELECT count(*) AS same_turns_text_and_html_files FROM mixed AS m
JOIN html_turns AS x ON x.seq = m.seq AND x.text = m.text AND x.doc LIKE '%lavrov%';

-- Errors.
CREATE VIRTUAL TABLE temp.bad_format USING transcript_turns(files='data/html/*.html', format='xml');
CREATE VIRTUAL TABLE temp.twice USING transcript_turns(files='data/html/*.html', format='html', format='text');
CREATE VIRTUAL TABLE temp.no_files USING transcript_turns(format='html');
-- An undeclared windows-1251 page is read in the charset ICU's detector finds in it: the
-- turns of the declared page, nothing replaced, and documents.charset says what was read.
SELECT count(*) FROM transcript_turns(readfile('data/html/undeclared_cp1251.html'));
SELECT replaced, charset FROM transcript_documents(readfile('data/html/undeclared_cp1251.html'));
SELECT count(*) AS same_turns FROM transcript_turns(readfile('data/html/undeclared_cp1251.html')) AS u
JOIN transcript_turns(readfile('data/html/mid_ru_press_conference_cp1251.html')) AS d
  ON d.seq = u.seq AND d.text = u.text AND d.speaker IS u.speaker;
CREATE VIRTUAL TABLE temp.undeclared USING transcript_contacts(files='data/html/undeclared_*.html');
SELECT count(*) FROM undeclared;
