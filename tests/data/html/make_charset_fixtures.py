#!/usr/bin/env python3
"""Writes the HTML fixtures of ../turns/mid_ru_press_conference.txt in old Russian charsets.

  mid_ru_press_conference_cp1251.html   windows-1251, declared with http-equiv Content-Type
  mid_ru_press_conference_koi8r.html    KOI8-R, declared with <meta charset>
  undeclared_cp1251.html                windows-1251 without any declaration (read as the
                                        charset ICU detects)

The layout is a 2000s-era page: upper-case tags, a table layout, <B> labels, <BR> breaks,
&laquo;/&raquo; entities and CRLF line ends. Run from this folder; the output is committed.
"""

HEAD_1251 = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">'
HEAD_KOI8 = '<meta charset="KOI8-R">'

PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
{meta}
<TITLE>МИД России | Выступление С.В.Лаврова</TITLE>
<SCRIPT LANGUAGE="JavaScript">var a = "Вопрос: не реплика";</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER=0>
<TR><TD CLASS="menu"><A HREF="/">Главная</A></TD></TR>
<TR><TD CLASS="menu"><A HREF="/press">Пресс-служба</A></TD></TR>
</TABLE>
<TABLE WIDTH="100%">
<TR><TD>
<H2>Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова в ходе совместной пресс-конференции по итогам переговоров с Министром иностранных дел КНР Ван И, Москва, 10 сентября 2020 года</H2>
<DIV CLASS="date">10.09.2020 15:10</DIV>
<P>Уважаемые дамы и господа,
<P>Мы провели полезные переговоры.
<P><B>Вопрос (перевод с китайского):</B> Как Вы оцениваете итоги переговоров?
<P><B>С.В.Лавров (говорит после Ван И):</B> Итоги хорошие.
<P><B>Ван И (перевод с китайского):</B> Согласен с коллегой.
<P><B>Вопрос:</B> Сергей Викторович, каковы планы на следующий год?
<P><B>С.В.Лавров<SPAN STYLE="display: none">, Министр иностранных дел</SPAN>:</B> Планы большие.
<P><B>Вопрос:</B> Почему? Мы часто спрашиваем себя об этом. И отвечаем: потому что так нужно.
<P><B>С.В.Лавров:</B> Именно так.
</TD></TR>
</TABLE>
<H3>Дополнительные материалы</H3>
<UL><LI>Фото</LI></UL>
<DIV>Загранучреждения МИД РФ</DIV>
<DIV>Адрес :</DIV>
<DIV>Москва</DIV>
</BODY>
</HTML>
"""


def write(name, text, encoding):
    with open(name, "wb") as f:
        f.write(text.replace("\n", "\r\n").encode(encoding))


write("mid_ru_press_conference_cp1251.html", PAGE.format(meta=HEAD_1251), "cp1251")
write("mid_ru_press_conference_koi8r.html", PAGE.format(meta=HEAD_KOI8), "koi8_r")
write("undeclared_cp1251.html", PAGE.format(meta=""), "cp1251")
