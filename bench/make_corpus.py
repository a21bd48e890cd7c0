#!/usr/bin/python3
"""Writes a seeded, deterministic corpus of transcript pages for bench/run.

    /usr/bin/python3 bench/make_corpus.py --out bench/corpus --mb 100 --seed 7

Writes into --out:
  pages/page_NNNNN.txt  the pages (plain text, as saved from a browser), in the layouts the
                        parser supports: mid.ru English and Russian (time line, headline with
                        place and date, opening remarks, Question:/Sergey Lavrov:,
                        Вопрос:/С.В.Лавров:, annotated labels, moderators, `* * *`, the
                        «Дополнительные материалы» sidebar, photo album and the missions
                        directory), State Department briefings (MR PRICE:/QUESTION:) and
                        interviews (Q:/A:), some with an English embassy directory;
  turns.csv             the same turns as a user would otherwise load them (doc, seq, kind,
                        speaker, label, text), written from the generator's own knowledge of
                        what it put on each page, not from the extension;
  truth.json            what was generated: pages, turns, characters, bytes, and for each
                        tracked entity the turns that mention it in any language or form;
  stamp                 seed and size, so that bench/run regenerates only when they change.

Only the standard library is used; the same seed and size always give the same bytes.
"""
import argparse
import csv
import hashlib
import json
import os
import random
import shutil

# ----------------------------------------------------------------------------------------
# Vocabulary. Each entity has an English and a Russian set of forms; Russian forms are by
# case so that sentences carry the inflected forms a real page has (Лукашенко, Лаврова,
# Белоруссии, ОБСЕ).

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")


def ru(nom, gen=None, dat=None, acc=None, ins=None, prep=None):
    gen = gen or nom
    return {"nom": nom, "gen": gen, "dat": dat or gen, "acc": acc or nom,
            "ins": ins or gen, "prep": prep or dat or gen}


COUNTRIES = [
    # key, English name, Russian forms, capital (en), capital (ru, prepositional), code
    ("Belarus", "Belarus", ru("Белоруссия", "Белоруссии", "Белоруссии", "Белоруссию", "Белоруссией", "Белоруссии"), "Minsk", "Минске", "BY"),
    ("France", "France", ru("Франция", "Франции", "Франции", "Францию", "Францией", "Франции"), "Paris", "Париже", "FR"),
    ("Germany", "Germany", ru("Германия", "Германии", "Германии", "Германию", "Германией", "Германии"), "Berlin", "Берлине", "DE"),
    ("United States", "the United States", ru("США"), "Washington", "Вашингтоне", "US"),
    ("China", "China", ru("Китай", "Китая", "Китаю", "Китай", "Китаем", "Китае"), "Beijing", "Пекине", "CN"),
    ("Ukraine", "Ukraine", ru("Украина", "Украины", "Украине", "Украину", "Украиной", "Украине"), "Kiev", "Киеве", "UA"),
    ("Armenia", "Armenia", ru("Армения", "Армении", "Армении", "Армению", "Арменией", "Армении"), "Yerevan", "Ереване", "AM"),
    ("Azerbaijan", "Azerbaijan", ru("Азербайджан", "Азербайджана", "Азербайджану", "Азербайджан", "Азербайджаном", "Азербайджане"), "Baku", "Баку", "AZ"),
    ("Syria", "Syria", ru("Сирия", "Сирии", "Сирии", "Сирию", "Сирией", "Сирии"), "Damascus", "Дамаске", "SY"),
    ("Japan", "Japan", ru("Япония", "Японии", "Японии", "Японию", "Японией", "Японии"), "Tokyo", "Токио", "JP"),
    ("India", "India", ru("Индия", "Индии", "Индии", "Индию", "Индией", "Индии"), "New Delhi", "Нью-Дели", "IN"),
    ("Brazil", "Brazil", ru("Бразилия", "Бразилии", "Бразилии", "Бразилию", "Бразилией", "Бразилии"), "Brasilia", "Бразилиа", "BR"),
    ("Venezuela", "Venezuela", ru("Венесуэла", "Венесуэлы", "Венесуэле", "Венесуэлу", "Венесуэлой", "Венесуэле"), "Caracas", "Каракасе", "VE"),
    ("Turkey", "Turkey", ru("Турция", "Турции", "Турции", "Турцию", "Турцией", "Турции"), "Ankara", "Анкаре", "TR"),
    ("Italy", "Italy", ru("Италия", "Италии", "Италии", "Италию", "Италией", "Италии"), "Rome", "Риме", "IT"),
    ("Finland", "Finland", ru("Финляндия", "Финляндии", "Финляндии", "Финляндию", "Финляндией", "Финляндии"), "Helsinki", "Хельсинки", "FI"),
    ("Kazakhstan", "Kazakhstan", ru("Казахстан", "Казахстана", "Казахстану", "Казахстан", "Казахстаном", "Казахстане"), "Nur-Sultan", "Нур-Султане", "KZ"),
    ("Serbia", "Serbia", ru("Сербия", "Сербии", "Сербии", "Сербию", "Сербией", "Сербии"), "Belgrade", "Белграде", "RS"),
    ("Egypt", "Egypt", ru("Египет", "Египта", "Египту", "Египет", "Египтом", "Египте"), "Cairo", "Каире", "EG"),
    ("Iran", "Iran", ru("Иран", "Ирана", "Ирану", "Иран", "Ираном", "Иране"), "Tehran", "Тегеране", "IR"),
    ("Russia", "Russia", ru("Россия", "России", "России", "Россию", "Россией", "России"), "Moscow", "Москве", "RU"),
]

