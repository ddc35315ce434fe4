// Dafny's `print`: the exact text Dafny's C# backend writes for each value.
//
// Which function prints a value depends on its *static* Dafny type, chosen
// by the compiler: a `string` expression goes to PrintString (raw, no
// quotes), everything else to a Print overload (a char keeps its quotes).
// Later runtime headers (seq, set, map, datatypes) add Print overloads for
// their types in namespace dfy, next to those here.
#ifndef DFY_PRINT_H_
#define DFY_PRINT_H_

#include <charconv>
#include <concepts>
#include <iostream>
#include <ostream>
#include <string_view>

#include "dfy/int.h"

namespace dfy {

// Prepares stdout for a generated program; call it first thing in main().
// Unties C++ streams from C stdio (faster output; generated code writes
// only through std::cout) and guarantees that everything printed reaches
// stdout on every way out: normal return, std::exit (Halt), and
// std::terminate (an uncaught exception). Idempotent.
void InitOutput();

// An int, in plain decimal: "0", "-5", "1267650600228229401496703205376".
void Print(std::ostream& out, const Int& value);

// A bool, as "true" or "false". A template on exactly bool, so that a
// pointer or a number is never converted to bool and printed as one.
template <std::same_as<bool> Bool>
void Print(std::ostream& out, Bool value) {
  if (value) {
    out.write("true", 4);
  } else {
    out.write("false", 5);
  }
}

// A Dafny char printed on its own or inside a collection: in single quotes,
// with exactly seven characters escaped (\n \r \t \0 \' \" \\); any other
// character, control or not, is written raw as UTF-8: 'a', '\'', 'é'.
// A value that is not a Unicode scalar value (impossible in verified code)
// is written as U+FFFD.
void Print(std::ostream& out, char32_t c);

// The C++ integer types that back native newtypes and bitvectors (int8_t
// .. uint64_t); character types and bool are not among them.
template <typename T>
concept NativeInteger = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> &&
                        !std::same_as<T, wchar_t> && !std::same_as<T, char8_t> &&
                        !std::same_as<T, char16_t> && !std::same_as<T, char32_t>;

// A native integer in plain decimal, as Dafny prints a newtype or
// bitvector value: int8_t{-5} prints "-5", uint32_t{4294967283} prints
// "4294967283".
template <NativeInteger T>
void Print(std::ostream& out, T value) {
  char buffer[24];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  (void)error;  // 24 bytes hold any 64-bit integer.
  out.write(buffer, end - buffer);
}

// Not Dafny values: a Dafny char is a char32_t, and a string literal goes
// through PrintUtf8Literal.
void Print(std::ostream& out, char c) = delete;
void Print(std::ostream& out, const char* text) = delete;

// A value of static type `string` (seq<char>), as `print s` writes it: the
// characters as raw UTF-8, no quotes, no escapes, nothing for "". Values
// that are not Unicode scalar values are written as U+FFFD.
void PrintString(std::ostream& out, std::u32string_view text);

// A string literal the compiler already holds as UTF-8 (print "hi\n"):
// written byte for byte, exactly like PrintString of the same characters.
inline void PrintUtf8Literal(std::ostream& out, std::string_view utf8) {
  out.write(utf8.data(), static_cast<std::streamsize>(utf8.size()));
}

// A string in a quoted context (a datatype field declared `string`): in
// double quotes, with the same seven escapes as a char: "it\'s".
void PrintQuotedString(std::ostream& out, std::u32string_view text);

// The types with a Print(std::ostream&, value) overload: those above, and
// those that later runtime headers add in namespace dfy (found through ADL).
template <typename T>
concept Printable = requires(std::ostream& out, const T& value) {
  Print(out, value);
};

// Stdout forms of the above, for `print` in generated code.
template <Printable T>
void Print(const T& value) {
  Print(std::cout, value);
}
inline void PrintString(std::u32string_view text) { PrintString(std::cout, text); }
inline void PrintUtf8Literal(std::string_view utf8) { PrintUtf8Literal(std::cout, utf8); }

}  // namespace dfy

#endif  // DFY_PRINT_H_
