-- Every country with a UN status (the 193 members, ICU's region "UN", and the observers PS
-- and VA): each of its English and Russian names in the one table (transcript_entities) is
-- found by transcript_mentions as one mention of that country covering the whole name, and
-- transcript_country resolves it to the same code (issue 17).
.mode list
.headers on
CREATE TEMP TABLE un(code TEXT PRIMARY KEY);
INSERT INTO un VALUES
('AD'),('AE'),('AF'),('AG'),('AL'),('AM'),('AO'),('AR'),('AT'),('AU'),('AZ'),('BA'),('BB'),('BD'),
('BE'),('BF'),('BG'),('BH'),('BI'),('BJ'),('BN'),('BO'),('BR'),('BS'),('BT'),('BW'),('BY'),('BZ'),
('CA'),('CD'),('CF'),('CG'),('CH'),('CI'),('CL'),('CM'),('CN'),('CO'),('CR'),('CU'),('CV'),('CY'),
('CZ'),('DE'),('DJ'),('DK'),('DM'),('DO'),('DZ'),('EC'),('EE'),('EG'),('ER'),('ES'),('ET'),('FI'),
('FJ'),('FM'),('FR'),('GA'),('GB'),('GD'),('GE'),('GH'),('GM'),('GN'),('GQ'),('GR'),('GT'),('GW'),
('GY'),('HN'),('HR'),('HT'),('HU'),('ID'),('IE'),('IL'),('IN'),('IQ'),('IR'),('IS'),('IT'),('JM'),
('JO'),('JP'),('KE'),('KG'),('KH'),('KI'),('KM'),('KN'),('KP'),('KR'),('KW'),('KZ'),('LA'),('LB'),
('LC'),('LI'),('LK'),('LR'),('LS'),('LT'),('LU'),('LV'),('LY'),('MA'),('MC'),('MD'),('ME'),('MG'),
('MH'),('MK'),('ML'),('MM'),('MN'),('MR'),('MT'),('MU'),('MV'),('MX'),('MW'),('MY'),('MZ'),('NA'),
('NE'),('NG'),('NI'),('NL'),('NO'),('NR'),('NP'),('NZ'),('OM'),('PA'),('PE'),('PG'),('PH'),('PK'),
('PL'),('PT'),('PW'),('PY'),('QA'),('RO'),('RS'),('RU'),('RW'),('SA'),('SB'),('SC'),('SD'),('SE'),
('SG'),('SI'),('SK'),('SL'),('SM'),('SN'),('SO'),('SR'),('SS'),('ST'),('SV'),('SY'),('SZ'),('TD'),
('TG'),('TH'),('TJ'),('TL'),('TM'),('TN'),('TO'),('TR'),('TT'),('TV'),('TZ'),('UA'),('UG'),('US'),
('UY'),('UZ'),('VC'),('VE'),('VN'),('VU'),('WS'),('YE'),('ZA'),('ZM'),('ZW'),
('PS'),('VA');
SELECT count(*) AS codes FROM un;
-- Each has a canonical English name and names in both languages.
SELECT count(DISTINCT e.code) AS named, sum(e.lang = 'en') > 0 AND sum(e.lang = 'ru') > 0 AS both_languages
FROM transcript_entities AS e JOIN un USING (code) WHERE e.kind = 'country';
SELECT u.code AS missing_language FROM un AS u
WHERE NOT EXISTS (SELECT 1 FROM transcript_entities e WHERE e.code = u.code AND e.lang = 'en')
   OR NOT EXISTS (SELECT 1 FROM transcript_entities e WHERE e.code = u.code AND e.lang = 'ru');
CREATE TEMP TABLE names AS
  SELECT e.code, e.entity, e.alias, e.lang FROM transcript_entities AS e JOIN un USING (code)
  WHERE e.kind = 'country' AND e.lang IN ('en', 'ru');
SELECT lang, count(*) AS names FROM names GROUP BY lang ORDER BY lang;
-- transcript_mentions: one mention, the right country, the whole name.
SELECT n.code, n.alias, group_concat(m.code || ':' || m.surface, ' | ') AS mentions_found
FROM names AS n LEFT JOIN transcript_mentions(n.alias) AS m
GROUP BY n.code, n.alias
HAVING count(m.code) <> 1 OR max(m.code) IS NOT n.code OR max(m.surface) <> rtrim(n.alias, ')');
-- (A closing bracket ends no word: "Myanmar (Burma)" is found up to "Burma".)
-- transcript_country: the same code.
SELECT code, alias, transcript_country(alias) AS country_found FROM names
WHERE transcript_country(alias) IS NOT code;
-- Inside running text and inflected: the canonical name after a preposition, and the
-- Russian standard name in the prepositional case, as mentions and the lookup read it.
SELECT count(*) AS canonical_in_text FROM names AS n
WHERE n.alias = n.entity
  AND (SELECT m.code FROM transcript_mentions('We spoke about ' || n.alias || ' today.') AS m) = n.code;
