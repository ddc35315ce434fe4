// Declarations: module members, classes and traits (heap objects), datatypes (value handles
// to shared immutable nodes), methods, functions and consts.
#include <fmt/format.h>

#include <utility>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

const std::vector<TypeParam>* DeclaredTypeParams(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Class:
    case DeclKind::Trait:
      return &static_cast<const ClassDecl*>(d)->type_params;
    case DeclKind::Datatype:
      return &static_cast<const DatatypeDecl*>(d)->type_params;
    case DeclKind::Iterator:
      return &static_cast<const IteratorDecl*>(d)->type_params;
    case DeclKind::Method:
      return &static_cast<const MethodDecl*>(d)->type_params;
    case DeclKind::Function:
      return &static_cast<const FunctionDecl*>(d)->type_params;
    default:
      return nullptr;
  }
}

bool IsStatic(const Decl* d) {
  if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->is_static;
  if (d->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(d)->is_static;
  if (d->kind == DeclKind::Const) return static_cast<const ConstDecl*>(d)->is_static;
  return false;
}

}  // namespace

const std::vector<TypeParam>* Emitter::TypeParamsOf(const Decl* d) {
  const std::vector<TypeParam>* declared = DeclaredTypeParams(d);
  uint32_t implicit = rp_.ImplicitTypeParams(d);
  if (!declared || implicit == 0) return declared;
  // `function f(s: seq)` is `function f<_T0>(s: seq<_T0>)`: the made-up parameters follow the
  // declared ones, as the resolver numbers them and call sites instantiate them.
  auto [it, fresh] = all_type_params_.try_emplace(d);
  if (fresh) {
    it->second = *declared;
    for (uint32_t i = 0; i < implicit; ++i) {
      TypeParam tp;
      tp.name = fmt::format("_T{}", i);
      it->second.push_back(tp);
    }
  }
  return &it->second;
}

void Emitter::EmitModuleMembers(const Decl* d) {
  module_ = ModuleOf(d);
  type_ = nullptr;
  ++fresh_decl_;
  switch (d->kind) {
    case DeclKind::Module:
    case DeclKind::Import:
    case DeclKind::Export:
    case DeclKind::TypeSynonym:
      return;
    case DeclKind::OpaqueType:
      if (!IsExternClassOrType(d)) {
        Error(d->name_range, fmt::format("Abstract type ('{}') cannot be compiled; perhaps make "
                                         "it a type synonym or use :extern.",
                                         DafnyFullName(d)));
      }
      return;
    case DeclKind::Method:
    case DeclKind::Function:
      if (d->kind == DeclKind::Method && d->name == "Main") {
        auto* m = static_cast<const MethodDecl*>(d);
        std::string reason = MainNotPermitted(m);
        if (!reason.empty()) {
          // Dafny looks for Main before it compiles anything: this error comes first.
          auto key = error_key_;
          error_key_ = {0, -1, 0};
          Error(d->name_range,
                fmt::format("This method 'Main' is not permitted as a main method ({}).", reason));
          error_key_ = key;
          if (!IsCompiled(d)) return;
        } else {
          // Main(args: seq<string>) gets the program's name and its arguments.
          main_takes_args_ = false;
          for (const Var* v : m->ins) main_takes_args_ |= !rp_.IsGhost(v);
          has_main_ = true;
          main_name_ = NamespaceOf(module_) + "::Main";
        }
      }
      if (!IsCompiled(d)) return;
      EmitCallable(d, nullptr);
      return;
    case DeclKind::Const:
      if (!d->ghost) EmitConst(static_cast<const ConstDecl*>(d), nullptr);
      return;
    case DeclKind::Class:
    case DeclKind::Trait:
      if (IsExternClassOrType(d)) {
        EmitExternClass(static_cast<const ClassDecl*>(d));
        return;
      }
      EmitClass(static_cast<const ClassDecl*>(d));
      return;
    case DeclKind::Datatype:
      EmitDatatype(static_cast<const DatatypeDecl*>(d));
      return;
    case DeclKind::Iterator:
      EmitIterator(static_cast<const IteratorDecl*>(d));
      return;
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      EmitWitnessFunction(static_cast<const NewtypeDecl*>(d));
      EmitNewtypeMembers(static_cast<const NewtypeDecl*>(d));
      return;
    default:
      Unsupported(d->name_range, fmt::format("{} declarations", DeclKindName(d->kind)));
  }
}