ORGS = [
    # key, English forms, Russian forms
    ("OSCE", ["the OSCE", "the OSCE", "the OSCE", "the Organization for Security and Co-operation in Europe"], ru("ОБСЕ")),
    ("NATO", ["NATO", "NATO", "the North Atlantic Alliance"], ru("НАТО")),
    ("UN", ["the UN", "the United Nations", "the UN"], ru("ООН")),
    ("UN Security Council", ["the UN Security Council"], ru("Совет Безопасности ООН", "Совета Безопасности ООН", "Совету Безопасности ООН", "Совет Безопасности ООН", "Советом Безопасности ООН", "Совете Безопасности ООН")),
    ("European Union", ["the EU", "the European Union"], ru("Евросоюз", "Евросоюза", "Евросоюзу", "Евросоюз", "Евросоюзом", "Евросоюзе")),
    ("CSTO", ["the CSTO"], ru("ОДКБ")),
    ("SCO", ["the SCO", "the Shanghai Cooperation Organisation"], ru("ШОС")),
    ("BRICS", ["BRICS"], ru("БРИКС")),
    ("CIS", ["the CIS"], ru("СНГ")),
    ("ASEAN", ["ASEAN"], ru("АСЕАН")),
]

PEOPLE = [
    # key, English forms, Russian forms
    ("Alexander Lukashenko", ["President Lukashenko", "Alexander Lukashenko", "Lukashenko"], ru("Лукашенко")),
    ("Sergey Lavrov", ["Sergey Lavrov", "Minister Lavrov", "Lavrov"], ru("Лавров", "Лаврова", "Лаврову", "Лаврова", "Лавровым", "Лаврове")),
    ("Vladimir Putin", ["President Putin", "Vladimir Putin", "President of Russia Vladimir Putin"], ru("Путин", "Путина", "Путину", "Путина", "Путиным", "Путине")),
    ("Antony Blinken", ["Antony Blinken", "Secretary Blinken"], ru("Блинкен", "Блинкена", "Блинкену", "Блинкена", "Блинкеном", "Блинкене")),
    ("Jens Stoltenberg", ["Jens Stoltenberg", "NATO Secretary General Stoltenberg"], ru("Столтенберг", "Столтенберга", "Столтенбергу", "Столтенберга", "Столтенбергом", "Столтенберге")),
    ("Wang Yi", ["Wang Yi"], ru("Ван И")),
    ("Emmanuel Macron", ["Emmanuel Macron", "President Macron"], ru("Макрон", "Макрона", "Макрону", "Макрона", "Макроном", "Макроне")),
]

