-- The rules of issue 17, each through SQL: acronyms in capitals match only capitals, surnames
-- that are words count only where their capital means something, one highlight rule,
-- integer options given as integral REALs, schema-qualified gazetteers.
.mode list
.headers on
CREATE VIRTUAL TABLE f USING fts5(text, tokenize='transcript');
INSERT INTO f(rowid, text) VALUES
  (1, 'Let us talk.'), (2, 'The US position.'), (3, 'It was un-happy.'), (4, 'The UN said.'),
  (5, 'В США заявили.'), (6, 'Сша и сша.'), (7, 'The EU and the eu-ro.');
-- Acronyms: in find, snippets, mentions and the tokenizer alike.
SELECT 'MATCH US' AS query, group_concat(rowid) AS rows FROM f WHERE f MATCH 'US'
UNION ALL SELECT 'MATCH us', group_concat(rowid) FROM f WHERE f MATCH 'us'
UNION ALL SELECT 'MATCH UN', group_concat(rowid) FROM f WHERE f MATCH 'UN'
UNION ALL SELECT 'MATCH США', group_concat(rowid) FROM f WHERE f MATCH 'США'
UNION ALL SELECT 'MATCH EU', group_concat(rowid) FROM f WHERE f MATCH 'EU'
UNION ALL SELECT 'find US', group_concat(rowid) FROM f WHERE transcript_find(text, 'US') > 0
UNION ALL SELECT 'find us', group_concat(rowid) FROM f WHERE transcript_find(text, 'us') > 0
UNION ALL SELECT 'find UN', group_concat(rowid) FROM f WHERE transcript_find(text, 'UN') > 0
UNION ALL SELECT 'mentions', group_concat(f.rowid || ':' || m.entity) FROM f, transcript_mentions(f.text) AS m;
SELECT highlight(f, 0, '[', ']') AS fts5_highlight, transcript_highlight(text, 'US') AS transcript_highlight
FROM f WHERE f MATCH 'US';
SELECT transcript_highlight('Let us talk to the US and tell us about the US’s plans.', 'US') AS us_only;
SELECT transcript_highlight('Let us talk to the US and tell us about the US’s plans.', 'us') AS the_word_us;
-- Surnames that are words: capitalised, not at a sentence start; the full name anywhere.
SELECT transcript_highlight('The oil price rose. Mr Price said. Price said too.', '"Ned Price"') AS price,
       transcript_find('The oil price rose. Mr Price said. Price said too.', '"Ned Price"') AS n;
SELECT transcript_highlight('Ned Price, spokesman. N. Price again.', '"Ned Price"') AS full_name;
-- With the full name in the same text, the surname alone counts at a sentence start too.
SELECT transcript_highlight('Ned Price took questions. Price said no. The oil price rose.', 'Price') AS named_entity,
       transcript_highlight('Ned Price took questions. Price said no.', '"Ned Price"') AS named_person,
       transcript_highlight('Price said no.', 'Price') AS not_named;
