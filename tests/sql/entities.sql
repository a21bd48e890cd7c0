-- Matching across scripts and inflections: transcript_match, transcript_find,
-- transcript_mentions, transcript_entities and the building blocks.
.mode list
.headers on
CREATE TEMP TABLE turns AS SELECT * FROM transcript_turns(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));

-- Names that denote the same person score at least 0.9; different people at most 0.5.
SELECT transcript_match('Sergey Lavrov', 'С.В.Лавров') >= 0.9 AS a,
       transcript_match('ДАРЧИЕВ Александр Никитич', 'Alexander Darchiev') >= 0.9 AS b,
       transcript_match('Sergei Lavrov', 'Sergey Lavrov') >= 0.9 AS c,
       transcript_match('Лаврова', 'Lavrov') >= 0.9 AS d,
       transcript_match('Sergey Lavrov', 'Sergei Shoigu') <= 0.5 AS e,
       transcript_match('Dmitry Peskov', 'Dmitry Medvedev') <= 0.5 AS f,
       transcript_match('Vladimir Putin', 'Vladimir Zelensky') <= 0.5 AS g;
SELECT typeof(transcript_match('a', 'b')) AS type, transcript_match(NULL, 'x') IS NULL AS null_in_null_out;

-- Names as people write them (issue 14): titles, offices, honorifics and suffixes are not
-- name parts; a surname alone matches a full name (0.9), a first name alone does not; one
-- misprint in a surname of five letters or more still matches; names that reached Russian
-- from Persian, Arabic, Belarusian or Ukrainian match their English spellings; different
-- people sharing a first name, and relatives, stay apart.
SELECT column1 AS a, column2 AS b, round(transcript_match(column1, column2), 3) AS score FROM (VALUES
  ('Mr Lavrov', 'Sergey Lavrov'),
  ('President Putin', 'Vladimir Putin'),
  ('President of Russia Vladimir Putin', 'Vladimir Putin'),
  ('Secretary Blinken', 'Antony Blinken'),
  ('Sergey Lavrov, Foreign Minister', 'Sergey Lavrov'),
  ('Biden', 'Joseph R. Biden Jr.'),
  ('Dr. Tedros Adhanom Ghebreyesus', 'Tedros Adhanom Ghebreyesus'),
  ('Alexander', 'Alexander Lukashenko'),
  ('Alexander', 'Alexander Grushko'),
  ('Angela Markel', 'Angela Merkel'),
  ('Lavorv', 'Lavrov'),
  ('Хасан Рухани', 'Hassan Rouhani'),
  ('Джавад Зариф', 'Javad Zarif'),
  ('Тихановская', 'Tsikhanouskaya'),
  ('Зеленский', 'Zelenskyy'),
  ('Maria Zakharova', 'Maria Kravtsova'),
  ('Sergey Lavrov', 'Svetlana Lavrova'),
  ('Yuriy Arkadevich STANKEVICH', 'Станкевич Юрий Аркадьевич'));

-- transcript_name_key: one key for every way of writing one person's name, NULL when the
-- text names no one.
SELECT column1 AS name, quote(transcript_name_key(column1)) AS key FROM (VALUES
  ('Sergey Lavrov'), ('Sergei Lavrov'), ('С.В.Лавров'), ('Лавров Сергей Викторович'),
  ('LAVROV Sergey'), ('Министр иностранных дел России С.В.Лавров'), ('Lavrov'),
  ('Svetlana Lavrova'), ('Dmitry Peskov'), ('Dmitry Polyanskiy'), ('Hassan Rouhani'),
  ('Хасан Рухани'), ('Sviatlana Tsikhanouskaya'), ('Светлана Тихановская'), ('Prime Minister'));
-- Speakers of four pages, English and Russian, grouped by key: one person, one row.
CREATE TEMP TABLE speakers AS
  SELECT speaker FROM turns
  UNION ALL SELECT speaker FROM transcript_turns(readfile('data/turns/mid_ru_press_conference.txt'))
  UNION ALL SELECT speaker FROM transcript_turns(readfile('data/turns/press_conference_en.txt'))
  UNION ALL SELECT speaker FROM transcript_turns(readfile('data/turns/kremlin_ru_meeting.txt'));
