// The query engine behind transcript_find and the snippets: compile once, count and list
// hits per page.
#include <benchmark/benchmark.h>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/search/query.h"
#include "pages.h"

namespace {

using transcript_bench::pages;
using transcript_bench::total_bytes;

void BM_query_compile(benchmark::State& state) {
  const transcript::Gazetteer& g = transcript::builtin_gazetteer();
  transcript::MatchContext context;
  for (auto _ : state) {
    auto q = transcript::Query::compile("OSCE OR \"Sergey Lavrov\" OR sanctions", g, context);
    benchmark::DoNotOptimize(q.term_count());
  }
}
BENCHMARK(BM_query_compile)->Unit(benchmark::kMicrosecond);

void BM_query_count(benchmark::State& state) {
  const auto& p = pages();
  const transcript::Gazetteer& g = transcript::builtin_gazetteer();
  transcript::MatchContext context;
  const auto q = transcript::Query::compile("OSCE", g, context);
  std::int64_t hits = 0;
  for (auto _ : state) {
    for (const auto& page : p) hits += q.count(page, context);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
  state.counters["hits"] = benchmark::Counter(static_cast<double>(hits), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_query_count)->Unit(benchmark::kMillisecond);

void BM_query_hits(benchmark::State& state) {
  const auto& p = pages();
  const transcript::Gazetteer& g = transcript::builtin_gazetteer();
  transcript::MatchContext context;
  const auto q = transcript::Query::compile("OSCE OR Lukashenko", g, context);
  std::vector<transcript::QueryHit> out;
  for (auto _ : state) {
    for (const auto& page : p) {
      q.hits(page, context, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(p)));
}
BENCHMARK(BM_query_hits)->Unit(benchmark::kMillisecond);

}  // namespace