# English sentence templates. {C} a country, {O} an organisation, {P} a person; the
# fillers carry no tracked entity.
EN_ENTITY = [
    "We discussed the situation in {C} in detail with our colleagues.",
    "Our relations with {C} are developing in a constructive manner.",
    "We are in favour of resolving this problem within {O}.",
    "{P} has repeatedly said that dialogue is the only way forward.",
    "I discussed this with {P} during our recent telephone conversation.",
    "The role of {O} in this matter cannot be overestimated.",
    "Our partners in {C} understand this very well.",
    "We have a long-standing dialogue with {C} on these issues, including within {O}.",
    "As {P} pointed out, nobody is interested in escalation.",
    "The contacts between Russia and {C} continue at every level.",
    "We expect {O} to act in strict compliance with its mandate.",
    "Representatives of {C} took part in the consultations in {CAP}.",
    "We have noted the statements made by {P} about {C}.",
    "{O} was created precisely to deal with problems of this kind.",
]
EN_FILLER = [
    "I would like to emphasise this once again.",
    "This is a matter of principle for us.",
    "We are ready to continue working on this basis.",
    "The situation remains complicated, but there are grounds for cautious optimism.",
    "Let me say a few words about our bilateral agenda.",
    "This approach is based on international law and the balance of interests.",
    "We do not impose our views on anyone, and we expect the same from others.",
    "Many countries share this position, although not all of them say so publicly.",
    "I cannot go into details now, but the work continues.",
    "Everything depends on the political will of the parties concerned.",
    "We have repeatedly proposed concrete steps, and these proposals remain on the table.",
    "This is not the first time we have seen attempts to rewrite history.",
    "Trade and economic cooperation is growing despite the pandemic.",
    "Our experts are in constant contact and will meet again next month.",
    "I hope that common sense will prevail.",
    "The humanitarian aspects of this problem deserve special attention.",
    "We will respond to any unfriendly steps, but we are not seeking confrontation.",
    "As for the second part of your question, I have already answered it.",
    "Security must be equal and indivisible for everyone.",
    "We should not forget the lessons of the Second World War.",
]
EN_QUESTION = [
    "What is your assessment of the situation in {C}?",
    "How do you see the role of {O} in settling the crisis?",
    "Has {P} discussed this issue with you?",
    "Are there any plans to hold new consultations with {C}?",
    "Could you comment on the latest statements by {P}?",
    "What are the prospects for relations between Russia and {C}?",
    "Is Moscow ready to work with {O} on this?",
    "What will be the next steps?",
    "Could you comment on this, please?",
]

