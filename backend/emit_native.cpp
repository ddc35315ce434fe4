// Native integers: newtypes whose range fits a machine integer, and bitvectors.
//
// A newtype `newtype N = x: int | lo <= x < hi` becomes the first of uint8_t, int8_t, uint16_t,
// int16_t, uint32_t, int32_t, uint64_t, int64_t that holds [lo, hi), the order in which Dafny
// picks C#'s byte, sbyte, ushort, short, uint, int, ulong, long; `{:nativeType "name"}` picks
// one by its C# name and `{:nativeType false}` keeps dfy::Int. The verifier proves that every
// intermediate result of N's arithmetic is in N's range, so + - * never overflow the C++ type;
// / and % are Euclidean as for int (dfy::EuclidDiv/EuclidMod for signed types).
//
// A bitvector bvN (N <= 64) is the smallest unsigned type with N bits, kept reduced modulo 2^N;
// operations that can carry out of N bits go through runtime/include/dfy/bitvector.h.
#include <fmt/format.h>

#include <limits>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

using I128 = __int128;
// Beyond any 64-bit range: "unbounded".
constexpr I128 kUnbounded = static_cast<I128>(1) << 100;

struct NativeChoice {
  const char* csharp;
  const char* cpp;
  int bits;
  bool is_signed;
};

// Dafny's order of preference (its NativeTypes table, without JavaScript's "number").
constexpr NativeChoice kChoices[] = {
    {"byte", "std::uint8_t", 8, false},     {"sbyte", "std::int8_t", 8, true},
    {"ushort", "std::uint16_t", 16, false}, {"short", "std::int16_t", 16, true},
    {"uint", "std::uint32_t", 32, false},   {"int", "std::int32_t", 32, true},
    {"ulong", "std::uint64_t", 64, false},  {"long", "std::int64_t", 64, true},
};

I128 Lo(const NativeChoice& c) { return c.is_signed ? -(static_cast<I128>(1) << (c.bits - 1)) : 0; }
I128 Hi(const NativeChoice& c) {
  return static_cast<I128>(1) << (c.is_signed ? c.bits - 1 : c.bits);
}

NativeInt Make(const NativeChoice& c) { return NativeInt{c.cpp, c.bits, c.is_signed, -1}; }

const Expr* Strip(const Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  return e;
}

// The value of an integer literal's text ("255", "0x1_0000"); false when it is too large.
bool ParseLiteral(const std::string& text, I128& out) {
  out = 0;
  int base = 10;
  size_t i = 0;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    i = 2;
  }
  bool any = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    int d;
    if (c == '_') continue;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      return false;
    }
    out = out * base + d;
    any = true;
    if (out > kUnbounded) return false;
  }
  return any;
}

std::string I128ToString(I128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  std::string digits;
  while (v != 0) {
    int d = static_cast<int>(v % 10);
    digits += static_cast<char>('0' + (d < 0 ? -d : d));
    v /= 10;
  }
  if (neg) digits += '-';
  return std::string(digits.rbegin(), digits.rend());
}

}  // namespace

namespace {

// The constant value of e when it is built from integer literals with - + * and parentheses.
bool ConstValue(const Expr* e, I128& out, int depth = 0) {
  e = Strip(e);
  if (!e || depth > 32) return false;
  if (e->kind == ExprKind::IntLiteral) {
    return ParseLiteral(static_cast<const LiteralExpr*>(e)->text, out);
  }
  if (e->kind == ExprKind::Unary) {
    auto* u = static_cast<const UnaryExpr*>(e);
    if (u->op != UnaryOp::Negate || !ConstValue(u->operand, out, depth + 1)) return false;
    out = -out;
    return true;
  }
  if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<const BinaryExpr*>(e);
    I128 l, r;
    if (!ConstValue(b->lhs, l, depth + 1) || !ConstValue(b->rhs, r, depth + 1)) return false;
    if (b->op == BinaryOp::Add) {
      out = l + r;
    } else if (b->op == BinaryOp::Sub) {
      out = l - r;
    } else if (b->op == BinaryOp::Mul && (l < kUnbounded && r < kUnbounded) &&
               (l == 0 || r == 0 ||
                (l > -(I128{1} << 62) && l < (I128{1} << 62) && r > -(I128{1} << 62) &&
                 r < (I128{1} << 62)))) {
      out = l * r;
    } else {
      return false;
    }
    return out > -kUnbounded && out < kUnbounded;
  }
  return false;
}

}  // namespace

