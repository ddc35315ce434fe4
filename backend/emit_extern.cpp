// {:extern} declarations: Dafny declarations whose C++ the user writes (backend/README.md,
// "Externs", states the scheme users rely on).
//
// - A body-less {:extern} method or function is declared in the generated header, in its
//   module's namespace, under its extern name; the user's .cpp defines it.
// - {:extern "name"} on a module names its C++ namespace; on a method, function, class or type
//   it names the C++ declaration (only the last component of a dotted name counts: the
//   namespace is the module's).
// - An {:extern} class or opaque type is not emitted at all: the user defines it in a C++
//   header passed to dfyc, which the generated header includes after its forward
//   declarations. For a class, the generated header shows the expected members in a comment.
#include <fmt/format.h>

#include <cctype>

#include "backend/emitter.h"

namespace dfy::backend {

std::optional<std::string> Emitter::ExternName(const Decl* d) const {
  for (const Attribute& a : d->attributes) {
    if (a.name != "extern") continue;
    if (a.args.empty()) return d->name;
    // {:extern "name"} or {:extern "module", "name"}: the last string names the declaration.
    const dfy::Expr* arg = a.args.back();
    if (arg->kind != ExprKind::StringLiteral) return d->name;
    std::string name;
    for (char32_t c : static_cast<const LiteralExpr*>(arg)->chars) {
      name += c < 0x80 ? static_cast<char>(c) : '_';
    }
    return name;
  }
  return std::nullopt;
}

std::string Emitter::DeclName(const Decl* d) const {
  std::optional<std::string> ext = ExternName(d);
  std::string name;
  if (!ext || ext->empty() || d->kind == DeclKind::Module) {
    name = CppName(d->name);
  } else {
    name = *ext;
    size_t cut = name.find_last_of(".:");
    if (cut != std::string::npos) name = name.substr(cut + 1);
    if (name.empty()) name = CppName(d->name);
  }
  // A member named as its class (`constructor Heap` in class Heap, Std.Concurrent's extern
  // `method Lock` in extern class Lock) would be a C++ constructor: it gets a trailing _.
  const Decl* owner = rp_.OwnerOf(d);
  if (owner && owner->kind != DeclKind::Module && owner != d && DeclName(owner) == name) {
    return name + "_";
  }
  return name;
}

bool Emitter::IsExternClassOrType(const Decl* d) const {
  return (d->kind == DeclKind::Class || d->kind == DeclKind::OpaqueType) &&
         ExternName(d).has_value();
}

std::string Emitter::StdlibExternHeader(const std::string& file) {
  std::string stem = file.substr(file.find_last_of('/') + 1);
  if (stem.ends_with(".dfy")) stem.resize(stem.size() - 4);
  // Snake case, an acronym kept as one word: FileIOInternalExterns -> file_io_internal_externs.
  auto upper = [&](size_t i) {
    return i < stem.size() && std::isupper(static_cast<unsigned char>(stem[i]));
  };
  std::string header = "dfy/std/";
  for (size_t i = 0; i < stem.size(); ++i) {
    char c = stem[i];
    if (upper(i)) {
      bool starts_word = !upper(i - 1) || (i + 1 < stem.size() && !upper(i + 1));
      if (i != 0 && starts_word) header += '_';
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    header += c;
  }
  return header + ".h";
}

void Emitter::EmitExternCallable(const Decl* d) {
  // Declared with the other functions (after every type), marked for the reader.
  std::string templ = TemplateHeader(*TypeParamsOf(d));
  std::string who = "the user";
  if (InLibrary()) {
    // dfyc's standard library: the runtime defines its externs, in the header the generated
    // header includes after dfy/runtime.h.
    std::string header = StdlibExternHeader(ctx_.sources.File(module_->range.file).name());
    runtime_externs_.insert(header);
    who = "dfyc's runtime (" + header + ")";
  }
  AddPiece(decls_, fmt::format("// {{:extern}} {}: defined in C++ by {}.\n{}{};\n", d->name, who,
                               templ, Signature(d, DeclName(d), false)));
}

void Emitter::EmitExternClass(const ClassDecl* c) {
  type_ = c;
  std::string who = "the user's C++ header";
  if (InLibrary()) {
    // dfyc's standard library (Std.Concurrent): the runtime defines the class, in the header
    // the generated header includes after dfy/runtime.h.
    std::string header = StdlibExternHeader(ctx_.sources.File(module_->range.file).name());
    runtime_externs_.insert(header);
    who = "dfyc's runtime (" + header + ")";
  }
  std::string name = DeclName(c);
  std::string templ = TemplateHeader(c->type_params);
  AddPiece(forward_, templ + "class " + name + ";\n");
  // The members dfyc's code uses, as the user's class must declare them.
  std::string self = name + TemplateArgsOf(c->type_params);
  std::vector<std::string> lines;
  for (const Decl* m : c->members) {
    ++fresh_decl_;
    if (!IsCompiled(m)) continue;
    switch (m->kind) {
      case DeclKind::Field:
      case DeclKind::Const: {
        const Type* t = rp_.MemberType(m);
        bool is_static = m->kind == DeclKind::Const && static_cast<const ConstDecl*>(m)->is_static;
        if (m->kind == DeclKind::Const) {
          lines.push_back(fmt::format("{}{} {}();", is_static ? "static " : "",
                                      CppType(t, m->name_range), DeclName(m)));
        } else {
          lines.push_back(fmt::format("{} {};", CppType(t, m->name_range), DeclName(m)));
        }
        break;
      }
      case DeclKind::Method:
      case DeclKind::Function: {
        auto* md = m->kind == DeclKind::Method ? static_cast<const MethodDecl*>(m) : nullptr;
        if (md && md->flavor == MethodFlavor::Constructor) {
          std::vector<std::string> ps;
          for (const Var* p : md->ins) {
            if (!rp_.IsGhost(p)) {
              ps.push_back(ParamType(rp_.TypeOf(p), p->range) + " " + CppName(p->name));
            }
          }
          std::string factory = m->name.empty() ? "New" : "New_" + DeclName(m);
          lines.push_back(fmt::format("static {}* {}({});", self, factory, Join(ps)));
          break;
        }
        lines.push_back(Signature(m, DeclName(m), true) + ";");
        break;
      }
      default:
        break;
    }
  }
  std::string text = fmt::format(
      "// {{:extern}} class {}: defined by {}, in this namespace, as\n"
      "//   {}class {} : public dfy::Object {{\n//    public:\n",
      c->name, who, templ.empty() ? "" : templ.substr(0, templ.size() - 1) + " ", name);
  for (const std::string& l : lines) text += "//     " + l + "\n";
  text += "//     std::string_view DafnyTypeName() const override;  // what print shows\n";
  text += "//   };\n";
  AddPiece(forward_, text);
  type_ = nullptr;
}

}  // namespace dfy::backend
