#include "frontend/ast.h"

namespace dfy {

const char* ExprKindName(ExprKind kind) {
  switch (kind) {
#define EXPR(name)     \
  case ExprKind::name: \
    return #name;
#include "frontend/ast_kinds.def"
  }
  return "?";
}

const char* StmtKindName(StmtKind kind) {
  switch (kind) {
#define STMT(name)     \
  case StmtKind::name: \
    return #name;
#include "frontend/ast_kinds.def"
  }
  return "?";
}

const char* DeclKindName(DeclKind kind) {
  switch (kind) {
#define DECL(name)     \
  case DeclKind::name: \
    return #name;
#include "frontend/ast_kinds.def"
  }
  return "?";
}

const char* FunctionFlavorKeyword(FunctionFlavor f) {
  switch (f) {
    case FunctionFlavor::Function:
      return "function";
    case FunctionFlavor::Predicate:
      return "predicate";
    case FunctionFlavor::TwoStateFunction:
      return "twostate function";
    case FunctionFlavor::TwoStatePredicate:
      return "twostate predicate";
    case FunctionFlavor::LeastPredicate:
      return "least predicate";
    case FunctionFlavor::GreatestPredicate:
      return "greatest predicate";
  }
  return "function";
}

std::string_view BinaryOpSpelling(BinaryOp op) {
  switch (op) {
    case BinaryOp::Iff:
      return "<==>";
    case BinaryOp::Implies:
      return "==>";
    case BinaryOp::Explies:
      return "<==";
    case BinaryOp::And:
      return "&&";
    case BinaryOp::Or:
      return "||";
    case BinaryOp::Eq:
      return "==";
    case BinaryOp::Neq:
      return "!=";
    case BinaryOp::Lt:
      return "<";
    case BinaryOp::Le:
      return "<=";
    case BinaryOp::Gt:
      return ">";
    case BinaryOp::Ge:
      return ">=";
    case BinaryOp::In:
      return "in";
    case BinaryOp::NotIn:
      return "!in";
    case BinaryOp::Disjoint:
      return "!!";
    case BinaryOp::LeftShift:
      return "<<";
    case BinaryOp::RightShift:
      return ">>";
    case BinaryOp::Add:
      return "+";
    case BinaryOp::Sub:
      return "-";
    case BinaryOp::Mul:
      return "*";
    case BinaryOp::Div:
      return "/";
    case BinaryOp::Mod:
      return "%";
    case BinaryOp::BitAnd:
      return "&";
    case BinaryOp::BitOr:
      return "|";
    case BinaryOp::BitXor:
      return "^";
  }
  return "?";
}

}  // namespace dfy
