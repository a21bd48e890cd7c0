// Precision and recall of transcript_mentions' core on a labelled set of English and
// Russian sentences (tests/data/entities/labelled_mentions.txt): inflected, transliterated
// and possessive forms, initials, acronyms, and negatives (demonyms, adjectives, lower-case
// homographs). A mention counts as found only with the same entity and the same span.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/entities/mentions.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

using Labelled = std::tuple<std::string, std::int64_t, std::int64_t>;  // entity, start, end

struct Sentence {
  std::string text;
  std::set<Labelled> gold;
};

std::vector<Sentence> load() {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/entities/labelled_mentions.txt");
  std::vector<Sentence> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    Sentence s;
    std::size_t i = 0;
    while (i < line.size()) {
      if (line[i] == '[') {
        const std::size_t bar = line.find('|', i);
        const std::size_t close = line.find(']', bar);
        const std::string surface = line.substr(i + 1, bar - i - 1);
        const std::string entity = line.substr(bar + 1, close - bar - 1);
        const auto start = static_cast<std::int64_t>(count_chars(s.text));
        s.text += surface;
        s.gold.insert({entity, start, static_cast<std::int64_t>(count_chars(s.text))});
        i = close + 1;
      } else {
        s.text += line[i++];
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

TEST(LabelledMentions, PrecisionAndRecallAtLeast95Percent) {
  const std::vector<Sentence> sentences = load();
  ASSERT_GT(sentences.size(), 100u);
  MatchContext context;
  std::vector<Mention> found;
  std::size_t gold = 0, predicted = 0, correct = 0;
  for (const Sentence& s : sentences) {
    find_mentions(s.text, builtin_gazetteer(), context, found);
    std::set<Labelled> got;
    for (const Mention& m : found) got.insert({std::string(m.entity), m.start_char, m.end_char});
    gold += s.gold.size();
    predicted += got.size();
    for (const Labelled& g : s.gold) {
      if (got.count(g)) {
        ++correct;
      } else {
        std::cout << "missed  " << std::get<0>(g) << " [" << std::get<1>(g) << "," << std::get<2>(g)
                  << ") in: " << s.text << "\n";
      }
    }
    for (const Labelled& g : got) {
      if (!s.gold.count(g)) {
        std::cout << "spurious " << std::get<0>(g) << " [" << std::get<1>(g) << "," << std::get<2>(g)
                  << ") in: " << s.text << "\n";
      }
    }
  }
  const double precision = predicted ? static_cast<double>(correct) / predicted : 0.0;
  const double recall = gold ? static_cast<double>(correct) / gold : 0.0;
  std::cout << "labelled mentions: " << gold << ", found: " << predicted << ", correct: " << correct
            << ", precision " << precision << ", recall " << recall << "\n";
  EXPECT_GE(gold, 300u);
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.95);
}

}  // namespace
}  // namespace transcript