-- Russian case forms: every one-word Russian name in -ия in the prepositional case after
-- "в" ("в Мавритании"), and in -а in the genitive after "из" ("из Уганды", "из Польши");
-- not the indeclinable names in a vowel and -а (Самоа, Никарагуа: "из Самоа").
CREATE TEMP TABLE inflected AS
  SELECT code, 'в ' || substr(alias, 1, length(alias) - 1) || 'и' AS form FROM names
  WHERE lang = 'ru' AND alias LIKE '%ия' AND instr(alias, ' ') = 0 AND instr(alias, '-') = 0
  UNION ALL
  SELECT code, 'из ' || substr(alias, 1, length(alias) - 1) ||
               CASE WHEN substr(alias, -2, 1) IN ('г', 'к', 'х', 'ж', 'ш', 'щ', 'ч') THEN 'и' ELSE 'ы' END
  FROM names
  WHERE lang = 'ru' AND alias LIKE '%а' AND instr(alias, ' ') = 0 AND instr(alias, '-') = 0
    AND substr(alias, -2, 1) NOT IN ('а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я');
SELECT count(*) AS inflected_forms FROM inflected;
SELECT code, form, (SELECT group_concat(m.code) FROM transcript_mentions(form) AS m) AS mentions_found,
       transcript_country(form) AS country_found
FROM inflected
WHERE (SELECT group_concat(m.code) FROM transcript_mentions(form) AS m) IS NOT code
   OR transcript_country(form) IS NOT code;
-- A word in Cyrillic whose name key meets a one-word Russian name, but is no case form of
-- it, is no mention: "Самое" (Samoa), "Данное" (Denmark), "Ему" (Yemen), "Малая" (Mali),
-- "Чехов" (Czechia), "Русса" (Russia), "Георгия" (Georgia), "Романа" (Romania). Case forms
-- are, a dropped vowel too (Египет: Египта) and an indeclinable name as it is (Самоа).
SELECT count(*) AS not_countries FROM transcript_mentions(
  'Самое главное. Данное решение принято. Ему сказали. Малая родина. Чехов писал пьесы. ' ||
  'Старая Русса. Батальон имени Георгия Жукова. Министр Романа Старовойта.');
SELECT group_concat(code, ' ') AS countries FROM transcript_mentions(
  'Гости из Самоа, Египта, Гвинеи, Дании и Белоруссии; с Египтом и Китаем.');
-- An alias word with a capital after a lower-case letter (BiH, БиГ) is met only written so
-- or in capitals: "Big Data" and "the Big Bang" are no Bosnia and Herzegovina.
SELECT group_concat(surface, ' ') AS mixed_case FROM transcript_mentions(
  'Big Data and the Big Bang. BiH, БиГ and БИГ.');
-- A word in Latin letters that names a country on its own is spelled as one of its names
-- (case, accents and, in a word of seven letters or more, y/i aside): "Rossiya 1 TV
-- Channel" and "Sky Italia" are no countries, nor are "the Maly Theatre" and "the Guiana
-- Highlands" Mali and Guyana; "Turkiye", "Kirgizstan", "RUSSIA" and the acronym "RF" are.
SELECT group_concat(code || ':' || surface, ' ') AS latin_names FROM transcript_mentions(
  'An interview with Rossiya 1 TV Channel and Sky Italia. Turkiye and RUSSIA. The RF position. ' ||
  'The Maly Theatre, the Guiana Highlands, Mali, Guyana and Kirgizstan.');
-- A country's one-word name after "New" (or «Нью-», «Новой») names another place: New
-- Jersey, New Mexico, «Нью-Джерси», «в Новой Гвинее»; Papua New Guinea and New Zealand are
-- countries of their own.
SELECT group_concat(entity || ':' || surface, '; ') AS after_new FROM transcript_mentions(
  'New Jersey and Jersey. New Mexico, Mexico, Papua New Guinea, Guinea, New Zealand. Нью-Джерси, в Новой Гвинее, Гвинея.');
-- An organisation's word in capitals is one of its acronyms in that script: "OAG" (an
-- airline data company) is no «ОАГ», which is OAS in Latin letters, and "MOT" no «МОТ»
-- (the ILO); the transliteration still counts where a script has no acronym ("RF" is «РФ»).
SELECT group_concat(entity || ':' || surface, '; ') AS acronyms FROM transcript_mentions(
  'The company OAG said. The OAS met; Генсек ОАГ. An MOT test; the ILO and МОТ. The RF and NATO, НАТО.');
-- A sea, a river or a gulf named after a country is no mention of it: the South China Sea,
-- the Jordan River, the Gulf of Mexico, the Sea of Japan (the countries alone are).
SELECT group_concat(entity || ':' || surface, '; ') AS features FROM transcript_mentions(
  'The South China Sea and China. The Jordan River, Jordan. The Gulf of Mexico and Mexico. Sea of Japan, Japan. China, Sea power.');
