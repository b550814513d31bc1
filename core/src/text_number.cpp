#include "loansim/text_number.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "loansim/error.hpp"

namespace loansim {
namespace {

enum class TokenKind { Number, Word, Dash, Tilde, Percent, Plus };

struct Token {
  TokenKind kind;
  std::string text;  // words lower-cased (ASCII letters only)
};

[[noreturn]] void reject(std::string_view text, std::string_view field, const std::string& why,
                         ErrorCode code = ErrorCode::InvalidValue) {
  const std::string shown(text.substr(0, 40));
  fail(code, field, "'" + shown + (text.size() > 40 ? "…" : "") + "' " + why);
}

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Multi-byte sequences with a meaning of their own: a no-break space, an en or em dash.
std::size_t nbsp_at(std::string_view t, std::size_t i) {
  return (i + 1 < t.size() && static_cast<unsigned char>(t[i]) == 0xC2 && static_cast<unsigned char>(t[i + 1]) == 0xA0) ? 2 : 0;
}
std::size_t dash_at(std::string_view t, std::size_t i) {
  if (i + 2 >= t.size() || static_cast<unsigned char>(t[i]) != 0xE2 || static_cast<unsigned char>(t[i + 1]) != 0x80) return 0;
  const auto third = static_cast<unsigned char>(t[i + 2]);
  return (third == 0x93 || third == 0x94) ? 3 : 0;
}

std::vector<Token> tokenize(std::string_view text, std::string_view field) {
  if (text.size() > kMaxNumberTextBytes) {
    reject(text, field, "is longer than " + std::to_string(kMaxNumberTextBytes) + " bytes");
  }
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (const std::size_t nbsp = nbsp_at(text, i); nbsp != 0) {
      i += nbsp;
    } else if (const std::size_t dash = dash_at(text, i); dash != 0) {
      tokens.push_back({TokenKind::Dash, "-"});
      i += dash;
    } else if (is_digit(c)) {
      std::size_t j = i;
      while (j < text.size() && (is_digit(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == ',')) ++j;
      tokens.push_back({TokenKind::Number, std::string(text.substr(i, j - i))});
      i = j;
    } else if (c == '-' || c == '~' || c == '%' || c == '+') {
      tokens.push_back({c == '-' ? TokenKind::Dash : c == '~' ? TokenKind::Tilde : c == '%' ? TokenKind::Percent : TokenKind::Plus,
                        std::string(1, static_cast<char>(c))});
      ++i;
    } else if (is_letter(c) || c == '$' || c >= 0x80) {
      std::string word;
      while (i < text.size() && nbsp_at(text, i) == 0 && dash_at(text, i) == 0) {
        const auto w = static_cast<unsigned char>(text[i]);
        if (!(is_letter(w) || w == '$' || w == '/' || w == '.' || w >= 0x80)) break;
        word.push_back(w >= 'A' && w <= 'Z' ? static_cast<char>(w - 'A' + 'a') : static_cast<char>(w));
        ++i;
      }
      tokens.push_back({TokenKind::Word, std::move(word)});
    } else {
      reject(text, field, "has an unexpected character");
    }
  }
  return tokens;
}

// Digits with '.' and ',' as the writer meant them → plain "1234.56" for parse_decimal.
std::string plain_number(const std::string& number, bool amount, std::string_view text, std::string_view field) {
  const std::size_t last_dot = number.rfind('.'), last_comma = number.rfind(',');
  const auto count = [&](char c) { return static_cast<int>(std::count(number.begin(), number.end(), c)); };
  const int dots = count('.'), commas = count(',');
  if (number.back() == '.' || number.back() == ',') reject(text, field, "is not a number");

  char decimal = 0, group = 0;
  if (dots > 0 && commas > 0) {
    decimal = (last_dot > last_comma) ? '.' : ',';
    group = decimal == '.' ? ',' : '.';
    if (count(decimal) != 1) reject(text, field, "has more than one decimal separator");
  } else if (dots + commas == 1) {
    const char separator = dots == 1 ? '.' : ',';
    const std::size_t after = number.size() - number.find(separator) - 1;
    (amount && after == 3 ? group : decimal) = separator;
  } else if (dots + commas > 1) {
    group = dots > 0 ? '.' : ',';
  }

  const std::size_t decimal_at = decimal == 0 ? std::string::npos : number.find(decimal);
  const std::string whole = number.substr(0, decimal_at);
  if (decimal != 0 && number.find_first_of(".,", decimal_at + 1) != std::string::npos) {
    reject(text, field, "has a separator after its decimal point");
  }
  std::string plain;
  if (group != 0) {
    // Thousands groups: 1 to 3 leading digits, then groups of exactly three.
    std::size_t start = 0;
    for (std::size_t at = whole.find(group); ; at = whole.find(group, start)) {
      const std::size_t end = at == std::string::npos ? whole.size() : at;
      const std::size_t width = end - start;
      if ((start == 0 && (width < 1 || width > 3)) || (start != 0 && width != 3)) {
        reject(text, field, "has misplaced thousands separators");
      }
      plain += whole.substr(start, width);
      if (at == std::string::npos) break;
      start = at + 1;
    }
  } else {
    plain = whole;
  }
  if (decimal != 0) plain += "." + number.substr(decimal_at + 1);
  return plain;
}

struct AmountToken {
  Decimal value;
  int multiplier_exponent = 0;  // 3 for "rb", 6 for "jt" ...
};

std::optional<int> multiplier_exponent(const std::string& word) {
  if (word == "rb" || word == "ribu") return 3;
  if (word == "jt" || word == "juta") return 6;
  if (word == "miliar" || word == "milyar") return 9;
  return std::nullopt;
}

// The currency a token names (symbols and ISO codes), or nullopt when it names none.
std::optional<Currency> currency_token(const std::string& word) {
  struct Symbol {
    std::string_view text;
    Currency currency;
  };
  static constexpr std::array<Symbol, 14> kSymbols{{
      {"rp", Currency::IDR}, {"rp.", Currency::IDR}, {"r$", Currency::BRL}, {"$", Currency::USD}, {"us$", Currency::USD},
      {"rs", Currency::INR}, {"rs.", Currency::INR}, {"\xE2\x82\xB9", Currency::INR}, {"idr", Currency::IDR},
      {"brl", Currency::BRL}, {"usd", Currency::USD}, {"inr", Currency::INR}, {"eur", Currency::EUR}, {"gbp", Currency::GBP},
  }};
  for (const auto& symbol : kSymbols) {
    if (symbol.text == word) return symbol.currency;
  }
  return std::nullopt;
}

bool is_range_separator(const Token& token) {
  if (token.kind == TokenKind::Dash || token.kind == TokenKind::Tilde) return true;
  if (token.kind != TokenKind::Word) return false;
  for (const std::string_view word : {"s/d", "sd", "sampai", "hingga", "to", "at\xC3\xA9"}) {
    if (token.text == word) return true;
  }
  return false;
}

// Reads [currency] number [multiplier] [currency] from tokens[at...].
AmountToken read_amount(const std::vector<Token>& tokens, std::size_t& at, Currency currency, std::string_view text,
                        std::string_view field) {
  const auto check_currency = [&](const Token& token) {
    const auto named = currency_token(token.text);
    if (!named) reject(text, field, "has an unexpected word '" + token.text.substr(0, 16) + "'");
    if (*named != currency) {
      reject(text, field, "is in " + std::string(code(*named)) + ", not " + std::string(code(currency)));
    }
  };
  if (at < tokens.size() && tokens[at].kind == TokenKind::Word && !multiplier_exponent(tokens[at].text)) check_currency(tokens[at++]);
  if (at < tokens.size() && tokens[at].kind == TokenKind::Dash) {
    reject(text, field, "must not be negative", ErrorCode::OutOfRange);
  }
  if (at >= tokens.size() || tokens[at].kind != TokenKind::Number) reject(text, field, "is not an amount");
  AmountToken amount{parse_decimal(plain_number(tokens[at++].text, true, text, field), field), 0};
  if (at < tokens.size() && tokens[at].kind == TokenKind::Word) {
    if (const auto exponent = multiplier_exponent(tokens[at].text)) {
      amount.multiplier_exponent = *exponent;
      ++at;
    }
  }
  if (at < tokens.size() && tokens[at].kind == TokenKind::Word && !is_range_separator(tokens[at])) check_currency(tokens[at++]);
  return amount;
}

Money to_money(AmountToken amount, int multiplier_exponent, Currency currency, std::string_view text, std::string_view field) {
  Decimal scaled = amount.value;
  scaled.scale -= multiplier_exponent;  // "1,5 jt": 15 × 10^-1 × 10^6
  const std::int64_t minor = rescale_exact(scaled, exponent(currency), field);
  if (minor > kMaxAmountMajorUnits * minor_per_major(currency)) {
    reject(text, field, "is above the largest amount accepted (10^13)", ErrorCode::OutOfRange);
  }
  return {minor, currency};
}

Decimal signed_number(std::string_view text, std::string_view field, bool allow_percent) {
  const std::vector<Token> tokens = tokenize(text, field);
  std::size_t at = 0;
  bool negative = false;
  if (at < tokens.size() && (tokens[at].kind == TokenKind::Dash || tokens[at].kind == TokenKind::Plus)) {
    negative = tokens[at++].kind == TokenKind::Dash;
  }
  if (at >= tokens.size() || tokens[at].kind != TokenKind::Number) reject(text, field, "is not a number");
  Decimal value = parse_decimal(plain_number(tokens[at++].text, false, text, field), field);
  if (allow_percent && at < tokens.size() && tokens[at].kind == TokenKind::Percent) ++at;
  if (at != tokens.size()) reject(text, field, "has text after its number");
  if (negative) value.digits = -value.digits;
  return value;
}

}  // namespace

bool is_missing_number_text(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() > 4) return false;
  std::string lower(text);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return lower.empty() || lower == "-" || lower == "n/a" || lower == "null";
}