std::string Emitter::MainNotPermitted(const MethodDecl* m) {
  // Dafny's conditions (SinglePassCodeGenerator.IsPermittedAsMain), in its order.
  if (!IsCompiled(m)) return "the method is ghost";
  if (!m->type_params.empty()) return "the method has type parameters";
  std::vector<const Var*> ins;
  for (const Var* v : m->ins) {
    if (!rp_.IsGhost(v)) ins.push_back(v);
  }
  if (ins.size() > 1) return "the method has two or more non-ghost parameters";
  if (ins.size() == 1) {
    const Type* t = rp_.TypeOf(ins[0]);
    const Type* arg = BaseOf(t);
    if (!arg || arg->kind != TypeKind::Seq || arg->args.size() != 1 ||
        !IsStringType(arg->args[0])) {
      return "the method's non-ghost argument type should be an seq<string>, got " + TypeName(t);
    }
  }
  for (const Var* v : m->outs) {
    if (!rp_.IsGhost(v)) return "the method has non-ghost out parameters";
  }
  if (HasAttribute(m->attributes, "main")) return "";
  if (!m->requires_.empty()) return "the method has requires clauses";
  if (!m->modifies.empty()) return "the method has modifies clauses";
  return "";
}

std::string Emitter::ResultType(const Decl* d) {
  if (d->kind == DeclKind::Function) {
    return CppType(rp_.ResultType(static_cast<const FunctionDecl*>(d)), d->name_range);
  }
  auto* m = static_cast<const MethodDecl*>(d);
  if (m->flavor == MethodFlavor::Constructor) return "void";
  std::vector<std::string> outs;
  for (const Var* o : m->outs) {
    if (!rp_.IsGhost(o)) outs.push_back(CppType(rp_.TypeOf(o), o->range));
  }
  if (outs.empty()) return "void";
  if (outs.size() == 1) return outs[0];
  return "std::tuple<" + Join(outs) + ">";
}

std::string Emitter::Signature(const Decl* d, const std::string& name, bool in_class) {
  const std::vector<Var*>& params = d->kind == DeclKind::Function
                                        ? static_cast<const FunctionDecl*>(d)->params
                                        : static_cast<const MethodDecl*>(d)->ins;
  std::vector<std::string> ps;
  // A tail-recursive callable takes its parameters by value: its tail calls assign them (an
  // override copies those it takes by const&: CopiesParam).
  bool by_value = IsTailRecursive(d) && !IsOverrider(d);
  // An override passes each parameter as the member it overrides does: a parameter whose type
  // is a type parameter there (`M(x: T)` of `Tr<T>`) is `const X&` also where the overrider's
  // type is passed by value (`M(x: bool)` in a class extending `Tr<bool>`).
  std::vector<bool> by_ref = InheritedByRefParams(d);
  for (size_t i = 0; i < params.size(); ++i) {
    const Var* p = params[i];
    if (rp_.IsGhost(p)) continue;
    const Type* t = rp_.TypeOf(p);
    std::string type = by_value ? CppType(t, p->range) : ParamType(t, p->range);
    if (i < by_ref.size() && by_ref[i] && !type.ends_with("&")) type = ConstRef(type);
    if (!in_class && CopiesParam(d, i)) {  // the definition's name; the local is `x`
      ps.push_back(type + " _in_" + CppName(p->name));
      continue;
    }
    ps.push_back((mark_params_ ? UnusedMark(p) : "") + type + " " + CppName(p->name));
  }
  std::string prefix;
  bool in_datatype = type_ && type_->kind == DeclKind::Datatype;
  if (IsNewtypeInstanceMember(d)) ps.insert(ps.begin(), NewtypeSelfParam(rp_.OwnerOf(d)));
  if (in_class && type_ && (IsStatic(d) || type_->kind == DeclKind::Newtype)) prefix = "static ";
  // (A generic member of a trait is a member template, which cannot be virtual.)
  const std::vector<TypeParam>* tps = TypeParamsOf(d);
  bool generic = tps && !tps->empty();
  if (in_class && type_ && type_->kind == DeclKind::Trait && !IsStatic(d) && !generic) {
    prefix = "virtual ";
  }
  if (in_class && stubbed_.count(d)) prefix = "virtual ";  // {:synthesize} overrides it
  std::string suffix = in_datatype && !IsStatic(d) ? " const" : "";
  if (in_class && type_ && (type_->kind == DeclKind::Class || type_->kind == DeclKind::Trait) &&
      !IsStatic(d) && !generic && OverridesInheritedMember(type_, d->name)) {
    // An implementation of a trait member, or a trait's redeclaration of its parent's.
    suffix += " override";
  }
  return fmt::format("{}{} {}({}){}", prefix, ResultType(d), name, Join(ps), suffix);
}

