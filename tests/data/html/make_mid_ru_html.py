#!/usr/bin/env python3
"""Writes mid_ru_lavrov_mgimo_2020.html, the HTML version of ../mid_ru_lavrov_mgimo_2020.txt.

The page is laid out like mid.ru's: a head with style and scripts, a site header with
language links and a menu, breadcrumbs, the time and the title, the transcript as <p>
paragraphs with labels in <strong> (one label carries a hidden tooltip, some use <b>, one
has its colon outside the bold), the text wrapped and indented as an editor would leave it,
entities for quotes and no-break spaces, a share widget hidden from view, and the sidebar
with the photo album and the missions directory as lists, then a footer. Run it from this
folder after changing the text page; the HTML is committed, so tests do not need Python.
"""
import html
import textwrap

SRC = "../mid_ru_lavrov_mgimo_2020.txt"
OUT = "mid_ru_lavrov_mgimo_2020.html"

lines = open(SRC, encoding="utf-8").read().split("\n")
end = lines.index("Дополнительные материалы")
paragraphs = [l for l in lines[:end] if l.strip()]
sidebar = [l.strip() for l in lines[end:] if l.strip()]
time_line, title = paragraphs[0], paragraphs[1]
body = paragraphs[2:]


def inline(text):
    """Escapes text and writes some characters as entities, as CMSs do."""
    out = html.escape(text, quote=False)
    out = out.replace("\u00a0", "&nbsp;").replace("\u2019", "&#8217;")
    out = out.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
    out = out.replace("\u2013", "&ndash;")
    return out


def wrapped(text, indent):
    """Source line breaks and indentation at (single) ASCII spaces only."""
    words = text.split(" ")
    rows, row = [], ""
    for w in words:
        if row and len(row) + 1 + len(w) > 96:
            rows.append(row)
            row = w
        else:
            row = w if not row else row + " " + w
    rows.append(row)
    return ("\n" + indent).join(rows)


out = []
w = out.append
w("<!DOCTYPE html>")
w('<html lang="en">')
w("<head>")
w('  <meta charset="utf-8">')
w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
w("  <title>Foreign Minister Sergey Lavrov&#8217;s remarks and answers to questions from MGIMO students - The Ministry of Foreign Affairs of the Russian Federation</title>")
w('  <link rel="stylesheet" href="/static/css/main.css">')
w("  <style>")
w("    .hidden { display: none; }")
w("    .announce__date { color: #8a8a8a; font-size: 13px; }")
w("    p > strong:first-child { font-weight: 700; }")
w("  </style>")
w("  <script>")
w('    window.dataLayer = window.dataLayer || [];')
w('    function gtag(){dataLayer.push(arguments);} gtag("js", new Date());')
w('    var banner = "<p>Question: this is not a turn</p>";')
w("  </script>")
w("</head>")
w('<body class="page page--news">')
w("<!-- site header -->")
w('<header class="header">')
w('  <div class="header__top">')
w('    <a class="header__logo" href="/en/"><img src="/static/img/logo.svg" alt="The Ministry of Foreign Affairs of the Russian Federation"></a>')
w('    <div class="header__site-name">The Ministry of Foreign Affairs of the Russian Federation</div>')
w('    <ul class="header__langs">')
w('      <li><a href="/ru/">Русский</a></li>')
w('      <li class="active"><a href="/en/">English</a></li>')
w('      <li><a href="/fr/">Français</a></li>')
w('      <li><a href="/es/">Español</a></li>')
w("    </ul>")
w('    <form class="header__search" action="/en/search/"><input type="text" name="q" placeholder="Search"><button type="submit"><span aria-hidden="true">&#128269;</span>Search</button></form>')
w("  </div>")
w('  <nav class="menu">')
w("    <ul>")
for item in ["Foreign policy", "Press service", "Minister", "Ministry", "Consular services", "Contacts"]:
    w(f'      <li class="menu__item"><a href="#">{item}</a></li>')
w("    </ul>")
w("  </nav>")
w("</header>")
w('<noscript><div class="notice">Please enable JavaScript to see the photo album.</div></noscript>')
w('<template id="card"><div class="card">Question: template text</div></template>')
w('<main class="main">')
w('  <ol class="breadcrumbs"><li><a href="/en/">Home</a></li><li><a href="/en/press_service/">Press service</a></li><li>Minister&#8217;s speeches</li></ol>')
w('  <article class="announce">')
w(f'    <div class="announce__date">{inline(time_line)}</div>')
w(f'    <h1 class="announce__title">{inline(title)}</h1>')
w('    <div class="announce__text text">')

tooltip_done = False
answers = 0
for p in body:
    label = None
    for candidate in ("Question:", "Sergey Lavrov:"):
        if p.startswith(candidate):
            label = candidate
            break
    if label is None:
        w("      <p>" + wrapped(inline(p), "        ") + "</p>")
        continue
    rest = p[len(label):]
    name = label[:-1]
    if name == "Sergey Lavrov":
        answers += 1
    if name == "Sergey Lavrov" and not tooltip_done:
        # The label carries a tooltip that only shows on hover.
        head = ('<strong>Sergey Lavrov<span class="hidden tooltip">Minister of Foreign Affairs'
                ' of the Russian Federation</span>:</strong>')
        tooltip_done = True
    elif name == "Sergey Lavrov" and answers == 3:
        head = "<b>Sergey Lavrov </b>:"          # the colon outside the bold
    elif name == "Question" and answers == 5:
        head = "<strong>Question: </strong>"     # the space inside the bold
    elif answers % 4 == 1:
        head = f"<b>{name}:</b>"
    else:
        head = f"<strong>{name}:</strong>"
    if rest.startswith(" "):
        rest = rest[1:]
        sep = "" if head.endswith(" </strong>") else " "
    else:
        sep = ""  # "Question:\u00a0…" keeps its no-break space (&nbsp;)
    w("      <p>" + head + sep + wrapped(inline(rest), "        ") + "</p>")

