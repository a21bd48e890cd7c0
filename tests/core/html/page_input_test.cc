// PageInput: format detection, and text and HTML versions of one page giving the same rows
// with HTML spans that point at the turn's own markup.
#include <gtest/gtest.h>

#include "core/directory/directory_parser.h"
#include "core/html/page_input.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "html_test_util.h"

namespace transcript {
namespace {

using testing::char_span;
using testing::read_data;

TEST(PageFormatTest, DetectedFromThePageStart) {
  EXPECT_EQ(detect_page_format("<!DOCTYPE html><html>"), PageFormat::html);
  EXPECT_EQ(detect_page_format("\xEF\xBB\xBF  <!-- saved -->\n<HTML lang=ru>"), PageFormat::html);
  EXPECT_EQ(detect_page_format("<?xml version=\"1.0\"?>\n<!doctype html>"), PageFormat::html);
  EXPECT_EQ(detect_page_format("<head><title>x"), PageFormat::html);
  EXPECT_EQ(detect_page_format("\n\n<body>"), PageFormat::html);
  EXPECT_EQ(detect_page_format("13:42\n\nForeign Minister <html> remarks"), PageFormat::text);
  EXPECT_EQ(detect_page_format("<htmlish>"), PageFormat::text);
  // A fragment that opens with a block element is HTML too.
  EXPECT_EQ(detect_page_format("<p>just a fragment</p>"), PageFormat::html);
  EXPECT_EQ(detect_page_format("<h1>Press Briefing</h1>\nb'<div>'"), PageFormat::html);
  EXPECT_EQ(detect_page_format("<pre>not a block we read</pre>"), PageFormat::text);
  EXPECT_EQ(detect_page_format("<…> omitted"), PageFormat::text);
  EXPECT_EQ(detect_page_format(""), PageFormat::text);
  EXPECT_EQ(detect_page_format("<!-- never closed"), PageFormat::text);
  EXPECT_EQ(page_format_from_name("HTML"), PageFormat::html);
  EXPECT_EQ(page_format_from_name("auto"), PageFormat::automatic);
  EXPECT_EQ(page_format_from_name("text"), PageFormat::text);
  EXPECT_EQ(page_format_from_name("xml"), std::nullopt);
}

void expect_same_turns(const Transcript& text, const Transcript& html) {
  ASSERT_EQ(text.turns.size(), html.turns.size());
  for (std::size_t i = 0; i < text.turns.size(); ++i) {
    const Turn& a = text.turns[i];
    const Turn& b = html.turns[i];
    EXPECT_EQ(a.seq, b.seq);
    EXPECT_EQ(a.kind, b.kind) << a.seq;
    EXPECT_EQ(a.speaker, b.speaker) << a.seq;
    EXPECT_EQ(a.label, b.label) << a.seq;
    EXPECT_EQ(a.text, b.text) << a.seq;
    EXPECT_EQ(a.reply_to, b.reply_to) << a.seq;
    EXPECT_EQ(a.paragraphs, b.paragraphs) << a.seq;
    EXPECT_EQ(a.words, b.words) << a.seq;
    EXPECT_EQ(a.lang, b.lang) << a.seq;
  }
  EXPECT_EQ(text.info.title, html.info.title);
  EXPECT_EQ(text.info.date, html.info.date);
  EXPECT_EQ(text.info.place, html.info.place);
  EXPECT_EQ(text.info.time, html.info.time);
  EXPECT_EQ(text.info.speaker, html.info.speaker);
  EXPECT_EQ(text.info.lang, html.info.lang);
}

void expect_same_contacts(const std::vector<Contact>& text, const std::vector<Contact>& html) {
  ASSERT_EQ(text.size(), html.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Contact& a = text[i];
    const Contact& b = html[i];
    EXPECT_EQ(a.seq, b.seq);
    EXPECT_EQ(a.section, b.section) << a.seq;
    EXPECT_EQ(a.kind, b.kind) << a.seq;
    EXPECT_EQ(a.country, b.country) << a.seq;
    EXPECT_EQ(a.country_code, b.country_code) << a.seq;
    EXPECT_EQ(a.name, b.name) << a.seq;
    EXPECT_EQ(a.city, b.city) << a.seq;
    EXPECT_EQ(a.address, b.address) << a.seq;
    EXPECT_EQ(a.head_title, b.head_title) << a.seq;
    EXPECT_EQ(a.head_name, b.head_name) << a.seq;
    ASSERT_EQ(a.people.size(), b.people.size()) << a.seq;
    for (std::size_t p = 0; p < a.people.size(); ++p) {
      EXPECT_EQ(a.people[p].title, b.people[p].title);
      EXPECT_EQ(a.people[p].name, b.people[p].name);
    }
    EXPECT_EQ(a.phones, b.phones) << a.seq;
    EXPECT_EQ(a.phones_e164, b.phones_e164) << a.seq;
    EXPECT_EQ(a.hotlines, b.hotlines) << a.seq;
    EXPECT_EQ(a.faxes, b.faxes) << a.seq;
    EXPECT_EQ(a.emails, b.emails) << a.seq;
    EXPECT_EQ(a.websites, b.websites) << a.seq;
    EXPECT_EQ(a.telex, b.telex) << a.seq;
    EXPECT_EQ(a.social, b.social) << a.seq;
    EXPECT_EQ(a.note, b.note) << a.seq;
  }
}

// The visible text of a span of HTML source (an HTML fragment), lines trimmed.
std::string visible(std::string_view html) { return extract_html_text(html).text(); }

class ExampleHtml : public ::testing::Test {
 protected:
  void SetUp() override {
    text_page = read_data("mid_ru_lavrov_mgimo_2020.txt");
    html_page = read_data("html/mid_ru_lavrov_mgimo_2020.html");
    ASSERT_FALSE(text_page.empty());
    ASSERT_FALSE(html_page.empty());
  }
  std::string text_page, html_page;
};

TEST_F(ExampleHtml, SameTurnsAndMetadataAsTheTextPage) {
  const Transcript text = parse_transcript_page(text_page, PageFormat::automatic);
  const Transcript html = parse_transcript_page(html_page, PageFormat::automatic);
  ASSERT_EQ(html.turns.size(), 29u);
  expect_same_turns(text, html);
  EXPECT_EQ(html.info.chars, static_cast<std::int64_t>(count_chars(html_page)));
  // The hidden tooltip, the script, the template and the share widget are not text.
  for (const Turn& t : html.turns) {
    EXPECT_EQ(t.text.find("Minister of Foreign Affairs of the Russian"), std::string::npos);
    EXPECT_EQ(t.text.find("template"), std::string::npos);
    EXPECT_EQ(t.text.find("Share"), std::string::npos);
  }
  EXPECT_EQ(html.turns[2].label, "Sergey Lavrov");
}

TEST_F(ExampleHtml, SameContactsAsTheTextPage) {
  const std::vector<Contact> text = parse_directory_page(text_page);
  const std::vector<Contact> html = parse_directory_page(html_page);
  ASSERT_EQ(html.size(), 7u);
  expect_same_contacts(text, html);
  // line: the source line of the entry's first line (its country, or the hotline heading).
  std::vector<std::string_view> lines;
  std::size_t at = 0;
  while (at <= html_page.size()) {
    const std::size_t nl = html_page.find('\n', at);
    lines.push_back(std::string_view(html_page).substr(at, nl == std::string::npos ? std::string::npos : nl - at));
    if (nl == std::string::npos) break;
    at = nl + 1;
  }
  for (const Contact& c : html) {
    ASSERT_GE(c.line, 1);
    ASSERT_LE(static_cast<std::size_t>(c.line), lines.size());
    const std::string_view line = lines[static_cast<std::size_t>(c.line - 1)];
    const std::string first = c.kind == "hotline" ? "Горячая линия" : *c.country;
    EXPECT_NE(line.find(first), std::string_view::npos) << c.seq << ": " << line;
  }
}

TEST_F(ExampleHtml, SpansStartAtTheTurnsOwnMarkup) {
  const Transcript html = parse_transcript_page(html_page);
  std::int64_t previous_end = 0;
  for (const Turn& t : html.turns) {
    ASSERT_LT(t.start_char, t.end_char);
    EXPECT_GE(t.start_char, previous_end) << t.seq;
    previous_end = t.end_char;
    const std::string_view span = char_span(html_page, t.start_char, t.end_char);
    // Every turn here is a run of <p> elements: the span opens the first and closes the last.
    EXPECT_TRUE(span.starts_with("<p>")) << t.seq << ": " << span.substr(0, 60);
    EXPECT_TRUE(span.ends_with("</p>")) << t.seq << ": " << span.substr(span.size() - 60);
    // What the span shows is the label and the text of the turn, nothing else.
    const std::string shown = visible(span);
    const std::string head = t.label ? *t.label + ":" : t.text.substr(0, 12);
    EXPECT_TRUE(shown.starts_with(head)) << t.seq << ": " << shown.substr(0, 60);
    const std::string tail = t.text.substr(t.text.size() - 20);
    EXPECT_NE(shown.find(tail), std::string::npos) << t.seq;
    // line is the source line of the span's start.
    std::int64_t line = 1;
    for (char c : std::string_view(html_page).substr(0, testing::byte_of_char(html_page, t.start_char))) {
      line += c == '\n';
    }
    EXPECT_EQ(t.line, line) << t.seq;
  }
  // The label with the hidden tooltip: the span starts at its paragraph.
  const std::string_view third = char_span(html_page, html.turns[2].start_char, html.turns[2].end_char);
  EXPECT_TRUE(third.starts_with("<p><strong>Sergey Lavrov<span class=\"hidden tooltip\">"));
}

TEST_F(ExampleHtml, ForcedTextFormatReadsTheMarkupAsText) {
  // Forcing text on an HTML page is allowed: tags are then just lines of the page.
  const Transcript forced = parse_transcript_page(html_page, PageFormat::text);
  const Transcript automatic = parse_transcript_page(html_page, PageFormat::automatic);
  EXPECT_NE(forced.info.chars, 0);
  EXPECT_EQ(forced.info.chars, automatic.info.chars);
  // And the text page forced to HTML is one whitespace-collapsed paragraph, no crash.
  EXPECT_NO_THROW(parse_transcript_page(text_page, PageFormat::html));
}

TEST(CharsetPages, Windows1251AndKoi8RGiveTheTextPagesRows) {
  const std::string text_page = read_data("turns/mid_ru_press_conference.txt");
  const Transcript text = parse_transcript_page(text_page);
  ASSERT_EQ(text.turns.size(), 8u);
  for (const char* name : {"html/mid_ru_press_conference_cp1251.html",
                           "html/mid_ru_press_conference_koi8r.html"}) {
    SCOPED_TRACE(name);
    const std::string page = read_data(name);
    const Transcript html = parse_transcript_page(page);
    expect_same_turns(text, html);
    expect_same_contacts(parse_directory_page(text_page), parse_directory_page(page));
    // Single-byte charsets: character offsets are byte offsets into the file.
    EXPECT_EQ(html.info.chars, static_cast<std::int64_t>(page.size()));
    for (const Turn& t : html.turns) {
      const std::string_view span(page.data() + t.start_char, static_cast<std::size_t>(t.end_char - t.start_char));
      EXPECT_TRUE(span.starts_with("<P>")) << t.seq << ": " << span.substr(0, 20);
    }
  }
}

TEST(CharsetPages, UndeclaredLegacyPageIsReadInItsCharset) {
  // An undeclared windows-1251 page: ICU's detector reads windows-1251 in its Russian words,
  // and the page gives the rows of the same page declared (nothing replaced).
  const std::string page = read_data("html/undeclared_cp1251.html");
  const Transcript doc = parse_transcript_page(page);
  EXPECT_EQ(doc.info.charset, "windows-1251");
  EXPECT_EQ(doc.info.replaced, 0);
  EXPECT_EQ(doc.info.chars, static_cast<std::int64_t>(page.size()));  // one character per byte
  const Transcript declared = parse_transcript_page(read_data("html/mid_ru_press_conference_cp1251.html"));
  ASSERT_EQ(doc.turns.size(), declared.turns.size());
  ASSERT_FALSE(doc.turns.empty());
  for (std::size_t k = 0; k < doc.turns.size(); ++k) {
    EXPECT_EQ(doc.turns[k].text, declared.turns[k].text) << k;
    EXPECT_EQ(doc.turns[k].speaker, declared.turns[k].speaker) << k;
  }
  EXPECT_EQ(parse_directory_page(page).size(),
            parse_directory_page(read_data("html/mid_ru_press_conference_cp1251.html")).size());
}

TEST(CharsetPages, OneMistypedByteKeepsEveryTurn) {
  // kremlin.ru page 63123 has "de\xe3lared": the rest of the page must come back.
  const std::string clean =
      "<html><body><h1>Meeting</h1><p>June 2, 2020</p>"
      "<p><b>Vladimir Putin:</b> We have de-clared the matter closed.</p>"
      "<p><b>Dmitry Peskov:</b> Thank you.</p><p><b>Vladimir Putin:</b> Thank you.</p></body></html>";
  std::string bad = clean;
  bad.replace(bad.find("de-clared"), 9, "de\xe3lared");
  const Transcript a = parse_transcript_page(clean), b = parse_transcript_page(bad);
  ASSERT_EQ(b.turns.size(), 3u);
  EXPECT_EQ(b.info.replaced, 1);
  EXPECT_EQ(a.info.replaced, 0);
  EXPECT_EQ(b.turns[0].text, "We have de\uFFFDlared the matter closed.");
  // "de-clared" is 9 characters, "de\uFFFDlared" 8: the turns after it start one earlier.
  for (std::size_t k = 0; k < 3; ++k) EXPECT_EQ(a.turns[k].start_char, b.turns[k].start_char + (k > 0 ? 1 : 0));
}

TEST(PageInputTitle, TheFirstH1IsTheTitle) {
  // Without a date near the title the text alone would take the first menu line.
  const std::string html =
      "<html><body><div>The Ministry of Foreign Affairs of the Russian Federation</div>"
      "<nav><ul><li>Home</li><li>Embassy news</li></ul></nav>"
      "<h1>Russian missions in Italy</h1><p>Consular hours may change during holidays.</p>"
      "</body></html>";
  const Transcript doc = parse_transcript_page(html, PageFormat::html);
  EXPECT_EQ(doc.info.title, "Russian missions in Italy");
  // The same page as text: no <h1> to go by.
  EXPECT_EQ(parse_transcript("The Ministry of Foreign Affairs of the Russian Federation\nHome\n\n"
                             "Russian missions in Italy\n\nConsular hours may change during holidays.\n")
                .info.title,
            "The Ministry of Foreign Affairs of the Russian Federation");
}

TEST(BrokenMarkup, StillGivesEveryTurn) {
  const std::string page = read_data("html/broken_markup.html");
  const Transcript doc = parse_transcript_page(page);
  ASSERT_EQ(doc.turns.size(), 7u);
  // The last "Thank you." closes the conference: a statement, not an answer.
  const TurnKind kinds[] = {TurnKind::remarks, TurnKind::question, TurnKind::answer,
                            TurnKind::question, TurnKind::answer, TurnKind::question,
                            TurnKind::statement};
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(doc.turns[i].kind, kinds[i]) << i;
  EXPECT_EQ(doc.info.date, "2021-05-05");
  EXPECT_EQ(doc.turns[2].text, "Because the agenda is long.");
  EXPECT_EQ(doc.turns[5].label, "Question");
  EXPECT_EQ(doc.turns[6].text, "Thank you.");
  for (const Turn& t : doc.turns) {
    const std::string_view span = char_span(page, t.start_char, t.end_char);
    EXPECT_TRUE(span.starts_with("<p>")) << t.seq << ": " << span.substr(0, 30);
  }
}

TEST(BrokenMarkup, EveryTruncationOfTheExampleGivesRowsWithSaneOffsets) {
  const std::string page = read_data("html/mid_ru_lavrov_mgimo_2020.html");
  const std::int64_t total = static_cast<std::int64_t>(count_chars(page));
  std::size_t last_turns = 0;
  for (std::size_t cut = 0;; cut = std::min(cut + 1999, page.size())) {
    std::size_t end = cut;
    while (end < page.size() && is_continuation_byte(static_cast<unsigned char>(page[end]))) ++end;
    const std::string_view part = std::string_view(page).substr(0, end);
    const Transcript doc = parse_transcript_page(part, PageFormat::html);
    const std::int64_t chars = static_cast<std::int64_t>(count_chars(part));
    for (const Turn& t : doc.turns) {
      ASSERT_LE(0, t.start_char);
      ASSERT_LE(t.start_char, t.end_char);
      ASSERT_LE(t.end_char, chars);
    }
    EXPECT_LE(chars, total);
    last_turns = doc.turns.size();
    (void)parse_directory_page(part, PageFormat::html);
    if (cut == page.size()) break;
  }
  EXPECT_EQ(last_turns, 29u);
  // Cut inside the first answer: remarks, the question and the start of the answer.
  const std::size_t a = page.find("<strong>Sergey Lavrov<span");
  EXPECT_EQ(parse_transcript_page(std::string_view(page).substr(0, a + 300)).turns.size(), 3u);
}

// The markup's footer ends the transcript (state.gov, bundeskanzleramt.gv.at: links,
// notices and a site map after the last turn were its text); a footer inside the article,
// before the speech, is no end.
TEST(PageInputTest, TheMarkupsFooterEndsTheTranscript) {
  const std::string page =
      "<html><head><title>Press Availability</title></head><body>"
      "<article><footer><p>Posted in Remarks</p></footer>"
      "<h1>Secretary Antony J. Blinken At a Press Availability</h1><p>April 18, 2023</p>"
      "<p><strong>SECRETARY BLINKEN:</strong> Good afternoon, everyone.</p>"
      "<p><strong>QUESTION:</strong> Has there been any contact with Beijing?</p>"
      "<p><strong>SECRETARY BLINKEN:</strong> We keep lines of communication open.</p>"
      "<p><strong>MR PATEL:</strong> Thanks, everyone.</p></article>"
      "<footer><p>White House</p><p>USA.gov</p><p>Privacy Policy</p></footer></body></html>";
  const Transcript doc = PageInput(page, PageFormat::html).parse_transcript();
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[0].text, "Good afternoon, everyone.");
  EXPECT_EQ(doc.turns[3].text, "Thanks, everyone.");
  EXPECT_EQ(page.substr(doc.end_byte, 11), "White House");  // where the footer's text begins
}

// Lists of links are no speech: a menu before the text, a "Related" list between two parts
// of the speech (which goes on after it), a share box and a site map after the last turn
// (the end: bundespraesident.de's "Diese Seite" / "Per E-Mail weiterempfehlen" was the
// speech's last paragraphs). A menu that names an office's holder still ties a label that
// gives the office alone to that person (whitehouse.gov's "Vice President Mike Pence").
TEST(PageInputTest, ListsOfLinksAreNoSpeech) {
  const std::string page =
      "<html><body><ul><li><a href=/a>The Administration</a></li><li><a href=/vp>Vice President Mike Pence</a></li>"
      "<li><a href=/c>The Cabinet</a></li></ul>"
      "<h1>Remarks by the Vice President at a Briefing</h1><p>November 8, 2017</p>"
      "<p>THE VICE PRESIDENT: Thank you, Governor. We come here with a heavy heart, grateful to be joined by "
      "leaders in public life and law enforcement.</p>"
      "<ul><li><a href=/r1>Remarks at the church</a></li><li><a href=/r2>Statement on Texas</a></li></ul>"
      "<p>We have met with the families this morning. Their faith and their resilience moved us deeply, and "
      "they will have every support of the federal government.</p>"
      "<p>God bless you all, and God bless Texas. Thank you for your service to this community today.</p>"
      "<h2>This page</h2><ul><li><a href=/s>Share by e-mail</a></li><li><a href=/p>Bookmark</a></li></ul>"
      "<div><ul><li><a href=/1>Briefing Room</a></li><li><a href=/2>Issues</a></li></ul></div>"
      "<p>Search the site</p></body></html>";
  const Transcript doc = PageInput(page, PageFormat::html).parse_transcript();
  ASSERT_EQ(doc.turns.size(), 1u);
  EXPECT_EQ(doc.turns[0].speaker, "Mike Pence");
  EXPECT_EQ(doc.turns[0].paragraphs, 3);
  EXPECT_TRUE(doc.turns[0].text.ends_with("Thank you for your service to this community today."))
      << doc.turns[0].text;
  EXPECT_EQ(page.substr(doc.end_byte, 9), "This page");
}

// Labels set alone in bold, without a colon, the speech in the paragraphs below: turns,
// when the page has no label of its own and a label comes back; a bold list of places and
// dates stays text.
TEST(PageInputTest, BoldLabelsOnTheirOwnLines) {
  const std::string page =
      "<html><body><h1>Interview of Foreign Minister Sergey Lavrov to RIA Novosti</h1><p>12 March 2023</p>"
      "<p><strong>Question</strong></p><p>Mr Lavrov, how do you assess the G20 meeting?</p>"
      "<p><strong>Sergey Lavrov</strong></p><p>It was useful. We stated our position.</p><p>We will continue.</p>"
      "<p><strong>Question</strong></p><p>What about the grain deal?</p>"
      "<p><strong>Sergey Lavrov</strong></p><p>It depends on our partners.</p></body></html>";
  const Transcript doc = PageInput(page, PageFormat::html).parse_transcript();
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[0].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[0].text, "Mr Lavrov, how do you assess the G20 meeting?");
  EXPECT_EQ(doc.turns[1].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[1].speaker, "Sergey Lavrov");
  EXPECT_EQ(doc.turns[1].text, "It was useful. We stated our position.\n\nWe will continue.");
  EXPECT_EQ(doc.turns[3].reply_to, 3);

