// bench_profile: one hot path of the search side over turn texts, for profiling (issue 18).
//
//   bench_profile <path> <texts> [repeats]
//
// <texts> is a file of turn texts, each ended by a NUL byte (bench/README.md shows how to
// export one from a table). <path> is one of
//   fold | tokenize | analyze | mentions | find:<query> | filter:<query> | hits:<query> |
//   snippet:<query> | highlight:<query> | fts | fts-aux | parse | parse-html
// (parse, parse-html: each text is a whole page, read as a text page or as HTML).
// The path runs once over every text to warm up (the gazetteer, the word lists, ICU tables,
// the per-connection key caches), then `repeats` times (default 3) with callgrind's
// collection switched on, so that
//   valgrind --tool=callgrind --collect-atstart=no bench_profile mentions turns.bin 1
// counts the steady state only. It prints the CPU time and MB/s of the timed passes.
#include <valgrind/callgrind.h>

#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/mentions.h"
#include "core/search/query.h"
#include "core/search/snippet.h"
#include "core/search/text_boundaries.h"
#include "core/search/token_stream.h"
#include "core/text/case_fold.h"
#include "core/text/word_tokens.h"
#include "core/html/page_input.h"
#include "core/transcript/transcript.h"

namespace {

std::vector<std::string> read_texts(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path);
    std::exit(1);
  }
  std::ostringstream s;
  s << in.rdbuf();
  const std::string all = s.str();
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find('\0', pos);
    if (end == std::string::npos) end = all.size();
    out.emplace_back(all.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_profile <path> <texts> [repeats]\n");
    return 2;
  }
  const std::string path = argv[1];
  const std::vector<std::string> texts = read_texts(argv[2]);
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
  std::size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();

  const std::string kind = path.substr(0, path.find(':'));
  const std::string query_text = path.find(':') == std::string::npos ? "" : path.substr(path.find(':') + 1);
  const transcript::Gazetteer& gazetteer = transcript::builtin_gazetteer();
  transcript::MatchContext context;
  transcript::FoldedText folded;
  std::vector<transcript::WordToken> words;
  std::vector<transcript::Mention> mentions;
  std::vector<transcript::QueryHit> hits;
  transcript::TextBoundaries boundaries;
  transcript::TokenStream stream;
  std::unique_ptr<transcript::Query> query;
  if (!query_text.empty()) {
    query = std::make_unique<transcript::Query>(
        transcript::Query::compile(query_text, gazetteer, context));
  }
  std::size_t result = 0;
  auto pass = [&] {
    for (const std::string& t : texts) {
      if (kind == "fold") {
        transcript::fold_text(t, folded);
        result += folded.text.size();
      } else if (kind == "tokenize") {
        words.clear();
        transcript::tokenize(t, words);
        result += words.size();
      } else if (kind == "analyze") {
        context.text.analyze(t);
        result += context.text.size();
      } else if (kind == "mentions") {
        transcript::find_mentions(t, gazetteer, context, mentions);
        result += mentions.size();
      } else if (kind == "find") {
        result += static_cast<std::size_t>(query->count(t, context));
      } else if (kind == "filter") {
        result += query->may_match(t) ? 1 : 0;
      } else if (kind == "hits") {
        query->hits(t, context, hits);
        result += hits.size();
      } else if (kind == "snippet") {
        query->hits(t, context, hits);  // as the SQL function: the hits alone
        if (hits.empty()) continue;
        result += transcript::best_snippet(t, hits, boundaries, {}).text.size();
      } else if (kind == "highlight") {
        query->hits(t, context, hits);
        if (hits.empty()) continue;
        result += transcript::highlight(t, hits, "[", "]").size();
      } else if (kind == "fts" || kind == "fts-aux") {
        stream.tokenize(t, kind == "fts" ? transcript::TokenMode::kDocument : transcript::TokenMode::kAux,
                        &result, [](void* r, const transcript::Token&) {
                          ++*static_cast<std::size_t*>(r);
                          return 0;
                        });
      } else if (kind == "parse") {
        result += transcript::parse_transcript(t).turns.size();
      } else if (kind == "parse-html") {
        result += transcript::PageInput(t, transcript::PageFormat::html).parse_transcript().turns.size();
      } else {
        std::fprintf(stderr, "unknown path %s\n", kind.c_str());
        std::exit(2);
      }
    }
  };
  pass();
  result = 0;
  CALLGRIND_TOGGLE_COLLECT;
  const std::clock_t c0 = std::clock();
  for (int r = 0; r < repeats; ++r) pass();
  const std::clock_t c1 = std::clock();
  CALLGRIND_TOGGLE_COLLECT;
  const double s = static_cast<double>(c1 - c0) / CLOCKS_PER_SEC;
  std::printf("%s: %zu texts, %.1f MB x %d in %.3f s: %.0f MB/s; result %zu\n", path.c_str(),
              texts.size(), bytes / 1e6, repeats, s, bytes * repeats / 1e6 / s, result / repeats);
  return 0;
}
