// The directory parser's view of a page (page_lines.h): Markdown, escapes, no-break spaces,
// full-width colons and two-column PDF text.
#include "core/directory/page_lines.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(StripMarkup, MarkdownBecomesText) {
  int heading = 0;
  std::vector<std::string> links;
  EXPECT_EQ(strip_markup("### [U.S. Embassy Moscow](https://ru.usembassy.gov/)", &heading, &links), "U.S. Embassy Moscow");
  EXPECT_EQ(heading, 3);
  EXPECT_EQ(links, (std::vector<std::string>{"https://ru.usembassy.gov/"}));
  links.clear();
  EXPECT_EQ(strip_markup("**Telephone:** +(7) (495) 728-5000", &heading, &links), "Telephone: +(7) (495) 728-5000");
  EXPECT_EQ(heading, 0);
  EXPECT_EQ(strip_markup("**Consulates**", &heading, &links), "Consulates");
  EXPECT_EQ(heading, 7);  // a bold line
  EXPECT_EQ(strip_markup("*   [Facebook](https://facebook.com/x)", &heading, nullptr), "Facebook");
  EXPECT_EQ(strip_markup("[![Logo](/logo.png)](/)", &heading, nullptr), "");
  EXPECT_EQ(strip_markup("电子邮件：f\\_nato@mfa.gov.ge", &heading, nullptr), "电子邮件:f_nato@mfa.gov.ge");
  EXPECT_EQ(strip_markup("Tel:\xC2\xA0(995 32) 2 43 44 02", &heading, nullptr), "Tel: (995 32) 2 43 44 02");
  // Not Markdown: a dash inside a line, an asterisk alone.
  EXPECT_EQ(strip_markup("Посол - Келин Андрей Владимирович", &heading, nullptr), "Посол - Келин Андрей Владимирович");
  EXPECT_EQ(strip_markup("Телефон*: 123", &heading, nullptr), "Телефон*: 123");
}

TEST(PageLines, KeepsLineNumbersAndBlankLines) {
  PageLines p("Title\n\n## Embassy of X\nTel: 1\n");
  const auto& l = p.lines();
  ASSERT_EQ(l.size(), 3u);
  EXPECT_EQ(l[1].text, "Embassy of X");
  EXPECT_EQ(l[1].number, 3u);
  EXPECT_EQ(l[1].heading, 2);
  EXPECT_TRUE(l[1].blank_before);
  EXPECT_FALSE(l[2].blank_before);
}

TEST(PageLines, TwoColumnsAreReadColumnByColumn) {
  const char* page =
      "                         AUSTRIA\n"
      "\n"
      "H.E. Mr Thomas Nader            Embassy of Austria\n"
      "Ambassador Extraordinary and    15 Ailesbury Court\n"
      "Plenipotentiary                 Dublin 4\n"
      "                                Tel: 01 269 4577\n"
      "                                E-mail: dublin-ob@bmeia.gv.at\n"
      "                                                      Page 3\n";
  PageLines p(page);
  std::vector<std::string> texts;
  for (const auto& l : p.lines()) texts.emplace_back(l.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"AUSTRIA", "H.E. Mr Thomas Nader",
                                              "Ambassador Extraordinary and Plenipotentiary", "Embassy of Austria",
                                              "15 Ailesbury Court", "Dublin 4", "Tel: 01 269 4577",
                                              "E-mail: dublin-ob@bmeia.gv.at"}));
  EXPECT_EQ(p.lines()[0].heading, 8);  // centred
  EXPECT_EQ(p.lines()[3].number, 3u);  // the right column's first line is on page line 3
}

}  // namespace
}  // namespace transcript
