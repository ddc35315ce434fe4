// Bitvectors wider than 64 bits: a bvN with N > 64 is dfy::Bv<N>
// (runtime/include/dfy/wide_bitvector.h), a value type of ceil(N / 64) words kept reduced
// modulo 2^N. Its operations are spelled as those of the native bitvectors (emit_native.cpp):
// dfy::BvAdd<N>(a, b) and the other helpers for what wraps, the C++ operators for & | ^ / %
// and comparisons, so both kinds of bitvector read alike in the generated code.
#include <fmt/format.h>

#include <cstdint>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

// The value of a literal's text ("123", "0xFFFF_FFFF") when it fits uint64_t.
bool FitsUint64(const std::string& text, uint64_t& out) {
  out = 0;
  uint64_t base = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    i = 2;
  }
  for (; i < text.size(); ++i) {
    char c = text[i];
    uint64_t d;
    if (c == '_') continue;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint64_t>(c - '0');
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      d = static_cast<uint64_t>(c - 'a' + 10);
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      d = static_cast<uint64_t>(c - 'A' + 10);
    } else {
      return false;
    }
    if (__builtin_mul_overflow(out, base, &out) || __builtin_add_overflow(out, d, &out)) {
      return false;
    }
  }
  return true;
}

const dfy::Expr* StripParens(const dfy::Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  return e;
}

}  // namespace

int Emitter::WideBv(const Type* t) const {
  t = BaseOf(t);
  if (t && t->kind == TypeKind::BitVector && t->width > 64) return static_cast<int>(t->width);
  return 0;
}

std::string Emitter::WideBvLiteral(const dfy::Expr* e, int n, bool negate) {
  const std::string& text = static_cast<const LiteralExpr*>(e)->text;
  uint64_t v;
  std::string value = FitsUint64(text, v) ? fmt::format("dfy::Bv<{}>({}ULL)", n, v)
                                          : fmt::format("dfy::Bv<{}>::FromString(\"{}\")", n, text);
  return negate ? fmt::format("dfy::BvNeg<{}>({})", n, value) : value;
}

std::string Emitter::WideBvUnary(const UnaryExpr* u, int n) {
  const dfy::Expr* operand = StripParens(u->operand);
  if (u->op == UnaryOp::Negate && operand->kind == ExprKind::IntLiteral) {
    return WideBvLiteral(operand, n, true);
  }
  return fmt::format("dfy::{}<{}>({})", u->op == UnaryOp::Negate ? "BvNeg" : "BvNot", n,
                     Expr(u->operand));
}

std::string Emitter::WideBvBinary(const BinaryExpr* b, int n, const std::string& l,
                                  const std::string& r) {
  auto helper = [&](const char* name) { return fmt::format("dfy::{}<{}>({}, {})", name, n, l, r); };
  auto infix = [&](const char* op) { return "(" + l + " " + op + " " + r + ")"; };
  switch (b->op) {
    case BinaryOp::Add:
      return helper("BvAdd");
    case BinaryOp::Sub:
      return helper("BvSub");
    case BinaryOp::Mul:
      return helper("BvMul");
    case BinaryOp::LeftShift:
      return helper("BvShl");
    case BinaryOp::RightShift:
      return helper("BvShr");
    case BinaryOp::Div:
      return infix("/");
    case BinaryOp::Mod:
      return infix("%");
    case BinaryOp::BitAnd:
      return infix("&");
    case BinaryOp::BitOr:
      return infix("|");
    case BinaryOp::BitXor:
      return infix("^");
    default:
      // Comparisons and equality: the C++ operators, as for any value type.
      return "";
  }
}

std::string Emitter::WideBvConversion(const TypeOpExpr* c, const Type* from, const Type* to,
                                      const std::string& x) {
  int wf = WideBv(from), wt = WideBv(to);
  if (!wf && !wt) return "";
  // A unary operand would bind wrongly to a member call: parenthesize.
  std::string px = x.starts_with("-") || x.starts_with("!") ? "(" + x + ")" : x;
  const Type* f = BaseOf(from);
  const Type* t = BaseOf(to);
  if (wf && wt) return fmt::format("dfy::Bv<{}>::Resize({})", wt, x);
  if (wt) {
    // The verifier proves the value in [0, 2^N).
    if (Native(f) || f->kind == TypeKind::Char) {
      return fmt::format("dfy::Bv<{}>(static_cast<std::uint64_t>({}))", wt, x);
    }
    if (f->kind == TypeKind::Int) return fmt::format("dfy::Bv<{}>({})", wt, x);
    if (f->kind == TypeKind::Real) return fmt::format("dfy::Bv<{}>({}.Floor())", wt, px);
  } else {
    if (const NativeInt* nt = Native(t)) {
      return fmt::format("static_cast<{}>({}.Low64())", nt->cpp, px);
    }
    if (t->kind == TypeKind::Int) return px + ".ToInt()";
    if (t->kind == TypeKind::Real) return "dfy::Real(" + px + ".ToInt())";
    if (t->kind == TypeKind::Char) return "static_cast<char32_t>(" + px + ".Low64())";
  }
  Unsupported(c->tok, fmt::format("conversions from {} to {}", TypeName(from), TypeName(to)));
  return "";
}

}  // namespace dfy::backend
