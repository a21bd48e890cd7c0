#include "core/text/json.h"

namespace transcript {

void append_json_string(std::string& out, std::string_view value) {
  static const char* const hex = "0123456789abcdef";
  out.push_back('"');
  for (char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

std::string json_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, values[i]);
  }
  out.push_back(']');
  return out;
}

std::string json_array(const std::vector<std::optional<std::string>>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(',');
    if (values[i]) {
      append_json_string(out, *values[i]);
    } else {
      out += "null";
    }
  }
  out.push_back(']');
  return out;
}

std::string json_objects(
    const std::vector<std::vector<std::pair<std::string, std::string>>>& objects) {
  std::string out = "[";
  for (std::size_t i = 0; i < objects.size(); ++i) {
    if (i) out.push_back(',');
    out.push_back('{');
    for (std::size_t k = 0; k < objects[i].size(); ++k) {
      if (k) out.push_back(',');
      append_json_string(out, objects[i][k].first);
      out.push_back(':');
      append_json_string(out, objects[i][k].second);
    }
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

}  // namespace transcript
