// The labelled name pairs of tests/data/entities/name_pairs.tsv (see its header), scored
// with transcript_match >= 0.7 (name_match with the built-in gazetteer, as the SQL function
// calls it) and with equal transcript_name_key. Prints precision and recall of both, and
// every pair that either gets wrong, so that a change of rules shows what it moved.
#include <gtest/gtest.h>

#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/entities/name_key.h"
#include "core/entities/name_match.h"

namespace transcript {
namespace {

struct Pair {
  std::string label, a, b, note;
  int line = 0;
};

std::vector<Pair> read_pairs() {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/entities/name_pairs.tsv");
  std::vector<Pair> pairs;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream s(line);
    for (std::string f; std::getline(s, f, '\t');) fields.push_back(f);
    if (fields.size() < 3) {
      ADD_FAILURE() << "line " << number << ": expected label, a, b";
      continue;
    }
    pairs.push_back({fields[0], fields[1], fields[2], fields.size() > 3 ? fields[3] : "", number});
  }
  return pairs;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

TEST(NamePairs, PrecisionAndRecall) {
  const std::vector<Pair> pairs = read_pairs();
  ASSERT_GE(pairs.size(), 250u);
  MatchContext context;
  Counts match, key, key_all;
  std::ostringstream misses;
  int same = 0, same_by_match = 0, diff = 0;
  for (const Pair& p : pairs) {
    ASSERT_TRUE(p.label == "same" || p.label == "same~" || p.label == "diff") << "line " << p.line;
    const bool one_person = p.label != "diff";
    same += p.label == "same";
    same_by_match += p.label == "same~";
    diff += p.label == "diff";
    const double score = name_match(p.a, p.b, context, &builtin_gazetteer());
    const std::string ka = person_name_key(p.a), kb = person_name_key(p.b);
    const bool matched = score >= 0.7;
    const bool keyed = !ka.empty() && ka == kb;

    if (matched && one_person) ++match.tp;
    if (matched && !one_person) ++match.fp;
    if (!matched && one_person) ++match.fn;
    // The key is judged on the pairs it is meant to join ("same"); any pair it joins that
    // is not one person is a false positive.
    if (keyed && one_person) ++key.tp;
    if (keyed && !one_person) ++key.fp;
    if (!keyed && p.label == "same") ++key.fn;
    if (keyed && one_person) ++key_all.tp;
    if (keyed && !one_person) ++key_all.fp;
    if (!keyed && one_person) ++key_all.fn;

    const bool match_wrong = matched != one_person;
    const bool key_wrong = (keyed && !one_person) || (!keyed && p.label == "same");
    if (match_wrong || key_wrong) {
      misses << "  line " << p.line << " " << p.label << " [" << p.a << "] [" << p.b << "] match "
             << std::fixed << std::setprecision(3) << score << (match_wrong ? " (wrong)" : "")
             << ", keys '" << ka << "' '" << kb << "'" << (key_wrong ? " (wrong)" : "")
             << (p.note.empty() ? "" : " -- " + p.note) << "\n";
    }
  }
  std::cout << "name pairs: " << pairs.size() << " (" << same << " same, " << same_by_match
            << " same for the matcher only, " << diff << " different)\n"
            << std::fixed << std::setprecision(3)
            << "transcript_match >= 0.7: precision " << match.precision() << ", recall "
            << match.recall() << "\n"
            << "equal transcript_name_key: precision " << key.precision() << ", recall "
            << key.recall() << " (recall over every pair of one person, surname-alone and "
            << "misprints included: " << key_all.recall() << ")\n"
            << "pairs judged wrong:\n"
            << misses.str();
  EXPECT_GE(match.precision(), 0.97);
  EXPECT_GE(match.recall(), 0.97);
  EXPECT_GE(key.precision(), 0.97);
  EXPECT_GE(key.recall(), 0.97);
}

}  // namespace
}  // namespace transcript
