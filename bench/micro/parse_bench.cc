// The page parsers: turns (parse_transcript), the missions directory (parse_directory) and
// speaker-label detection on every line (match_speaker_label).
#include <benchmark/benchmark.h>

#include <string_view>

#include "core/directory/directory_parser.h"
#include "core/text/lines.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/transcript.h"
#include "pages.h"

namespace {

using transcript_bench::pages;
using transcript_bench::total_bytes;

void BM_parse_transcript(benchmark::State& state) {
  const auto& p = pages();
  std::size_t turns = 0;
  for (auto _ : state) {
    for (const auto& page : p) {
      auto t = transcript::parse_transcript(page);
      turns += t.turns.size();
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
  state.counters["turns"] = benchmark::Counter(static_cast<double>(turns), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_parse_transcript)->Unit(benchmark::kMillisecond);

void BM_parse_directory(benchmark::State& state) {
  const auto& p = pages();
  std::size_t entries = 0;
  for (auto _ : state) {
    for (const auto& page : p) {
      auto d = transcript::parse_directory(page);
      entries += d.size();
      benchmark::DoNotOptimize(d);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
  state.counters["entries"] = benchmark::Counter(static_cast<double>(entries), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_parse_directory)->Unit(benchmark::kMillisecond);

void BM_match_speaker_label(benchmark::State& state) {
  const auto& p = pages();
  std::vector<std::string_view> lines;
  std::size_t bytes = 0;
  for (const auto& page : p) {
    std::size_t start = 0;
    while (start < page.size()) {
      std::size_t end = page.find('\n', start);
      if (end == std::string::npos) end = page.size();
      std::string_view line = transcript::trim(std::string_view(page).substr(start, end - start));
      if (!line.empty()) {
        lines.push_back(line);
        bytes += line.size();
      }
      start = end + 1;
    }
  }
  for (auto _ : state) {
    for (auto line : lines) benchmark::DoNotOptimize(transcript::match_speaker_label(line));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}
BENCHMARK(BM_match_speaker_label)->Unit(benchmark::kMillisecond);

}  // namespace
