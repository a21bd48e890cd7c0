// extract_html_text(): what a browser shows, and the map back to the source.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/html/html_text.h"

namespace transcript {
namespace {

std::string text_of(std::string_view html) { return extract_html_text(html).text(); }

TEST(HtmlText, BlocksBreakLinesAndParagraphs) {
  EXPECT_EQ(text_of("<p>One</p><p>Two</p>"), "One\n\nTwo");
  EXPECT_EQ(text_of("<div>One</div><div>Two</div>"), "One\nTwo");
  EXPECT_EQ(text_of("<ul><li>a</li><li>b</li></ul><p>c"), "a\nb\n\nc");
  EXPECT_EQ(text_of("<h1>Title</h1>Text"), "Title\n\nText");
  EXPECT_EQ(text_of("a<br>b<br><br>c"), "a\nb\n\nc");
  EXPECT_EQ(text_of("<table><tr><td>Address:</td><td>1 Main St</td></tr><tr><td>x</td></tr></table>"),
            "Address:\t1 Main St\nx");
  EXPECT_EQ(text_of("<section><article><header>h</header>body</article></section>"), "h\nbody");
  EXPECT_EQ(text_of("<dl><dt>Fax</dt><dd>+1 2</dd></dl>"), "Fax\n+1 2");
  EXPECT_EQ(text_of("<p>a<b>b</b>c <i>d</i></p>"), "abc d");
}

TEST(HtmlText, FirstHeadingIsKept) {
  EXPECT_EQ(extract_html_text("<nav>Home</nav><h1>  Russian <b>missions</b>\n in Italy </h1><h1>Second</h1>").heading(),
            "Russian missions in Italy");
  EXPECT_EQ(extract_html_text("<h2>Not a title</h2><p>x</p>").heading(), "");
  EXPECT_EQ(extract_html_text("<h1 hidden>Hidden</h1><h1>Shown</h1>").heading(), "Shown");
  // The first <h1> the document's <title> holds: a skip-link heading before the article's
  // (bundespraesident.de), soft hyphens and case aside; else the first.
  EXPECT_EQ(extract_html_text("<html><head><title>www.example.de: Reden / Rede von Bundespr\u00e4sident "
                              "Johannes Rau in L\u00fcbeck</title></head><body><h1 class=\"navSkip\">Navigation und "
                              "Service</h1><p>Menu</p><h1><span>Rede von Bundes\u00adpr\u00e4sident Johannes Rau in "
                              "L\u00fcbeck</span></h1><p>Text</p></body></html>")
                .heading(),
            "Rede von Bundes\u00adpr\u00e4sident Johannes Rau in L\u00fcbeck");
  EXPECT_EQ(extract_html_text("<title>Something else</title><h1>First</h1><h1>Second heading</h1>").heading(), "First");
  EXPECT_EQ(extract_html_text("<title>Second</title><h1>First</h1><h1>Second</h1>").heading(), "First");  // too short to tell
}

TEST(HtmlText, TheSitesNameIsNoHeading) {
  // The logo's <h1> prints the site's name, which the <title> puts after the page's own part.
  EXPECT_EQ(extract_html_text("<title>Speeches \u00AB Government of Timor-Leste</title><h1 title=\"Homepage\">"
                              "Government of Timor-Leste</h1><h2>Speeches</h2><p>Text</p>")
                .heading(),
            "");
  EXPECT_EQ(extract_html_text("<title>Talks in Minsk - Ministry of Foreign Affairs</title><h1>Ministry of "
                              "Foreign Affairs</h1><h1>Talks in Minsk</h1>")
                .heading(),
            "Talks in Minsk");
  // The page's own part is no site name, even first.
  EXPECT_EQ(extract_html_text("<title>Statement of the Ministry - Ministry of Foreign Affairs</title>"
                              "<h1>Statement of the Ministry</h1>")
                .heading(),
            "Statement of the Ministry");
  // No <h1>: the <title>'s first part when it is a headline of four words or more.
  EXPECT_EQ(extract_html_text("<title>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES - Press Releases - Portal"
                              "</title><p>UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES</p>")
                .heading(),
            "UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES");
  EXPECT_EQ(extract_html_text("<title>Speeches | Prime Minister's Office</title><p>Speeches</p>").heading(), "");
  EXPECT_EQ(extract_html_text("<title>One | Two | Three</title><p>x</p>").heading(), "");
  // A <title> of one part may be the site's name alone.
  EXPECT_EQ(extract_html_text("<title>Ministry of Foreign Affairs of Belarus</title><p>Ministry of Foreign "
                              "Affairs of Belarus</p><p>Statement on the situation</p>")
                .heading(),
            "");
}

// Asides (html_text.h): a "See also" box is one; an element that holds the page's <h1> or
// an <article> holds the article itself and is none, however its class or role reads
// (kremlin.ru wraps a whole short news item in <div class="read" role="complementary">).
TEST(HtmlText, AnElementHoldingTheArticleIsNoAside) {
  const HtmlText boxed = extract_html_text(
      "<p>The talks began.</p><div class=\"read__cut\"><p>See also</p><p>Earlier talks</p></div><p>They went on.</p>");
  ASSERT_EQ(boxed.asides().size(), 1u);
  EXPECT_EQ(boxed.text().substr(boxed.asides()[0].begin, boxed.asides()[0].end - boxed.asides()[0].begin),
            "See also\n\nEarlier talks");
  const HtmlText news = extract_html_text(
      "<div class=\"footer\"><p>All content on this site is licensed under</p></div>"
      "<div class=\"read\" role=\"complementary\"><article><h1>G20 Summit. Day One</h1>"
      "<p>The G20 leaders held a meeting on counter-terrorism efforts.</p>"
      "<div class=\"slider\"><p>With Japanese Prime Minister Shinzo Abe.</p></div></article></div>");
  EXPECT_EQ(news.heading(), "G20 Summit. Day One");
  ASSERT_EQ(news.asides().size(), 1u);  // the photo caption inside it still is one
  EXPECT_EQ(news.text().substr(news.asides()[0].begin, news.asides()[0].end - news.asides()[0].begin),
            "With Japanese Prime Minister Shinzo Abe.");
  // Without the <h1> or <article>, role="complementary" sets the block aside.
  EXPECT_EQ(extract_html_text("<div role=\"complementary\"><p>Related reading</p></div><p>Speech.</p>").asides().size(), 1u);
}

// Lists of links (html_text.h: link_lists()): two items or more, every word inside an <a>,
// with the heading right above; a list with words of its own, one link alone or a list
// that holds the page's <h1> is none.
TEST(HtmlText, ListsOfLinks) {
  const HtmlText page = extract_html_text(
      "<ul><li><a href=/>Home</a></li><li><a href=/a>About</a></li></ul><h1>Speech</h1><p>Thank you.</p>"
      "<ul><li>Fewer taxes, <a href=/t>as promised</a></li><li>More jobs</li></ul>"
      "<ul><li><a href=/x>Only one link</a></li></ul>"
      "<h2>Diese Seite</h2><ul><li><a href=/m>Per E-Mail weiterempfehlen</a></li>"
      "<li><a href=/b>Als Lesezeichen speichern</a></li></ul>");
  const auto span = [&](std::size_t k) {
    const MarkupSpan s = page.link_lists()[k];
    return std::string(page.text().substr(s.begin, s.end - s.begin));
  };
  ASSERT_EQ(page.link_lists().size(), 2u);
  EXPECT_EQ(span(0), "Home\nAbout");
  EXPECT_EQ(span(1), "Diese Seite\n\nPer E-Mail weiterempfehlen\nAls Lesezeichen speichern");
  // (One that holds the page's headline is the article's: "<li><a><h1>…")
  EXPECT_TRUE(extract_html_text("<ul><li><a href=/>Home</a></li><li><a href=/a><h1>Speech</h1></a></li></ul>")
                  .link_lists()
                  .empty());
}

TEST(HtmlText, EntitiesAndWhiteSpace) {
  EXPECT_EQ(text_of("<p>  It&#8217;s\n\t a   &ldquo;test&rdquo; &amp; more&nbsp;</p>"),
            "It\u2019s a \u201ctest\u201d & more\u00a0");
  EXPECT_EQ(text_of("<p>x&#x41;&#66;</p>"), "xAB");
  EXPECT_EQ(text_of("<p>\r\n  line one\r\n  line two  </p>"), "line one line two");
  EXPECT_EQ(text_of("<pre>a  b\n c</pre>"), "a  b\n c");
  EXPECT_EQ(text_of(""), "");
  EXPECT_EQ(text_of("   \n "), "");
}

TEST(HtmlText, HiddenContentNeverAppears) {
  const std::string html =
      "<html><head><title>T</title><style>p{color:red}</style>"
      "<script>var s = '<p>script</p>';</script></head><body>"
      "<noscript>noscript</noscript><template><p>template</p></template>"
      "<p>a<span hidden>hidden-attr</span>b</p>"
      "<p>c<span aria-hidden=\"true\">aria</span><span aria-hidden=\"false\">d</span></p>"
      "<p>e<span style=\"color: red; DISPLAY : none\">style</span>"
      "<span style=\"visibility:hidden\">vis</span>f</p>"
      "<p>g<span class=\"tooltip hidden\">class</span><div class=\"d-none\">dnone</div>h</p>"
      "<iframe>frame</iframe><svg><text>svg</text></svg><select><option>opt</option></select>"
      "<p>i<span class=\"hidden\">outer<b>inner</b></span>j</p>"
      "</body></html>";
  const std::string text = text_of(html);
  // (The <div> closes the <p> around "g", as in browsers.)
  EXPECT_EQ(text, "ab\n\ncd\n\nef\n\ng\n\nh\n\nij");
}

// Menus stay out of the text but are kept apart, for the directory: every <select>'s
// options with their value, their <optgroup>'s label and where their tag starts; a hidden
// select too.
TEST(HtmlText, SelectOptionsAreKeptApart) {
  const std::string html =
      "<p>Missions</p><select id=\"asia\"><option value=\"http://a.example/\" selected>Azerbaijan -  Baku "
      "(Embassy)</option><option value=\"http://b.example/\">Armenia - Yerevan\t(Embassy)</option></select>"
      "<select style=\"display: none\"><optgroup label=\" Argentina \"><option>British Embassy Buenos "
      "Aires</option></optgroup><option>Other &amp; more</option></select><select></select><p>End</p>";
  const HtmlText h = extract_html_text(html);
  EXPECT_EQ(h.text(), "Missions\n\nEnd");
  ASSERT_EQ(h.option_lists().size(), 2u);
  const std::vector<HtmlOption>& first = h.option_lists()[0];
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].text, "Azerbaijan - Baku (Embassy)");
  EXPECT_EQ(first[0].value, "http://a.example/");
  EXPECT_EQ(first[0].group, "");
  EXPECT_EQ(first[0].source, html.find("<option value=\"http://a"));
  EXPECT_EQ(first[1].text, "Armenia - Yerevan (Embassy)");
  const std::vector<HtmlOption>& second = h.option_lists()[1];
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].text, "British Embassy Buenos Aires");
  EXPECT_EQ(second[0].group, "Argentina");
  EXPECT_EQ(second[1].text, "Other & more");
  EXPECT_EQ(second[1].group, "");
}