# Russian templates; the slot carries the case: {C:gen} is a country in the genitive.
RU_ENTITY = [
    "Мы подробно обсудили ситуацию в {C:prep} с нашими коллегами.",
    "Наши отношения с {C:ins} развиваются конструктивно.",
    "Мы выступаем за решение этой проблемы в рамках {O:gen}.",
    "{P:nom} неоднократно говорил, что диалог является единственным путем вперед.",
    "Я обсуждал это с {P:ins} в ходе недавнего телефонного разговора.",
    "Роль {O:gen} в этом вопросе трудно переоценить.",
    "Наши партнеры из {C:gen} это прекрасно понимают.",
    "У нас давний диалог с {C:ins} по этим вопросам, в том числе в {O:prep}.",
    "Как подчеркнул {P:nom}, никто не заинтересован в эскалации.",
    "Контакты между Россией и {C:ins} продолжаются на всех уровнях.",
    "Мы ожидаем, что {O:nom} будет действовать в строгом соответствии со своим мандатом.",
    "Представители {C:gen} приняли участие в консультациях в {CAP}.",
    "Мы обратили внимание на заявления {P:gen} в отношении {C:gen}.",
    "Мы передали {P:dat} наши предложения по {C:dat}.",
]
RU_FILLER = [
    "Хотел бы еще раз это подчеркнуть.",
    "Для нас это принципиальный вопрос.",
    "Мы готовы продолжать работу на этой основе.",
    "Ситуация остается сложной, но есть основания для осторожного оптимизма.",
    "Скажу несколько слов о нашей двусторонней повестке дня.",
    "Этот подход основан на международном праве и балансе интересов.",
    "Мы никому не навязываем свои взгляды и ожидаем того же от других.",
    "Многие страны разделяют эту позицию, хотя не все говорят об этом публично.",
    "Не могу сейчас вдаваться в детали, но работа продолжается.",
    "Все зависит от политической воли заинтересованных сторон.",
    "Мы неоднократно предлагали конкретные шаги, и эти предложения остаются на столе.",
    "Уже не в первый раз мы видим попытки переписать историю.",
    "Торгово-экономическое сотрудничество растет, несмотря на пандемию.",
    "Наши эксперты находятся в постоянном контакте и встретятся вновь в следующем месяце.",
    "Надеюсь, что возобладает здравый смысл.",
    "Гуманитарные аспекты этой проблемы заслуживают особого внимания.",
    "Мы будем отвечать на любые недружественные шаги, но не ищем конфронтации.",
    "Что касается второй части Вашего вопроса, я на нее уже ответил.",
    "Безопасность должна быть равной и неделимой для всех.",
    "Нельзя забывать уроки Второй мировой войны.",
]
RU_QUESTION = [
    "Как Вы оцениваете ситуацию в {C:prep}?",
    "Какую роль, на Ваш взгляд, может сыграть {O:nom} в урегулировании кризиса?",
    "Обсуждал ли с Вами этот вопрос {P:nom}?",
    "Планируются ли новые консультации с {C:ins}?",
    "Не могли бы Вы прокомментировать последние заявления {P:gen}?",
    "Каковы перспективы отношений между Россией и {C:ins}?",
    "Готова ли Москва работать с {O:ins} по этому вопросу?",
    "Каковы будут следующие шаги?",
    "Не могли бы Вы это прокомментировать?",
]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_OCCASIONS = [
    "remarks and answers to questions from MGIMO students and academic staff on the occasion of the beginning of a new academic year",
    "remarks and answers to media questions at a joint news conference following talks with Foreign Minister of {C} {X}",
    "statement and answers to media questions following the meeting of the Council of Foreign Ministers of the CIS",
    "interview with the newspaper Kommersant",
    "remarks at the Primakov Readings international forum",
    "answers to questions from the audience during a meeting with students of the Diplomatic Academy",
]
RU_OCCASIONS = [
    "Выступление и ответы на вопросы Министра иностранных дел Российской Федерации С.В.Лаврова в ходе совместной пресс-конференции по итогам переговоров с Министром иностранных дел {C:gen}",
    "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова перед студентами и профессорско-преподавательским составом МГИМО МИД России по случаю начала нового учебного года",
    "Ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова по итогам заседания Совета министров иностранных дел СНГ",
    "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете «Коммерсантъ»",
]
EN_PLACES = ["Moscow", "Sochi", "Minsk", "Geneva", "New York", "Kaliningrad", "Tashkent"]
RU_PLACES = ["Москва", "Сочи", "Минск", "Женева", "Нью-Йорк", "Калининград", "Ташкент"]
FOREIGN_MINISTERS = ["Jean-Yves Le Drian", "Heiko Maas", "Mevlut Cavusoglu", "Sergey Aleinik", "Wang Yi"]
LANGUAGES_EN = ["Spanish", "French", "German", "Chinese", "Arabic", "English"]
LANGUAGES_RU = ["английского", "французского", "немецкого", "китайского", "испанского", "арабского"]
MODERATORS_EN = ["Moderator"]
MODERATORS_RU = ["Ведущий", "Модератор"]
CAPTIONS_EN = ["Photo: The Ministry of Foreign Affairs of the Russian Federation",
               "Sergey Lavrov during the talks", "The delegations at the negotiating table"]
CAPTIONS_RU = ["Фото: МИД России", "С.В.Лавров в ходе переговоров", "Делегации за столом переговоров"]
MENU_EN = ["Home", "Press service", "Transcripts", "News", "English", "Русский", "Français"]
MENU_RU = ["Главная", "Пресс-служба", "Выступления и стенограммы", "Новости", "English", "Русский"]
SURNAMES_RU = ["ИВАНОВ", "ПЕТРОВ", "СМИРНОВ", "КУЗНЕЦОВ", "ПОПОВ", "СОКОЛОВ", "МОРОЗОВ", "ВОЛКОВ"]
NAMES_RU = ["Александр Никитич", "Сергей Викторович", "Алексей Юрьевич", "Дмитрий Иванович",
            "Николай Петрович", "Андрей Владимирович"]
