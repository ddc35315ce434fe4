// Datatypes: a value handle (class D) holding a shared pointer to an immutable node (D::Rep)
// with the constructor's index and one slot per destructor name. Copies share the node;
// equality is by value; Print writes what Dafny writes (D.Ctor(args), M.D.Ctor for a datatype
// of module M).
//
// Codatatypes: the same handle, whose node may be computed when first used (dfy::LazyRep,
// runtime/include/dfy/lazy.h). A constructor application that guards a co-recursive call is
// built with D::Lazy (see IsCoCall); D::Default() is a lazy default value when no constructor
// is nullary. As in Dafny, a codatatype has no equality, and prints as its constructor's name
// alone (Stream.Cons), which a value that is infinite also has.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

void Emitter::EmitDatatype(const DatatypeDecl* d) {
  type_ = d;
  const bool co = d->co;
  std::string name = CppName(d->name);
  std::string templ = TemplateHeader(d->type_params);
  std::string self = name + TemplateArgsOf(d->type_params);
  bool generic = !d->type_params.empty();
  AddPiece(forward_, templ + "class " + name + ";\n");

  // The slots of the node: one per destructor name (constructors may share one), then the
  // unnamed formals.
  struct Slot {
    std::string name;  // C++ member of Rep
    std::string type;
    const Type* dafny_type;
    bool named;
  };
  std::vector<Slot> slots;
  std::vector<std::vector<size_t>> ctor_slots(d->ctors.size());
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    const DatatypeCtor& c = d->ctors[i];
    for (size_t j = 0; j < c.formals.size(); ++j) {
      const Var* f = c.formals[j];
      if (rp_.IsGhost(f)) continue;
      std::string slot = f->name.empty() ? fmt::format("_{}_{}", i, j) : CppName(f->name);
      size_t k = 0;
      while (k < slots.size() && slots[k].name != slot) ++k;
      if (k == slots.size()) {
        slots.push_back({slot, CppType(rp_.TypeOf(f), f->range), rp_.TypeOf(f), !f->name.empty()});
      }
      ctor_slots[i].push_back(k);
    }
  }

  // The handle.
  std::string h;
  h += templ + "class " + name + " {\n public:\n";
  h += "  // The constructors.\n";
  std::string defs;
  auto def_prefix = [&] { return templ.empty() ? InlinePrefix() : templ; };
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    std::vector<std::string> ps;
    for (size_t k : ctor_slots[i]) {
      ps.push_back(
          (slots[k].type == "bool" || slots[k].type == "char32_t" || slots[k].type.ends_with("*")
               ? slots[k].type
               : "const " + slots[k].type + "&") +
          " " + slots[k].name);
    }
    std::string cname = CtorName(d, i);
    h += fmt::format("  static {} {}({});\n", self, cname, Join(ps));
    std::string body;
    if (ps.empty()) {
      // Nullary constructors are one shared node.
      body = fmt::format(
          "  static const {0} value = [] {{\n    auto rep = std::make_shared<Rep>();\n"
          "    rep->ctor = {1};\n    {0} result;\n    result.rep_ = std::move(rep);\n"
          "    return result;\n  }}();\n  return value;\n",
          self, i);
    } else {
      // (Its locals start with `_`, which no parameter's name does: CppName.)
      body = fmt::format("  auto _rep = std::make_shared<Rep>();\n  _rep->ctor = {};\n", i);
      for (size_t k : ctor_slots[i]) {
        body += fmt::format("  _rep->{0} = {0};\n", slots[k].name);
      }
      body += fmt::format("  {} _result;\n  _result.rep_ = std::move(_rep);\n  return _result;\n",
                          self);
    }
    defs += fmt::format("{}{} {}::{}({}) {{\n{}}}\n\n", def_prefix(), self, self, cname, Join(ps),
                        body);
  }
  if (co) {
    h += "  // A value computed when it is first used (a constructor guarding a co-recursive "
         "call).\n";
    h += fmt::format("  static {0} Lazy(std::function<{0}()> compute);\n", self);
    defs += fmt::format(
        "{0}{1} {1}::Lazy(std::function<{1}()> compute) {{\n  {1} result;\n"
        "  result.rep_ = dfy::LazyRep<Rep>::Deferred(\n"
        "      [compute = std::move(compute)] {{ return compute().rep_.Force(); }});\n"
        "  return result;\n}}\n\n",
        def_prefix(), self);
    if (!HasNullaryCtor(d)) {
      // Dafny's default value of a codatatype without a nullary constructor is infinite.
      size_t first = 0;
      while (first + 1 < d->ctors.size() && d->ctors[first].ghost) ++first;
      std::vector<std::string> args;
      for (const Var* f : d->ctors[first].formals) {
        if (!rp_.IsGhost(f)) args.push_back(DefaultValue(rp_.TypeOf(f), f->range));
      }
      h += fmt::format("  static {} Default();\n", self);
      defs +=
          fmt::format("{0}{1} {1}::Default() {{\n  return Lazy([] {{ return {2}({3}); }});\n}}\n\n",
                      def_prefix(), self, CtorName(d, first), Join(args));
    }
  }
  h += "  // The constructor tests (d.C?).\n";
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    std::string test = "is_" + CppName(d->ctors[i].name);
    h += fmt::format("  bool {}() const;\n", test);
    defs += fmt::format("{}bool {}::{}() const {{ return rep_->ctor == {}; }}\n\n", def_prefix(),
                        self, test, i);
  }
  h += "  // The destructors (d.x) and updates (d.(x := v)).\n";
  for (const Slot& s : slots) {
    if (!s.named) continue;
    h += fmt::format("  {} const& {}() const;\n", s.type, s.name);
    defs += fmt::format("{}{} const& {}::{}() const {{ return rep_->{}; }}\n\n", def_prefix(),
                        s.type, self, s.name, s.name);
    h += fmt::format("  {} with_{}({} const& value) const;\n", self, s.name, s.type);
    defs += fmt::format(
        "{0}{1} {1}::with_{2}({3} const& value) const {{\n  auto rep = "
        "std::make_shared<Rep>(*rep_);\n"
        "  rep->{2} = value;\n  {1} result;\n  result.rep_ = std::move(rep);\n  return "
        "result;\n}}\n\n",
        def_prefix(), self, s.name, s.type);
  }
  // Members.
  bool members = false;
  for (const Decl* m : d->members) {
    ++fresh_decl_;
    if (!IsCompiled(m)) continue;
    if (!members) h += "  // Members.\n";
    members = true;
    switch (m->kind) {
      case DeclKind::Method:
      case DeclKind::Function: {
        auto* tps = TypeParamsOf(m);
        std::string sig = Signature(m, CppName(m->name), true);
        h += (tps->empty() ? "  " : "  " + TemplateHeader(*tps) + "  ") + sig + ";\n";
        EmitCallable(m, d);
        type_ = d;
        break;
      }
      case DeclKind::Const: {
        auto* k = static_cast<const ConstDecl*>(m);
        std::string type = CppType(rp_.MemberType(m), m->name_range);
        if (k->is_static) {
          h += fmt::format("  static {} const& {}();\n", type, CppName(m->name));
          EmitConst(k, d);
          type_ = d;
        } else {
          // A const without a value is its type's default value, as in Dafny's compilers.
          out_.clear();
          std::string value =
              k->init ? Expr(k->init) : DefaultValue(rp_.MemberType(m), m->name_range);
          h += fmt::format("  {} {}() const;\n", type, CppName(m->name));
          defs += fmt::format("{}{} {}::{}() const {{ return {}; }}\n\n", def_prefix(), type, self,
                              CppName(m->name), value);
        }
        break;
      }
      default:
        Unsupported(m->name_range, fmt::format("{} members of datatypes", DeclKindName(m->kind)));
    }
  }
  if (!co) {
    h += "  // Equality by value, and a hash consistent with it.\n";
    h += fmt::format("  bool Equals(const {}& other) const;\n", self);
    h += fmt::format(
        "  friend bool operator==(const {0}& a, const {0}& b) {{ return a.Equals(b); }}\n", self);
    h += "  size_t Hash() const;\n\n";
    h += "  struct Rep;\n  std::shared_ptr<const Rep> rep_;\n};\n\n";
  } else {
    h += "\n  struct Rep;\n  dfy::LazyRep<Rep> rep_;\n};\n\n";
  }
  h += fmt::format("{}void Print(std::ostream& out, const {}& value);\n", templ, self);
  if (!co) h += fmt::format("{}int32_t DafnyHash(const {}& value);\n", templ, self);
  h += "\n";
  AddPiece(handles_, h);

  // The node.
  std::string rep = templ + "struct " + self + "::Rep {\n  size_t ctor = 0;\n";
  std::vector<std::string> recursive;
  for (const Slot& s : slots) {
    rep += fmt::format("  {} {}{{}};\n", s.type, s.name);
    if (s.type == self) recursive.push_back(s.name);
  }
  if (!recursive.empty()) {
    // A long chain of nodes (a 1,000,000-element list) is freed in a loop: a node's children
    // of its own type that nothing else holds are moved out before it dies, so no destructor
    // recurses more than one level.
    std::vector<std::string> slots_of;
    for (const std::string& r : recursive) slots_of.push_back("&node." + r);
    rep += fmt::format(
        "  ~Rep() {{\n"
        "    std::vector<std::shared_ptr<const Rep>> chain;\n"
        "    auto take = [&chain](const Rep& r) {{\n"
        "      Rep& node = const_cast<Rep&>(r);\n"
        "      for ({0}* child : {{{1}}}) {{\n"
        "{2}"
        "      }}\n"
        "    }};\n"
        "    take(*this);\n"
        "    while (!chain.empty()) {{\n"
        "      std::shared_ptr<const Rep> next = std::move(chain.back());\n"
        "      chain.pop_back();\n"
        "      take(*next);\n"
        "    }}\n"
        "  }}\n",
        self, Join(slots_of),
        co ? "        if (auto next = child->rep_.ReleaseIfUnique()) "
             "chain.push_back(std::move(next));\n"
           : "        if (child->rep_ && child->rep_.use_count() == 1) "
             "chain.push_back(std::move(child->rep_));\n");
  }
  rep += "};\n\n";
  AddPiece(reps_, rep);

  // Equality, hashes and printing.
  // Functions and codatatypes have no equality: their fields take no part in it.
  auto comparable = [&](const Slot& s) {
    const Type* b = BaseOf(s.dafny_type);
    return !(b && b->kind == TypeKind::Arrow) && !ContainsCodatatype(s.dafny_type);
  };
  std::string eq = fmt::format(
      "{}bool {}::Equals(const {}& other) const {{\n  if (rep_ == other.rep_) return true;\n"
      "  if (rep_->ctor != other.rep_->ctor) return false;\n",
      def_prefix(), self, self);
  std::string hash = fmt::format("{}size_t {}::Hash() const {{\n  size_t hash = rep_->ctor;\n",
                                 def_prefix(), self);
  std::string dhash = fmt::format(
      "{}int32_t DafnyHash(const {}& value) {{\n  [[maybe_unused]] const auto& rep = *value.rep_;\n"
      "  uint64_t hash = 5381;\n  hash = (hash << 5) + hash + rep.ctor;\n",
      def_prefix(), self);
  // Dafny prints a datatype's module by its last name: `B.D.X` in `module A.B` as in a module B
  // nested in A.
  std::string module_name = module_->name.substr(module_->name.rfind('.') + 1);
  std::string qualified_prefix =
      (module_ == rp_.program.default_module ? "" : module_name + ".") + d->name + ".";
  std::string print =
      fmt::format("{}void Print(std::ostream& out, const {}& value) {{\n", def_prefix(), self);
  print += "  [[maybe_unused]] const auto& rep = *value.rep_;\n";
  // Unqualified, so that fields of generated types find their Print by ADL.
  print += "  using dfy::Print;\n";
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    std::vector<std::string> conj;
    for (size_t k : ctor_slots[i]) {
      if (comparable(slots[k])) {
        conj.push_back(fmt::format("rep_->{0} == other.rep_->{0}", slots[k].name));
      }
    }
    if (!conj.empty()) {
      eq += fmt::format("  if (rep_->ctor == {}) return {};\n", i, Join(conj, " && "));
    }
    std::string label = qualified_prefix + d->ctors[i].name;
    print += fmt::format("  if (rep.ctor == {}) {{\n", i);
    if (ctor_slots[i].empty() || co) {
      print += fmt::format("    dfy::PrintUtf8Literal(out, \"{}\");\n", label);
    } else {
      print += fmt::format("    dfy::PrintUtf8Literal(out, \"{}(\");\n", label);
      bool first = true;
      for (size_t k : ctor_slots[i]) {
        if (!first) print += "    dfy::PrintUtf8Literal(out, \", \");\n";
        first = false;
        std::string v = "rep." + slots[k].name;
        if (IsStringType(slots[k].dafny_type)) {
          print += fmt::format("    dfy::PrintQuotedString(out, {});\n", v);
        } else {
          print += fmt::format("    Print(out, {});\n", v);
        }
      }
      print += "    dfy::PrintUtf8Literal(out, \")\");\n";
    }
    print += "    return;\n  }\n";
  }
  // Only the constructor's own fields: another's are default values, and a default value of
  // the datatype itself (TMTuple's `first` in a TMNat) has no node to hash.
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    std::string fields;
    for (size_t k : ctor_slots[i]) {
      if (!comparable(slots[k])) continue;
      fields +=
          fmt::format("    hash = dfy::internal::HashCombine(hash, std::hash<{}>{{}}(rep_->{}));\n",
                      slots[k].type, slots[k].name);
    }
    if (!fields.empty()) hash += fmt::format("  if (rep_->ctor == {}) {{\n{}  }}\n", i, fields);
  }
  for (size_t i = 0; i < d->ctors.size(); ++i) {
    if (ctor_slots[i].empty()) continue;
    dhash += fmt::format("  if (rep.ctor == {}) {{\n", i);
    for (size_t k : ctor_slots[i]) {
      dhash += fmt::format(
          "    hash = (hash << 5) + hash + "
          "static_cast<uint64_t>(int64_t{{dfy::internal::DafnyHashOrZero(rep.{})}});\n",
          slots[k].name);
    }
    dhash += "  }\n";
  }
  eq += "  return true;\n}\n\n";
  hash += "  return hash;\n}\n\n";
  dhash += "  return static_cast<int32_t>(static_cast<uint32_t>(hash));\n}\n\n";
  print += "}\n\n";
  if (ErasableWrapperField(d)) {
    // Printed and hashed as the wrapped value, as Dafny's compilers erase the wrapper.
    size_t ctor = 0;
    while (d->ctors[ctor].ghost) ++ctor;
    const std::string& slot = slots[ctor_slots[ctor].at(0)].name;
    print =
        fmt::format("{}void Print(std::ostream& out, const {}& value) {{\n", def_prefix(), self) +
        "  using dfy::Print;\n  Print(out, value.rep_->" + slot + ");\n}\n\n";
    dhash = fmt::format("{}int32_t DafnyHash(const {}& value) {{\n", def_prefix(), self) +
            "  return dfy::internal::DafnyHashOrZero(value.rep_->" + slot + ");\n}\n\n";
  }
  defs += co ? print : eq + hash + dhash + print;
  AddPiece(generic ? header_defs_ : source_defs_, defs);
  if (co) {
    type_ = nullptr;
    return;
  }
  std::string full = NamespaceOf(module_) + "::" + self;
  std::string hasher = fmt::format(
      "{}struct std::hash<{}> {{\n  size_t operator()(const {}& value) const {{ return "
      "value.Hash(); }}\n}};\n\n",
      generic ? templ : "template <>\n", full, full);
  if (InLibrary()) {
    // Guarded as the library's other pieces are (Emitter::InLibrary).
    std::string guard = "DFYC_LIB_" + full + "_HASH";
    for (char& c : guard) c = std::isalnum(static_cast<unsigned char>(c)) ? std::toupper(c) : '_';
    hasher = fmt::format("#ifndef {0}\n#define {0}\n{1}#endif  // {0}\n\n", guard, hasher);
  }
  hashes_ += hasher;
  type_ = nullptr;
}

}  // namespace dfy::backend