TEST(HtmlText, BoldLabelsStartTheirParagraph) {
  EXPECT_EQ(text_of("<p><strong>Question<span class=\"hidden\">tip</span>:</strong> Why?</p>"),
            "Question: Why?");
  EXPECT_EQ(text_of("<p><b>Sergey Lavrov </b>: Because.</p>"), "Sergey Lavrov: Because.");
  EXPECT_EQ(text_of("<p><b>Question:</b>Why?</p>"), "Question: Why?");
  EXPECT_EQ(text_of("<p><b>Question:</b>&nbsp;Why?</p>"), "Question:\u00a0Why?");
  EXPECT_EQ(text_of("<p>  <strong> Question: </strong> Why?</p>"), "Question: Why?");
  // Bold inside a sentence is left alone.
  EXPECT_EQ(text_of("<p>It is <b>very </b>: odd</p>"), "It is very : odd");
}

TEST(HtmlText, BrokenMarkupStillGivesText) {
  EXPECT_EQ(text_of("<p>a</div></span>b<p>c"), "ab\n\nc");
  EXPECT_EQ(text_of("<div><p><b>x"), "x");
  EXPECT_EQ(text_of("<p>a <a href=\"x"), "a");
  EXPECT_EQ(text_of("a\0b"), "a");  // a string literal stops at NUL: see the next line
  EXPECT_EQ(text_of(std::string_view("<p>a\0b</p>", 11)), "a b");
  EXPECT_EQ(text_of("\xEF\xBB\xBF<p>bom</p>"), "bom");
  // Unknown references stay text (libxml2 drops what it cannot read of a bad "&#x").
  EXPECT_EQ(text_of("<p>&unknown; & x</p>"), "&unknown; & x");
  EXPECT_NO_THROW(text_of("<p>&#xZZ; &#99999999; &#0; &</p>"));
}