const NativeInt* Emitter::NewtypeNative(const NewtypeDecl* nt) const {
  auto cached = native_.find(nt);
  if (cached != native_.end()) return cached->second ? &*cached->second : nullptr;
  native_[nt] = std::nullopt;  // also stops a cycle of newtypes
  if (nt->kind != DeclKind::Newtype || !nt->type_params.empty()) return nullptr;
  // The base must be int-based: int, nat, or a newtype or subset type of those.
  const Type* base = NewtypeBase(nt);
  I128 lo = -kUnbounded, hi = kUnbounded;
  for (int depth = 0; base && depth < 64; ++depth) {
    if (base->kind == TypeKind::Int) break;
    if (base->kind == TypeKind::Nat) {
      lo = std::max<I128>(lo, 0);
      break;
    }
    if (base->kind != TypeKind::UserDefined || !base->decl ||
        (base->decl->kind != DeclKind::Newtype && base->decl->kind != DeclKind::SubsetType)) {
      return nullptr;
    }
    auto* b = static_cast<const NewtypeDecl*>(base->decl);
    if (b->kind == DeclKind::Newtype) {
      // A newtype of a native newtype: within its range.
      if (const NativeInt* n = NewtypeNative(b)) {
        for (const NativeChoice& c : kChoices) {
          if (c.cpp == n->cpp) {
            lo = std::max(lo, Lo(c));
            hi = std::min(hi, Hi(c));
          }
        }
      }
    }
    base = NewtypeBase(b);
  }
  if (!base) return nullptr;
  // Explicit choices.
  for (const Attribute& a : nt->attributes) {
    if (a.name != "nativeType" || a.args.size() != 1) continue;
    const dfy::Expr* arg = Strip(a.args[0]);
    if (arg->kind == ExprKind::BoolLiteral && !static_cast<const LiteralExpr*>(arg)->bool_value) {
      return nullptr;
    }
    if (arg->kind == ExprKind::StringLiteral) {
      std::string name;
      for (char32_t c : static_cast<const LiteralExpr*>(arg)->chars) {
        name += static_cast<char>(c);
      }
      for (const NativeChoice& c : kChoices) {
        if (name == c.csharp) return &*(native_[nt] = Make(c));
      }
      return nullptr;
    }
  }
  // The bounds the constraint states on the bound variable, conjunct by conjunct.
  std::vector<const dfy::Expr*> todo;
  if (nt->constraint) todo.push_back(nt->constraint);
  while (!todo.empty()) {
    const dfy::Expr* e = Strip(todo.back());
    todo.pop_back();
    if (e->kind != ExprKind::Binary) continue;
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == BinaryOp::And) {
      todo.push_back(b->lhs);
      todo.push_back(b->rhs);
      continue;
    }
    auto is_var = [&](const dfy::Expr* x) {
      x = Strip(x);
      return nt->var && x->kind == ExprKind::Name && rp_.BindingOf(x).var == nt->var;
    };
    bool lhs_var = is_var(b->lhs), rhs_var = is_var(b->rhs);
    if (lhs_var == rhs_var) continue;
    I128 v;
    if (!ConstValue(lhs_var ? b->rhs : b->lhs, v)) continue;
    // Normalize to x OP v.
    BinaryOp op = b->op;
    if (rhs_var) {
      op = op == BinaryOp::Lt   ? BinaryOp::Gt
           : op == BinaryOp::Le ? BinaryOp::Ge
           : op == BinaryOp::Gt ? BinaryOp::Lt
           : op == BinaryOp::Ge ? BinaryOp::Le
                                : op;
    }
    switch (op) {
      case BinaryOp::Lt:
        hi = std::min(hi, v);
        break;
      case BinaryOp::Le:
        hi = std::min(hi, v + 1);
        break;
      case BinaryOp::Gt:
        lo = std::max(lo, v + 1);
        break;
      case BinaryOp::Ge:
        lo = std::max(lo, v);
        break;
      default:
        break;
    }
  }
  if (lo <= -kUnbounded || hi >= kUnbounded) return nullptr;
  for (const NativeChoice& c : kChoices) {
    if (Lo(c) <= lo && hi <= Hi(c)) return &*(native_[nt] = Make(c));
  }
  return nullptr;
}

