#include "sqlite/table_parameters.h"

#include <algorithm>

#include "core/text/lines.h"
#include "sqlite/sqlite_api.h"

namespace transcript::sql {

namespace {

std::string dequote(std::string_view value) {
  if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') &&
      value.back() == value.front()) {
    const char q = value.front();
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
      out.push_back(value[i]);
      if (value[i] == q && i + 2 < value.size() && value[i + 1] == q) ++i;
    }
    return out;
  }
  return std::string(value);
}

}  // namespace

std::map<std::string, std::string> parse_table_parameters(const char* module, int argc,
                                                          const char* const* argv,
                                                          const std::vector<std::string>& known) {
  std::map<std::string, std::string> parameters;
  for (int i = 3; i < argc; ++i) {
    const std::string_view arg = trim(argv[i]);
    const std::size_t eq = arg.find('=');
    if (eq == std::string_view::npos) {
      throw SqlError(SQLITE_ERROR, std::string(module) + ": malformed parameter '" +
                                       std::string(arg) + "', expected key='value'");
    }
    std::string key(trim(arg.substr(0, eq)));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      throw SqlError(SQLITE_ERROR, std::string(module) + ": unknown parameter '" + key + "'");
    }
    if (parameters.count(key)) {
      throw SqlError(SQLITE_ERROR, std::string(module) + ": parameter '" + key +
                                       "' given more than once");
    }
    parameters[key] = dequote(trim(arg.substr(eq + 1)));
  }
  return parameters;
}

}  // namespace transcript::sql
