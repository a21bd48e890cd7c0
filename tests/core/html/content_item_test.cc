// JSON content items (core/html/content_item.h): a JSON object with a "title" and the page's
// HTML in details.body (or details.parts[*].body) reads as that HTML page, with the title,
// date, place and speaker the item gives, and offsets into the JSON file as stored. Anything
// else, malformed JSON included, reads as before.
//
// tests/data/html/govuk_content_item.json is written in the shape of a GOV.UK speech
// (publishing-api content schema "speech"); its people and conference are invented.
// tests/data/html/govuk_worldwide_office.json is a real item, as published: GOV.UK's own
// example of the "worldwide_office" schema (alphagov/publishing-api @
// 64d2c150d7272c08c7cc6d3520b45bd21c6011f2 : content_schemas/examples/worldwide_office/
// frontend/worldwide_office.json, MIT; content under the Open Government Licence v3), also
// ../shared/corpora's gov-uk/worldwide_office.json.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/directory/contact.h"
#include "core/html/content_item.h"
#include "core/html/page_input.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "html_test_util.h"

namespace transcript {
namespace {

using testing::char_span;
using testing::read_data;

// A content item around `body` (a JSON string literal, quotes included) with `more`
// members in details.
std::string item(const std::string& body, const std::string& more = "", const std::string& top = "") {
  return "{\"title\": \"Minister\\u2019s statement on flood defences\",\n \"first_published_at\": "
         "\"2021-02-03T10:00:00.000+00:00\",\n" + top + " \"details\": {" + more + "\"body\": " + body + "}}\n";
}

TEST(ContentItem, ReadsTheBodyAsHtmlWithTheItemsMetadata) {
  const std::string page = read_data("html/govuk_content_item.json");
  ASSERT_FALSE(page.empty());
  const PageInput input(page, PageFormat::automatic);
  EXPECT_EQ(input.format(), PageFormat::html);
  const Transcript doc = input.parse_transcript();
  EXPECT_EQ(doc.info.title, "Foreign Secretary\u2019s press conference on Arctic cooperation");
  EXPECT_EQ(doc.info.date, "2023-03-14");  // details.delivered_on, before first_published_at
  EXPECT_EQ(doc.info.place, "Lancaster House, London");
  EXPECT_EQ(doc.info.speaker, "Alan Merriweather");  // links.speaker, without "The Rt Hon" and "MP"
  EXPECT_EQ(doc.info.lang, "en");
  EXPECT_EQ(doc.info.chars, static_cast<std::int64_t>(count_chars(page)));
  ASSERT_EQ(doc.turns.size(), 5u);
  EXPECT_EQ(doc.turns[0].kind, TurnKind::remarks);
  EXPECT_EQ(doc.turns[0].speaker, "Alan Merriweather");
  EXPECT_TRUE(doc.turns[0].text.starts_with("Good afternoon, and thank you for coming."));
  EXPECT_NE(doc.turns[0].text.find("doesn\u2019t stay there."), std::string::npos);  // \u2019 decoded
  EXPECT_EQ(doc.turns[1].kind, TurnKind::question);
  EXPECT_EQ(doc.turns[1].label, "Question");
  EXPECT_EQ(doc.turns[1].text, "Foreign Secretary, will the agreement cover shipping routes?");
  EXPECT_EQ(doc.turns[2].kind, TurnKind::answer);
  EXPECT_EQ(doc.turns[2].label, "Foreign Secretary");
  EXPECT_EQ(doc.turns[2].reply_to, 2);
  EXPECT_EQ(doc.turns[4].text, "Yes. I will bring it to the House in April.");
  // Spans point at the turn's markup as the file stores it: inside the JSON string, with its
  // escapes; the line is the JSON line that holds the body.
  const std::size_t body_line_start = page.find("    \"body\": ");
  const std::int64_t body_line = 1 + std::count(page.begin(), page.begin() + static_cast<long>(body_line_start), '\n');
  for (const Turn& t : doc.turns) {
    const std::string_view span = char_span(page, t.start_char, t.end_char);
    EXPECT_TRUE(span.starts_with("<p>")) << t.seq << ": " << span;
    EXPECT_TRUE(span.ends_with("</p>") || span.ends_with("</h2>")) << t.seq << ": " << span;
    EXPECT_EQ(t.line, body_line) << t.seq;
  }
  EXPECT_EQ(char_span(page, doc.turns[3].start_char, doc.turns[3].end_char),
            "<p><strong>Question:</strong> Will Parliament vote on it?</p>");
  EXPECT_NE(char_span(page, doc.turns[0].start_char, doc.turns[0].end_char).find("doesn\\u2019t"),
            std::string_view::npos);
}

TEST(ContentItem, BuiltPageMapsEveryByteIntoTheFile) {
  const std::string page = read_data("html/govuk_content_item.json");
  const auto built = content_item_page(page);
  ASSERT_TRUE(built);
  EXPECT_TRUE(built->text.starts_with("<!DOCTYPE html>"));
  EXPECT_EQ(built->text.find("Foreign Secretary\u2019s press conference"), std::string::npos);  // the title is given, not printed
  ASSERT_EQ(built->source.size(), built->text.size() + 1);
  for (std::uint32_t s : built->source) ASSERT_LE(s, page.size());
  EXPECT_EQ(built->source.back(), page.size());
  const std::size_t p = built->text.find("<p>Good afternoon");
  ASSERT_NE(p, std::string::npos);
  EXPECT_EQ(page.compare(built->source[p], 17, "<p>Good afternoon"), 0);
  const std::size_t quote = built->text.find("class=\"govspeak\"");
  EXPECT_EQ(page.compare(built->source[quote + 6], 2, "\\\""), 0);  // a decoded quote maps to its escape
  EXPECT_EQ(built->facts.title, "Foreign Secretary\u2019s press conference on Arctic cooperation");
  EXPECT_EQ(built->facts.date, "2023-03-14");
  EXPECT_EQ(built->facts.place, "Lancaster House, London");
  EXPECT_EQ(built->facts.speaker, "The Rt Hon Alan Merriweather MP");
}

TEST(ContentItem, ADateInTheBodyBeatsTheItemsDates) {
  // No delivered_on: first_published_at, when the body gives no date.
  Transcript doc = parse_transcript_page(item("\"<p>We will spend more on flood defences this year.</p>\""));
  EXPECT_EQ(doc.info.title, "Minister\u2019s statement on flood defences");
  EXPECT_EQ(doc.info.date, "2021-02-03");
  EXPECT_EQ(doc.info.place, std::nullopt);
  ASSERT_EQ(doc.turns.size(), 1u);
  EXPECT_EQ(doc.turns[0].text, "We will spend more on flood defences this year.");
  // public_timestamp when that is all there is.
  std::string only_timestamp = item("\"<p>We will spend more.</p>\"", "", " \"public_timestamp\": \"2020-07-01T08:00:00Z\",\n");
  only_timestamp.replace(only_timestamp.find("\"first_published_at\""), 20, "\"first_published_on\"");
  EXPECT_EQ(parse_transcript_page(only_timestamp).info.date, "2020-07-01");
  // The body's own date line wins.
  doc = parse_transcript_page(item("\"<p>28 January 2021</p>\\n<p>We will spend more on flood defences this year.</p>\""));
  EXPECT_EQ(doc.info.date, "2021-01-28");
  // The item's location is the place when the body gives none.
  doc = parse_transcript_page(item("\"<p>We will spend more.</p>\"", "\"location\": \"Carlisle\", "));
  EXPECT_EQ(doc.info.place, "Carlisle");
}

TEST(ContentItem, PartsAreReadInOrderUnderTheirTitles) {
  const std::string guide =
      "{\"title\": \"A guide in parts\", \"schema_name\": \"guide\", \"details\": {\"parts\": ["
      "{\"title\": \"Overview & scope\", \"slug\": \"overview\", \"body\": \"<p>First part text.</p>\"},"
      "{\"title\": \"Ignored: no body\"},"
      "{\"title\": \"Second\", \"body\": \"<p>Second part text.</p>\"}]}}";
  const auto built = content_item_page(guide);
  ASSERT_TRUE(built);
  const std::size_t a = built->text.find("<h2>Overview &amp; scope</h2>");
  const std::size_t b = built->text.find("First part text.");
  const std::size_t c = built->text.find("<h2>Second</h2>");
  const std::size_t d = built->text.find("Second part text.");
  ASSERT_NE(a, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_LT(c, d);
  EXPECT_EQ(built->text.find("Ignored"), std::string::npos);
  EXPECT_EQ(guide.compare(built->source[a + 4], 9, "Overview "), 0);  // a heading maps to the part's title
  const PageInput input(guide, PageFormat::automatic);
  EXPECT_NE(input.text().find("Overview & scope"), std::string_view::npos);
  EXPECT_LT(input.text().find("First part text."), input.text().find("Second part text."));
  EXPECT_EQ(input.parse_transcript().info.title, "A guide in parts");
}

TEST(ContentItem, BodyGivenAsAlternativesTakesTheHtmlOne) {
  const std::string page = item(
      "[{\"content_type\": \"text/govspeak\", \"content\": \"We will *not* wait.\"},"
      " {\"content_type\": \"text/html\", \"content\": \"<p>We will <em>not</em> wait.</p>\"}]");
  const PageInput input(page, PageFormat::automatic);
  EXPECT_EQ(input.format(), PageFormat::html);
  const Transcript doc = input.parse_transcript();
  ASSERT_EQ(doc.turns.size(), 1u);
  EXPECT_EQ(doc.turns[0].text, "We will not wait.");
}

TEST(ContentItem, OtherJsonAndMalformedItemsReadAsText) {
  const std::string good = item("\"<p>We will spend more on flood defences this year.</p>\"");
  ASSERT_TRUE(content_item_page(good));
  // Not the shape: no title, no details, a blank or non-string title, an array.
  EXPECT_FALSE(content_item_page("{\"details\": {\"body\": \"<p>x</p>\"}}"));
  EXPECT_FALSE(content_item_page("{\"title\": \"T\", \"body\": \"<p>x</p>\"}"));
  // (A blank body is no body: a page without speech, see below.)
  EXPECT_FALSE(content_item_page("{\"title\": \"T\", \"details\": {\"body\": \" \\n \"}}")->facts.speech);
  EXPECT_FALSE(content_item_page("{\"title\": \"  \", \"details\": {\"body\": \"<p>x</p>\"}}"));
  EXPECT_FALSE(content_item_page("{\"title\": 7, \"details\": {\"body\": \"<p>x</p>\"}}"));
  EXPECT_FALSE(content_item_page("[{\"title\": \"T\", \"details\": {\"body\": \"<p>x</p>\"}}]"));
  // Malformed JSON: a trailing comma, a cut file, a lone surrogate, single quotes.
  for (std::string bad : {good.substr(0, good.size() - 3) + ",}}", good.substr(0, good.size() / 2),
                          item("\"<p>\\ud800</p>\""), std::string("{'title': 'T', 'details': {'body': '<p>x</p>'}}")}) {
    EXPECT_FALSE(content_item_page(bad)) << bad;
    const PageInput input(bad, PageFormat::automatic);
    EXPECT_EQ(input.format(), PageFormat::text) << bad;
    EXPECT_EQ(input.text(), bad);
  }
  // format='text' reads the file as it is.
  EXPECT_EQ(PageInput(good, PageFormat::text).format(), PageFormat::text);
  EXPECT_EQ(PageInput(good, PageFormat::text).text(), good);
  // A content item may start with a byte-order mark and white space.
  EXPECT_TRUE(content_item_page("\xEF\xBB\xBF \n" + good));
}

// An item without a body (a contact, an office, an index page) holds no speech: no turns,
// the item's title and dates, and the contacts its fields hold, written as a directory
// prints them. Read from the file: one entry, the embassy.
TEST(ContentItem, AnOfficeWithoutABodyGivesItsContactsAndNoTurns) {
  const std::string page = read_data("html/govuk_worldwide_office.json");
  ASSERT_FALSE(page.empty());
  const auto built = content_item_page(page);
  ASSERT_TRUE(built);
  EXPECT_FALSE(built->facts.speech);
  const PageInput input(page, PageFormat::automatic);
  const Transcript doc = input.parse_transcript();
  EXPECT_EQ(doc.info.title, "British Embassy Manila");
  EXPECT_EQ(doc.info.date, "2023-05-17");  // first_published_at
  EXPECT_TRUE(doc.turns.empty());
  const std::vector<Contact> contacts = input.parse_directory();
  ASSERT_EQ(contacts.size(), 1u);
  const Contact& c = contacts[0];
  EXPECT_EQ(c.kind, "embassy");
  EXPECT_EQ(c.name, "British Embassy Manila");
  EXPECT_EQ(c.country_code, "PH");
  EXPECT_EQ(c.represents_code, "GB");
  EXPECT_EQ(c.address, "120 Upper McKinley Road, McKinley Hill, Taguig City, Manila, 1634, Philippines");
  EXPECT_EQ(c.phones, (std::vector<std::string>{"+63 (02) 8 858 2200", "+44 20 7136 6857"}));
  EXPECT_EQ(c.faxes, (std::vector<std::string>{"+63 (02) 8 858 2342"}));
  EXPECT_EQ(c.emails, (std::vector<std::string>{"ukinthephilippines@fco.gov.uk"}));
  EXPECT_EQ(c.websites, (std::vector<std::string>{"http://www.gov.uk/contact-consulate-manila"}));
  // The entry's line is the JSON line of the address it starts with.
  EXPECT_EQ(c.line, 39);  // the JSON line of the address's title, where the entry starts

  // A contact item of an office that is no mission (HMRC's shape): no entry, no turn; an
  // index without contacts: its title alone.
  const std::string hmrc =
      "{\"title\": \"Customs fraud reporting\", \"first_published_at\": \"2016-02-29T09:24:03.000+00:00\",\n"
      " \"details\": {\"post_addresses\": [{\"title\": \"HM Revenue and Customs\", \"street_address\": "
      "\"Freepost NAT22785\", \"postal_code\": \"CF14 5GX\", \"region\": \"CARDIFF\", \"world_location\": "
      "\"United Kingdom\"}],\n \"phone_numbers\": [{\"title\": \"Customs Hotline\", \"number\": \"0800 595 000\", "
      "\"fax\": \"0800 528 0506\"}]}}\n";
  const PageInput hmrc_input(hmrc, PageFormat::automatic);
  const Transcript hmrc_doc = hmrc_input.parse_transcript();
  EXPECT_EQ(hmrc_doc.info.title, "Customs fraud reporting");
  EXPECT_EQ(hmrc_doc.info.date, "2016-02-29");
  EXPECT_TRUE(hmrc_doc.turns.empty());
  EXPECT_TRUE(hmrc_input.parse_directory().empty());
  const PageInput index("{\"title\": \"Help and services around the world\", \"details\": {\"contact_groups\": []}}",
                        PageFormat::automatic);
  EXPECT_EQ(index.parse_transcript().info.title, "Help and services around the world");
  EXPECT_TRUE(index.parse_transcript().turns.empty());
}

// GOV.UK's embassies index lists each country's offices; a country served from elsewhere
// names its mission as a remote office (Afghanistan: British Embassy Kabul, working from
// Qatar); a country without assistance has none; an office that is no mission is dropped.
TEST(ContentItem, EmbassiesIndexGivesEachCountrysMissions) {
  const std::string index =
      "{\"title\": \"Find a British embassy, high commission or consulate\", \"details\": {\"world_locations\": [\n"
      " {\"name\": \"Afghanistan\", \"assistance_available\": \"remote\", \"remote_office\": {\"name\": "
      "\"British Embassy Kabul\", \"country\": \"Qatar\", \"path\": \"/world/organisations/british-embassy-kabul\"}},\n"
      " {\"name\": \"Anguilla\", \"assistance_available\": \"none\"},\n"
      " {\"name\": \"Argentina\", \"assistance_available\": \"local\", \"organisations_with_embassy_offices\": ["
      "{\"name\": \"British Embassy Buenos Aires\"}, {\"name\": \"UK Science & Innovation Network in Argentina\"}]}]}}\n";
  const PageInput input(index, PageFormat::automatic);
  const std::vector<Contact> contacts = input.parse_directory();
  ASSERT_EQ(contacts.size(), 2u);
  EXPECT_EQ(contacts[0].name, "British Embassy Kabul");
  EXPECT_EQ(contacts[0].kind, "embassy");
  EXPECT_EQ(contacts[0].country_code, "AF");
  EXPECT_EQ(contacts[0].city, "Kabul");
  EXPECT_EQ(contacts[1].name, "British Embassy Buenos Aires");
  EXPECT_EQ(contacts[1].country_code, "AR");
  EXPECT_TRUE(input.parse_transcript().turns.empty());
}

// A phone's title is the page's text, written as a label: escaped like every value.
TEST(ContentItem, PhoneTitlesAreEscaped) {
  const std::string item =
      "{\"title\": \"British Embassy Manila\", \"details\": {\"phone_numbers\": [{\"title\": "
      "\"Visa <24h> & passports\", \"number\": \"+63 2 8858 2200\"}]}}";
  const auto built = content_item_page(item);
  ASSERT_TRUE(built);
  EXPECT_NE(built->text.find("<p>Visa &lt;24h&gt; &amp; passports: +63 2 8858 2200</p>"), std::string::npos)
      << built->text;
}

TEST(ContentItem, EveryTruncationAndByteFlipIsSafe) {
  const std::string page = read_data("html/govuk_content_item.json");
  std::size_t read_as_item = 0;
  auto check = [&](std::string_view part) {
    if (const auto built = content_item_page(part)) {
      ++read_as_item;
      ASSERT_EQ(built->source.size(), built->text.size() + 1);
      for (std::uint32_t s : built->source) ASSERT_LE(s, part.size());
      ASSERT_FALSE(find_invalid_utf8(built->text));
    }
    try {
      const PageInput input(part, PageFormat::automatic);
      const Transcript doc = input.parse_transcript();
      const std::int64_t chars = static_cast<std::int64_t>(count_chars(part));
      for (const Turn& t : doc.turns) {
        ASSERT_LE(0, t.start_char);
        ASSERT_LE(t.start_char, t.end_char);
        ASSERT_LE(t.end_char, chars);
        ASSERT_GE(t.line, 1);
      }
      (void)input.parse_directory();
    } catch (const InputError&) {
      // a cut or flipped byte that leaves invalid UTF-8 in a text page: a documented error
    }
  };
  for (std::size_t cut = 0; cut <= page.size(); cut += 7) check(std::string_view(page).substr(0, cut));
  for (std::size_t at = 0; at < page.size(); at += 13) {
    for (char c : {'"', '\\', '{', ']', ',', '\x80', 'u'}) {
      std::string flipped = page;
      flipped[at] = c;
      check(flipped);
    }
  }
  check(page);
  EXPECT_GT(read_as_item, 1u);
}

}  // namespace
}  // namespace transcript