std::vector<const Decl*> Emitter::InheritedMembers(const Decl* type,
                                                   const std::string& name) const {
  std::vector<const Decl*> found;
  std::vector<const Decl*> work;
  for (const Type* p : rp_.ParentsOf(type)) {
    if (p->decl) work.push_back(p->decl);
  }
  std::set<const Decl*> seen;
  while (!work.empty()) {
    const Decl* t = work.back();
    work.pop_back();
    if (!seen.insert(t).second) continue;
    for (const Decl* m : static_cast<const ClassDecl*>(t)->members) {
      if (m->name == name && !IsStatic(m) && IsCompiled(m)) found.push_back(m);
    }
    for (const Type* p : rp_.ParentsOf(t)) {
      if (p->decl) work.push_back(p->decl);
    }
  }
  return found;
}

bool Emitter::IsOverrider(const Decl* d) const {
  const Decl* owner = rp_.OwnerOf(d);
  return owner && (owner->kind == DeclKind::Class || owner->kind == DeclKind::Trait) &&
         !IsStatic(d) && OverridesInheritedMember(owner, d->name);
}

std::vector<bool> Emitter::InheritedByRefParams(const Decl* d) const {
  if (d->kind != DeclKind::Function && d->kind != DeclKind::Method) return {};
  const Decl* owner = rp_.OwnerOf(d);
  if (!owner || (owner->kind != DeclKind::Class && owner->kind != DeclKind::Trait) || IsStatic(d)) {
    return {};
  }
  auto params_of = [](const Decl* m) -> const std::vector<Var*>* {
    if (m->kind == DeclKind::Function) return &static_cast<const FunctionDecl*>(m)->params;
    if (m->kind == DeclKind::Method) return &static_cast<const MethodDecl*>(m)->ins;
    return nullptr;
  };
  std::vector<bool> by_ref(params_of(d)->size(), false);
  for (const Decl* m : InheritedMembers(owner, d->name)) {
    const std::vector<Var*>* ps = params_of(m);
    if (!ps) continue;
    for (size_t i = 0; i < ps->size() && i < by_ref.size(); ++i) {
      const Type* t = rp_.TypeOf((*ps)[i]);
      if (t && t->kind == TypeKind::TypeParam) by_ref[i] = true;
    }
  }
  return by_ref;
}

bool Emitter::OverridesInheritedMember(const Decl* type, const std::string& name) const {
  // Every trait above `type` (a diamond visits one twice, which is harmless).
  std::vector<const Decl*> work;
  for (const Type* p : rp_.ParentsOf(type)) {
    if (p->decl) work.push_back(p->decl);
  }
  while (!work.empty()) {
    const Decl* t = work.back();
    work.pop_back();
    for (const Decl* m : static_cast<const ClassDecl*>(t)->members) {
      if (m->name == name && !IsStatic(m) && IsCompiled(m)) return true;
    }
    for (const Type* p : rp_.ParentsOf(t)) {
      if (p->decl) work.push_back(p->decl);
    }
  }
  return false;
}

