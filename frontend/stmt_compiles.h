// Whether a statement of compiled code compiles to anything, for the ghost check (which checks
// no equality in the guard of an if or while statement that is ghost) and the backend (which
// erases such a statement): the same rule on both sides.
#pragma once

#include "frontend/ast_visit.h"

namespace dfy {

// False when `s` is only assertions, assumptions, calc and reveal statements and locals declared
// ghost, in blocks and if statements: an if statement or loop whose body is such is ghost (Dafny's
// GhostInterestVisitor marks a statement ghost when all its substatements are).
inline bool StmtCompiles(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Assert:
    case StmtKind::Assume:
    case StmtKind::Calc:
    case StmtKind::Reveal:
      return false;
    case StmtKind::VarDecl:
      for (const Var* v : static_cast<const VarDeclStmt*>(s)->vars) {
        if (!v->ghost) return true;
      }
      return false;
    case StmtKind::Block:
    case StmtKind::If: {
      bool any = false;
      ForEachChild(
          s, [](const Expr*) {}, [&](const Stmt* c) { any = any || StmtCompiles(c); });
      return any;
    }
    default:
      return true;
  }
}

}  // namespace dfy
