// Body-less generic instance members of traits. C++ has no virtual member templates, so the
// trait's member is a non-virtual template whose definition dispatches on the object's class:
// dfyc compiles whole programs, so it knows every class and trait that gives the member a
// body, and exactly one of them is above any object of the trait (Dafny forbids a second body).
// backend/README.md ("Generic members of traits") compares this with the other schemes.
#include <fmt/format.h>

#include <algorithm>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

bool HasBody(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->body != nullptr;
  if (d->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(d)->body != nullptr;
  return false;
}

}  // namespace

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
  for (const auto& [cls, member] : bodies) {
    const std::vector<TypeParam>* cls_tps = TypeParamsOf(cls);
    if (cls_tps && !cls_tps->empty()) {
      // Its type arguments are not known here: that needs the program's instantiations
      // (backend/README.md).
      Unsupported(member->name_range,
                  "generic classes and traits implementing a body-less generic member of a "
                  "trait");
      continue;
    }
    std::string target = QualifiedName(cls);
    std::string test =
        fmt::format("if (auto* self = dynamic_cast<{0}*>(this)) return self->{1}{2}({3});", target,
                    DeclName(member), TemplateArgsOf(*TypeParamsOf(m)), Join(args));
    // `if constexpr`: a class extending Tr<int> is no candidate in Tr<bool>'s member.
    if (generic_trait) {
      test = fmt::format("if constexpr (std::is_base_of_v<{}, {}>) {{\n    {}\n  }}", self_type,
                         target, test);
    }
    body += "  " + test + "\n";
  }
  if (bodies.empty() || generic_trait) {
    // Parameters that no candidate may read (no class implements the member, or none in
    // this instantiation of a generic trait).
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