void Emitter::EmitConst(const ConstDecl* c, const Decl* owner) {
  const Type* t = rp_.MemberType(c);
  std::string type = CppType(t, c->name_range);
  std::string name = CppName(c->name);
  bool instance = owner && !c->is_static && owner->kind != DeclKind::Module;
  if (instance) return;  // fields and member functions of the class (EmitClass)
  // A module-level or static const: computed once, on first use.
  std::string decl = fmt::format("{} const& {}()", type, name);
  std::string qualified = owner ? QualifiedName(owner) + "::" + name : name;
  std::string init;
  if (c->init) {
    out_.clear();
    fresh_ = 0;
    init = Expr(c->init);
  } else {
    init = DefaultValue(t, c->name_range);
  }
  // Of a generic type, once per instantiation (a template's member, in the header).
  const std::vector<TypeParam>* tps = owner ? TypeParamsOf(owner) : nullptr;
  bool generic = tps && !tps->empty();
  if (generic) qualified = QualifiedName(owner) + TemplateArgsOf(*tps) + "::" + name;
  std::string def =
      fmt::format("{}{} const& {}() {{\n  static {} const value = {};\n  return value;\n}}\n\n",
                  generic ? TemplateHeader(*tps) : InlinePrefix(), type, qualified, type, init);
  if (generic) {
    AddPiece(header_defs_, def);
  } else if (owner) {
    // Declared in the class body by EmitClass.
    AddPiece(source_defs_, def);
  } else {
    AddPiece(decls_, InlinePrefix() + decl + ";\n");
    AddPiece(source_defs_, def);
  }
}

std::string Emitter::ConstRef(const ConstDecl* c, const std::string& receiver) {
  std::string name = CppName(c->name);
  const Decl* owner = rp_.OwnerOf(c);
  if (!owner || owner->kind == DeclKind::Module) return QualifiedName(c) + "()";
  if (c->is_static) return QualifiedName(owner) + "::" + name + "()";
  if (owner->kind == DeclKind::Newtype) {
    return QualifiedName(owner) + "::" + name + "(" + (receiver.empty() ? this_alias_ : receiver) +
           ")";
  }
  std::string access = receiver.empty() ? ThisAccess(false) : receiver + "->";
  if (owner->kind == DeclKind::Datatype)
    access = receiver.empty() ? ThisAccess(true) : receiver + ".";
  // (A datatype's const without a value is a member function too, giving the default value.)
  bool call = c->init || owner->kind == DeclKind::Datatype;
  return call ? access + name + "()" : access + name;
}

