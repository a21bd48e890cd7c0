#include "pages.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace transcript_bench {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> load() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  const char* dir = std::getenv("TRANSCRIPT_BENCH_CORPUS");
  if (dir && *dir) {
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  } else {
    const fs::path data = TRANSCRIPT_TEST_DATA;
    files.push_back(data / "mid_ru_lavrov_mgimo_2020.txt");
    for (const auto& sub : {"turns", "directory"})
      for (const auto& e : fs::directory_iterator(data / sub))
        if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  double mb = 2.0;
  if (const char* m = std::getenv("TRANSCRIPT_BENCH_MB")) mb = std::atof(m);
  std::vector<std::string> out;
  std::size_t total = 0;
  for (const auto& f : files) {
    if (total >= mb * 1e6 && !out.empty()) break;
    out.push_back(read_file(f));
    total += out.back().size();
  }
  if (out.empty()) throw std::runtime_error("no pages to benchmark");
  return out;
}

}  // namespace

const std::vector<std::string>& pages() {
  static const std::vector<std::string> p = load();
  return p;
}

std::size_t total_bytes(const std::vector<std::string>& pages) {
  std::size_t n = 0;
  for (const auto& p : pages) n += p.size();
  return n;
}

}  // namespace transcript_bench
