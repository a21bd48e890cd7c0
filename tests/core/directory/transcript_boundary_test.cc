// A directory printed right after the last answer, without a heading, is not part of the
// answer (PageInput::parse_transcript reads the last turn's span with the directory parser).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/html/page_input.h"

namespace transcript {
namespace {

std::string read(const std::string& name) {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(TranscriptBoundary, DirectoryWithoutHeadingEndsTheLastAnswer) {
  const std::string page = read("directory/publishers/mid_ru_transcript_then_directory.txt");
  const Transcript doc = parse_transcript_page(page, PageFormat::text);
  ASSERT_EQ(doc.turns.size(), 3u);
  const Turn& last = doc.turns.back();
  EXPECT_EQ(last.label, "Sergey Lavrov");
  EXPECT_TRUE(last.text.ends_with("Our British colleagues know our position very well.")) << last.text;
  EXPECT_EQ(last.text.find("Посольство"), std::string::npos);
  EXPECT_EQ(doc.end_byte, page.find("Посольство России в Великобритании"));
  // The directory itself is read in full.
  EXPECT_EQ(parse_directory_page(page, PageFormat::text).size(), 2u);
}

TEST(TranscriptBoundary, ExamplePageUnchanged) {
  const Transcript doc = parse_transcript_page(read("mid_ru_lavrov_mgimo_2020.txt"), PageFormat::text);
  EXPECT_EQ(doc.turns.size(), 29u);
}

}  // namespace
}  // namespace transcript