void Emitter::EmitCallable(const Decl* d, const Decl* owner, const std::string& cpp_name) {
  bool bodyless = d->kind == DeclKind::Method ? !static_cast<const MethodDecl*>(d)->body
                                              : !static_cast<const FunctionDecl*>(d)->body;
  if (bodyless && ExternName(d)) {
    // Members of classes are declared in the class (EmitClass); the user defines both.
    if (!owner || owner->kind == DeclKind::Module) EmitExternCallable(d);
    return;
  }
  if (d->kind == DeclKind::Method && !static_cast<const MethodDecl*>(d)->body &&
      !IsSynthesized(d)) {
    // Abstract: declared `= 0`.
    if (owner && owner->kind == DeclKind::Trait && !IsStatic(d)) return;
    Error(d->name_range,
          fmt::format("Method {} has no body so it cannot be compiled", DafnyFullName(d)));
    return;
  }
  if (d->kind == DeclKind::Function && !static_cast<const FunctionDecl*>(d)->body) {
    if (owner && owner->kind == DeclKind::Trait && !IsStatic(d)) return;
    Error(d->name_range,
          fmt::format("Function {} has no body so it cannot be compiled", DafnyFullName(d)));
    return;
  }
  // A method with `decreases *` compiles like any other (termination is the verifier's
  // concern); default parameter values are filled in at each call (emit_defaults.cpp).
  std::string name = cpp_name.empty() ? DeclName(d) : cpp_name;
  const std::vector<TypeParam>* own_tps = TypeParamsOf(d);
  std::string templ = own_tps ? TemplateHeader(*own_tps) : "";
  bool generic = !templ.empty();
  std::string qualified = name;
  std::string owner_templ;
  if (owner) {
    const std::vector<TypeParam>* tps = TypeParamsOf(owner);
    if (tps && !tps->empty()) {
      owner_templ = TemplateHeader(*tps);
      generic = true;
    }
    qualified = DeclName(owner) + (tps ? TemplateArgsOf(*tps) : "") + "::" + name;
  } else {
    AddPiece(decls_, (templ.empty() ? InlinePrefix() : templ) + Signature(d, name, false) + ";\n");
  }
  // The body. Its temporaries are numbered from 0, so that a callable's C++ depends on it
  // alone (InLibrary needs that, and an edit elsewhere does not renumber them).
  out_.clear();
  fresh_ = 0;
  indent_ = 1;
  method_ = d->kind == DeclKind::Method ? static_cast<const MethodDecl*>(d) : nullptr;
  member_scope_ = owner && owner->kind != DeclKind::Module && !IsStatic(d);
  targets_.clear();
  var_alias_.clear();
  declared_.clear();
  for (const Var* p : d->kind == DeclKind::Function ? static_cast<const FunctionDecl*>(d)->params
                                                    : static_cast<const MethodDecl*>(d)->ins) {
    declared_.insert(CppName(p->name));
  }
  if (d->kind == DeclKind::Method) {
    for (const Var* o : static_cast<const MethodDecl*>(d)->outs) declared_.insert(CppName(o->name));
  }
  FindTailCalls(d);
  tail_call_used_ = false;
  {
    // An override's tail calls assign local copies of the parameters it takes by const&.
    const std::vector<Var*>& ps = d->kind == DeclKind::Function
                                      ? static_cast<const FunctionDecl*>(d)->params
                                      : static_cast<const MethodDecl*>(d)->ins;
    for (size_t i = 0; i < ps.size(); ++i) {
      if (rp_.IsGhost(ps[i]) || !CopiesParam(d, i)) continue;
      std::string name = CppName(ps[i]->name);
      Line(fmt::format("{}{} {} = _in_{};", UnusedMark(ps[i]),
                       CppType(rp_.TypeOf(ps[i]), ps[i]->range), name, name));
    }
  }
  size_t top = out_.size();
  EmitGenericStubChecks(d);
  auto* by_method = d->kind == DeclKind::Function ? static_cast<const FunctionDecl*>(d) : nullptr;
  if (by_method && !by_method->by_method) by_method = nullptr;
  if (by_method) {
    // `function F(..): (r: T) { e } by method { s }`: the compiled code is s, which assigns the
    // result r (or returns the value, when the result is unnamed).
    Cover(by_method->by_method->range, ("entry to method " + DafnyFullName(d)).c_str());
    by_method_ = by_method;
    const Var* r = by_method->result;
    if (r && !r->name.empty()) {
      const Type* rt = rp_.TypeOf(r);
      declared_.insert(CppName(r->name));
      Line(CppType(rt, r->range) + " " + CppName(r->name) + " = " + DefaultValue(rt, r->range) +
           ";");
    }
    const std::vector<Stmt*>& stmts = by_method->by_method->stmts;
    EmitBlockBody(stmts);
    bool returns = !stmts.empty() && stmts.back()->kind == StmtKind::Return;
    if (!returns && r && !r->name.empty()) Line("return " + CppName(r->name) + ";");
    by_method_ = nullptr;
  } else if (d->kind == DeclKind::Function) {
    tail_self_ = tail_recursive_[d] ? d : nullptr;
    function_ = static_cast<const FunctionDecl*>(d);
    ite_top_ = function_;
    Cover(function_->body->tok, ("entry to function " + DafnyFullName(d)).c_str());
    EmitReturn(function_->body);
    ite_top_ = nullptr;
    function_ = nullptr;
    tail_self_ = nullptr;
  } else if (IsSynthesized(d)) {
    EmitSynthesizedBody(method_);
  } else if (d->kind == DeclKind::Method && HasAttribute(d->attributes, "synthesize") &&
             !iterator_) {
    // Dafny synthesizes body-less methods only.
    Error(d->name_range, fmt::format("Method {} is annotated with :synthesize but is not static, "
                                     "has a body, or does not return anything",
                                     DafnyFullName(d)));
  } else if (iterator_) {
    // An iterator's body: a coroutine, whose yields and end MoveNext reports.
    EmitBlockBody(method_->body->stmts);
  } else {
    auto* m = method_;
    Cover(m->body->range, ("entry to method " + DafnyFullName(d)).c_str());
    for (const Var* o : m->outs) {
      if (!rp_.IsGhost(o)) {
        Line(CppType(rp_.TypeOf(o), o->range) + " " + CppName(o->name) + " = " +
             DefaultValue(rp_.TypeOf(o), o->range) + ";");
      }
    }
    EmitBlockBody(m->body->stmts);
    bool returns = !m->body->stmts.empty() && m->body->stmts.back()->kind == StmtKind::Return;
    if (!returns && ResultType(d) != "void") Line(ReturnOuts());
  }
  // The top of the body, where tail calls jump (before the out-parameters, which start anew).
  if (tail_call_used_) {
    out_.insert(top, "_tail_call:;\n");
    // A function whose every path is a tail call (`K(x) { K(x) }`, which Dafny compiles too)
    // has no return statement, which C++ compilers flag.
    if (d->kind == DeclKind::Function && !by_method && out_.find("return ") == std::string::npos) {
      Line("dfy::Unreachable();");
    }
  }
  tail_stmts_.clear();
  std::string body = out_;
  out_.clear();
  indent_ = 0;
  method_ = nullptr;
  member_scope_ = false;
  // Out of the class, the signature's `static`, `virtual` and `override` are not repeated.
  const Decl* saved_type = type_;
  type_ = owner && owner->kind == DeclKind::Datatype ? owner : nullptr;
  mark_params_ = true;
  std::string sig =
      iterator_ ? "dfy::IteratorBody " + qualified + "()" : Signature(d, qualified, false);
  mark_params_ = false;
  type_ = saved_type;
  std::string prefix = owner_templ + templ;
  if (prefix.empty()) prefix = InlinePrefix();
  std::string def = prefix + sig + " {\n" + body + "}\n\n";
  if (!synth_prelude_.empty()) def = std::exchange(synth_prelude_, "") + def;
  AddPiece(generic ? header_defs_ : source_defs_, def);
}