Decimal parse_text_quantity(std::string_view text, std::string_view field) { return signed_number(text, field, false); }

Decimal parse_text_percent(std::string_view text, std::string_view field) { return signed_number(text, field, true); }

Money parse_text_amount(std::string_view text, Currency currency, std::string_view field) {
  const std::vector<Token> tokens = tokenize(text, field);
  std::size_t at = 0;
  const AmountToken amount = read_amount(tokens, at, currency, text, field);
  if (at != tokens.size()) reject(text, field, "has text after its amount");
  return to_money(amount, amount.multiplier_exponent, currency, text, field);
}

AmountRange parse_text_amount_range(std::string_view text, Currency currency, std::string_view field) {
  const std::vector<Token> tokens = tokenize(text, field);
  std::size_t at = 0;
  const AmountToken first = read_amount(tokens, at, currency, text, field);
  if (at == tokens.size()) {
    const Money single = to_money(first, first.multiplier_exponent, currency, text, field);
    return {single, single};
  }
  if (!is_range_separator(tokens[at])) reject(text, field, "is not an amount or a range of amounts");
  ++at;
  const AmountToken second = read_amount(tokens, at, currency, text, field);
  if (at != tokens.size()) reject(text, field, "has text after its range");

  const Money high = to_money(second, second.multiplier_exponent, currency, text, field);
  Money low = to_money(first, first.multiplier_exponent, currency, text, field);
  if (first.multiplier_exponent == 0 && second.multiplier_exponent != 0 && low.minor() * 100 < high.minor()) {
    low = to_money(first, second.multiplier_exponent, currency, text, field);  // "5 s/d 7 juta"
  }
  if (low > high) reject(text, field, "has its low bound above its high bound");
  return {low, high};
}

}  // namespace loansim