SELECT key, group_concat(speaker, ' / ') AS printed, sum(n) AS turns FROM (
  SELECT transcript_name_key(speaker) AS key, speaker, count(*) AS n FROM speakers
  WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY key, speaker)
GROUP BY key ORDER BY key;
SELECT transcript_name_key(NULL) IS NULL AS null_in_null_out;
SELECT transcript_name_key(42);
SELECT transcript_name_key(x'ff');

-- Mentions on the example page's turns.
SELECT sum(transcript_find(text, 'OSCE')) AS osce,
       sum(transcript_find(text, 'ОБСЕ')) AS obse,
       sum(transcript_find(text, 'Belarus')) AS belarus,
       sum(transcript_find(text, 'Lukashenko')) AS lukashenko,
       sum(transcript_find(text, 'Лукашенко')) AS lukashenko_ru,
       sum(transcript_find(text, 'Putin')) AS putin
FROM turns;
-- Turns that mention Lukashenko, and that LIKE '%лукашенко%' finds none of them.
SELECT group_concat(seq) AS turns_with_lukashenko FROM turns WHERE transcript_find(text, 'Лукашенко') > 0;
SELECT count(*) AS like_finds FROM turns WHERE text LIKE '%лукашенко%';
-- Acronyms match only in capitals: 'US' never counts 'us'.
SELECT transcript_find('Tell us about the US and the U.S.', 'US') AS us;
SELECT transcript_find('Лаврову, Лаврова и Lavrov''s — S. Lavrov, С.В.Лавров', '"Sergey Lavrov"') AS lavrov;
SELECT transcript_find('Sergey Shoigu met Sergey', '"Sergey Lavrov"') AS first_name_alone;
SELECT transcript_find('Belarusian Belarus’s Беларуси', 'Belarus') AS belarus_forms;
-- Belarusian spellings of the president and older English names of the country.
SELECT transcript_find('Lukashenka and Лукашэнка, not Lukashevich', 'Lukashenko') AS lukashenka,
       transcript_find('Byelorussia, then Belorussia', 'Belarus') AS old_names;
-- Query syntax: words, "quoted phrases", OR.
SELECT transcript_find('NATO and the OSCE', 'NATO OR OSCE') AS either,
       transcript_find('the Security Council met', '"Security Council"') AS phrase;

-- transcript_mentions: longest match wins; offsets are characters into the text.
SELECT entity, kind, code, surface, start_char, end_char
FROM transcript_mentions('Лукашенко встретился с Лавровым в ОБСЕ; the UN Security Council and the US.');
SELECT count(*) AS mentions_on_page, count(DISTINCT entity) AS entities_on_page
FROM turns, transcript_mentions(turns.text) AS m;
SELECT m.entity, count(*) AS n FROM turns, transcript_mentions(turns.text) AS m
GROUP BY m.entity ORDER BY n DESC, m.entity LIMIT 8;
-- The span of every mention is its surface.
SELECT count(*) AS spans_equal_surface FROM turns, transcript_mentions(turns.text) AS m
WHERE substr(turns.text, m.start_char + 1, m.end_char - m.start_char) = m.surface;

-- A user gazetteer: a table (or view) with entity, alias and optionally kind; changes
-- are picked up by the next statement.
CREATE TABLE people(entity TEXT, alias TEXT, kind TEXT);
INSERT INTO people VALUES ('Maria Zakharova', 'Мария Захарова', 'person');
SELECT entity, surface, start_char FROM transcript_mentions('Захарову спросили, и Maria Zakharova ответила', 'people');
INSERT INTO people VALUES ('Nord Stream 2', 'Nord Stream 2', 'project');
SELECT entity, kind, surface FROM transcript_mentions('the Nord Stream 2 pipeline', 'people');
CREATE VIEW phrases AS SELECT 'MGIMO' AS entity, 'MGIMO' AS alias;
SELECT entity, kind, surface FROM transcript_mentions('MGIMO students', 'phrases');

-- The built-in gazetteer.
SELECT kind, count(DISTINCT entity) > 0 AS has_entities FROM transcript_entities GROUP BY kind ORDER BY kind;
SELECT entity, kind, code, lang FROM transcript_entities WHERE alias IN ('ОБСЕ', 'США', 'КНР', 'СБ ООН') ORDER BY alias;
SELECT count(*) AS countries FROM (SELECT DISTINCT code FROM transcript_entities WHERE kind = 'country');

