// Case folding with the offset map (fold_text) and word tokens over the folded text.
#include <benchmark/benchmark.h>

#include "core/text/case_fold.h"
#include "core/text/word_tokens.h"
#include "pages.h"

namespace {

using transcript_bench::pages;
using transcript_bench::total_bytes;

void BM_fold_text(benchmark::State& state) {
  const auto& p = pages();
  transcript::FoldedText out;
  for (auto _ : state) {
    for (const auto& page : p) {
      transcript::fold_text(page, out);
      benchmark::DoNotOptimize(out.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
}
BENCHMARK(BM_fold_text)->Unit(benchmark::kMillisecond);

void BM_tokenize_folded(benchmark::State& state) {
  const auto& p = pages();
  std::vector<std::string> folded;
  for (const auto& page : p) folded.push_back(transcript::fold(page));
  std::vector<transcript::WordToken> tokens;
  std::size_t bytes = 0;
  for (const auto& f : folded) bytes += f.size();
  for (auto _ : state) {
    for (const auto& f : folded) {
      tokens.clear();
      transcript::tokenize(f, tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_tokenize_folded)->Unit(benchmark::kMillisecond);

}  // namespace
