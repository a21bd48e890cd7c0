// page_dump: what the parsers see of one page, for looking at a corpus page as the
// extension reads it.
//
//   build/tests/page_dump FILE            the text the parsers read, numbered by line
//   build/tests/page_dump --turns FILE    metadata and turns (kind, speaker, label, start
//                                         of the text)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/html/page_input.h"
#include "core/text/input_error.h"

int main(int argc, char** argv) {
  bool turns = false;
  int arg = 1;
  if (arg < argc && std::string(argv[arg]) == "--turns") {
    turns = true;
    ++arg;
  }
  if (arg >= argc) {
    std::cerr << "usage: page_dump [--turns] FILE\n";
    return 2;
  }
  std::ifstream in(argv[arg], std::ios::binary);
  if (!in) {
    std::cerr << "page_dump: cannot open " << argv[arg] << "\n";
    return 2;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string page = buffer.str();
  try {
    transcript::PageInput input(page, transcript::PageFormat::automatic);
    if (!turns) {
      std::istringstream lines{std::string(input.text())};
      std::string line;
      for (int n = 1; std::getline(lines, line); ++n) std::printf("%5d  %s\n", n, line.c_str());
      return 0;
    }
    const transcript::Transcript doc = input.parse_transcript();
    auto show = [](const std::optional<std::string>& v) { return v ? *v : std::string("NULL"); };
    std::printf("title: %s\ndate: %s\nplace: %s\ntime: %s\nspeaker: %s\nlang: %s\n",
                show(doc.info.title).c_str(), show(doc.info.date).c_str(), show(doc.info.place).c_str(),
                show(doc.info.time).c_str(), show(doc.info.speaker).c_str(), doc.info.lang.c_str());
    for (const auto& t : doc.turns) {
      std::string head = t.text.substr(0, 90);
      for (char& c : head) {
        if (c == '\n') c = ' ';
      }
      std::printf("%3d %-9s %-28s %-30s reply=%s | %s\n", t.seq, transcript::turn_kind_name(t.kind),
                  show(t.speaker).substr(0, 28).c_str(), show(t.label).substr(0, 30).c_str(),
                  t.reply_to ? std::to_string(*t.reply_to).c_str() : "-", head.c_str());
    }
  } catch (const transcript::InputError& e) {
    std::cerr << "page_dump: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