TEST(HtmlText, EveryTextByteMapsToItsSource) {
  const std::string html =
      "<html><body>\r\n<h1 class=\"t\">Title &amp; more</h1>\r\n<p>Caf\u00e9 &#8217;x&#8217;\r\n"
      "  next</p><!-- c --><p>last</p></body></html>";
  const HtmlText h = extract_html_text(html);
  ASSERT_EQ(h.text(), "Title & more\n\nCaf\u00e9 \u2019x\u2019 next\n\nlast");
  const std::string& t = h.text();
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::size_t s = h.source_of(i);
    ASSERT_LT(s, html.size());
    const char c = t[i];
    if (c == '\n' || c == ' ') continue;  // synthesised
    if (html[s] == '&') continue;         // an entity
    EXPECT_EQ(html[s], c) << "text byte " << i;
  }
  EXPECT_EQ(html.substr(h.source_of(t.find('&')), 5), "&amp;");
  EXPECT_EQ(h.source_end_of(t.find('&') + 1), html.find("&amp;") + 5);
  EXPECT_EQ(html.substr(h.source_of(t.find("\u2019")), 7), "&#8217;");
  EXPECT_EQ(h.source_of(t.find("next")), html.find("next"));
  EXPECT_EQ(h.source_of(t.find("last")), html.find("last"));
  // Spans: a line's start goes back to its block's opening tag, an end over its closing tag.
  EXPECT_EQ(h.span_begin(t.find("Title")), html.find("<h1"));
  EXPECT_EQ(h.span_begin(t.find("Caf")), html.find("<p>Caf"));
  EXPECT_EQ(h.span_end(t.find("next") + 4), html.find("</p>") + 4);
  EXPECT_EQ(h.span_end(t.size()), html.find("</p></body>") + 4);
  // Not at a line start: the character itself.
  EXPECT_EQ(h.span_begin(t.find("more")), html.find("more"));
}

