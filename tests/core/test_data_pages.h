// Every page of tests/data but the deliberately broken ones (hostile/, bad_files/: links that
// loop, invalid UTF-8), as text: what the tests that compare two ways of reading a text (a
// fast path and its reference) run over. Files of the page kinds only (.txt, .md, .csv,
// .html), in the order the directory walk gives.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace transcript {

inline std::vector<std::string> test_data_pages() {
  std::vector<std::string> out;
  namespace fs = std::filesystem;
  for (auto it = fs::recursive_directory_iterator(std::string(TRANSCRIPT_TEST_DATA));
       it != fs::recursive_directory_iterator(); ++it) {
    if (it->path().filename() == "hostile" || it->path().filename() == "bad_files") {
      it.disable_recursion_pending();
      continue;
    }
    std::error_code error;
    if (!it->is_regular_file(error)) continue;
    const auto ext = it->path().extension();
    if (ext != ".txt" && ext != ".md" && ext != ".csv" && ext != ".html") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    out.push_back(s.str());
  }
  return out;
}

}  // namespace transcript