SELECT surface, start_char FROM transcript_mentions('Ned Price took questions. Price said no. The oil price rose.');
SELECT transcript_highlight('Rice and bush; Ms Rice met Mr. Bush in May; Theresa May.', 'Rice OR Bush OR "Theresa May"') AS rice_bush_may;
SELECT transcript_highlight('Белый дом и белый флаг. Поэт Андрей Белый; Белый писал.', '"Андрей Белый"') AS bely;
SELECT transcript_highlight('Мороз и мороз. Спикер Мороз заявил.', 'Мороз') AS moroz;
SELECT entity, surface FROM transcript_mentions('The oil price rose. Mr Price said. Price said too. Mr. Bush and a bush.');
-- Another person of the surname: a given name that is also a word ("Tom" inside a sentence;
-- at a sentence's start or in quotation marks a capitalised word is just a word), an office
-- the gazetteer's person never held, an honorific and an office before it.
SELECT group_concat(entity || ':' || surface, '; ') AS others FROM transcript_mentions(
  'We have Tom Price here. Yesterday Putin spoke. They chanted “Never Trump.” Secretary Gates and Ambassador Rice met Secretary Rice. Thank you and First Lady Kim. Under presidents Bush and Obama, and in the first Bush administration.');
SELECT group_concat(entity || ':' || surface, '; ') AS russian_adjective FROM transcript_mentions(
  'Встреча в Белом доме, берег Белого моря, «Белые ночи». Андрей Белый писал стихи, и Белый говорил о них.');
-- A name printed surname first opens its sentence with the surname ("Xi" is a word: the
-- Greek letter): the whole name counts there, the surname alone does not.
SELECT transcript_find('Xi Jinping arrived. Xi said little.', '"Xi Jinping"') AS xi_full,
       transcript_find('Xi said little.', '"Xi Jinping"') AS xi_alone,
       transcript_highlight('Си Цзиньпин прибыл. Си заявил.', '"Xi Jinping"') AS xi_ru;
SELECT entity, surface, start_char FROM transcript_mentions('Xi Jinping arrived in Moscow.');
CREATE VIRTUAL TABLE x USING fts5(text, tokenize='transcript');
INSERT INTO x(rowid, text) VALUES (1, 'Xi Jinping arrived.'), (2, 'Xi said little.'), (3, 'Си Цзиньпин прибыл.');
SELECT 'MATCH "Xi Jinping"' AS query, group_concat(rowid) AS rows FROM x WHERE x MATCH '"Xi Jinping"'
UNION ALL SELECT 'find "Xi Jinping"', group_concat(rowid) FROM x WHERE transcript_find(text, '"Xi Jinping"') > 0;
CREATE VIRTUAL TABLE p USING fts5(text, tokenize='transcript');
INSERT INTO p(rowid, text) VALUES (1, 'The oil price rose.'), (2, 'Mr Price said.'), (3, 'Price said.'),
  (4, 'PRICE CONTROLS ENDED. A headline in capitals.'), (5, 'Ned Price spoke.');
SELECT 'MATCH "Ned Price"' AS query, group_concat(rowid) AS rows FROM p WHERE p MATCH '"Ned Price"'
UNION ALL SELECT 'find "Ned Price"', group_concat(rowid) FROM p WHERE transcript_find(text, '"Ned Price"') > 0
UNION ALL SELECT 'MATCH price', group_concat(rowid) FROM p WHERE p MATCH 'price'
UNION ALL SELECT 'find price', group_concat(rowid) FROM p WHERE transcript_find(text, 'price') > 0;
-- One highlight rule: the possessive outside the marks, in transcript_highlight and in the
-- tokenizer's highlight(); an initial's full stop inside.
CREATE VIRTUAL TABLE h USING fts5(text, tokenize='transcript');
INSERT INTO h VALUES ('Lavrov''s speech and Belarus’s answer.');
SELECT highlight(h, 0, '[', ']') AS fts5, transcript_highlight(text, 'Lavrov OR Belarus') AS transcript FROM h WHERE h MATCH 'Lavrov OR Belarus';
SELECT snippet(h, 0, '[', ']', '…', 4) AS fts5, transcript_snippet(text, 'Lavrov', '[', ']', '…', 4) AS transcript FROM h WHERE h MATCH 'Lavrov';
-- Integer options as hosts bind them: an integral REAL is the integer; a fraction is an error.
SELECT transcript_snippet('One two three four five OSCE six seven.', 'OSCE', '[', ']', '…', 3.0) AS real_three;
SELECT count(*) AS fragments FROM transcript_snippets('One OSCE two. Three OSCE four.', 'OSCE', 2.0, 2.0);
SELECT transcript_snippet('One two OSCE.', 'OSCE', '[', ']', '…', 3.5);
SELECT * FROM transcript_snippets('One two OSCE.', 'OSCE', 2, 1.5);
SELECT transcript_snippet('One two OSCE.', 'OSCE', '[', ']', '…', 1e300);
-- Schema-qualified gazetteers: an attached database, main, temp.
ATTACH ':memory:' AS ref;
CREATE TABLE ref.people(entity TEXT, alias TEXT, kind TEXT);
INSERT INTO ref.people VALUES ('Ivan Petrov', 'Ivan Petrov', 'person');
CREATE TABLE main.orgs(entity TEXT, alias TEXT);
INSERT INTO main.orgs VALUES ('Acme', 'Acme Corp');
SELECT entity, surface FROM transcript_mentions('Петрову позвонили из Acme Corp.', 'ref.people');
SELECT entity, surface FROM transcript_mentions('Петрову позвонили из Acme Corp.', 'main.orgs');
INSERT INTO ref.people VALUES ('Acme', 'Acme Corp', 'organisation');
SELECT entity, surface FROM transcript_mentions('Петрову позвонили из Acme Corp.', 'ref.people');
SELECT entity FROM transcript_mentions('x', 'ref.nothing');
SELECT entity FROM transcript_mentions('x', 'nosuchschema.people');
-- Chinese names in Pinyin and in Palladius (entities/palladius.h): a name asked for in one
-- system is found printed in the other, inflected Russian included, in transcript_find and
-- transcript_highlight and in the FTS5 tokenizer's queries (not with translit 0); names of
-- no gazetteer (Li Qiang, Zhang Hanhui, Zhang Youxia), a given name alone; words that only
-- look like syllables find nothing new.
CREATE TABLE zh(id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO zh(text) VALUES ('Премьер Госсовета КНР Ли Цян заявил, что…'), ('Встреча с Ли Цяном.'),
  ('Посол Чжан Ханьхуэй и генерал Чжан Юся.'), ('Zhang Hanhui, the ambassador, met Zhang Youxia.'),
  ('Li Qiang said.'), ('Путин сказал: «Хорошо».'), ('He said so.');
SELECT q AS query, (SELECT group_concat(id) FROM zh WHERE transcript_find(text, q) > 0) AS rows
FROM (SELECT '"Li Qiang"' AS q UNION ALL SELECT '"Ли Цян"' UNION ALL SELECT 'Qiang'
      UNION ALL SELECT '"Zhang Hanhui"' UNION ALL SELECT '"Чжан Юся"' UNION ALL SELECT 'Hanhui'
      UNION ALL SELECT 'Putin' UNION ALL SELECT 'he');
SELECT transcript_highlight(text, '"Zhang Youxia"', '[', ']') AS youxia FROM zh WHERE id = 3;
CREATE VIRTUAL TABLE zh_fts USING fts5(text, tokenize='transcript');
INSERT INTO zh_fts(rowid, text) SELECT id, text FROM zh;
CREATE VIRTUAL TABLE zh_fts0 USING fts5(text, tokenize='transcript translit 0');
INSERT INTO zh_fts0(rowid, text) SELECT id, text FROM zh;
SELECT 'MATCH Qiang' AS query, group_concat(rowid) AS rows FROM zh_fts WHERE zh_fts MATCH 'Qiang'
UNION ALL SELECT 'MATCH "Zhang Hanhui"', group_concat(rowid) FROM zh_fts WHERE zh_fts MATCH '"Zhang Hanhui"'
UNION ALL SELECT 'MATCH Юся', group_concat(rowid) FROM zh_fts WHERE zh_fts MATCH 'Юся'
UNION ALL SELECT 'translit 0: MATCH Qiang', group_concat(rowid) FROM zh_fts0 WHERE zh_fts0 MATCH 'Qiang';
-- Names from languages that read Latin letters otherwise than English
-- (entities/foreign_readings.h): a capitalised query word that is no common word, or a
-- person's name, also finds the Russian spelling of its sound (French Barrot = Барро,
-- Jean-Noël = Жан-Ноэль, German Steinmeier = Штайнмайер, Spanish José = Хосе, Italian
-- Giorgia = Джорджа, Slovak Fico = Фицо), inflected Russian included, in transcript_find,
-- highlights and the FTS5 tokenizer's queries (not with translit 0). Common words keep
-- their meaning: French China would read шина (a tyre), lower-case words are no names.
CREATE TABLE fr(id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO fr(text) VALUES ('Министр Жан-Ноэль Барро заявил…'), ('Встреча с Барро.'),
  ('Президент Германии Франк-Вальтер Штайнмайер и премьер Словакии Роберт Фицо.'),
  ('Глава МИД Испании Хосе Мануэль Альбарес и премьер Италии Джорджа Мелони.'),
  ('Jean-Noël Barrot said.'), ('Шина лопнула.'), ('У Штайнмайера спросили.');
SELECT q AS query, (SELECT group_concat(id) FROM fr WHERE transcript_find(text, q) > 0) AS rows
FROM (SELECT 'Barrot' AS q UNION ALL SELECT '"Jean-Noël Barrot"' UNION ALL SELECT 'Steinmeier'
      UNION ALL SELECT '"José Manuel Albares"' UNION ALL SELECT '"Giorgia Meloni"' UNION ALL SELECT 'Fico'
      UNION ALL SELECT 'China' UNION ALL SELECT 'barrot');
SELECT transcript_highlight(text, '"Frank-Walter Steinmeier"', '[', ']') AS steinmeier FROM fr WHERE id = 3;
CREATE VIRTUAL TABLE fr_fts USING fts5(text, tokenize='transcript');
INSERT INTO fr_fts(rowid, text) SELECT id, text FROM fr;
CREATE VIRTUAL TABLE fr_fts0 USING fts5(text, tokenize='transcript translit 0');
INSERT INTO fr_fts0(rowid, text) SELECT id, text FROM fr;
SELECT 'MATCH Barrot' AS query, group_concat(rowid) AS rows FROM fr_fts WHERE fr_fts MATCH 'Barrot'
UNION ALL SELECT 'MATCH Steinmeier', group_concat(rowid) FROM fr_fts WHERE fr_fts MATCH 'Steinmeier'
UNION ALL SELECT 'MATCH "Giorgia Meloni"', group_concat(rowid) FROM fr_fts WHERE fr_fts MATCH '"Giorgia Meloni"'
UNION ALL SELECT 'translit 0: MATCH Barrot', group_concat(rowid) FROM fr_fts0 WHERE fr_fts0 MATCH 'Barrot';