w("    </div>")
w('    <div class="share" aria-hidden="true">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>')
w('    <div class="print" style="display:none">Print version</div>')
w("  </article>")

# The sidebar: photo album and the missions directory, as lists.
SECTIONS = {"Загранучреждения МИД РФ", "Представительства в РФ"}
LABELS = {"Адрес :", "Адрес:", "Телефон :", "Телефон:", "Горячая линия :", "Факс", "E-mail",
          "Web", "Телекс:"}
SOCIAL = {"Twitter Rus.", "Twitter Eng.", "Facebook", "Youtube", "Instagram", "Вконтакте",
          "Periscop", "soundcloud", "iTunes", "Telegram", "Twitter"}
w('  <aside class="sidebar">')
i = 0
assert sidebar[0] == "Дополнительные материалы"
w('    <h3 class="sidebar__title">Дополнительные материалы</h3>')
i = 1
open_dl = False
open_social = False
open_entry = False
open_contacts = False


def close_lists():
    global open_dl, open_social
    if open_dl:
        w("          </dl>")
        open_dl = False
    if open_social:
        w("          </ul>")
        open_social = False


def close_entry():
    global open_entry
    close_lists()
    if open_entry:
        w("        </div>")
        open_entry = False


while i < len(sidebar):
    s = sidebar[i]
    if s.startswith("• ") and not s[2:3].startswith("+"):
        close_entry()
        w(f'    <ul class="tabs"><li class="tabs__item"><a href="#">{inline(s[2:])}</a></li></ul>')
        if s[2:] == "Фото":
            w('    <div class="album"><div class="album__title">' + inline(sidebar[i + 1]) +
              '</div><div class="album__count">' + inline(sidebar[i + 2]) + "</div></div>")
            i += 3
            continue
        w('    <div class="contacts">')
        open_contacts = True
        i += 1
        continue
    if s in SECTIONS:
        close_entry()
        w(f'      <h4 class="contacts__section">{inline(s)}</h4>')
    elif s == "Горячая линия" and sidebar[i + 1] == "phone":
        close_entry()
        j = i + 2
        numbers = []
        while sidebar[j].lstrip("• ").startswith("+"):
            numbers.append(sidebar[j].lstrip("• "))
            j += 1
        w('      <div class="contacts__hotline">')
        w('        <div class="contacts__hotline-title">Горячая линия</div>')
        w('        <div class="contacts__label">phone</div>')
        w('        <ul><li>' + "<br>\n            ".join(inline(n) for n in numbers) + "</li></ul>")
        w('        <div class="contacts__note">' + inline(sidebar[j]) + "</div>")
        w("      </div>")
        i = j + 1
        continue
    elif s == "США":
        close_entry()
        w('        <div class="contacts__entry">')
        open_entry = True
        w(f'          <div class="contacts__country">{inline(s)}</div>')
    elif s.startswith(("Посольство", "Консульский", "Генеральное", "Постоянное")):
        w(f'          <div class="contacts__name">{inline(s)}</div>')
    elif s in LABELS or " - " in s:
        if open_social:
            close_lists()
        if not open_dl:
            w("          <dl>")
            open_dl = True
        if " - " in s:
            w(f'            <dd class="contacts__head">{inline(s)}</dd>')
        else:
            w(f"            <dt>{inline(s)}</dt>")
    elif s in SOCIAL:
        if open_dl:
            close_lists()
        if not open_social:
            w('          <ul class="contacts__social">')
            open_social = True
        w(f'            <li><a href="#" title="{s}"><i class="icon" aria-hidden="true">&#9679;</i>{inline(s)}</a></li>')
    else:
        value = inline(s)
        if s.startswith("https://"):
            value = f'<a href="{s}">{value}</a>'
        elif "@" in s:
            value = f'<a href="mailto:{s}">{value}</a>'
        w(f"            <dd>{value}</dd>")
    i += 1
close_entry()
if open_contacts:
    w("    </div>")
w("  </aside>")
w("</main>")
w('<footer class="footer">')
w("  <p>&copy; 2020 The Ministry of Foreign Affairs of the Russian Federation. All materials of this site may be "
  "reproduced in any media without prior consent, provided that a reference to the website of the Ministry of "
  "Foreign Affairs of the Russian Federation is given; when materials are reproduced on the Internet the "
  "reference must be an active hyperlink to the original page.</p>")
w("</footer>")
w('<script src="/static/js/app.js"></script>')
w('<script>document.querySelectorAll(".tooltip").forEach(function (t) { t.title = "<b>tip</b>"; });</script>')
w("</body>")
w("</html>")
open(OUT, "w", encoding="utf-8").write("\n".join(out) + "\n")
