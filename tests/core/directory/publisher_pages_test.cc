// Directory pages in the layouts of other publishers (tests/data/directory/publishers/):
// each page's rows must be exactly the ones its .rows file lists, written by a reader
// before the parser saw the page. Also prints the three figures of issue 16 on this set:
// pages with the right number of entries, the share of e-mails found, and the share of
// entries whose first phone has the right E.164 form.
//
// A .rows file: "# comment" lines; "== N" opens the entry that starts on line N; then
// "key: value" lines. Keys section, kind, country, country_code, represents_code, name,
// city, address, head_title, head_name, note (repeated: lines of the note) are the columns;
// person ("title | name"), phone ("as printed => E.164" or "=> null"), hotline, fax,
// email, website, telex and social add one value each, in order. A column not listed is
// empty (NULL, '' or []).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "core/directory/directory_parser.h"
#include "core/directory/phone_numbers.h"

namespace transcript {
namespace {

namespace fs = std::filesystem;
using Opt = std::optional<std::string>;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Contact> read_rows(const fs::path& path) {
  std::vector<Contact> rows;
  std::istringstream in(slurp(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("== ", 0) == 0) {
      rows.emplace_back();
      rows.back().seq = static_cast<int>(rows.size());
      rows.back().line = std::stoll(line.substr(3));
      continue;
    }
    const std::size_t colon = line.find(": ");
    if (colon == std::string::npos || rows.empty()) {
      ADD_FAILURE() << path << ": cannot read '" << line << "'";
      continue;
    }
    const std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    Contact& c = rows.back();
    if (key == "section") c.section = value;
    else if (key == "kind") c.kind = value;
    else if (key == "country") c.country = value;
    else if (key == "country_code") c.country_code = value;
    else if (key == "represents_code") c.represents_code = value;
    else if (key == "name") c.name = value;
    else if (key == "city") c.city = value;
    else if (key == "address") c.address = value;
    else if (key == "head_title") c.head_title = value;
    else if (key == "head_name") c.head_name = value;
    else if (key == "note") c.note = c.note ? *c.note + "\n" + value : value;
    else if (key == "person") {
      const std::size_t bar = value.find(" | ");
      c.people.push_back({value.substr(0, bar), value.substr(bar + 3)});
    } else if (key == "phone") {
      const std::size_t arrow = value.find(" => ");
      c.phones.push_back(value.substr(0, arrow));
      const std::string e164 = value.substr(arrow + 4);
      c.phones_e164.push_back(e164 == "null" ? Opt() : Opt(e164));
    } else if (key == "hotline") c.hotlines.push_back(value);
    else if (key == "fax") c.faxes.push_back(value);
    else if (key == "email") c.emails.push_back(value);
    else if (key == "website") c.websites.push_back(value);
    else if (key == "telex") c.telex.push_back(value);
    else if (key == "social") c.social.push_back(value);
    else ADD_FAILURE() << path << ": unknown key '" << key << "'";
  }
  return rows;
}

std::string show(const Opt& v) { return v ? "'" + *v + "'" : "NULL"; }
std::string show(const std::vector<std::string>& v) {
  std::string out = "[";
  for (const auto& s : v) out += (out.size() > 1 ? ", '" : "'") + s + "'";
  return out + "]";
}
std::string show(const std::vector<Opt>& v) {
  std::string out = "[";
  for (const auto& s : v) out += (out.size() > 1 ? ", " : "") + show(s);
  return out + "]";
}
// People as "title | name" strings, for comparing and showing.
std::vector<std::string> people_of(const Contact& c) {
  std::vector<std::string> out;
  for (const auto& p : c.people) out.push_back(p.title + " | " + p.name);
  return out;
}

// Every column of one row; a message per difference.
std::vector<std::string> differences(const Contact& want, const Contact& got) {
  std::vector<std::string> out;
  auto check = [&](const char* column, const auto& w, const auto& g) {
    if (!(w == g)) out.push_back(std::string(column) + ": want " + show(w) + ", got " + show(g));
  };
  check("line", Opt(std::to_string(want.line)), Opt(std::to_string(got.line)));
  check("section", Opt(want.section), Opt(got.section));
  check("kind", Opt(want.kind), Opt(got.kind));
  check("country", want.country, got.country);
  check("country_code", want.country_code, got.country_code);
  check("represents_code", want.represents_code, got.represents_code);
  check("name", want.name, got.name);
  check("city", want.city, got.city);
  check("address", want.address, got.address);
  check("head_title", want.head_title, got.head_title);
  check("head_name", want.head_name, got.head_name);
  check("people", people_of(want), people_of(got));
  check("phones", want.phones, got.phones);
  check("phones_e164", want.phones_e164, got.phones_e164);
  check("hotlines", want.hotlines, got.hotlines);
  check("faxes", want.faxes, got.faxes);
  check("emails", want.emails, got.emails);
  check("websites", want.websites, got.websites);
  check("telex", want.telex, got.telex);
  check("social", want.social, got.social);
  check("note", want.note, got.note);
  return out;
}

struct Page {
  std::string name;
  std::vector<Contact> want, got;
};

std::vector<Page> load_pages() {
  std::vector<Page> pages;
  const fs::path dir = fs::path(TRANSCRIPT_TEST_DATA) / "directory" / "publishers";
  std::vector<fs::path> rows;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".rows") rows.push_back(entry.path());
  std::sort(rows.begin(), rows.end());
  for (const fs::path& r : rows) {
    fs::path page;
    for (const char* ext : {".md", ".txt"}) {
      fs::path p = r;
      p.replace_extension(ext);
      if (fs::exists(p)) page = p;
    }
    if (page.empty()) {
      ADD_FAILURE() << "no page for " << r;
      continue;
    }
    pages.push_back({page.filename().string(), read_rows(r), parse_directory(slurp(page))});
  }
  return pages;
}

const std::vector<Page>& pages() {
  static const std::vector<Page> all = load_pages();
  return all;
}

class PublisherPage : public ::testing::TestWithParam<std::size_t> {};

TEST_P(PublisherPage, ExactRows) {
  const Page& p = pages().at(GetParam());
  EXPECT_EQ(p.got.size(), p.want.size()) << p.name;
  for (std::size_t i = 0; i < std::max(p.want.size(), p.got.size()); ++i) {
    if (i >= p.want.size()) {
      ADD_FAILURE() << p.name << ": unexpected entry at line " << p.got[i].line << ": " << show(p.got[i].name);
      continue;
    }
    if (i >= p.got.size()) {
      ADD_FAILURE() << p.name << ": missing entry at line " << p.want[i].line << ": " << show(p.want[i].name);
      continue;
    }
    for (const std::string& d : differences(p.want[i], p.got[i]))
      ADD_FAILURE() << p.name << " entry " << i + 1 << " (line " << p.want[i].line << "): " << d;
  }
}

// phones_e164 is what transcript_phone() gives for the same number in the region the
// entry's numbers were read in.
TEST_P(PublisherPage, PhonesAgreeWithTranscriptPhone) {
  const Page& p = pages().at(GetParam());
  for (const Contact& c : p.got)
    for (std::size_t k = 0; k < c.phones.size(); ++k) {
      auto alone = phone_to_e164(c.phones[k], c.dial_region);
      // "6295-9474" after "(8-10-612) 6295-9033": read with the earlier number's prefix.
      if (alone != c.phones_e164[k] && k > 0)  // README: such a number needs the one before it
        if (auto joined = phone_with_shared_prefix(c.phones[k - 1], c.phones[k])) alone = phone_to_e164(*joined, c.dial_region);
      EXPECT_EQ(c.phones_e164[k], alone) << p.name << " line " << c.line << ": " << c.phones[k] << " in " << c.dial_region;
    }
}

// The number of pages in tests/data/directory/publishers/ (checked below, so that a page
// added there is not left out of the instantiation).
constexpr std::size_t kPublisherPages = 15;

INSTANTIATE_TEST_SUITE_P(Pages, PublisherPage, ::testing::Range<std::size_t>(0, kPublisherPages),
                         [](const auto& info) {
                           std::string n = pages().at(info.param).name;
                           for (char& ch : n)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

TEST(PublisherPages, AllAreRead) { EXPECT_EQ(pages().size(), kPublisherPages); }

// The figures of issue 16 on this set, printed for the record.
TEST(PublisherPages, IssueFigures) {
  std::size_t right_count = 0, emails = 0, emails_found = 0, firsts = 0, firsts_right = 0;
  for (const Page& p : pages()) {
    if (p.got.size() == p.want.size()) ++right_count;
    std::multiset<std::string> got_emails;
    for (const Contact& c : p.got) got_emails.insert(c.emails.begin(), c.emails.end());
    for (const Contact& w : p.want) {
      for (const std::string& e : w.emails) {
        ++emails;
        if (auto it = got_emails.find(e); it != got_emails.end()) {
          ++emails_found;
          got_emails.erase(it);
        }
      }
      if (w.phones.empty()) continue;
      ++firsts;
      // The entry that starts on the same line, else the one with the same name.
      const Contact* g = nullptr;
      for (const Contact& c : p.got)
        if (c.line == w.line || (!g && w.name && c.name == w.name)) g = &c;
      if (g && !g->phones_e164.empty() && g->phones_e164.front() == w.phones_e164.front()) ++firsts_right;
    }
  }
  std::cout << "issue 16 figures on " << pages().size() << " publisher pages:\n"
            << "  pages with the right number of entries: " << right_count << " of " << pages().size() << "\n"
            << "  e-mail addresses found: " << emails_found << " of " << emails << "\n"
            << "  first phones in correct E.164: " << firsts_right << " of " << firsts << "\n";
  SUCCEED();
}

}  // namespace
}  // namespace transcript