const NativeInt* Emitter::Native(const Type* t) const {
  t = BaseOf(t);
  if (!t) return nullptr;
  if (t->kind == TypeKind::BitVector) {
    if (t->width > 64) return nullptr;
    static const NativeInt kBv[4] = {{"std::uint8_t", 8, false, 0},
                                     {"std::uint16_t", 16, false, 0},
                                     {"std::uint32_t", 32, false, 0},
                                     {"std::uint64_t", 64, false, 0}};
    auto& cache = bv_native_[t->width];
    if (cache.bits == 0) {
      cache = kBv[t->width <= 8 ? 0 : t->width <= 16 ? 1 : t->width <= 32 ? 2 : 3];
      cache.bv = static_cast<int>(t->width);
    }
    return &cache;
  }
  if (t->kind == TypeKind::UserDefined && t->decl && t->decl->kind == DeclKind::Newtype) {
    return NewtypeNative(static_cast<const NewtypeDecl*>(t->decl));
  }
  return nullptr;
}

std::string Emitter::NativeLiteral(const dfy::Expr* e, const NativeInt& n, bool negate) {
  I128 v;
  if (!ParseLiteral(static_cast<const LiteralExpr*>(e)->text, v)) {
    Unsupported(e->tok, "this literal");
    return "";
  }
  if (negate) v = -v;
  I128 lo = n.is_signed ? -(I128{1} << (n.bits - 1)) : 0;
  I128 hi = I128{1} << (n.is_signed ? n.bits - 1 : n.bits);
  if (n.bv >= 0 && v < 0) {
    // -1 as a bvN literal is 2^N - 1.
    I128 m = I128{1} << n.bv;
    v = ((v % m) + m) % m;
  }
  if (v < lo || v >= hi) {
    // Out of the type's range: only in a program that does not verify.
    return fmt::format("static_cast<{}>({}LL)", n.cpp, I128ToString(v < 0 ? -((-v) % hi) : v % hi));
  }
  if (n.bits == 64 && n.is_signed && v == lo) return "std::int64_t{-9223372036854775807 - 1}";
  std::string suffix;
  if (v > 0x7FFFFFFF || v < -0x7FFFFFFF) suffix = n.is_signed ? "LL" : "ULL";
  return fmt::format("{}{{{}{}}}", n.cpp, I128ToString(v), suffix);
}

std::string Emitter::IntLiteral(const std::string& text) {
  // Folded by the C++ compiler into the inline word; a wider literal is parsed at run time.
  I128 v;
  if (ParseLiteral(text, v) && v <= std::numeric_limits<int64_t>::max()) {
    return "dfy::Int(" + I128ToString(v) + (v > 0x7FFFFFFF ? "LL" : "") + ")";
  }
  return "dfy::Int::FromString(\"" + text + "\")";
}

std::string Emitter::NativeBinary(const BinaryExpr* b, const NativeInt& n, const std::string& l,
                                  const std::string& r) {
  bool narrow = n.bits < 32;  // C++ promotes the operands to int: the result needs a cast back
  auto cast = [&](const std::string& x) {
    return narrow ? fmt::format("static_cast<{}>{}", n.cpp, x) : x;
  };
  auto infix = [&](const char* op) { return "(" + l + " " + op + " " + r + ")"; };
  if (n.bv >= 0) {
    auto helper = [&](const char* name) {
      return fmt::format("dfy::{}<{}>({}, {})", name, n.bv, l, r);
    };
    switch (b->op) {
      case BinaryOp::Add:
        return helper("BvAdd");
      case BinaryOp::Sub:
        return helper("BvSub");
      case BinaryOp::Mul:
        return helper("BvMul");
      case BinaryOp::Div:
        return cast(infix("/"));
      case BinaryOp::Mod:
        return cast(infix("%"));
      case BinaryOp::BitAnd:
        return cast(infix("&"));
      case BinaryOp::BitOr:
        return cast(infix("|"));
      case BinaryOp::BitXor:
        return cast(infix("^"));
      case BinaryOp::LeftShift:
        return helper("BvShl");
      case BinaryOp::RightShift:
        return helper("BvShr");
      default:
        return "";
    }
  }
  switch (b->op) {
    case BinaryOp::Add:
      return cast(infix("+"));
    case BinaryOp::Sub:
      return cast(infix("-"));
    case BinaryOp::Mul:
      return cast(infix("*"));
    case BinaryOp::Div:
      if (n.is_signed) {
        std::string q = fmt::format("dfy::EuclidDiv({}, {})", l, r);
        return n.bits == 64 ? q : fmt::format("static_cast<{}>({})", n.cpp, q);
      }
      return cast(infix("/"));
    case BinaryOp::Mod:
      if (n.is_signed) {
        std::string q = fmt::format("dfy::EuclidMod({}, {})", l, r);
        return n.bits == 64 ? q : fmt::format("static_cast<{}>({})", n.cpp, q);
      }
      return cast(infix("%"));
    default:
      return "";
  }
}

