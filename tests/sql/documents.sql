-- transcript_documents on the example page.
.mode list
.headers on
SELECT doc, title, date, place, time, speaker, lang, chars, turns, contacts
FROM transcript_documents(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
SELECT chars = length(CAST(readfile('data/mid_ru_lavrov_mgimo_2020.txt') AS TEXT)) AS chars_is_length
FROM transcript_documents(readfile('data/mid_ru_lavrov_mgimo_2020.txt'));
SELECT count(*) AS null_rows FROM transcript_documents(NULL);
SELECT turns, contacts, chars, title FROM transcript_documents('');
SELECT group_concat(name, ',') AS columns FROM pragma_table_xinfo('transcript_documents');

-- A press release's masthead ("THE WHITE HOUSE" / "Office of the Press Secretary" / a rule /
-- "For Immediate Release" and the date) stands between the title and the venue block, which
-- gives the place ("En route" in lower case too), not the title's last part ("MA").
SELECT title, date, place, speaker FROM transcript_documents('<h1>Gaggle by Deputy Press Secretary Bill Burton aboard Air Force One en route Boston, MA, 10/23/09</h1>
<div><strong>THE WHITE HOUSE</strong></div>
<div>Office of the Press Secretary<br/>
______________________________<br/>
For Immediate Release&nbsp;&nbsp;&nbsp;&nbsp; October 23, 2009</div>
<div>&nbsp;</div>
<div><strong>PRESS GAGGLE BY<br/>
DEPUTY PRESS SECRETARY BILL BURTON</strong></div>
<div>&nbsp;</div>
<div>Aboard Air Force One<br/>
En route Boston, Massachusetts</div>
<p>10:33 A.M. EDT</p>
<p>MR. BURTON:&nbsp; Good morning.&nbsp; I have a week ahead for you all.</p>
<p>Q&nbsp;&nbsp;&nbsp; Should we read anything into it?</p>
<p>MR. BURTON:&nbsp; No.</p>');

-- The markup's headline is no label, whatever its colon: "Youth 2030:" was a question
-- label, its turns ran from the headline, and the page had no title, date or place.
SELECT title, date, time, place, speaker, turns FROM transcript_documents('<p>Events</p>
<h1>Youth 2030: The Image of the Future panel session</h1>
<p>Vladimir Putin attended the Youth 2030: The Image of the Future panel session.</p>
<p>October 21, 2017<br/>16:45<br/>Sochi</p>
<p>Vladimir Putin: Good afternoon, friends, ladies and gentlemen.</p>
<p>I wish you every success. Thank you.</p>');

-- So is a text page's first line with a colon over the date: a headline. A first line
-- with a colon and no date under it stays a label.
SELECT title, date, place, turns FROM transcript_documents('Youth 2030: The Image of the Future panel session

October 21, 2017, Sochi

Vladimir Putin: Good afternoon, friends, ladies and gentlemen.

Question: What comes next?

Vladimir Putin: We will see.');
SELECT group_concat(label, ' | ') AS labels FROM transcript_turns('Sergey Lavrov: Good afternoon, colleagues

We have just finished our talks.

Question: What comes next?

Sergey Lavrov: We will see.');

-- A statement quoted in a news story: the one line that introduces the quotation names the
-- person (gov.uk's "Prime Minister Theresa May said:"); with two such lines, nobody.
SELECT speaker FROM transcript_documents('Foreign Secretary statement on the talks

5 May 2023

Foreign Secretary James Cleverly said:

The United Kingdom welcomes the agreement. We will keep working with our partners.');
SELECT quote(speaker) AS speaker FROM transcript_documents('Statement on the talks

5 May 2023

Foreign Secretary James Cleverly said:

The United Kingdom welcomes the agreement.

Minister Anne-Marie Trevelyan said:

It is a good day.');
SELECT speaker FROM transcript_documents('Заявление по итогам переговоров

5 мая 2023 года

Министр Сергей Лавров заявил:

Мы приветствуем договорённость. Мы продолжим работу с партнёрами.');
-- The office may be long, and a comma or post-nominal letters may stand before the verb.
SELECT speaker FROM transcript_documents('Заявление по итогам переговоров

5 мая 2023 года

Министр иностранных дел Российской Федерации Сергей Лавров заявил:

Мы приветствуем договорённость. Мы продолжим работу с партнёрами.');
SELECT speaker FROM transcript_documents('Statement on the talks

5 May 2023

The Foreign Secretary, James Cleverly, said:

The United Kingdom welcomes the agreement. We will keep working with our partners.');
SELECT speaker FROM transcript_documents('Statement on the talks

5 May 2023

Foreign Secretary James Cleverly MP said:

The United Kingdom welcomes the agreement. We will keep working with our partners.');
