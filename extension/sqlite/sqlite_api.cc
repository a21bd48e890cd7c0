#include "sqlite/sqlite_api.h"

#include <new>

#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript::sql {

std::string describe_value(sqlite3_value* value) {
  switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
      return "integer '" + std::to_string(sqlite3_value_int64(value)) + "'";
    case SQLITE_FLOAT: {
      const char* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
      return std::string("real '") + (text ? text : "") + "'";
    }
    case SQLITE_BLOB:
      return "blob";
    case SQLITE_NULL:
      return "null";
    default:
      return "text";
  }
}

std::optional<std::string_view> page_argument(sqlite3_value* value, const char* fn,
                                              const char* what) {
  switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
      return std::nullopt;
    case SQLITE_TEXT: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
      if (!text) throw std::bad_alloc();
      return std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value)));
    }
    case SQLITE_BLOB: {
      const int n = sqlite3_value_bytes(value);
      const auto* blob = static_cast<const char*>(sqlite3_value_blob(value));
      if (n > 0 && !blob) throw std::bad_alloc();
      return std::string_view(n > 0 ? blob : "", static_cast<std::size_t>(n));
    }
    default:
      throw SqlError(SQLITE_ERROR, std::string(fn) + ": " + what + " must be text, got " +
                                          describe_value(value));
  }
}

std::optional<std::string_view> utf8_text_argument(sqlite3_value* value, const char* fn,
                                                   const char* what) {
  auto text = page_argument(value, fn, what);
  if (text) require_utf8(*text);
  return text;
}

std::optional<std::string_view> lenient_text_argument(sqlite3_value* value, const char* fn, const char* what,
                                                      std::string& storage) {
  auto text = page_argument(value, fn, what);
  if (text && find_invalid_utf8(*text)) {
    storage = decode_utf8_lossy(*text, nullptr);
    text = storage;
  }
  return text;
}

void result_text(sqlite3_context* ctx, std::string_view text) {
  const int limit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
  if (text.size() > static_cast<std::size_t>(limit)) {
    sqlite3_result_error_toobig(ctx);
    return;
  }
  sqlite3_result_text(ctx, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void result_text(sqlite3_context* ctx, const std::optional<std::string>& text) {
  if (text) {
    result_text(ctx, std::string_view(*text));
  } else {
    sqlite3_result_null(ctx);
  }
}

namespace {

// "<fn>: <message>" as the function's error. The message is built with SQLite's allocator,
// never operator new: this runs inside a catch handler of a noexcept callback, where a
// bad_alloc would terminate the host.
void result_prefixed_error(sqlite3_context* ctx, const char* fn, const char* message) noexcept {
  char* text = sqlite3_mprintf("%s: %s", fn, message);
  if (!text) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_error(ctx, text, -1);
  sqlite3_free(text);
}

}  // namespace

void result_current_exception(sqlite3_context* ctx, const char* fn) {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (const SqlError& e) {
    if (e.code() == SQLITE_TOOBIG) {
      sqlite3_result_error_toobig(ctx);
    } else {
      sqlite3_result_error(ctx, e.what(), -1);
      sqlite3_result_error_code(ctx, e.code());
    }
  } catch (const std::exception& e) {
    result_prefixed_error(ctx, fn, e.what());
  } catch (...) {
    result_prefixed_error(ctx, fn, "unknown error");
  }
}

int code_for_current_exception(const char* name, char** errmsg) noexcept {
  // Stores the message; false when SQLite cannot allocate it (the error becomes NOMEM:
  // an error without its message would read "SQL logic error").
  auto set = [&](const char* prefix, const char* message) {
    if (!errmsg) return true;
    sqlite3_free(*errmsg);
    *errmsg = prefix ? sqlite3_mprintf("%s: %s", prefix, message)
                     : sqlite3_mprintf("%s", message);
    return *errmsg != nullptr;
  };
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const SqlError& e) {
    return set(nullptr, e.what()) ? e.code() : SQLITE_NOMEM;
  } catch (const std::exception& e) {
    return set(name, e.what()) ? SQLITE_ERROR : SQLITE_NOMEM;
  } catch (...) {
    return set(name, "unknown error") ? SQLITE_ERROR : SQLITE_NOMEM;
  }
}

}  // namespace transcript::sql