void Emitter::EmitClass(const ClassDecl* c) {
  type_ = c;
  bool is_trait = c->kind == DeclKind::Trait;
  std::string name = CppName(c->name);
  std::string templ = TemplateHeader(c->type_params);
  std::string self = name + TemplateArgsOf(c->type_params);
  AddPiece(forward_, templ + "class " + name + ";\n");
  std::vector<std::string> bases;
  // The traits it extends, with their type arguments as the resolver gave them (in terms of
  // the class's own type parameters: `extends Action<(), Option<T>>`); `object` is every
  // class's base anyway.
  for (const Type* parent : rp_.ParentsOf(c)) {
    if (!parent->decl) continue;
    bases.push_back("public virtual " + QualifiedName(parent->decl) +
                    TypeArgs(parent->args, c->name_range));
  }
  if (bases.empty())
    bases.push_back(is_trait ? "public virtual dfy::Object" : "public dfy::Object");
  std::string body;
  body += templ + "class " + name + " : " + Join(bases) + " {\n public:\n";
  // As Dafny prints an object: its class's name with every enclosing module (`X.Y.K`).
  std::string dafny_name = DafnyFullName(c);
  bool has_ctor = false;
  for (const Decl* m : c->members) {
    ++fresh_decl_;
    switch (m->kind) {
      case DeclKind::Field: {
        if (m->ghost) break;
        // (A field cannot be static: Dafny's parse error "a field cannot be declared 'static'".)
        const Type* t = rp_.MemberType(m);
        body += fmt::format("  {} {} = {};\n", CppType(t, m->name_range), CppName(m->name),
                            DefaultValue(t, m->name_range));
        break;
      }
      case DeclKind::Const: {
        if (m->ghost) break;
        auto* k = static_cast<const ConstDecl*>(m);
        const Type* t = rp_.MemberType(m);
        std::string type = CppType(t, m->name_range);
        if (k->is_static) {
          body += fmt::format("  static {} const& {}();\n", type, CppName(m->name));
          EmitConst(k, c);
          type_ = c;
        } else if (k->init) {
          // An instance const with a value: the same for every object, computed on use.
          out_.clear();
          member_scope_ = true;
          body +=
              fmt::format("  {} {}() {{ return {}; }}\n", type, CppName(m->name), Expr(k->init));
        } else {
          body += fmt::format("  {} {} = {};\n", type, CppName(m->name),
                              DefaultValue(t, m->name_range));
        }
        break;
      }
      case DeclKind::Method:
      case DeclKind::Function: {
        if (!IsCompiled(m)) break;
        auto* md = m->kind == DeclKind::Method ? static_cast<const MethodDecl*>(m) : nullptr;
        bool bodyless = md ? !md->body : !static_cast<const FunctionDecl*>(m)->body;
        // A body-less static member of a trait is not abstract: Dafny cannot compile it.
        bool abstract = bodyless && is_trait && !IsStatic(m);
        const std::vector<TypeParam>* tps = TypeParamsOf(m);
        // A generic instance member of a trait with a body is a member template, which C++
        // cannot make virtual; a class cannot redeclare it (Dafny forbids overriding a member
        // with a body), so it needs none. A body-less one dispatches on the object's class
        // (EmitGenericDispatch).
        bool dispatch = tps && !tps->empty() && abstract;
        std::string mname = DeclName(m);
        if (md && md->flavor == MethodFlavor::Constructor) {
          has_ctor = true;
          // The initializer and the factory `new C.Init(...)` calls.
          std::string init = m->name.empty() ? "Construct" : mname;
          std::string factory = m->name.empty() ? "New" : "New_" + mname;
          std::vector<std::string> ps, args;
          for (const Var* p : md->ins) {
            if (rp_.IsGhost(p)) continue;
            ps.push_back(ParamType(rp_.TypeOf(p), p->range) + " " + CppName(p->name));
            args.push_back(CppName(p->name));
          }
          body += fmt::format(
              "  static {0}* {1}({2}) {{\n    {0}* self = dfy::New<{0}>();\n    self->{3}({4});\n"
              "    return self;\n  }}\n",
              self, factory, Join(ps), init, Join(args));
          body += fmt::format("  void {}({});\n", init, Join(ps));
          // A body-less constructor is reported by EmitCallable, as Dafny does.
          EmitCallable(m, c, init);
          type_ = c;
          break;
        }
        type_ = c;
        std::string sig = Signature(m, mname, true);
        if (tps && !tps->empty()) sig = TemplateHeader(*tps) + "  " + sig;
        body += "  " + sig + (abstract && !dispatch ? " = 0" : "") + ";\n";
        if (m->kind == DeclKind::Function) {
          body += GenericStubHooks(static_cast<const FunctionDecl*>(m));
        }
        body += UnstubbedHook(m);
        // A body-less member of a class is an error there (or an {:extern} the user defines).
        if (!abstract) EmitCallable(m, c);
        if (dispatch) EmitGenericDispatch(c, m);
        type_ = c;
        break;
      }
      default:
        Unsupported(m->name_range, fmt::format("{} members", DeclKindName(m->kind)));
    }
  }
  if (!has_ctor && !is_trait) {
    body += fmt::format("  static {0}* New() {{ return dfy::New<{0}>(); }}\n", self);
  }
  body += fmt::format("  std::string_view DafnyTypeName() const override {{ return \"{}\"; }}\n",
                      dafny_name);
  body += "};\n\n";
  AddPiece(types_, body);
  type_ = nullptr;
}