NAMES_EN = ["Lisa Bandari", "Therese Healy", "John Smith", "Mary Jones", "Peter Walsh"]


class Page:
    """One page as lines, and the turns the generator put on it."""

    def __init__(self):
        self.lines = []
        self.turns = []  # dicts: kind, speaker, label, text (paragraphs joined by \n\n)
        self.mentions = []  # per turn: set of entity keys mentioned

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # -- sentences ---------------------------------------------------------------------
    def _fill_en(self, template, found):
        r = self.r
        out = template
        while "{C}" in out:
            c = r.choice(COUNTRIES)
            found.add(c[0])
            out = out.replace("{C}", c[1], 1)
        while "{CAP}" in out:
            out = out.replace("{CAP}", r.choice(COUNTRIES)[3], 1)
        while "{O}" in out:
            o = r.choice(ORGS)
            found.add(o[0])
            out = out.replace("{O}", r.choice(o[1]), 1)
        while "{P}" in out:
            p = r.choice(PEOPLE)
            found.add(p[0])
            out = out.replace("{P}", r.choice(p[1]), 1)
        while "{X}" in out:
            out = out.replace("{X}", r.choice(FOREIGN_MINISTERS), 1)
        return out[0].upper() + out[1:]

    def _fill_ru(self, template, found):
        r = self.r
        out = template
        for case in CASES:
            while "{C:%s}" % case in out:
                c = r.choice(COUNTRIES)
                found.add(c[0])
                out = out.replace("{C:%s}" % case, c[2][case], 1)
            while "{O:%s}" % case in out:
                o = r.choice(ORGS)
                found.add(o[0])
                out = out.replace("{O:%s}" % case, o[2][case], 1)
            while "{P:%s}" % case in out:
                p = r.choice(PEOPLE)
                found.add(p[0])
                out = out.replace("{P:%s}" % case, p[2][case], 1)
        while "{CAP}" in out:
            out = out.replace("{CAP}", r.choice(COUNTRIES)[4], 1)
        return out

    def sentence(self, lang, found, entity_rate=0.3):
        if lang == "en":
            pool = EN_ENTITY if self.r.random() < entity_rate else EN_FILLER
            return self._fill_en(self.r.choice(pool), found)
        pool = RU_ENTITY if self.r.random() < entity_rate else RU_FILLER
        return self._fill_ru(self.r.choice(pool), found)

    def question_sentence(self, lang, found):
        if lang == "en":
            return self._fill_en(self.r.choice(EN_QUESTION), found)
        return self._fill_ru(self.r.choice(RU_QUESTION), found)

    def paragraph(self, lang, found, lo=3, hi=9):
        return " ".join(self.sentence(lang, found) for _ in range(self.r.randint(lo, hi)))

    def question_text(self, lang, found):
        r = self.r
        parts = [self.sentence(lang, found) for _ in range(r.randint(0, 3))]
        parts.append(self.question_sentence(lang, found))
        return [" ".join(parts)]

    # -- turns ---------------------------------------------------------------------------
    def add_turn(self, page, kind, speaker, label, paragraphs, found, sep=": "):
        text = "\n\n".join(paragraphs)
        if label is None:
            for p in paragraphs:
                page.lines.append(p)
                page.blank()
        else:
            page.lines.append(label + sep + paragraphs[0])
            page.blank()
            for p in paragraphs[1:]:
                page.lines.append(p)
                page.blank()
        page.turns.append({"kind": kind, "speaker": speaker, "label": label, "text": text})
        page.mentions.append(sorted(found))

    def speech(self, lang, lo, hi, found, plo=3, phi=9):
        return [self.paragraph(lang, found, plo, phi) for _ in range(self.r.randint(lo, hi))]

    # -- directories ----------------------------------------------------------------------
    def mid_directory(self, page, entries):
        r = self.r
        L = page.lines
        page.blank()
        L += ["Дополнительные материалы", "", "  • Фото", "", "Фотоальбом", ""]
        n = r.randint(1, 6)
        L += ["%d из %d фотографий в альбоме" % (1, n), ""]
        for _ in range(r.randint(0, 2)):
            L += [r.choice(CAPTIONS_RU), ""]
        L += ["  • Общие сведения", "", "    Загранучреждения МИД РФ", ""]
        for _ in range(entries):
            c = r.choice([c for c in COUNTRIES if c[0] != "Russia"])
            kind = r.random()
            if kind < 0.6:
                name = "Посольство России в %s (%s)" % (c[2]["prep"], c[3])
                head = "Посол - %s %s" % (r.choice(SURNAMES_RU), r.choice(NAMES_RU))
            elif kind < 0.8:
                name = "Генеральное консульство России в %s" % c[4]
                head = "Генеральный консул - %s %s" % (r.choice(SURNAMES_RU), r.choice(NAMES_RU))
            else:
                name = "Консульский отдел Посольства России в %s" % c[4]
                head = "Заведующий консульским отделом - %s %s" % (r.choice(SURNAMES_RU), r.choice(NAMES_RU))
            cc = r.randint(1, 99)
            L += ["    " + c[2]["nom"], "", "    " + name, "", "    Адрес :", "",
                  "    %d %s Street, %s, %05d" % (r.randint(1, 400), r.choice(["Main", "Park", "Embassy", "Victoria"]), c[3], r.randint(1000, 99999)),
                  "", "    " + head, "", "    Телефон :", ""]
            for _ in range(r.randint(1, 3)):
                L += ["    +%d %d %03d-%02d-%02d" % (cc, r.randint(10, 999), r.randint(0, 999), r.randint(0, 99), r.randint(0, 99)), ""]
            if r.random() < 0.6:
                L += ["    Горячая линия :", ""]
                for _ in range(r.randint(1, 3)):
                    L.append("    +%d %d %03d-%02d-%02d" % (cc, r.randint(10, 999), r.randint(0, 999), r.randint(0, 99), r.randint(0, 99)))
                L.append("")
            L += ["    Факс", "", "    +%d %d %03d-%02d-%02d" % (cc, r.randint(10, 999), r.randint(0, 999), r.randint(0, 99), r.randint(0, 99)), "",
                  "    E-mail", "", "    rusemb%s@mid.ru" % c[5].lower(), "",
                  "    Web", "", "    https://%s.mid.ru/" % c[3].lower().replace(" ", ""), ""]
            for s in r.sample(["Twitter", "Facebook", "Youtube", "Instagram", "Вконтакте", "Telegram"], r.randint(0, 4)):
                L += ["    %s " % s, ""]

    def en_directory(self, page, entries):
        r = self.r
        L = page.lines
        page.blank()
        # gov.uk puts the directory under a "Related content" sidebar. (A bare "Find an
        # embassy" heading is not yet recognised as the end of the transcript, see README.)
        L += ["Related content", "", "Find an embassy", "", "Embassies", ""]
        for _ in range(entries):
            c = r.choice(COUNTRIES)
            L.append("British Embassy %s" % c[3])
            L.append("Address: %d %s Street, %s, %s" % (r.randint(1, 400), r.choice(["Main", "Park", "Embassy"]), c[3], c[1].replace("the ", "")))
            L.append("Tel: +%d %d %d %04d" % (r.randint(1, 99), r.randint(1, 99), r.randint(100, 999), r.randint(0, 9999)))
            if r.random() < 0.5:
                L.append("Fax: +%d %d %d %04d" % (r.randint(1, 99), r.randint(1, 99), r.randint(100, 999), r.randint(0, 9999)))
            L.append("Email: press.%s@fco.gov.uk" % c[3].lower().replace(" ", ""))
            L.append("Website: https://www.gov.uk/world/organisations/british-embassy-%s" % c[3].lower().replace(" ", "-"))
            if r.random() < 0.5:
                L.append("Ambassador: %s" % r.choice(NAMES_EN))
            L.append("")

    # -- layouts --------------------------------------------------------------------------
    def date(self):
        r = self.r
        return r.randint(2015, 2023), r.randint(1, 12), r.randint(1, 28)

    def qa(self, page, lang, n, q_labels, a_label, a_speaker, moderator=None, annotate=0.1):
        """n question/answer exchanges; q_labels a list of (label, speaker) pairs."""
        r = self.r
        for i in range(n):
            if moderator and r.random() < 0.15:
                found = set()
                self.add_turn(page, "statement", None, moderator, [self.sentence(lang, found, 0.2)], found)
            found = set()
            label, speaker = r.choice(q_labels)
            if r.random() < annotate:
                label = ("%s (retranslated from %s)" % (label, r.choice(LANGUAGES_EN)) if lang == "en"
                         else "%s (перевод с %s)" % (label, r.choice(LANGUAGES_RU)))
            self.add_turn(page, "question", speaker, label, self.question_text(lang, found), found)
            found = set()
            self.add_turn(page, "answer", a_speaker, a_label, self.speech(lang, 1, 4, found), found)

    def mid_en(self, page):
        r = self.r
        L = page.lines
        if r.random() < 0.5:
            L += r.sample(MENU_EN, 3) + [""]
        if r.random() < 0.7:
            L += ["%02d:%02d" % (r.randint(8, 22), r.randint(0, 59)), ""]
        y, m, d = self.date()
        occ = self._fill_en(r.choice(EN_OCCASIONS), set())
        L += ["Foreign Minister Sergey Lavrov’s %s, %s, %s %d, %d" % (occ, r.choice(EN_PLACES), EN_MONTHS[m - 1], d, y), ""]
        found = set()
        paras = [r.choice(["Colleagues,", "Ladies and gentlemen,", "Friends,"])] + self.speech("en", 3, 10, found)
        if r.random() < 0.3:  # a section break inside the remarks: chrome, not text
            k = r.randint(2, len(paras) - 1)
            for p in paras[:k]:
                L.append(p); page.blank()
            L += ["* * *", ""]
            for p in paras[k:]:
                L.append(p); page.blank()
            page.turns.append({"kind": "remarks", "speaker": "Sergey Lavrov", "label": None, "text": "\n\n".join(paras)})
            page.mentions.append(sorted(found))
        else:
            self.add_turn(page, "remarks", "Sergey Lavrov", None, paras, found)
        self.qa(page, "en", r.randint(4, 14), [("Question", None)], "Sergey Lavrov", "Sergey Lavrov",
                moderator=r.choice(MODERATORS_EN))
        if r.random() < 0.8:
            self.mid_directory(page, r.randint(1, 8))

    def mid_ru(self, page):
        r = self.r
        L = page.lines
        if r.random() < 0.7:
            L += r.sample(MENU_RU, 3) + [""]
        y, m, d = self.date()
        occ = self._fill_ru(r.choice(RU_OCCASIONS), set())
        L += ["%s, %s, %d %s %d года" % (occ, r.choice(RU_PLACES), d, RU_MONTHS[m - 1], y), ""]
        L += ["%02d.%02d.%d %02d:%02d" % (d, m, y, r.randint(8, 22), r.randint(0, 59)), ""]
        found = set()
        paras = [r.choice(["Уважаемые дамы и господа,", "Уважаемые коллеги,", "Друзья,"])] + self.speech("ru", 2, 9, found)
        self.add_turn(page, "remarks", "С.В.Лавров", None, paras, found)
        self.qa(page, "ru", r.randint(4, 14), [("Вопрос", None)], "С.В.Лавров", "С.В.Лавров",
                moderator=r.choice(MODERATORS_RU))
        if r.random() < 0.85:
            self.mid_directory(page, r.randint(1, 10))

    def state_briefing(self, page):
        r = self.r
        L = page.lines
        y, m, d = self.date()
        L += ["Department Press Briefing – %s %d, %d" % (EN_MONTHS[m - 1], d, y),
              "Ned Price, Department Spokesperson", "Washington, DC",
              "%d:%02d p.m. EDT" % (r.randint(1, 5), r.randint(0, 59)), ""]
        spk = r.choice(["MR PRICE", "MR. PRICE"])
        found = set()
        self.add_turn(page, "statement", "PRICE", spk, self.speech("en", 2, 5, found), found)
        self.qa(page, "en", r.randint(6, 20), [("QUESTION", None)], spk, "PRICE", annotate=0)
        found = set()
        self.add_turn(page, "question", None, "QUESTION", ["Thank you."], found)
        if r.random() < 0.4:
            self.en_directory(page, r.randint(2, 8))

    def interview(self, page):
        r = self.r
        L = page.lines
        y, m, d = self.date()
        outlet = r.choice(["Kommersant", "RIA Novosti", "TASS", "the BBC", "Al Jazeera"])
        L += ["Interview of Foreign Minister Sergey Lavrov with %s, %s, %d %s %d" % (outlet, r.choice(EN_PLACES), d, EN_MONTHS[m - 1], y), ""]
        self.qa(page, "en", r.randint(5, 16), [("Q", None)], "A", None, annotate=0)
        if r.random() < 0.5:
            page.blank()
            L += ["Additional materials", "", "Photo album", ""]
            for _ in range(r.randint(1, 3)):
                L += [r.choice(CAPTIONS_EN), ""]

    def page(self):
        r = self.r
        page = Page()
        x = r.random()
        if x < 0.35:
            self.mid_en(page)
        elif x < 0.75:
            self.mid_ru(page)
        elif x < 0.9:
            self.state_briefing(page)
        else:
            self.interview(page)
        while page.lines and page.lines[-1] == "":
            page.lines.pop()
        return page


