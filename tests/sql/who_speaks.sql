-- Issue 14's examples, each as a page, through SQL: speaker, speaker_title, kind, reply_to.
.mode list
.headers on

-- Offices and titles go into speaker_title; the person stays.
SELECT seq, speaker, speaker_title, kind, reply_to FROM transcript_turns('Meeting with business leaders

Vladimir Putin: Good afternoon, colleagues. Mr Gref, please.

Sberbank CEO German Gref: Mr President, the bank had a good year.

Presidential Aide Andrei Belousov: Let me add a few figures on investment.

Rostec CEO Sergey Chemezov: Our output grew by ten percent.

Vladimir Putin: Thank you.');

-- One person, one spelling: the short, the capitalised and the misprinted form take the full one.
SELECT seq, speaker, speaker_title, kind FROM transcript_turns('House of Commons debate on the Middle East

Mr. William Hague (Richmond, Yorks): The Government have set out their position on the talks.

Mr. Michael Howard (Folkestone and Hythe): Will my right hon. Friend say when the talks resume?

Mr. Hague: As soon as the parties agree, and not before.

Howard: And on the sanctions?

Mr. Hague: They remain in place.');

SELECT seq, speaker, kind FROM transcript_turns('Interview with the newspaper Kommersant

M. Papchenkova: Mr Lavrov, what do you expect from the talks?

Sergey Lavrov: Results, not statements.

Margarita Papchenkova: And if there are none?

Lavrov: Then we will say so.');

SELECT seq, speaker, speaker_title, kind, reply_to FROM transcript_turns('Department Press Briefing

John Kirby, Coordinator for Strategic Communications

MR KIRBY: Good afternoon. I have one thing at the top.

QUESTION: Will the Secretary travel to the region?

MR KIRBY: Not this week.

QUESTION: Thank you.');

SELECT seq, speaker, kind FROM transcript_turns('Remarks Before Marine One Departure

THE PRESIDENT: Hello, everybody.

Q Mr. President, will you sign the bill?

BIDEN: I will sign it tomorrow.');

SELECT seq, speaker, speaker_title, kind, reply_to FROM transcript_turns('Joint news conference following talks with Federal Chancellor of Germany Angela Merkel

Vladimir Putin: Ladies and gentlemen, our talks were substantive.

Federal Chancellor of Germany Angela Merkel (retranslated): Thank you, Mr President.

Question: Madam Chancellor, will gas deliveries continue?

Angela Markel (retranslated): They will, under the contracts.');

-- Labels that name nobody give NULL.
SELECT seq, speaker, label, kind, reply_to FROM transcript_turns('Background Press Call on the Summit

MODERATOR: Thanks, everyone, for joining. This call is on background, attributable to a senior administration official. Over to our official.

SENIOR ADMINISTRATION OFFICIAL: Thanks. The summit will take two days, with a leaders'' session on the first day and working sessions on climate, trade and health on the second, and a joint statement at the end.

Q: Will the President meet the Chinese leader on the margins?

SENIOR ADMINISTRATION OFFICIAL: We have nothing to announce on bilateral meetings at this point. As you know, the schedule is still being put together, and we will update you as soon as we can.

PTI: Is there an agenda for India at the summit?

ADMINISTRATION OFFICIAL: Climate and trade will be the main items, and there will be a session on supply chains where India is expected to play a leading role.

PARTICIPANT: A follow-up on trade, please: will there be new tariffs?

SENIOR ADMINISTRATION OFFICIAL: There are no new tariffs on the table for this summit; the discussion is about resilience and coordination among the partners.');

SELECT seq, speaker, label, kind FROM transcript_turns('Prime Minister''s Questions

Mr. Speaker: Order. Questions to the Prime Minister.

Keir Starmer (Holborn and St Pancras) (Lab): Will the Prime Minister tell the House why waiting lists are rising?

The Prime Minister (Rishi Sunak): Because of the strikes, which he supports.

Hon. Members: Hear, hear!

Keir Starmer: That is not an answer. Will he meet the nurses?

The Prime Minister: I have met them many times.

Mr. Speaker: Order.');

-- The principal speaker is the page's own speaker, not its guest; never a country or a body.
SELECT speaker FROM transcript_documents('Meeting with Federal Chancellor of Germany Olaf Scholz

Good afternoon, Mr Chancellor. Welcome to Moscow.

Olaf Scholz: Thank you, Mr President.');
SELECT seq, kind, speaker FROM transcript_turns('Meeting with Federal Chancellor of Germany Olaf Scholz

Good afternoon, Mr Chancellor. Welcome to Moscow.

Olaf Scholz: Thank you, Mr President.');
SELECT speaker FROM transcript_documents('Press conference following talks with President of Iran Hassan Rouhani

Vladimir Putin: Mr President, ladies and gentlemen.

Hassan Rouhani (retranslated): Thank you.');
SELECT speaker FROM transcript_documents('Обращение Президента Российской Федерации

Граждане России! Дорогие друзья!');
SELECT speaker FROM transcript_documents('Statement by the High Representative on behalf of the EU on the European External Action Service on Belarus

The European Union calls for the release of all political prisoners.');
SELECT speaker FROM transcript_documents('Telephone conversation with President of the United Arab Emirates Mohammed bin Zayed Al Nahyan

The leaders discussed regional issues.');

-- Kinds follow roles: the press secretary who gives the floor makes statements; a
-- journalist answering the president's counter-question still asks; a closing courtesy is
-- a statement.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('Большая пресс-конференция Владимира Путина

Д.Песков: Коллеги, начинаем. Пожалуйста, первый вопрос.

Вопрос: Владимир Владимирович, как Вы оцениваете итоги года?

В.Путин: Итоги неплохие. А Вы как считаете?

Вопрос: Я считаю, что год был трудным.

В.Путин: Согласен, трудным, но мы справились.

Д.Песков: Давайте дальше. Пожалуйста.

Вопрос: Про ипотеку: ставки снизятся?

В.Путин: Снизятся.

Д.Песков: Спасибо, на этом всё.');

SELECT seq, speaker, kind, reply_to FROM transcript_turns('Встреча с членами Правительства

В.Путин: Добрый день, уважаемые коллеги! Начнём с доклада Министра финансов.

А.Силуанов: Уважаемый Владимир Владимирович! Бюджет исполнен с профицитом.

В.Путин: А что с доходами?

А.Силуанов: Доходы выросли на десять процентов.

М.Орешкин: Хочу добавить по инвестициям: они растут третий квартал подряд.');

-- A bare Answer: on a page whose title names the spokesperson is spoken by that person.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('Briefing by Official Spokesperson Maria Zakharova

Question: What about the talks in Geneva?

Answer: They will continue next week.');

-- A press secretary's few words in a gaggle where the journalists are "Q": one of the
-- officials (her interjection answers the open question), never someone who asks.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('Press Gaggle by President Trump Aboard Air Force One

THE PRESIDENT: Everybody okay? It has been an amazing trip.

Q How were your discussions with the Prime Minister?

THE PRESIDENT: Very good. We issued a joint statement.

MS. SANDERS: It is going out now.

THE PRESIDENT: So you will see it in a little while.

Q Did trade come up?

THE PRESIDENT: It did, at great length.

MS. SANDERS: Let us take one more.

Q Will you go back next year?

THE PRESIDENT: I think so.');

-- Stage notes are not words: "(As interpreted.) Thank you very much." thanks; a quip the
-- room laughs at, on the other president's answer, answers nothing.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('Joint Press Conference of President Trump and President Macron

PRESIDENT TRUMP: Thank you very much. It is a great honor to be here with a great friend.

Q A question for both presidents: will you meet again this year?

PRESIDENT MACRON: (In English.) Yes, we will meet in the autumn, in Paris.

PRESIDENT TRUMP: What a good answer that was. (Laughter.)

PRESIDENT MACRON: (As interpreted.) And we will work on the climate before then.

PRESIDENT TRUMP: They are very different circumstances.

PRESIDENT MACRON: (As interpreted.) Thank you very much.');

-- An interviewer's sign-off (one of the last two turns, thanks and no question) asks
-- nothing and closes the open question: the reply to it is a statement.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('Interview of the Vice President with Rush Limbaugh

Q How is the recovery going so far?

THE VICE PRESIDENT: Well, the water is receding and the rebuilding has begun.

Q Mr. Vice President, I know you have a meeting to go to. Thanks for making time for us today. We will be back, folks.

THE VICE PRESIDENT: Thank you, Rush. Always good to be with your listeners.');

-- A few words back to someone's thanks answer no question.
SELECT seq, speaker, kind, reply_to FROM transcript_turns('News Conference Following the Summit

Vladimir Putin: Good afternoon. I am ready to take your questions.

Question: Could you share what was said about trade?

Vladimir Putin: We agreed to lower the tariffs on grain.

Question: Thank you very much.

Vladimir Putin: You are welcome.

Question: And on energy?

Vladimir Putin: That comes next year.');

-- A radio host's first turn welcomes the guest and asks nothing: no question, and the
-- guest's thanks answer none; the host's next turn asks.
SELECT seq, label, kind, reply_to FROM transcript_turns('Interview of the Vice President with Rush Limbaugh

Q    Vice President Pence is here.  And welcome, sir, once again back to the EIB Network.  Happy to have you here.

THE VICE PRESIDENT:  Thank you, Rush.  Great to be back on.

Q    How is it all going?  How would you assess the effort so far?

THE VICE PRESIDENT:  Well, I would tell you, I just walked out of FEMA and the work goes on.');

-- "Remarks by the Vice President and …": the office in the title is the principal, here
-- the person its label names; the guest named after it is not.
SELECT speaker FROM transcript_documents('Remarks by the Vice President and Japanese Deputy Prime Minister Aso at a Press Conference

VICE PRESIDENT PENCE:  Good afternoon.  It is an honor to welcome the Deputy Prime Minister.

DEPUTY PRIME MINISTER ASO:  Thank you, Mr. Vice President.  We had a productive dialogue.

Q    Mr. Vice President, on North Korea, what comes next?

VICE PRESIDENT PENCE:  All options are on the table.

Q    Mr. Deputy Prime Minister, on trade?

DEPUTY PRIME MINISTER ASO:  We will continue to talk.');

-- The first words after a whole question answer it, even a few that give the floor
-- ("Please do."); after a question broken off with "--" they take the floor back; the
-- page's last thanks close it.
SELECT seq, label, kind, reply_to FROM transcript_turns('News conference of the President

Question: Thank you. I have several questions we received from our users.

Vladimir Putin: Please do.

Question: What do you like about China?

Vladimir Putin: Its people and its history.

Question: And the former chairman of the league today --

Vladimir Putin: Let me take another question.

Question: One last question, please?

Vladimir Putin: Thank you.');

-- One person whose given name the page transliterates two ways ("Nikolai" and "Nikolay"
-- Izosimov, kremlin.ru 56858) is one speaker, in the spelling the page uses most.
SELECT seq, speaker FROM transcript_turns('Meeting with aviation workers

Vladimir Putin: Good afternoon, colleagues.

Commander of the flight training detachment Nikolai Izosimov: Good afternoon, Mr President.

Vladimir Putin: How many pilots do you train?

Nikolai Izosimov: About two hundred a year.

Nikolay Izosimov: And we plan to double that.');

-- A label in capitals with a surname alone, and the page's text naming the same office with
-- a given name (whitehouse.gov 1357: "Nashville Mayor Karl Dean", "FEMA Administrator Craig
-- Fugate"): the full name. "MAYOR DEAN" reads as two office words until the text shows Dean
-- as a surname; "MR. FUGATE" is the same person. Capitals in a headline give no name.
SELECT seq, speaker, speaker_title FROM transcript_turns('Conference call on the flooding

MR. CARROLL: We have Nashville Mayor Karl Dean and FEMA Administrator Craig Fugate with us.

MAYOR DEAN: Thank you. The river crested last night.

ADMINISTRATOR FUGATE: Good afternoon, everybody.

Q Mr. Fugate, how many applications so far?

MR. FUGATE: About 8,500.');

-- A surname alone, titled or not, and the one person the page's text names with a given
-- name and that surname (whitehouse.gov 678: "Ben Rhodes, Deputy National Security Advisor,
-- is with me", then "MR. RHODES:"): the full name. Not a word the page also prints in lower
-- case ("Never Sanders" is no name: "never" is a word), nor a surname the text gives two
-- people ("John Smith" and "Jane Smith"), nor a name in the tags after the last turn.
SELECT seq, speaker, speaker_title FROM transcript_turns('Press Briefing by Press Secretary Jay Carney

MR. CARNEY: Good afternoon. Ben Rhodes, Deputy National Security Advisor, is with me. We never
said that. Never Sanders, as the sign said. John Smith and Jane Smith are here too.

MR. RHODES: Thanks, Jay. The President met the Prime Minister.

Q Ben, one question.

MR. RHODES: Sure.

MS. SANDERS: Next question.

MR. SMITH: Thank you.

MR. CARNEY: Thanks, everybody.');
SELECT seq, speaker FROM transcript_turns('<html><body><h1>Press Gaggle by Press Secretary Jay Carney</h1>
<p>MR. CARNEY: Good morning. Let me start with the schedule.</p>
<p>MR. KELLY: Thank you, Jay.</p>
<p>MR. CARNEY: Thanks.</p>
<footer>Tags: Megyn Kelly, White House</footer></body></html>');

SELECT seq, speaker, speaker_title FROM transcript_turns('PRESIDENT KARL SMITH AT THE SUMMIT

PRESIDENT SMITH: Good morning.

Q Mr. President, a question.

PRESIDENT SMITH: Yes.');

-- A name with particles (kremlin.ru 57632): the title names "Mohammed bin Zayed Al Nahyan",
-- the label "Crown Prince Mohammed Al Nahyan of Abu Dhabi" (three name words before the
-- see); the page writes the person one way. A principal's name keeps its particles
-- ("Ludwig van Beethoven", not "Ludwig").
SELECT seq, speaker, speaker_title FROM transcript_turns('Meeting with Crown Prince of Abu Dhabi Mohammed bin Zayed Al Nahyan

Vladimir Putin: Your Highness, welcome.

Crown Prince Mohammed Al Nahyan of Abu Dhabi (retranslated): Thank you, Mr President.');
SELECT speaker AS principal FROM transcript_documents('Remarks by Ambassador Ludwig van Beethoven at the Embassy

Thank you all for coming tonight. It is a pleasure to welcome you.');

-- A style of address (kremlin.ru 56864, 56272): the guest is the name before the see, in the
-- label and in the title, so the page's principal stays its host.
SELECT speaker AS principal FROM transcript_documents('Meeting with King Abdullah II of Jordan

Vladimir Putin: Your Majesty, welcome to Moscow.

King Abdullah II of Jordan: Mr President, thank you for your hospitality.');
SELECT seq, speaker, speaker_title FROM transcript_turns('Meeting with King Abdullah II of Jordan

Vladimir Putin: Your Majesty, welcome to Moscow.

King Abdullah II of Jordan: Mr President, thank you for your hospitality.');

-- Another briefer taking the floor after someone else answered greets the room first
-- (whitehouse.gov 1187: "Hey, guys, I won't take long.", "Thanks, everybody, and thanks for
-- traveling with us."): a statement of their own, not a second answer. A second answer that
-- greets nobody stays an answer.
SELECT seq, kind, reply_to, speaker FROM transcript_turns('Press Briefing

MR. CARNEY: Good afternoon. I have with me Ben Rhodes and Tom Donilon.

Q: Can we put this on camera?

MR. CARNEY: Not this one.

MR. RHODES: Hey, guys, I will not take long. The President has been working on this.

MR. DONILON: Thanks, everybody, and thanks for traveling with us. I will do three things.

Q: What does it cost?

MR. RHODES: It is an ongoing operation.

MR. DONILON: I do not have a specific cost estimate.');

-- Someone the page does not name: "AUDIENCE MEMBER" asks at a question-and-answer event;
-- "UNIDENTIFIED SPEAKER" thanking the room closes it. Neither is a person.
SELECT seq, kind, quote(speaker) AS speaker, label, quote(reply_to) AS reply_to FROM transcript_turns('Press conference

May 5, 2023

SECRETARY BLINKEN: Good afternoon. We met today.

QUESTION: What next?

SECRETARY BLINKEN: We will see.

AUDIENCE MEMBER: And Iran?

SECRETARY BLINKEN: Later.

UNIDENTIFIED SPEAKER: Thank you, everyone.');

-- A recording's time codes before the labels: the labels are read after them, and the
-- turns start there.
SELECT seq, kind, quote(speaker) AS speaker, label, quote(reply_to) AS reply_to, start_char FROM transcript_turns('Interview with Foreign Minister Sergey Lavrov

May 5, 2023

[00:00:05] Interviewer: Mr Lavrov, how are the talks going?

[00:00:12] Sergey Lavrov: They are going well. We are making progress.

[00:01:40] Interviewer: And what comes next?

[00:01:45] Sergey Lavrov: We will meet again in June.');

-- An interview that sets its questions in bold and prints no labels: the bold lines that
-- ask are the questions (no label), the plain paragraphs after them the principal's
-- answers. HTML and Markdown alike; a page with labels of its own is read by its labels.
SELECT seq, kind, quote(speaker) AS speaker, quote(label) AS label, quote(reply_to) AS reply_to, text FROM transcript_turns('<h1>Интервью Министра иностранных дел России С.В.Лаврова газете «Известия», 3 октября 2023 года</h1>
<p><strong>Сергей Викторович, как Вы оцениваете итоги сессии?</strong></p>
<p>Сессия прошла в сложной обстановке. Мы изложили нашу позицию.</p>
<p><strong>Что дальше с переговорами?</strong></p>
<p>Переговоры продолжатся.</p>');
SELECT seq, kind, quote(speaker) AS speaker, quote(label) AS label, quote(reply_to) AS reply_to, start_char, text FROM transcript_turns('# Interview of Foreign Minister Sergey Lavrov to Izvestia, October 3, 2023

**Mr Lavrov, how do you assess the session?**

The session took place in a difficult environment.

**What next for the talks?**

The talks will continue.');
-- The same in italics, and a question that puts its context in a bold paragraph of its own
-- or breaks its line: the run of bold paragraphs is one question, the answer begins after
-- the question mark.
SELECT seq, kind, quote(speaker) AS speaker, quote(reply_to) AS reply_to, text FROM transcript_turns('<h1>Interview of Foreign Minister Sergey Lavrov to Izvestia, October 3, 2023</h1>
<p><em>Mr Lavrov, how do you assess the session?</em></p>
<p>The session took place in a difficult environment.</p>
<p><i>What next for the talks?</i></p>
<p>The talks will continue.</p>');
SELECT seq, kind, quote(speaker) AS speaker, quote(reply_to) AS reply_to, text FROM transcript_turns('<h1>Интервью Министра иностранных дел России С.В.Лаврова газете «Известия», 3 октября 2023 года</h1>
<p><strong>На прошлой неделе прошла сессия Генеральной Ассамблеи.</strong></p>
<p><strong>Как Вы оцениваете её итоги?</strong></p>
<p>Сессия прошла в сложной обстановке.</p>
<p><strong>Переговоры продолжатся?<br/>Когда?</strong></p>
<p>Переговоры продолжатся осенью.</p>');
SELECT seq, kind, quote(label) AS label, text FROM transcript_turns('# Interview of Foreign Minister Sergey Lavrov, October 3, 2023

*Mr Lavrov, how do you assess the session?*

The session took place in a difficult environment.

_What next?_

The talks will continue.');
SELECT seq, kind, quote(label) AS label FROM transcript_turns('<h1>Interview of Foreign Minister Sergey Lavrov, October 3, 2023</h1>
<p><strong>Question:</strong> How do you assess the session?</p>
<p><strong>Sergey Lavrov:</strong> It was difficult.</p>
<p><strong>Is that all?</strong></p>
<p><strong>Question:</strong> What next?</p>
<p><strong>Sergey Lavrov:</strong> We will see.</p>');

-- A sentence that ends in "question:" introduces the question the speaker reads out, and a
-- country or a single unknown word before a quotation is a source cited inside a speech
-- (kremlin.ru 57692, 59455, 55882): neither opens a turn.
SELECT seq, speaker, label, paragraphs, replace(substr(text, 1, 50), char(10), ' ') FROM transcript_turns('Direct Line

Vladimir Putin: Good afternoon.

Anna Smith: I have a question about roads?

Vladimir Putin: Thank you.

And another question: “Why is cow meat called beef?” Maybe Mr Gordeyev knows.

Alexei Gordeyev: I cannot answer this as a professional.

Vladimir Putin: See?

Germany: “This is a matter of peoples’ right to self-determination.” They decided.

France: “It does not allow, but does not forbid it.” So here you are.

Germany: “The ruling confirms our legal assessment.”

Anna Smith: Thank you?');

-- Pages that print each paragraph in its own <div> (whitehouse.gov 2009: "legacy-para")
-- put a bare "Q Who? …" on the line after the answer: a weak Q after a line that ends a
-- sentence or breaks off opens a turn; a "Q" that a hard-wrapped sentence carries over
-- ("… the office on" / "Q Street") does not.
SELECT seq, kind, label, replace(text, char(10), ' | ') FROM transcript_turns('<h1>Press Gaggle by Press Secretary Robert Gibbs</h1>
<div><div class="legacy-para">MR. GIBBS: Before we get started, a readout.</div>
<div class="legacy-para">At the conference, Ambassador Holbrooke had a brief conversation --</div>
<div class="legacy-para">Q Who? I am sorry --</div>
<div class="legacy-para">MR. GIBBS: Ambassador Holbrooke.</div>
<div class="legacy-para">Q When we were taking off there was a report. Can you tell us?</div>
<div class="legacy-para">MR. GIBBS: We moved the office on</div>
<div class="legacy-para">Q Street last year.</div></div>');

-- Two questions in a row under a label the page answers at least twice (two reporters, or
-- one going on): both are questions, neither is folded into the answer before it
-- (whitehouse.gov 1612: "Q Was the President in the room …?" / "Q I can ask you one --").
SELECT seq, kind, label, text, reply_to FROM transcript_turns('Press Briefing by Press Secretary Robert Gibbs

MR. GIBBS: Good afternoon.

Q Can you come back to us on the flu?

MR. GIBBS: I will check.

Q Was the President in the room with this gentleman?

Q I can ask you one --

MR. GIBBS: I do not know.

Q Thanks, Robert.');

-- A sign-off followed only by a few words each to the page's end (whitehouse.gov, the Hanoi
-- gaggle) closes the exchange too: the thanks and the parting remark are statements; the
-- reporters answering the president's parting question are Q turns nobody answers.
SELECT seq, kind, label, reply_to FROM transcript_turns('Press Gaggle by President Trump Aboard Air Force One

Q Any highlights from APEC? Do you have any asks for the other countries?

THE PRESIDENT: I think APEC was just good, very collegial, and we told them about our tougher trade policies from now on.

Q Thank you for coming back.

THE PRESIDENT: I will see you in Hanoi. Are you all going up?

Q Yes, sir.

Q We are.');

-- A page without labels whose only first-person word is "our": a statement where the title
-- names one (mfa.gov.by: one remarks turn, the date and place it is signed with at its
-- end), a press release where it does not (kln.gov.my: no turns).
SELECT kind, speaker, substr(text, 1, 40) FROM transcript_turns('<h1>Statement by the Foreign Ministry on countermeasures</h1>
<p>In response to illegal external sanctions pressure, the Government has banned the import of a number of goods.</p>
<p>Our country will take similar steps in relation to air carriers.</p>
<p style="text-align: right;">December 6, 2021, Minsk</p>');
SELECT title, date, place, turns FROM transcript_documents('<h1>Statement by the Foreign Ministry on countermeasures</h1>
<p>In response to illegal external sanctions pressure, the Government has banned the import of a number of goods.</p>
<p>Our country will take similar steps in relation to air carriers.</p>
<p style="text-align: right;">December 6, 2021, Minsk</p>');
SELECT title, date, turns FROM transcript_documents('<h1>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE TO MALAYSIA</h1>
<p>Malaysia has today received 500,000 doses of COVID-19 vaccine contributed by the Government of the UAE.</p>
<p>The vaccines were distributed to our diplomatic frontliners and our Missions abroad.</p>
<p>PUTRAJAYA</p>
<p>25 January 2022</p>');

-- A statement written in the third person is still a statement when the title names it
-- and its author (kremlin.ru 57257: "Statement by President of Russia Vladimir Putin");
-- a news item about a speech is not (kremlin.ru 59851).
SELECT kind, speaker, substr(text, 1, 40) FROM transcript_turns('Statement by President of Russia Vladimir Putin

On April 14, the United States, supported by its allies, launched an airstrike against targets in the Syrian Arab Republic.

Russia strongly condemns the attack on Syria.');
SELECT title, turns FROM transcript_documents('List of journalists accredited to cover Vladimir Putin’s Address to the Federal Assembly has been published

Accreditation badges will be issued to media representatives from 11 am to 4.30 pm on February 19.

Foreign journalists must present their passports and press cards.');

-- A report of many paragraphs with a rhetorical question halfway puts no question (kremlin.ru
-- councils: 56827, "Meeting of the Council for Science and Education"): a meeting of
-- reports, all statements. A long turn (over 200 words) whose last paragraph asks does put
-- one.
SELECT seq, kind, speaker, reply_to FROM transcript_turns('Meeting of the Council for Science and Education

Vladimir Putin: Good afternoon, colleagues. Mr Kovalchuk, you have the floor.

Mikhail Kovalchuk: Mr President, colleagues. Why is this so important? Because ' || replace(hex(zeroblob(50)), '00', 'the programme needs support. ') || '

' || replace(hex(zeroblob(10)), '00', 'We will go on with it. ') || 'Thank you.

Vladimir Putin: Thank you. Mr Sergeyev, please.

Alexander Sergeyev: Mr President, ' || replace(hex(zeroblob(60)), '00', 'the academy has grown. ') || 'Thank you.

Vladimir Putin: Thank you very much.');
SELECT seq, kind, speaker, reply_to FROM transcript_turns('Meeting of the Council for Science and Education

Vladimir Putin: Good afternoon, colleagues. Mr Sergeyev, you have the floor.

Alexander Sergeyev: Mr President, ' || replace(hex(zeroblob(60)), '00', 'the academy has grown. ') || '

So my question is: will the Government fund the new institutes next year?

Vladimir Putin: Yes, it will.');

-- A news item's lead over a heading that announces the transcript is no turn (kremlin.ru
-- 56495, 58701: "Transcript of the meeting with …", "Excerpts from transcript of …").
SELECT seq, kind, speaker, substr(text, 1, 30) FROM transcript_turns('Meeting with Federal Assembly leaders

The participants summed up the results of the parliament’s performance in 2017 and discussed urgent matters concerning law-making and priority tasks for next year. Our parliament worked hard.

Transcript of the meeting with leaders of the Federation Council and the State Duma

Vladimir Putin: Ms Matviyenko, Mr Volodin, colleagues, I am very pleased to see you.

Valentina Matviyenko: Thank you, Mr President.');
-- Speech above such a heading is no lead: it stays.
SELECT seq, kind, speaker, substr(text, 1, 30) FROM transcript_turns('Meeting with Federal Assembly leaders

Good afternoon, colleagues. We have a lot to discuss today, and I am glad to see you all here.

Transcript of the meeting with leaders of the Federation Council and the State Duma

Vladimir Putin: Ms Matviyenko, Mr Volodin, colleagues, I am very pleased to see you.

Valentina Matviyenko: Thank you, Mr President.');
-- A lead without a heading before a named speaker's turn is the publisher's narration
-- (kremlin.ru 55340, 58712: "Vladimir Vasilyev reported to the President on …"), no turn;
-- third-person announcements before Q and A labels open a briefing and stay.
SELECT seq, kind, speaker, substr(text, 1, 30) FROM transcript_turns('Meeting with United Russia faction leader Vladimir Vasilyev

Vladimir Vasilyev reported to the President on the parliamentary party’s work during the State Duma’s spring session.

President of Russia Vladimir Putin: Pushing someone to commit suicide is attempted murder.

Vladimir Putin: The law on the budget is a major priority for the autumn session.');
SELECT seq, kind, speaker, substr(text, 1, 30) FROM transcript_turns('Point de presse du porte-parole (14 mars 2023)

1 - Déplacement de Mme Catherine Colonna en Inde

La ministre se rendra en Inde du 19 au 21 mars.

Q - Quelle est la réaction de la France ?

R - La France a pris connaissance des conclusions.');
-- The same in Chinese, where names stand inside the text without spaces (fmprc.gov.cn
-- 1753480): the lead names 蔡潇丽, whose answers are labelled 蔡.
SELECT seq, kind, speaker, substr(text, 1, 12) FROM transcript_turns('驻欧盟大使夫人蔡潇丽接受欧盟媒体采访

在2020年“三八”国际妇女节来临之际，驻欧盟使团团长张明大使夫人蔡潇丽接受了欧盟媒体《欧盟观察》采访，向读者介绍中国妇女事业发展，并回答了记者关心的问题。

记者：中国现在确诊的新冠肺炎病例累计超过80000例，这对中国社会和人民日常生活产生了什么影响？

蔡：新冠肺炎疫情来的突然，发生时已临近中国春节，影响了正常生活。

记者：您有什么特别信息要传递给欧洲女性吗？

蔡：欧洲“妇女解放”历史悠久。');
-- Scripts without capitals: an Arabic statement that speaks in the first person ("نحن", we)
-- is speech, one turn; its words were taken for acronyms in capitals, so it had none.
SELECT seq, kind, substr(text, 1, 12) FROM transcript_turns('بيان وزارة الخارجية

نحن سعداء جدا بهذا القرار اليوم. سنواصل العمل مع شركائنا.');
-- Without a first or second person it is a news item, as in any language: no turn.
SELECT count(*) AS news_turns FROM transcript_turns('خبر

استقبل وزير الخارجية اليوم سفير ألمانيا وبحث معه العلاقات الثنائية.');
