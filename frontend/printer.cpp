// Printing of declarations, and the printer's entry points. The layout is canonical: two
// spaces an indentation level, specification clauses on lines of their own, a blank line
// around every declaration that spans lines.
#include "frontend/printer.h"

#include "frontend/printer_impl.h"

namespace dfy {
namespace print {

void Printer::Write(std::string_view s) {
  if (s.empty()) return;
  if (line_start_) {
    out_.append(static_cast<size_t>(indent_) * 2, ' ');
    line_start_ = false;
  }
  out_ += s;
}

void Printer::Line() {
  out_ += '\n';
  line_start_ = true;
}

void Printer::BlankLine() {
  if (!line_start_) Line();
  out_ += '\n';
}

void Printer::OneAttribute(const Attribute& a) {
  Write("{:");
  Write(a.name);
  if (!a.args.empty()) {
    Write(" ");
    ExprList(a.args);
  }
  Write("}");
}

void Printer::Attributes(const std::vector<Attribute>& attrs) {
  for (const Attribute& a : attrs) {
    OneAttribute(a);
    Write(" ");
  }
}

void Printer::Modifiers(const dfy::Decl* d, bool is_static, bool ghost_implied) {
  if (d->ghost && !ghost_implied) Write("ghost ");
  if (is_static) Write("static ");
  if (d->is_abstract) Write("abstract ");
  if (d->is_opaque) Write("opaque ");
  if (d->is_replaceable) Write("replaceable ");
}

void Printer::TypeParams(const std::vector<TypeParam>& params) {
  if (params.empty()) return;
  Write("<");
  for (size_t i = 0; i < params.size(); ++i) {
    const TypeParam& p = params[i];
    if (i) Write(", ");
    if (p.variance) Write(std::string(1, p.variance));
    Write(p.name);
    if (!p.characteristics.empty()) Write("(" + p.characteristics + ")");
    for (const TypeExpr* b : p.bounds) {
      Write(" extends ");
      Type(b);
    }
  }
  Write(">");
}

void Printer::Formal(const Var* v) {
  if (v->ghost) Write("ghost ");
  BoundVar(v);
}

void Printer::Formals(const std::vector<Var*>& vars, const std::vector<dfy::Expr*>* defaults) {
  Write("(");
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i) Write(", ");
    Formal(vars[i]);
    if (defaults && i < defaults->size() && (*defaults)[i]) {
      Write(" := ");
      Expr((*defaults)[i]);
    }
  }
  Write(")");
}

void Printer::Specs(const char* keyword, const std::vector<Spec>& specs, bool allow_label) {
  for (const Spec& s : specs) {
    Line();
    Write(keyword);
    Write(" ");
    Attributes(s.attributes);
    if (allow_label && !s.label.empty()) Write(s.label + ": ");
    Expr(s.expr);
  }
}

void Printer::Frames(const char* keyword, const std::vector<dfy::Expr*>& frames) {
  if (frames.empty()) return;
  Line();
  Write(keyword);
  Write(" ");
  ExprList(frames);
}

void Printer::Decreases(const std::vector<dfy::Expr*>& list, bool star) {
  if (star) {
    Line();
    Write("decreases *");
  }
  Frames("decreases", list);
}

void Printer::Members(const std::vector<dfy::Decl*>& members, bool always) {
  if (members.empty()) {
    if (always) Write(" {}");
    return;
  }
  Write(" {");
  {
    Indent in(*this);
    Line();
    Decls(members);
  }
  Line();
  Write("}");
}

static const char* MethodKeyword(MethodFlavor f) {
  switch (f) {
    case MethodFlavor::Method:
      return "method";
    case MethodFlavor::Lemma:
      return "lemma";
    case MethodFlavor::Constructor:
      return "constructor";
    case MethodFlavor::TwoStateLemma:
      return "twostate lemma";
    case MethodFlavor::LeastLemma:
      return "least lemma";
    case MethodFlavor::GreatestLemma:
      return "greatest lemma";
  }
  return "method";
}

