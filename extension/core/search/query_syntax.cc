#include "core/search/query_syntax.h"

#include <cstddef>

#include "core/text/input_error.h"

namespace transcript {
namespace {

enum class Tok { kEnd, kString, kBareword, kAnd, kOr, kNot, kLParen, kRParen, kLBrace, kRBrace,
                 kColon, kComma, kPlus, kStar, kMinus, kCaret };

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;        // barewords and strings: the value
  std::string_view raw;    // as written, for messages
};

bool is_bareword_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z') || c == '_' || c == 0x1A;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// FTS5's lexer (fts5ExprGetToken).
std::vector<Token> lex(std::string_view q) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (true) {
    while (i < q.size() && is_space(q[i])) ++i;
    if (i == q.size()) break;
    Token t;
    const std::size_t start = i;
    const char c = q[i];
    auto single = [&](Tok kind) {
      t.kind = kind;
      ++i;
    };
    switch (c) {
      case '(': single(Tok::kLParen); break;
      case ')': single(Tok::kRParen); break;
      case '{': single(Tok::kLBrace); break;
      case '}': single(Tok::kRBrace); break;
      case ':': single(Tok::kColon); break;
      case ',': single(Tok::kComma); break;
      case '+': single(Tok::kPlus); break;
      case '*': single(Tok::kStar); break;
      case '-': single(Tok::kMinus); break;
      case '^': single(Tok::kCaret); break;
      case '"': {
        t.kind = Tok::kString;
        ++i;
        for (;;) {
          if (i == q.size()) throw InputError("unterminated quote in query");
          if (q[i] == '"') {
            if (i + 1 < q.size() && q[i + 1] == '"') {
              t.text.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          t.text.push_back(q[i++]);
        }
        break;
      }
      default: {
        if (!is_bareword_byte(static_cast<unsigned char>(c))) {
          std::size_t end = i + 1;
          while (end < q.size() && (static_cast<unsigned char>(q[end]) & 0xC0) == 0x80) ++end;
          throw InputError("syntax error in query near '" + std::string(q.substr(i, end - i)) +
                           "'");
        }
        while (i < q.size() && is_bareword_byte(static_cast<unsigned char>(q[i]))) ++i;
        t.text = std::string(q.substr(start, i - start));
        t.kind = t.text == "AND"   ? Tok::kAnd
                 : t.text == "OR"  ? Tok::kOr
                 : t.text == "NOT" ? Tok::kNot
                                   : Tok::kBareword;
      }
    }
    t.raw = q.substr(start, i - start);
    out.push_back(std::move(t));
  }
  out.push_back({Tok::kEnd, "", q.substr(q.size())});
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  QueryNode parse() {
    if (t_.size() == 1) throw InputError("empty query");
    QueryNode root = parse_or();
    if (peek().kind != Tok::kEnd) fail();
    return root;
  }

 private:
  const Token& peek(std::size_t ahead = 0) const {
    return t_[std::min(pos_ + ahead, t_.size() - 1)];
  }
  const Token& next() { return t_[pos_ < t_.size() - 1 ? pos_++ : pos_]; }

  [[noreturn]] void fail() const {
    const Token& t = peek();
    if (t.kind == Tok::kEnd) throw InputError("syntax error at the end of the query");
    throw InputError("syntax error in query near '" + std::string(t.raw) + "'");
  }

  static bool is_string(Tok k) { return k == Tok::kString || k == Tok::kBareword; }

  // A column filter starts here: `name:`, `{…}:`, `-name:`, `-{…}:`.
  void refuse_column_filter() const {
    std::size_t k = pos_;
    if (t_[k].kind == Tok::kMinus) ++k;
    std::size_t end = k;
    if (t_[k].kind == Tok::kLBrace) {
      while (t_[end].kind != Tok::kRBrace && t_[end].kind != Tok::kEnd) ++end;
    }
    if (t_[end].kind == Tok::kEnd || end + 1 >= t_.size()) return;
    if ((is_string(t_[k].kind) || t_[k].kind == Tok::kLBrace) && t_[end + 1].kind == Tok::kColon) {
      std::string shown;
      for (std::size_t i = pos_; i <= end + 1; ++i) {
        if (!shown.empty() && t_[i].kind != Tok::kColon && t_[i].kind != Tok::kRBrace &&
            t_[i - 1].kind != Tok::kLBrace && t_[i - 1].kind != Tok::kMinus) {
          shown += ' ';
        }
        shown += t_[i].raw;
      }
      throw InputError("column filters are not supported in query: '" + shown + "'");
    }
  }

  QueryNode combine(QueryNode::Kind kind, QueryNode left, QueryNode right) {
    if (kind != QueryNode::Kind::kNot && left.kind == kind) {
      left.children.push_back(std::move(right));
      return left;
    }
    QueryNode n;
    n.kind = kind;
    n.children.push_back(std::move(left));
    n.children.push_back(std::move(right));
    return n;
  }

  QueryNode parse_or() {
    QueryNode left = parse_and();
    while (peek().kind == Tok::kOr) {
      next();
      left = combine(QueryNode::Kind::kOr, std::move(left), parse_and());
    }
    return left;
  }

  QueryNode parse_and() {
    QueryNode left = parse_not();
    while (peek().kind == Tok::kAnd) {
      next();
      left = combine(QueryNode::Kind::kAnd, std::move(left), parse_not());
    }
    return left;
  }

  QueryNode parse_not() {
    QueryNode left = parse_list();
    while (peek().kind == Tok::kNot) {
      next();
      left = combine(QueryNode::Kind::kNot, std::move(left), parse_list());
    }
    return left;
  }

  bool starts_group() const {
    const Tok k = peek().kind;
    return is_string(k) || k == Tok::kCaret || k == Tok::kMinus || k == Tok::kLBrace;
  }

  QueryNode parse_list() {
    if (peek().kind == Tok::kLParen) {
      next();
      QueryNode inner = parse_or();
      if (peek().kind != Tok::kRParen) fail();
      next();
      return inner;
    }
    if (!starts_group()) fail();
    QueryNode left = parse_group();
    while (starts_group()) {
      left = combine(QueryNode::Kind::kAnd, std::move(left), parse_group());
    }
    return left;
  }

  QueryNode parse_group() {
    refuse_column_filter();
    if (peek().kind == Tok::kCaret) {
      next();
      QueryNode p = parse_phrase();
      p.initial = true;
      return p;
    }
    if (peek().kind == Tok::kBareword && peek().text == "NEAR" && peek(1).kind == Tok::kLParen) {
      next();
      next();
      QueryNode near;
      near.kind = QueryNode::Kind::kNear;
      while (is_string(peek().kind)) near.children.push_back(parse_phrase());
      if (near.children.empty()) fail();
      if (peek().kind == Tok::kComma) {
        next();
        if (!is_string(peek().kind)) fail();
        const Token& n = next();
        bool digits = !n.text.empty();
        for (char c : n.text) digits = digits && c >= '0' && c <= '9';
        if (!digits) {
          throw InputError("expected integer after NEAR's comma, got '" + n.text + "'");
        }
        near.distance = n.text.size() > 9 ? 1000000000 : std::stoi(n.text);
      }
      if (peek().kind != Tok::kRParen) fail();
      next();
      return near;
    }
    if (!is_string(peek().kind)) fail();
    return parse_phrase();
  }

  QueryNode parse_phrase() {
    QueryNode p;
    for (;;) {
      if (!is_string(peek().kind)) fail();
      const Token& s = next();
      if (!p.text.empty()) p.text += ' ';
      p.text += s.text;
      p.prefix = false;
      if (peek().kind == Tok::kStar) {
        next();
        p.prefix = true;
      }
      if (peek().kind != Tok::kPlus) break;
      next();
    }
    return p;
  }

  std::vector<Token> t_;
  std::size_t pos_ = 0;
};

}  // namespace

QueryNode parse_query(std::string_view query) { return Parser(lex(query)).parse(); }

}  // namespace transcript