TEST(HtmlText, EveryMappedPositionStaysInsideTheSource) {
  // Every page of up to four pieces from markup that synthesises text (cells, breaks,
  // bold labels, references, CR, <pre>) and ends anywhere: no position past the page.
  const std::vector<std::string> pieces = {"<p>", "<td>", "<b>", "</b>", ":", " ", "x",
                                           "&amp;", "&#32;", "\r", "<br>", "<pre>", "\u00e9"};
  std::vector<std::size_t> k(4, 0);
  std::size_t pages = 0;
  for (std::size_t n = 1; n <= 4; ++n) {
    std::fill(k.begin(), k.end(), 0);
    while (true) {
      std::string html;
      for (std::size_t i = 0; i < n; ++i) html += pieces[k[i]];
      const HtmlText h = extract_html_text(html);
      const std::size_t size = h.text().size();
      for (std::size_t i = 0; i < size; ++i) {
        ASSERT_LE(h.source_of(i), html.size()) << html;
        ASSERT_LE(h.source_end_of(i + 1), html.size()) << html;
        ASSERT_LE(h.span_begin(i), html.size()) << html;
        ASSERT_LE(h.span_end(i + 1), html.size()) << html;
      }
      ++pages;
      std::size_t i = 0;
      while (i < n && ++k[i] == pieces.size()) k[i++] = 0;
      if (i == n) break;
    }
  }
  EXPECT_EQ(pages, 13u + 13u * 13u + 13u * 13u * 13u + 13u * 13u * 13u * 13u);
}

TEST(HtmlText, LongRunsKeepTheirOffsets) {
  // libxml2 delivers long text in chunks of about 1000 bytes; every chunk must still land
  // on its source.
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "w" + std::to_string(i) + (i % 7 == 0 ? "\n" : " ");
  const std::string html = "<p>" + words + "</p><p>end</p>";
  const HtmlText h = extract_html_text(html);
  for (int i : {1, 150, 333, 700, 999, 1500, 1998}) {
    const std::string w = "w" + std::to_string(i);
    const std::size_t at = h.text().find(" " + w + " ");
    ASSERT_NE(at, std::string::npos) << w;
    EXPECT_EQ(h.source_of(at + 1), html.find(w + (i % 7 == 0 ? "\n" : " "))) << w;
  }
  EXPECT_EQ(h.source_of(h.text().find("end")), html.find("end"));
}

TEST(HtmlText, TagsMatchCaseInsensitively) {
  const std::string html = "<DIV><P CLASS=x><STRONG>Q:</STRONG> a</P></DIV>";
  const HtmlText h = extract_html_text(html);
  EXPECT_EQ(h.text(), "Q: a");
  EXPECT_EQ(h.span_begin(0), html.find("<P"));
  EXPECT_EQ(h.span_end(h.text().size()), html.find("</P>") + 4);
}

}  // namespace
}  // namespace transcript