std::string Emitter::NativeComparison(const BinaryExpr* b, const NativeInt& n) {
  // A comparison with a constant that the type's range decides (`0 <= x` for an unsigned x,
  // `x <= 255` for a uint8_t) is true or false in C++ too, and -Wextra warns about it
  // (-Wtype-limits): its value is written instead.
  if (b->op != BinaryOp::Lt && b->op != BinaryOp::Le && b->op != BinaryOp::Gt &&
      b->op != BinaryOp::Ge) {
    return "";
  }
  I128 lit;
  bool lit_left = ConstValue(b->lhs, lit);
  if (!lit_left && !ConstValue(b->rhs, lit)) return "";
  I128 min = n.is_signed ? -(I128{1} << (n.bits - 1)) : 0;
  I128 max = (I128{1} << (n.bv >= 0 ? n.bv : n.is_signed ? n.bits - 1 : n.bits)) - 1;
  // Normalize to x OP lit.
  BinaryOp op = b->op;
  if (lit_left) {
    op = op == BinaryOp::Lt   ? BinaryOp::Gt
         : op == BinaryOp::Le ? BinaryOp::Ge
         : op == BinaryOp::Gt ? BinaryOp::Lt
                              : BinaryOp::Le;
  }
  int decided = -1;  // 1 true, 0 false
  switch (op) {
    case BinaryOp::Lt:  // x < lit
      decided = lit > max ? 1 : lit <= min ? 0 : -1;
      break;
    case BinaryOp::Le:
      decided = lit >= max ? 1 : lit < min ? 0 : -1;
      break;
    case BinaryOp::Gt:
      decided = lit < min ? 1 : lit >= max ? 0 : -1;
      break;
    default:  // Ge
      decided = lit <= min ? 1 : lit > max ? 0 : -1;
      break;
  }
  if (decided < 0) return "";
  return decided ? "true" : "false";
}

std::string Emitter::NativeUnary(const UnaryExpr* u, const NativeInt& n) {
  const dfy::Expr* operand = Strip(u->operand);
  if (u->op == UnaryOp::Negate && operand->kind == ExprKind::IntLiteral) {
    return NativeLiteral(operand, n, true);
  }
  std::string x = Expr(u->operand);
  if (n.bv >= 0) {
    return fmt::format("dfy::{}<{}>({})", u->op == UnaryOp::Negate ? "BvNeg" : "BvNot", n.bv, x);
  }
  if (u->op != UnaryOp::Negate) {
    Unsupported(u->tok, "this operator on a newtype");
    return "";
  }
  if (n.bits < 32) return fmt::format("static_cast<{}>(-{})", n.cpp, x);
  return "(-" + x + ")";
}

std::string Emitter::NativeConversion(SourceRange at, const Type* from, const Type* to,
                                      const std::string& x) {
  const NativeInt* nf = Native(from);
  const NativeInt* nt = Native(to);
  if (!nf && !nt) return "";
  // A unary operand would bind wrongly to a member call: parenthesize.
  std::string px = x.starts_with("-") || x.starts_with("!") ? "(" + x + ")" : x;
  const Type* f = BaseOf(from);
  const Type* t = BaseOf(to);
  if (nf && nt) return nf->cpp == nt->cpp ? x : fmt::format("static_cast<{}>({})", nt->cpp, x);
  if (nt) {
    switch (f->kind) {
      case TypeKind::Int:
        return fmt::format("static_cast<{}>({}.{}())", nt->cpp, px,
                           nt->is_signed ? "ToInt64" : "ToUint64");
      case TypeKind::Real:
        return fmt::format("static_cast<{}>({}.Floor().{}())", nt->cpp, px,
                           nt->is_signed ? "ToInt64" : "ToUint64");
      case TypeKind::Char:
        return fmt::format("static_cast<{}>({})", nt->cpp, x);
      default:
        break;
    }
  } else {
    switch (t->kind) {
      case TypeKind::Int:
        return "dfy::Int(" + x + ")";
      case TypeKind::Real:
        return "dfy::Real(dfy::Int(" + x + "))";
      case TypeKind::Char:
        return "static_cast<char32_t>(" + x + ")";
      default:
        break;
    }
  }
  Unsupported(at, fmt::format("conversions from {} to {}", TypeName(from), TypeName(to)));
  return "";
}

}  // namespace dfy::backend