void Printer::Method(const MethodDecl* m) {
  bool compiled_flavor =
      m->flavor == MethodFlavor::Method || m->flavor == MethodFlavor::Constructor;
  Modifiers(m, m->is_static, !compiled_flavor);
  Write(MethodKeyword(m->flavor));
  Write(" ");
  Attributes(m->attributes);
  Write(m->name);
  if (m->refining) {
    Write("...");
  } else {
    TypeParams(m->type_params);
    if (!m->k_type.empty()) Write("[" + m->k_type + "]");
    Formals(m->ins, &m->defaults);
    if (!m->outs.empty()) {
      Write(" returns ");
      Formals(m->outs, nullptr);
    }
  }
  {
    Indent in(*this);
    Specs("requires", m->requires_, true);
    Frames("reads", m->reads);
    Frames("modifies", m->modifies);
    Specs("ensures", m->ensures, false);
    Decreases(m->decreases, m->decreases_star);
  }
  if (m->body) {
    Line();
    Block(m->body, m->new_divider);
  }
}

void Printer::Function(const FunctionDecl* f) {
  bool plain = f->flavor == FunctionFlavor::Function || f->flavor == FunctionFlavor::Predicate;
  bool is_predicate =
      f->flavor != FunctionFlavor::Function && f->flavor != FunctionFlavor::TwoStateFunction;
  Modifiers(f, f->is_static, !plain);
  Write(FunctionFlavorKeyword(f->flavor));
  Write(" ");
  Attributes(f->attributes);
  Write(f->name);
  if (f->refining) {
    Write("...");
  } else {
    TypeParams(f->type_params);
    if (!f->k_type.empty()) Write("[" + f->k_type + "]");
    Formals(f->params, &f->defaults);
    if (f->result) {
      Write(": (");
      Formal(f->result);
      Write(")");
    } else if (!is_predicate || (f->result_type && (f->result_type->kind != TypeExprKind::Named ||
                                                    f->result_type->name != "bool"))) {
      Write(": ");
      Type(f->result_type);
    }
  }
  {
    Indent in(*this);
    Specs("requires", f->requires_, true);
    Frames("reads", f->reads);
    Specs("ensures", f->ensures, false);
    Decreases(f->decreases, false);
  }
  if (f->body) {
    Line();
    Write("{");
    {
      Indent in(*this);
      Line();
      body_root_ = f->body;
      Expr(f->body);
      body_root_ = nullptr;
    }
    Line();
    Write("}");
    if (f->by_method) {
      Write(" by method ");
      Block(f->by_method);
    }
  }
}

void Printer::Datatype(const DatatypeDecl* d) {
  Modifiers(d, false, false);
  Write(d->co ? "codatatype " : "datatype ");
  Attributes(d->attributes);
  Write(d->name);
  TypeParams(d->type_params);
  for (size_t i = 0; i < d->extends.size(); ++i) {
    Write(i ? ", " : " extends ");
    Type(d->extends[i]);
  }
  if (d->refining) {
    Write(" ...");
  } else {
    bool multi_line = false;
    for (const DatatypeCtor& c : d->ctors) multi_line = multi_line || !c.formals.empty();
    multi_line = multi_line && d->ctors.size() > 1;
    Write(" =");
    Indent in(*this);
    for (size_t i = 0; i < d->ctors.size(); ++i) {
      const DatatypeCtor& c = d->ctors[i];
      if (multi_line) {
        Line();
        Write("| ");
      } else {
        Write(i ? " | " : " ");
      }
      if (c.ghost) Write("ghost ");
      Attributes(c.attributes);
      Write(c.name);
      if (!c.formals.empty()) {
        Write("(");
        for (size_t k = 0; k < c.formals.size(); ++k) {
          const Var* v = c.formals[k];
          if (k) Write(", ");
          if (v->ghost) Write("ghost ");
          if (!v->name.empty()) Write(v->name + ": ");
          Type(v->type);
          if (k < c.defaults.size() && c.defaults[k]) {
            Write(" := ");
            Expr(c.defaults[k]);
          }
        }
        Write(")");
      }
    }
  }
  Members(d->members, false);
}

