// InputError: the one exception the core throws for input it cannot accept.
//
// The message says what is wrong with the input ("invalid UTF-8 at byte 12"); the SQLite
// layer prefixes it with the SQL name of the function or table that was given the input.
#pragma once

#include <stdexcept>
#include <string>

namespace transcript {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace transcript
