// The parameters of CREATE VIRTUAL TABLE t USING transcript_xxx(key='value', …).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace transcript::sql {

// Parses argv[3..] of xCreate/xConnect into key -> value (quotes removed, '' and ""
// undoubled). Throws SqlError naming the table's module for a malformed parameter, an
// unknown key (anything not in `known`) or a repeated one.
std::map<std::string, std::string> parse_table_parameters(const char* module, int argc,
                                                          const char* const* argv,
                                                          const std::vector<std::string>& known);

}  // namespace transcript::sql