// A newtype is its base type in C++ (`std::uint8_t`, `dfy::Int`); its members are the static
// members of a struct of its name, which take the value as their first parameter, `self`:
// `x.Double()` is `u8::Double(x)`, `u8.Max` is `u8::Max()`.
void Emitter::EmitNewtypeMembers(const NewtypeDecl* nt) {
  std::vector<const Decl*> members;
  for (const Decl* m : nt->members) {
    if (IsCompiled(m)) members.push_back(m);
  }
  if (members.empty()) return;
  std::string self = DeclName(nt);
  std::string body =
      fmt::format("// The members of newtype {}; a value of it is their `self`.\n", nt->name);
  body += "struct " + self + " {\n";
  std::string saved_this = this_alias_;
  for (const Decl* m : members) {
    ++fresh_decl_;
    type_ = nt;
    this_alias_ = "self";
    switch (m->kind) {
      case DeclKind::Method:
      case DeclKind::Function:
        body += "  " + Signature(m, DeclName(m), true) + ";\n";
        EmitCallable(m, nt);
        break;
      case DeclKind::Const: {
        auto* k = static_cast<const ConstDecl*>(m);
        std::string type = CppType(rp_.MemberType(m), m->name_range);
        std::string name = CppName(m->name);
        if (k->is_static) {
          body += fmt::format("  static {} const& {}();\n", type, name);
          EmitConst(k, nt);
        } else {
          // A const without a value is its type's default value, as in Dafny's compilers.
          out_.clear();
          fresh_ = 0;
          std::string param = (k->init ? "" : "[[maybe_unused]] ") + NewtypeSelfParam(nt);
          body += fmt::format("  static {} {}({});\n", type, name, param);
          std::string value =
              k->init ? Expr(k->init) : DefaultValue(rp_.MemberType(m), m->name_range);
          AddPiece(source_defs_,
                   fmt::format("{}{} {}::{}({}) {{\n  return {};\n}}\n\n", InlinePrefix(), type,
                               QualifiedName(nt), name, param, value));
        }
        break;
      }
      default:
        Unsupported(m->name_range, fmt::format("{} members of newtypes", DeclKindName(m->kind)));
    }
  }
  this_alias_ = saved_this;
  type_ = nullptr;
  body += "};\n\n";
  AddPiece(types_, body);
}