TRACKED = [c[0] for c in COUNTRIES] + [o[0] for o in ORGS] + [p[0] for p in PEOPLE]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="bench/corpus")
    ap.add_argument("--mb", type=float, default=100.0, help="total size of the pages in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()

    with open(os.path.abspath(__file__), "rb") as f:  # a changed generator regenerates
        digest = hashlib.sha1(f.read()).hexdigest()[:12]
    stamp = "seed=%d mb=%g generator=%s\n" % (a.seed, a.mb, digest)
    stamp_path = os.path.join(a.out, "stamp")
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        print("corpus up to date:", a.out)
        return
    pages_dir = os.path.join(a.out, "pages")
    if os.path.exists(pages_dir):
        shutil.rmtree(pages_dir)
    os.makedirs(pages_dir)
    if os.path.exists(stamp_path):
        os.remove(stamp_path)

    g = Generator(a.seed)
    target = int(a.mb * 1e6)
    total_bytes = total_chars = n_turns = n_pages = 0
    truth_rows = {k: 0 for k in TRACKED}
    csv_path = os.path.join(a.out, "turns.csv")
    with open(csv_path, "w", encoding="utf-8", newline="") as cf:
        w = csv.writer(cf, lineterminator="\n")
        w.writerow(["doc", "seq", "kind", "speaker", "label", "text"])
        while total_bytes < target:
            n_pages += 1
            page = g.page()
            name = os.path.join(pages_dir, "page_%05d.txt" % n_pages)
            data = ("\n".join(page.lines) + "\n").encode("utf-8")
            with open(name, "wb") as f:
                f.write(data)
            total_bytes += len(data)
            for i, t in enumerate(page.turns):
                w.writerow([name, i + 1, t["kind"], t["speaker"] or "", t["label"] or "", t["text"]])
                total_chars += len(t["text"])
            for found in page.mentions:
                for k in found:
                    truth_rows[k] += 1
            n_turns += len(page.turns)
    truth = {"seed": a.seed, "mb": a.mb, "pages": n_pages, "page_bytes": total_bytes,
             "turns": n_turns, "turn_chars": total_chars,
             "csv_bytes": os.path.getsize(csv_path),
             "turns_mentioning": truth_rows}
    with open(os.path.join(a.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    with open(stamp_path, "w") as f:
        f.write(stamp)
    print("wrote %d pages (%.1f MB), %d turns, into %s" % (n_pages, total_bytes / 1e6, n_turns, a.out))


if __name__ == "__main__":
    main()