  // A table of turns: the label in the first cell, the speech in the next.
  const std::string table =
      "<html><body><h1>Press conference by Foreign Minister Sergey Lavrov</h1><p>12 March 2023</p><table>"
      "<tr><td><b>Sergey Lavrov</b></td><td>Good afternoon. We held productive talks today.</td></tr>"
      "<tr><td><b>Question</b></td><td>Mr Lavrov, what about the grain deal?</td></tr>"
      "<tr><td><b>Sergey Lavrov</b></td><td>It depends on our partners.</td></tr></table></body></html>";
  const Transcript rows = PageInput(table, PageFormat::html).parse_transcript();
  ASSERT_EQ(rows.turns.size(), 3u);
  EXPECT_EQ(rows.turns[0].speaker, "Sergey Lavrov");
  EXPECT_EQ(rows.turns[0].text, "Good afternoon. We held productive talks today.");
  EXPECT_EQ(rows.turns[1].kind, TurnKind::question);
  EXPECT_EQ(rows.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(rows.turns[2].reply_to, 2);

  const std::string schedule =
      "<html><body><h1>Accreditation for the Victory Day events</h1><p>April 16, 2018</p>"
      "<p>The accreditation badge will be valid for the following events:</p>"
      "<p><b>Red Square, May 6</b></p><p>Dress rehearsal of the Victory Parade.</p>"
      "<p><b>Red Square, May 9</b></p><p>Victory Parade marking the anniversary.</p>"
      "<p><b>Alexander Garden</b></p><p>Wreath-laying ceremony at the Tomb of the Unknown Soldier.</p></body></html>";
  const Transcript list = PageInput(schedule, PageFormat::html).parse_transcript();
  for (const Turn& t : list.turns) EXPECT_FALSE(t.label.has_value()) << t.text;
}

// A name label in bold with a full stop for its colon, on a page whose labels are in bold
// (kremlin.ru: "<b>Vladimir Putin.</b> Yes. Is there a task group …"): a turn. A bold
// lead-in that names nobody stays text, and so does a bold name with a full stop on a page
// whose labels are not in bold.
TEST(PageInputTest, BoldNameWithAFullStopForItsColon) {
  const std::string page =
      "<html><body><h1>Meeting on civilian production</h1><p>January 24, 2018</p>"
      "<p><b>Vladimir Putin:</b> Mr Chemezov, please.</p>"
      "<p><b>Sergei Chemezov:</b> Do you mean developing civilian products?</p>"
      "<p><b>Vladimir Putin.</b> Yes. Is there a task group?</p>"
      "<p><b>Note.</b> The meeting went on behind closed doors.</p>"
      "<p><b>Kseniya Slutskaya. </b>Good afternoon, Mr President.</p></body></html>";
  const Transcript doc = PageInput(page, PageFormat::html).parse_transcript();
  ASSERT_EQ(doc.turns.size(), 4u);
  EXPECT_EQ(doc.turns[1].text, "Do you mean developing civilian products?");
  EXPECT_EQ(doc.turns[2].speaker, "Vladimir Putin");
  EXPECT_EQ(doc.turns[2].text, "Yes. Is there a task group?\n\nNote. The meeting went on behind closed doors.");
  EXPECT_EQ(doc.turns[3].speaker, "Kseniya Slutskaya");
  EXPECT_EQ(doc.turns[3].text, "Good afternoon, Mr President.");

  const std::string unlabelled =
      "<html><body><h1>Meeting on civilian production</h1><p>January 24, 2018</p>"
      "<p>Vladimir Putin: Mr Chemezov, please.</p><p>Sergei Chemezov: Do you mean civilian products?</p>"
      "<p><b>Vladimir Putin.</b> Yes. Is there a task group?</p></body></html>";
  const Transcript plain = PageInput(unlabelled, PageFormat::html).parse_transcript();
  ASSERT_EQ(plain.turns.size(), 2u);
  EXPECT_EQ(plain.turns[1].text, "Do you mean civilian products?\n\nVladimir Putin. Yes. Is there a task group?");
}

}  // namespace
}  // namespace transcript