// `type Pos = x: int | x > 0 witness Seven()`: a Pos starts at Seven(), as in Dafny's
// compilers. The function is declared before the classes, whose field initializers may call it,
// and defined with the functions, after every declaration its expression may name.
void Emitter::EmitWitnessFunction(const NewtypeDecl* nt) {
  const dfy::Expr* witness = WitnessExpression(nt);
  if (!witness) return;
  const Type* self = nt->type_params.empty()
                         ? rp_.types.Get(TypeKind::UserDefined, {}, 0, nt->name, nt, false)
                         : NewtypeBase(nt);
  std::string type = CppType(self, nt->name_range);
  std::string name = WitnessFunctionName(nt);
  out_.clear();
  fresh_ = 0;
  std::string value = Expr(witness);
  // The witness has the base type: `Seven() + 1` is an int, a native newtype's is narrower.
  if (Native(self) && !Native(rp_.TypeOf(witness))) {
    value = NativeConversion(witness->tok, rp_.TypeOf(witness), self, value);
  }
  std::string comment = fmt::format("// The default value of {}: its witness.\n", nt->name);
  if (nt->type_params.empty()) {
    AddPiece(witnesses_, comment + InlinePrefix() + type + " " + name + "();\n");
    AddPiece(source_defs_,
             fmt::format("{}{} {}() {{\n  return {};\n}}\n\n", InlinePrefix(), type, name, value));
    return;
  }
  std::string templ = TemplateHeader(nt->type_params);
  AddPiece(witnesses_, comment + templ + type + " " + name + "();\n");
  AddPiece(header_defs_,
           fmt::format("{}{} {}() {{\n  return {};\n}}\n\n", templ, type, name, value));
}

std::string Emitter::WitnessFunctionName(const NewtypeDecl* nt) {
  // `_` starts the emitter's own names (CppName).
  return "_witness_" + CppName(nt->name);
}

bool Emitter::IsNewtypeInstanceMember(const Decl* d) const {
  const Decl* owner = rp_.OwnerOf(d);
  return owner && owner->kind == DeclKind::Newtype && !IsStatic(d);
}

std::string Emitter::NewtypeSelfParam(const Decl* nt) {
  const Type* t = rp_.types.Get(TypeKind::UserDefined, {}, 0, nt->name, nt, false);
  return ParamType(t, nt->name_range) + " self";
}

}  // namespace dfy::backend
