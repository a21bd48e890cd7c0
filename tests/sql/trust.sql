-- Trust: the files form is DIRECTONLY. With trusted_schema=OFF a view in the main schema
-- cannot read files through it; the eponymous (text) form is innocuous and works there.
.mode list
.headers off
PRAGMA trusted_schema = OFF;
CREATE VIRTUAL TABLE main.pages USING transcript_documents(files='data/mid_ru_*.txt');
SELECT count(*) FROM pages;
CREATE VIEW main.page_view AS SELECT doc, turns FROM pages;
SELECT * FROM page_view;
CREATE TEMP VIEW temp_view AS SELECT doc, turns FROM pages;
SELECT * FROM temp_view;
CREATE VIEW main.text_view AS SELECT count(*) FROM transcript_turns('Question: Why?' || char(10) || char(10) || 'Sergey Lavrov: Because.');
SELECT * FROM text_view;
