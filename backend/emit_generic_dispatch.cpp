// Body-less generic instance members of traits. C++ has no virtual member templates, so the
// trait's member is a non-virtual template whose definition dispatches on the object's class:
// dfyc compiles whole programs, so it knows every class and trait that gives the member a
// body, and exactly one of them is above any object of the trait (Dafny forbids a second body).
// backend/README.md ("Generic members of traits") compares this with the other schemes.
#include <fmt/format.h>

#include <algorithm>

#include "backend/emitter.h"
#include "frontend/ast_visit.h"

namespace dfy::backend {

namespace {

bool HasBody(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->body != nullptr;
  if (d->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(d)->body != nullptr;
  return false;
}

// Whether t is `C<T, U>` spelled with C's own type parameters, as inside C.
bool IsSelfInstantiation(const Type* t, const std::vector<TypeParam>& tps) {
  if (t->args.size() != tps.size()) return false;
  for (size_t i = 0; i < tps.size(); ++i) {
    if (t->args[i]->kind != TypeKind::TypeParam || t->args[i]->name != tps[i].name) return false;
  }
  return true;
}

}  // namespace

const std::vector<Emitter::Allocation>& Emitter::Allocations() {
  if (allocations_) return *allocations_;
  allocations_.emplace();
  std::set<const Type*> seen;
  for (const Decl* d : rp_.callables()) {
    if (d->kind != DeclKind::Method) continue;
    auto* m = static_cast<const MethodDecl*>(d);
    if (!m->body) continue;
    std::function<void(const dfy::Expr*)> on_expr = [&](const dfy::Expr* e) {
      if (!e) return;
      if (e->kind == ExprKind::New) {
        const Type* t = rp_.TypeOf(e);
        if (t && t->kind == TypeKind::UserDefined && t->decl && t->decl->kind == DeclKind::Class &&
            (MentionsTypeParam(t) || seen.insert(t).second)) {
          allocations_->push_back({t, e->tok, d});
        }
      }
      ForEachSubExpr(e, on_expr);
    };
    std::function<void(const Stmt*)> on_stmt = [&](const Stmt* s) {
      if (s) ForEachChild(s, on_expr, on_stmt);
    };
    on_stmt(m->body);
  }
  return *allocations_;
}

std::vector<const Type*> Emitter::AllocatedInstantiations(const Decl* g) {
  std::vector<const Type*> out;
  std::function<void(const Type*)> climb = [&](const Type* t) {
    if (t->decl == g) {
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
      return;
    }
    const std::vector<TypeParam>* tps = TypeParamsOf(t->decl);
    for (const Type* parent : rp_.ParentsOf(t->decl)) {
      if (parent->decl) climb(tps ? SubstTypeParams(parent, *tps, t->args) : parent);
    }
  };
  Allocations();
  for (Allocation& a : *allocations_) {
    if (!MentionsTypeParam(a.type)) {
      climb(a.type);
      continue;
    }
    // `new Cell<T>(..)` inside Cell<T> makes no instantiation that is not made elsewhere.
    const std::vector<TypeParam>* tps = TypeParamsOf(a.type->decl);
    if (tps && rp_.OwnerOf(a.in) == a.type->decl && IsSelfInstantiation(a.type, *tps)) continue;
    std::vector<const Type*> found;
    std::swap(found, out);
    climb(a.type);
    std::swap(found, out);
    if (!found.empty() && !a.reported) {
      a.reported = true;
      // Its type arguments are those of the generic callers: that needs the program's
      // instantiations of them (backend/README.md).
      Unsupported(a.at,
                  "allocations at type parameters of classes that implement body-less generic "
                  "members of traits");
    }
  }
  return out;
}

void Emitter::EmitGenericDispatch(const ClassDecl* trait, const Decl* m) {
  // The members below the trait that implement m, each with the class or trait it is in.
  std::vector<std::pair<const ClassDecl*, const Decl*>> bodies;
  for (const Decl* d : rp_.decls()) {
    if (d == trait || (d->kind != DeclKind::Class && d->kind != DeclKind::Trait)) continue;
    auto* cls = static_cast<const ClassDecl*>(d);
    for (const Decl* member : cls->members) {
      if (member->name != m->name || member->kind != m->kind || !HasBody(member)) continue;
      std::vector<const Decl*> above = InheritedMembers(cls, m->name);
      if (std::find(above.begin(), above.end(), m) != above.end()) bodies.emplace_back(cls, member);
    }
  }
  const std::vector<Var*>& params = m->kind == DeclKind::Function
                                        ? static_cast<const FunctionDecl*>(m)->params
                                        : static_cast<const MethodDecl*>(m)->ins;
  std::vector<std::string> args;
  for (const Var* p : params) {
    if (!rp_.IsGhost(p)) args.push_back(CppName(p->name));
  }
  const std::vector<TypeParam>* owner_tps = TypeParamsOf(trait);
  bool generic_trait = owner_tps && !owner_tps->empty();
  std::string self_type = QualifiedName(trait) + (owner_tps ? TemplateArgsOf(*owner_tps) : "");
  std::string body;
  size_t tests = 0;
  for (const auto& [cls, member] : bodies) {
    const std::vector<TypeParam>* cls_tps = TypeParamsOf(cls);
    // A generic class or trait is tried at each instantiation whose objects the program
    // allocates (`new Cell<int>(..)`, or a class extending `Mid<char>`).
    std::vector<std::string> targets;
    if (cls_tps && !cls_tps->empty()) {
      for (const Type* t : AllocatedInstantiations(cls)) {
        targets.push_back(QualifiedName(cls) + TypeArgs(t->args, member->name_range));
      }
    } else {
      targets.push_back(QualifiedName(cls));
    }
    for (const std::string& target : targets) {
      std::string test =
          fmt::format("if (auto* self = dynamic_cast<{0}*>(this)) return self->{1}{2}({3});",
                      target, DeclName(member), TemplateArgsOf(*TypeParamsOf(m)), Join(args));
      // `if constexpr`: a class extending Tr<int> is no candidate in Tr<bool>'s member.
      if (generic_trait) {
        test = fmt::format("if constexpr (std::is_base_of_v<{}, {}>) {{\n    {}\n  }}", self_type,
                           target, test);
      }
      body += "  " + test + "\n";
      ++tests;
    }
  }
  if (tests == 0 || generic_trait) {
    // Parameters that no candidate may read (no object's class implements the member, or
    // none in this instantiation of a generic trait).
    std::string unused;
    for (const std::string& a : args) unused += "  (void)" + a + ";\n";
    body = unused + body;
  }
  body += "  dfy::Unreachable();\n";
  const Decl* saved_type = type_;
  type_ = nullptr;
  std::string qualified =
      DeclName(trait) + (owner_tps ? TemplateArgsOf(*owner_tps) : "") + "::" + DeclName(m);
  std::string sig = Signature(m, qualified, false);
  type_ = saved_type;
  std::string templ =
      (owner_tps ? TemplateHeader(*owner_tps) : "") + TemplateHeader(*TypeParamsOf(m));
  AddPiece(header_defs_, templ + sig + " {\n" + body + "}\n\n");
}

}  // namespace dfy::backend
