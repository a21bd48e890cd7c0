-- sql/missions_for_mentions.sql — which missions of the archive's directories sit in the
-- countries that the turns mention.
--
-- Needs the tables of sql/archive.sql (mentions, contacts, documents) and the extension
-- loaded whenever the views are read (they call transcript_country, which is innocuous and
-- so allowed in views). Run it once per archive; it replaces the views it defines:
--
--   sqlite3 archive.db -cmd '.load ./build/transcript' '.read sql/missions_for_mentions.sql'
--
-- missions               one row per mission listed in any page's directory: the copy from
--                        the most recent page (pages repeat the same directory), with
--                        located_in, the country the mission is in
-- missions_for_mentions  one row per (turn, country it mentions, mission in that country):
--                        mentions of kind 'country' joined by code to missions.located_in
--
-- located_in is the entry's country_code, except under a section heading that names where
-- the missions are ("Представительства в РФ", "… in the United Kingdom"): the foreign
-- embassies in Moscow that mid.ru lists there carry their own country's code, yet they are
-- missions in Russia, not in that country.

DROP VIEW IF EXISTS missions_for_mentions;
DROP VIEW IF EXISTS missions;

CREATE VIEW missions AS
SELECT c.id,
       c.doc AS listed_in,
       c.section,
       c.kind,
       c.country,
       c.country_code,
       coalesce(
         CASE WHEN instr(c.section, ' в ') > 0
              THEN transcript_country(substr(c.section, instr(c.section, ' в ') + 3))
              WHEN instr(c.section, ' in ') > 0
              THEN transcript_country(substr(c.section, instr(c.section, ' in ') + 4)) END,
         c.country_code) AS located_in,
       c.name,
       c.city,
       c.address,
       c.head_title,
       c.head_name,
       json_extract(c.phones_e164, '$[0]') AS phone,
       json_extract(c.emails, '$[0]') AS email,
       json_extract(c.websites, '$[0]') AS website
FROM contacts AS c
WHERE c.kind <> 'hotline'
  AND c.id = (SELECT c2.id
              FROM contacts AS c2 JOIN documents AS d2 ON d2.doc = c2.doc
              WHERE c2.name IS c.name AND c2.country_code IS c.country_code
              ORDER BY d2.date DESC, c2.id DESC
              LIMIT 1);

CREATE VIEW missions_for_mentions AS
SELECT m.doc,
       m.seq,
       m.entity AS country,
       m.code,
       count(*) AS mentions,
       k.kind AS mission_kind,
       k.name AS mission,
       k.city,
       k.phone,
       k.listed_in
FROM mentions AS m
JOIN missions AS k ON k.located_in = m.code
WHERE m.kind = 'country'
GROUP BY m.doc, m.seq, m.code, k.id;