void Printer::Newtype(const NewtypeDecl* d) {
  Modifiers(d, false, false);
  Write(d->kind == DeclKind::Newtype ? "newtype " : "type ");
  Attributes(d->attributes);
  Write(d->name);
  TypeParams(d->type_params);
  for (size_t i = 0; i < d->extends.size(); ++i) {
    Write(i ? ", " : " extends ");
    Type(d->extends[i]);
  }
  if (d->refining && !d->var && !d->base) {
    Write(" ...");
  } else {
    Write(" = ");
    if (d->refining) Write("... ");
    if (d->var) {
      Write(d->var->name);
      if (d->base) {
        Write(": ");
        Type(d->base);
      }
      Write(" | ");
      Expr(d->constraint);
    } else {
      Type(d->base);
    }
    switch (d->witness_kind) {
      case WitnessKind::None:
        break;
      case WitnessKind::Compiled:
        Write(" witness ");
        Expr(d->witness);
        break;
      case WitnessKind::Ghost:
        Write(" ghost witness ");
        Expr(d->witness);
        break;
      case WitnessKind::Star:
        Write(" witness *");
        break;
    }
  }
  Members(d->members, false);
}

void Printer::Iterator(const IteratorDecl* it) {
  Modifiers(it, false, false);
  Write("iterator ");
  Attributes(it->attributes);
  Write(it->name);
  if (it->refining) {
    Write("...");
  } else {
    TypeParams(it->type_params);
    Formals(it->ins, nullptr);
    if (!it->yields.empty()) {
      Write(" yields ");
      Formals(it->yields, nullptr);
    }
  }
  {
    Indent in(*this);
    Specs("requires", it->requires_, true);
    Frames("reads", it->reads);
    Frames("modifies", it->modifies);
    Specs("yield requires", it->yield_requires, false);
    Specs("yield ensures", it->yield_ensures, false);
    Specs("ensures", it->ensures, false);
    Decreases(it->decreases, false);
  }
  if (it->body) {
    Line();
    Block(it->body);
  }
}

void Printer::Import(const ImportDecl* d) {
  Attributes(d->attributes);
  Modifiers(d, false, false);
  Write(d->opened ? "import opened " : "import ");
  size_t dot = d->target.rfind('.');
  std::string last = dot == std::string::npos ? d->target : d->target.substr(dot + 1);
  if (d->abstract_import) {
    Write(d->name + " : ");
  } else if (d->name != last) {
    Write(d->name + " = ");
  }
  Write(d->target);
  if (d->exports.size() == 1) {
    Write("`" + d->exports[0]);
  } else if (!d->exports.empty()) {
    Write("`{");
    for (size_t i = 0; i < d->exports.size(); ++i) {
      if (i) Write(", ");
      Write(d->exports[i]);
    }
    Write("}");
  }
}

void Printer::Export(const ExportDecl* d) {
  Attributes(d->attributes);
  Modifiers(d, false, false);
  Write("export");
  if (!d->name.empty()) Write(" " + d->name);
  if (d->refining) Write(" ...");
  auto list = [&](const char* keyword, const std::vector<std::string>& names, bool all) {
    if (all) {
      Write(" ");
      Write(keyword);
      Write(" *");
    }
    if (names.empty()) return;
    Write(" ");
    Write(keyword);
    for (size_t i = 0; i < names.size(); ++i) Write((i ? ", " : " ") + names[i]);
  };
  list("extends", d->extends, false);
  list("provides", d->provides, d->provides_all);
  list("reveals", d->reveals, d->reveals_all);
}

