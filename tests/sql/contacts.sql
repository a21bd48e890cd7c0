-- transcript_contacts on the example page: the mid.ru missions directory.
.mode list
.headers on
CREATE TEMP TABLE c AS SELECT * FROM transcript_contacts(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));

SELECT seq, section, kind, country, country_code, city, line FROM c ORDER BY seq;

-- The embassy in Washington, every field.
SELECT name, address, head_title, head_name, people, phones, phones_e164,
       json_array_length(hotlines) AS hotlines, faxes, emails, websites,
       json_array_length(social) AS social, telex, note
FROM c WHERE seq = 1;

SELECT name, telex FROM c WHERE kind = 'consulate_general' AND city = 'Нью-Йорк';
SELECT name, json_array_length(people) AS people, head_title, head_name FROM c WHERE kind = 'permanent_mission';
SELECT kind, json_array_length(phones) AS numbers, phones_e164, note FROM c WHERE kind = 'hotline';
SELECT name, city, phones_e164, address FROM c WHERE country_code = 'US' AND section = 'Представительства в РФ';

-- JSON columns unnest with json_each().
SELECT count(*) AS e164_numbers, sum(p.value IS NULL) AS unparsed
FROM c, json_each(c.phones_e164) AS p;

-- The transcript part of a page is never a directory; NULL gives no rows.
SELECT count(*) AS entries_in_transcript_only FROM transcript_contacts(
  substr(CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT), 1,
         instr(CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT), 'Дополнительные материалы') - 1));
SELECT count(*) AS null_rows FROM transcript_contacts(NULL);

-- The lookups as functions.
SELECT transcript_country('США') AS a, transcript_country('Соединенных Штатов Америки') AS b,
       transcript_country('United States') AS c, transcript_country('Atlantis') AS d,
       transcript_country(NULL) IS NULL AS e;
-- Formal and foreign names (iso-codes), with and without an article.
SELECT transcript_country('the Argentine Republic') AS a, transcript_country('Reino de España') AS b,
       transcript_country('Royaume d''Espagne') AS c, transcript_country('Deutschland') AS d,
       transcript_country('Federative Republic of Brazil') AS e;
SELECT transcript_phone('+7 495 728-50-00') AS a, transcript_phone('(495) 728-50-00', 'ru') AS b,
       transcript_phone('12') AS c, transcript_phone(NULL) IS NULL AS d,
       transcript_phone('+7 495 728-50-00', NULL) IS NULL AS e;
SELECT transcript_phone('+7 495 728-50-00', 'Russia');
SELECT transcript_phone(74957285000);
SELECT group_concat(name, ',') AS columns FROM pragma_table_xinfo('transcript_contacts');

-- A tab-separated table is read by its header row's columns; one-line hotlines form entries.
SELECT seq, kind, name, city, country_code, phones_e164
FROM transcript_contacts(readfile('data/directory/tsv_russian_missions_china.txt'));
SELECT seq, section, kind, name, phones FROM transcript_contacts(readfile('data/directory/ru_hotlines_thailand.txt'))
WHERE seq <= 3;

-- One mission per line: "Name — address; tel. …; e-mail", the city printed first.
SELECT seq, section, name, city, address, country_code, phones_e164, faxes, websites
FROM transcript_contacts(readfile('data/directory/en_index_one_line_per_mission.txt')) WHERE seq <= 2;

-- represents_code: the state a mission represents (Russia's missions RU, the US embassy
-- among the foreign missions in Russia US); NULL for the hotline, which is no mission.
SELECT seq, kind, country_code, represents_code FROM c ORDER BY seq;

-- Numbers printed as dialled from elsewhere (the US "011-", the Russian "8-10-"), trunk
-- prefixes, extensions, "00", a country code in brackets; a grouped prefix is read as one
-- even where the digits after it would make a national number (+43 810 … in Austria).
SELECT transcript_phone('011-55-61-3312-7000', 'BR') AS us_prefix,
       transcript_phone('(8-10-612) 6295-9033', 'AU') AS ru_prefix,
       transcript_phone('8 (495) 624-12-69', 'RU') AS ru_trunk,
       transcript_phone('8 (495) 624-12-69 (доб. 212)', 'RU') AS extension;
SELECT transcript_phone('0044 20 8874 4806', 'GB') AS zero_zero,
       transcript_phone('01 451 5200', 'IE') AS dublin,
       transcript_phone('(995 32) 2 95 17 23', 'GE') AS code_in_brackets,
       transcript_phone('(8-10-431) 712-12-29', 'AT') AS grouped_prefix,
       transcript_phone('(995 32)25 00 98', 'GE') AS too_short;

-- Other publishers' layouts: the State Department's Markdown (names in bold, e-mails
-- without a label, numbers as dialled from the US); each first number agrees with
-- transcript_phone() in the office's country.
SELECT seq, kind, name, city, represents_code, json_extract(phones_e164, '$[0]') AS phone,
       transcript_phone(json_extract(phones, '$[0]'), 'BR') = json_extract(phones_e164, '$[0]') AS agrees,
       emails
FROM transcript_contacts(readfile('data/directory/publishers/state_gov_brazil.md'));
-- A list extracted from a two-column PDF: the heading is the sending state.
SELECT seq, country, represents_code, name, city, json_array_length(people) AS people, phones_e164
FROM transcript_contacts(readfile('data/directory/publishers/dfa_ie_diplomatic_list.txt'));
-- Chinese: full-width colons, CLDR's Chinese names for countries and cities.
SELECT seq, kind, country, country_code, city, phones_e164, emails
FROM transcript_contacts(readfile('data/directory/publishers/mfa_gov_ge_missions_zh.md')) WHERE seq <= 3;
-- A directory printed right after the last answer, without a heading: not in the answer.
SELECT seq, label, substr(text, -52) AS ends_with
FROM transcript_turns(readfile('data/directory/publishers/mid_ru_transcript_then_directory.txt'));