-- Building blocks.
SELECT transcript_fold('Straße ЁЛКА Ωmega') AS fold, transcript_translit('Сергей Лавров') AS translit,
       transcript_script('abc') AS latn, transcript_script('где') AS cyrl,
       transcript_script('abc где') AS zmix, transcript_script('2020, 13:42') AS zyyy,
       transcript_stem('sanctions', 'en') AS stem_en, transcript_stem('санкциями', 'ru') AS stem_ru;
SELECT transcript_fold('Сергей') AS keeps_short_i;

-- NULL in, NULL out; no rows for NULL text.
SELECT transcript_find(NULL, 'x') IS NULL AS a, transcript_find('x', NULL) IS NULL AS b,
       transcript_fold(NULL) IS NULL AS c, transcript_stem('x', NULL) IS NULL AS d,
       (SELECT count(*) FROM transcript_mentions(NULL)) AS e;

-- A surname alone is the person's only written as the person's: a woman's keeps its
-- feminine ending ("Mark Zakharov" is no Maria Zakharova; "Zakharova's", «Захаровой» are),
-- and a surname printed first is spelled as the person's (Van der Bellen's "Van" is no
-- Wang Yi, "the XII Games" no Xi Jinping; "met Xi", «Ван И» are).
SELECT group_concat(entity || ':' || surface, '; ') AS surnames FROM transcript_mentions(
  'Mark Zakharov spoke. President Van der Bellen came. The XII Winter Games. ' ||
  'Zakharova''s briefing. Брифинг Захаровой. They met Xi in Beijing. Встреча с Ван И.');

-- Nor is a surname alone after another person's given name ("Susan Rice", "Michael Brown"
-- are no Condoleezza Rice or Gordon Brown); after an office, an honorific, a common word
-- or the person's own given name it is ("Prime Minister Brown", "Tayyip Erdogan").
SELECT group_concat(entity || ':' || surface, '; ') AS surname_after_a_name FROM transcript_mentions(
  'Susan Rice spoke. The parents of Michael Brown came. Prime Minister Brown called. ' ||
  'Then Rice left. President Recep Tayyip Erdogan and Tayyip Erdogan.');

-- In Russian, a given name is known by the patronymic after it: a surname after another
-- person's given name and patronymic, in any case, is not the person's («Дмитрием
-- Николаевичем Патрушевым» is no Nikolai Patrushev, «Светлане Юрьевне Захаровой» no Maria
-- Zakharova); after the person's own («Николаем Платоновичем Патрушевым») or an office it is.
SELECT group_concat(entity || ':' || surface, '; ') AS surname_after_a_russian_name FROM transcript_mentions(
  'Встреча с Дмитрием Николаевичем Патрушевым. Слово Светлане Юрьевне Захаровой. ' ||
  'Беседа с Николаем Платоновичем Патрушевым. Брифинг Марии Владимировны Захаровой. ' ||
  'Помощник Президента Патрушев.');
-- The official order puts the surname first: «с Патрушевым Дмитрием Николаевичем» is no
-- Nikolai Patrushev either, «Патрушевым Николаем Платоновичем» is.
SELECT group_concat(entity || ':' || surface, '; ') AS surname_before_a_russian_name FROM transcript_mentions(
  'Работа с Патрушевым Дмитрием Николаевичем. Беседа с Патрушевым Николаем Платоновичем.');
-- A brand or a domain that ends in a country's code names no country: «ВЭБ.РФ», «ДОМ.РФ»,
-- GOV.UK; the code alone does.
SELECT group_concat(entity || ':' || surface, '; ') AS domains FROM transcript_mentions(
  'Корпорация «ВЭБ.РФ» и «ДОМ.РФ», Президент РФ. Published on GOV.UK by the UK.');

-- Errors.
SELECT transcript_find('a', '"unterminated');
SELECT transcript_find('a', '');
SELECT transcript_find(x'ff', 'a');
SELECT transcript_find(42, 'a');
SELECT transcript_stem('x', 'xx');
SELECT * FROM transcript_mentions('x', 'no_such_table');
SELECT * FROM transcript_mentions;
SELECT * FROM transcript_entities('x');