void Printer::Decl(const dfy::Decl* d) {
  switch (d->kind) {
    case DeclKind::Module: {
      auto* m = static_cast<const ModuleDecl*>(d);
      Modifiers(m, false, false);
      Write("module ");
      Attributes(m->attributes);
      Write(m->name);
      if (!m->refines.empty()) Write(" refines " + m->refines);
      Members(m->decls, true);
      return;
    }
    case DeclKind::Import:
      Import(static_cast<const ImportDecl*>(d));
      return;
    case DeclKind::Export:
      Export(static_cast<const ExportDecl*>(d));
      return;
    case DeclKind::Method:
      Method(static_cast<const MethodDecl*>(d));
      return;
    case DeclKind::Function:
      Function(static_cast<const FunctionDecl*>(d));
      return;
    case DeclKind::Const: {
      auto* c = static_cast<const ConstDecl*>(d);
      Modifiers(c, c->is_static, false);
      Write("const ");
      Attributes(c->attributes);
      Write(c->name);
      if (c->type) {
        Write(": ");
        Type(c->type);
      }
      if (c->refining) Write(" ...");
      if (c->init) {
        Write(" := ");
        Expr(c->init);
      }
      return;
    }
    case DeclKind::Field: {
      auto* f = static_cast<const FieldDecl*>(d);
      Modifiers(f, f->is_static, false);
      Write("var ");
      Attributes(f->attributes);
      Write(f->name);
      if (f->type) {
        Write(": ");
        Type(f->type);
      }
      return;
    }
    case DeclKind::Class:
    case DeclKind::Trait: {
      auto* c = static_cast<const ClassDecl*>(d);
      Modifiers(c, false, false);
      Write(d->kind == DeclKind::Class ? "class " : "trait ");
      Attributes(c->attributes);
      Write(c->name);
      TypeParams(c->type_params);
      if (c->refining) {
        Write(" ...");
      } else {
        for (size_t i = 0; i < c->extends.size(); ++i) {
          Write(i ? ", " : " extends ");
          Type(c->extends[i]);
        }
      }
      Members(c->members, true);
      return;
    }
    case DeclKind::Datatype:
      Datatype(static_cast<const DatatypeDecl*>(d));
      return;
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      Newtype(static_cast<const NewtypeDecl*>(d));
      return;
    case DeclKind::TypeSynonym: {
      auto* t = static_cast<const TypeSynonymDecl*>(d);
      Modifiers(t, false, false);
      Write("type ");
      Attributes(t->attributes);
      Write(t->name + t->characteristics);
      TypeParams(t->type_params);
      Write(" = ");
      Type(t->rhs);
      return;
    }
    case DeclKind::OpaqueType: {
      auto* t = static_cast<const OpaqueTypeDecl*>(d);
      Modifiers(t, false, false);
      Write("type ");
      Attributes(t->attributes);
      Write(t->name + t->characteristics);
      TypeParams(t->type_params);
      if (t->refining) Write(" ...");
      for (size_t i = 0; i < t->extends.size(); ++i) {
        Write(i ? ", " : " extends ");
        Type(t->extends[i]);
      }
      Members(t->members, false);
      return;
    }
    case DeclKind::Iterator:
      Iterator(static_cast<const IteratorDecl*>(d));
      return;
  }
}

// Declarations that fit on one line are not set apart by blank lines from their neighbours.
static bool OneLine(const dfy::Decl* d) {
  switch (d->kind) {
    case DeclKind::Field:
    case DeclKind::Import:
    case DeclKind::Export:
    case DeclKind::TypeSynonym:
      return true;
    case DeclKind::Const:
      return true;
    case DeclKind::OpaqueType:
      return static_cast<const OpaqueTypeDecl*>(d)->members.empty();
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      return static_cast<const NewtypeDecl*>(d)->members.empty();
    default:
      return false;
  }
}

void Printer::Decls(const std::vector<dfy::Decl*>& decls) {
  for (size_t i = 0; i < decls.size(); ++i) {
    if (i) {
      if (!OneLine(decls[i]) || !OneLine(decls[i - 1])) {
        BlankLine();
      } else {
        Line();
      }
    }
    Decl(decls[i]);
  }
}

void Printer::Program(const dfy::Program& p) {
  for (const Include& inc : p.includes) {
    Write("include ");
    std::u32string chars;
    for (unsigned char c : inc.path) chars += static_cast<char32_t>(c);
    // The path is UTF-8: re-encode it byte for byte only when it is ASCII.
    bool ascii = true;
    for (unsigned char c : inc.path) ascii = ascii && c < 0x80;
    if (ascii) {
      StringLiteral(chars, '"');
    } else {
      Write("\"" + inc.path + "\"");
    }
    Line();
  }
  if (!p.includes.empty() && p.default_module && !p.default_module->decls.empty()) BlankLine();
  if (p.default_module) Decls(p.default_module->decls);
  if (!line_start_) Line();
}

}  // namespace print

std::string PrintProgram(const Program& program, PrintStyle style) {
  print::Printer p(style);
  p.Program(program);
  return p.Take();
}

std::string PrintExpr(const Expr* e, PrintStyle style) {
  print::Printer p(style);
  p.Expr(e);
  return p.Take();
}

std::string PrintStatement(const Stmt* s, PrintStyle style) {
  print::Printer p(style);
  p.Stmt(s);
  return p.Take();
}

std::string PrintType(const TypeExpr* t) {
  print::Printer p(PrintStyle::Source);
  p.Type(t);
  return p.Take();
}

}  // namespace dfy
