// Input pages for the micro-benchmarks.
//
// With TRANSCRIPT_BENCH_CORPUS set to a folder of pages (bench/run passes
// bench/corpus/pages), the first pages of that folder in path order, up to
// TRANSCRIPT_BENCH_MB megabytes (default 2); otherwise the fixture pages of tests/data.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace transcript_bench {

const std::vector<std::string>& pages();
std::size_t total_bytes(const std::vector<std::string>& pages);

}  // namespace transcript_bench
