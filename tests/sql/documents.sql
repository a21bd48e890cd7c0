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

-- An <h1> that sets a date over its headline, whose headline a breadcrumb prints alone
-- above it (bundeskanzleramt.gv.at): the breadcrumb's "Bundesministerin Raab:" was a label,
-- the page's title the skip link at its top and its date none. Now the headline line is no
-- label, and the title leaves its date out.
SELECT title, date, speaker, turns FROM transcript_documents('<html><head><title>Bundesministerin Raab: Mit Ländern Rahmenbedingungen gestalten - Bundeskanzleramt</title></head>
<body><ul><li><a href="#content" accesskey="1">Zum Inhalt <span>Accesskey</span> [1]</a></li></ul>
<nav><a href="/">Startseite</a> <a href="/n">Nachrichten</a>
<p>Bundesministerin Raab: Mit Ländern Rahmenbedingungen gestalten</p></nav>
<h1><span><time datetime="2022-02-01">1. Februar 2022</time></span> Bundesministerin Raab: Mit Ländern Rahmenbedingungen gestalten</h1>
<p>Mehr Geld für flexiblere Kinderbetreuung.</p>
<p>"Für mich ist es wichtig", betonte Bundesministerin Susanne Raab bei einer Pressekonferenz.</p></body></html>');
-- (A repeat of the headline under the <h1> is header, not a turn.)
SELECT title, date FROM transcript_documents('<h1><time>12 May 2023</time> Lavrov: We will respond to the sanctions</h1>
<p>Sergey Lavrov: Good afternoon.</p>');
SELECT group_concat(label, ' | ') AS labels, count(*) AS turns FROM transcript_turns('<h1><time>12 May 2023</time> Lavrov: We will respond to the sanctions</h1>
<p>Lavrov: We will respond to the sanctions</p>
<p>Sergey Lavrov: Good afternoon.</p>
<p>Question: What comes next?</p>
<p>Sergey Lavrov: We will see.</p>');

-- A page without <h1> whose <title> names its headline before the site: the line that
-- prints it is the title (on kln.gov.my's page, which prints the headline split over two
-- paragraphs too, the title was the first half; the <title> rule is html_text_test's
-- TheSitesNameIsNoHeading).
SELECT title, date FROM transcript_documents('<html><head><title>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA - Press Releases - Portal</title></head>
<body><div>Public Diplomacy/</div><div>Press Releases/</div>
<div>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA</div><div>Back</div>
<p>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA</p>
<p>Print UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA</p>
<p>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF</p>
<p>COVID-19 VACCINE TO MALAYSIA</p>
<p>Malaysia has today received 500,000 doses of COVID-19 vaccine contributed by the Government of the United Arab Emirates (UAE). The shipment of the vaccines was received by the Minister of Foreign Affairs.</p>
<p>PUTRAJAYA</p><p>25 JANUARY 2022</p></body></html>');

-- A news item (no speech) names the person its lead opens with, the subject of its first
-- sentence: not a guest the title names, nor a subject that is no person.
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Telephone conversation with President of Iran Hassan Rouhani

Vladimir Putin had a telephone conversation with President of the Islamic Republic of Iran Hassan Rouhani.

August 1, 2017

16:00

The two presidents discussed bilateral matters.');
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Встреча с вдовой Героя России Сергея Чебнёва

Владимир Путин встретился с вдовой Героя России Сергея Чебнёва Ольгой. Президент передал ей медаль.

6 марта 2025 года

Москва, Кремль');
-- The subject after a clause that opens the lead; not a name in a list.
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Meeting with Ali Khamenei

November 1, 2017

During his working visit to Iran, Vladimir Putin met with Supreme Leader of the Islamic Republic of Iran Ayatollah Ali Khamenei.');
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Greetings to winners of 2018 ISSF World Shooting Championships

The President congratulated Maxim Stepanov, Vladislav Pryanishnikov and Vladislav Shchepotkin on winning the team event.

September 10, 2018');
-- A Russian lead that names its event's holder in the genitive before "с" (with).
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Телефонный разговор с Эмиром Катара Тамимом Бен Хамадом Аль Тани

Состоялся телефонный разговор Владимира Путина с Эмиром Государства Катар Тамимом Бен Хамадом Аль Тани.

21 марта 2025 года');
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Talks in Minsk

Foreign Minister Sergey Lavrov held talks with his Belarusian counterpart in Minsk.

12 May 2023');
-- A title that is a sentence about its subject names it; a headline's passive (an
-- appointment, an honour) and an order's name do not.
SELECT title, quote(speaker) AS speaker FROM transcript_documents('Vladimir Putin visited Valaam

August 8, 2017

The President toured the monastery and talked with the monks.');
-- An announcement opens with the day ("On December 25 …", "25 декабря …").
SELECT title, quote(speaker) AS speaker FROM transcript_documents('On December 25 Vladimir Putin will meet with President of Belarus Alexander Lukashenko

December 24, 2018

On December 25 the President of Russia will meet with President of the Republic of Belarus Alexander Lukashenko.');
SELECT title, quote(speaker) AS speaker FROM transcript_documents('25 декабря Владимир Путин провёл переговоры с Президентом Белоруссии Александром Лукашенко

25 декабря 2018 года

Переговоры прошли в Москве.');
SELECT title, quote(speaker) AS speaker FROM transcript_documents('4 марта Владимир Путин встретится с Премьер-министром Мьянмы Мин Аун Хлайном

3 марта 2025 года

Встреча пройдёт в Кремле.');
SELECT title, quote(speaker) AS speaker FROM transcript_documents('Anatoly Antonov appointed Russian Ambassador to the USA

August 21, 2017

The Executive Order was signed today.');
-- A headline's passive verb with a plural object after it is active (kremlin.ru 55382): the
-- subject nominated the candidates; "awarded the Chinese Order of Friendship" stays passive.
SELECT title, quote(speaker) AS speaker FROM transcript_documents('Vladimir Putin nominated candidates to post of Head of Adygeya to Adygeya State Council

August 21, 2017

The candidates were submitted today.');
SELECT title, quote(speaker) AS speaker FROM transcript_documents('Vladimir Putin awarded the Chinese Order of Friendship

June 8, 2018

The ceremony took place in Beijing.');
SELECT title, quote(speaker) AS speaker FROM transcript_documents('Executive Order On the Structure of Federal Executive Bodies of Power

May 15, 2018

The Executive Order was signed today.');
-- Labelled turns that name no host (one turn each): the labelled speaker the lead opens with.
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Russian-Turkish talks

Vladimir Putin held talks with President of Turkey Recep Tayyip Erdogan.

November 13, 2017

Vladimir Putin: Mr President, friends, I am very happy to see you.

Recep Tayyip Erdogan (retranslated): Thank you very much, Mr President.');
-- A message quoted under such a lead: its remarks are the lead's subject's.
SELECT d.title, quote(d.speaker) AS principal, t.kind, quote(t.speaker) AS speaker, substr(t.text, 1, 30) AS text
FROM transcript_documents('Greetings to the 2017 festival of Russian culture in Japan

Vladimir Putin sent his greetings to participants and guests of the 2017 Russian Seasons festival of Russian culture in Japan.

July 7, 2017

13:00

The message reads, in part:

“The festival is taking place in the hospitable country of Japan for the twelfth time. The Japanese public will enjoy meeting Russian actors, musicians, ballet stars. I wish you success.”') AS d
JOIN transcript_turns('Greetings to the 2017 festival of Russian culture in Japan

Vladimir Putin sent his greetings to participants and guests of the 2017 Russian Seasons festival of Russian culture in Japan.

July 7, 2017

13:00

The message reads, in part:

“The festival is taking place in the hospitable country of Japan for the twelfth time. The Japanese public will enjoy meeting Russian actors, musicians, ballet stars. I wish you success.”') AS t;
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Working meeting with Stavropol Territory Governor Vladimir Vladimirov

Vladimir Vladimirov informed the President about the socioeconomic situation in the region.

March 1, 2018');
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Hurricane relief

Hurricane Irma struck the coast of Florida on Sunday morning.

12 September 2017');
SELECT title, quote(speaker) AS speaker, turns FROM transcript_documents('Назначения

Указом Президента Александр Никитич Дарчиев назначен Послом России в США.

6 марта 2025 года');

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
