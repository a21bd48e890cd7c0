// find_mentions with the built-in gazetteer: fold, tokenize, run the entity automaton and
// map the matches back, per page.
#include <benchmark/benchmark.h>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/mentions.h"
#include "pages.h"

namespace {

using transcript_bench::pages;
using transcript_bench::total_bytes;

void BM_find_mentions_builtin(benchmark::State& state) {
  const auto& p = pages();
  const transcript::Gazetteer& g = transcript::builtin_gazetteer();
  transcript::MatchContext context;
  std::vector<transcript::Mention> out;
  std::size_t mentions = 0;
  for (auto _ : state) {
    for (const auto& page : p) {
      transcript::find_mentions(page, g, context, out);
      mentions += out.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
  state.counters["mentions"] = benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
  state.counters["aliases"] = static_cast<double>(transcript::builtin_entity_rows().size());
}
BENCHMARK(BM_find_mentions_builtin)->Unit(benchmark::kMillisecond);

}  // namespace
