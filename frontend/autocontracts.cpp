// Dafny's {:autocontracts} (elaborate.h), after its AutoContractsRewriter: a class marked with it
// gets the dynamic-frames boilerplate. Dafny adds part of it before resolution and part after;
// here all of it is added before, so what Dafny decides from resolved types (which fields hold
// objects, whether their class has Repr and Valid) is decided from the declared types.
#include <fmt/format.h>

#include <functional>
#include <set>
#include <string>

#include "frontend/ast_visit.h"
#include "frontend/elaborate.h"

namespace dfy {

namespace {

// {:autocontracts} or {:autocontracts true} is on; {:autocontracts false} is off.
bool Flag(const std::vector<Attribute>& attrs, bool& value) {
  for (const Attribute& a : attrs) {
    if (a.name != "autocontracts") continue;
    value = !(a.args.size() == 1 && a.args[0]->kind == ExprKind::BoolLiteral &&
              !static_cast<const LiteralExpr*>(a.args[0])->bool_value);
    return true;
  }
  return false;
}

class Builder {
 public:
  Builder(Arena& arena, SourceRange at) : a_(arena), at_(at) {}

  template <typename T, typename... Args>
  T* E(Args&&... args) {
    T* e = a_.New<T>(std::forward<Args>(args)...);
    e->id = a_.NextExprId();
    e->range = at_;
    e->tok = at_;
    return e;
  }
  template <typename T, typename... Args>
  T* S(Args&&... args) {
    T* s = a_.New<T>(std::forward<Args>(args)...);
    s->id = a_.NextStmtId();
    s->range = at_;
    return s;
  }
  Expr* Name(const std::string& n) {
    auto* e = E<NameExpr>();
    e->name = n;
    return e;
  }
  Expr* Lit(ExprKind k, bool value = false) {
    auto* e = E<LiteralExpr>();
    e->kind = k;
    e->bool_value = value;
    e->text = k == ExprKind::BoolLiteral ? (value ? "true" : "false") : "";
    return e;
  }
  Expr* This() { return Lit(ExprKind::This); }
  Expr* Select(Expr* obj, const std::string& member) {
    auto* e = E<SelectExpr>();
    e->object = obj;
    e->member = member;
    return e;
  }
  Expr* Call(Expr* callee) {
    auto* e = E<CallExpr>();
    e->callee = callee;
    return e;
  }
  Expr* Bin(BinaryOp op, Expr* l, Expr* r) {
    auto* e = E<BinaryExpr>();
    e->op = op;
    e->lhs = l;
    e->rhs = r;
    return e;
  }
  Expr* Not(Expr* x) {
    auto* e = E<UnaryExpr>();
    e->op = UnaryOp::Not;
    e->operand = x;
    return e;
  }
  Expr* SetOf(Expr* x) {
    auto* e = E<DisplayExpr>(ExprKind::SetDisplay);
    e->elements.push_back(x);
    return e;
  }
  Expr* Old(Expr* x) {
    auto* e = E<OldExpr>();
    e->operand = x;
    return e;
  }
  Expr* Fresh(Expr* x) {
    auto* e = E<TwoStateExpr>(ExprKind::Fresh);
    e->args.push_back(x);
    return e;
  }
  Expr* Valid() { return Call(Name("Valid")); }
  Stmt* Assign(Expr* lhs, Expr* rhs) {
    auto* s = S<AssignStmt>();
    s->lhs.push_back(lhs);
    s->rhs.push_back(rhs);
    s->op = at_;
    return s;
  }
  Stmt* If(Expr* cond, Stmt* then) {
    auto* b = S<BlockStmt>();
    b->stmts.push_back(then);
    auto* s = S<IfStmt>();
    s->cond = cond;
    s->then_branch = b;
    return s;
  }
  Spec Clause(Expr* e) {
    Spec s;
    s.expr = e;
    return s;
  }
  TypeExpr* Type(const std::string& name, TypeExpr* arg = nullptr) {
    auto* t = a_.New<TypeExpr>();
    t->range = at_;
    t->name = name;
    if (arg) t->args.push_back(arg);
    return t;
  }

 private:
  Arena& a_;
  SourceRange at_;
};

// A field whose value is an object, with what its class offers: Dafny's subobjects.
struct Subobject {
  const Decl* field;
  bool nullable;
  bool has_repr;
  bool has_valid;
};

class AutoContractor {
 public:
  AutoContractor(ModuleDecl* m, Arena& arena, const std::unordered_set<const Decl*>& refined)
      : m_(m), arena_(arena), refined_(refined) {}

  void Run() {
    for (Decl* d : m_->decls) {
      bool on = false;
      if ((d->kind == DeclKind::Class || d->kind == DeclKind::Trait) && Flag(d->attributes, on) &&
          on) {
        Process(static_cast<ClassDecl*>(d));
      }
    }
  }

 private:
  static bool Excluded(const Decl* d) {
    bool on = true;
    return Flag(d->attributes, on) && !on;
  }

  const ClassDecl* ClassNamed(const std::string& name) {
    for (Decl* d : m_->decls) {
      if ((d->kind == DeclKind::Class || d->kind == DeclKind::Trait) && d->name == name) {
        return static_cast<const ClassDecl*>(d);
      }
    }
    return nullptr;
  }

  // Dafny's field.Type.IsRefType, from the declared type: a class or trait of this module,
  // an array, or object.
  bool RefType(const TypeExpr* t, Subobject& so) {
    if (!t || t->kind != TypeExprKind::Named) return false;
    std::string name = t->name;
    so.nullable = !name.empty() && name.back() == '?';
    if (so.nullable) name.pop_back();
    if (name == "object" || (name.rfind("array", 0) == 0 &&
                             name.find_first_not_of("0123456789", 5) == std::string::npos)) {
      return true;
    }
    const ClassDecl* c = ClassNamed(name);
    if (!c) return false;
    for (const Decl* x : c->members) {
      if (x->kind == DeclKind::Field && x->name == "Repr") {
        auto* ft = static_cast<const FieldDecl*>(x)->type;
        if (ft && ft->name == "set" && ft->args.size() == 1 && ft->args[0]->name == "object") {
          so.has_repr = true;
        }
      } else if (x->kind == DeclKind::Function && x->name == "Valid") {
        auto* f = static_cast<const FunctionDecl*>(x);
        if (!f->is_static && f->params.empty() && f->flavor == FunctionFlavor::Predicate) {
          so.has_valid = true;
        }
      }
    }
    return true;
  }

  static bool MentionsOldState(const Expr* e) {
    if (!e) return false;
    if (e->kind == ExprKind::Old || e->kind == ExprKind::Fresh || e->kind == ExprKind::Unchanged) {
      return true;
    }
    bool found = false;
    ForEachSubExpr(e, [&](const Expr* x) { found = found || MentionsOldState(x); });
    return found;
  }

  // Dafny's IsSimpleQueryMethod: out-parameters, a body that assigns only locals, and a
  // postcondition that does not mention the pre-state.
  bool SimpleQuery(const MethodDecl* m) {
    if (m->outs.empty() || !m->body) return false;
    for (const Spec& e : m->ensures) {
      if (MentionsOldState(e.expr)) return false;
    }
    std::set<std::string> locals;
    for (const Var* v : m->ins) locals.insert(v->name);
    for (const Var* v : m->outs) locals.insert(v->name);
    bool ok = true;
    std::function<void(const Stmt*)> walk = [&](const Stmt* s) {
      if (s->kind == StmtKind::VarDecl || s->kind == StmtKind::VarDeclUpdate) {
        for (const Var* v : static_cast<const VarDeclStmt*>(s)->vars) locals.insert(v->name);
      }
      const std::vector<Expr*>* lhs = AssignedTargets(s);
      if (lhs) {
        for (const Expr* l : *lhs) {
          if (l->kind != ExprKind::Name || !locals.count(static_cast<const NameExpr*>(l)->name)) {
            ok = false;
          }
        }
        return;
      }
      ForEachChild(
          s, [](const Expr*) {}, walk);
    };
    walk(m->body);
    return ok;
  }

  // if F != null && !(F in Repr && F.Repr <= Repr) { Repr := Repr + {F} + F.Repr; }
  void AddSubobjectReprs(Builder& b, BlockStmt* body) {
    for (const Subobject& so : subobjects_) {
      auto F = [&] { return b.Name(so.field->name); };
      Expr* rhs = b.Bin(BinaryOp::Add, b.Name("Repr"), b.SetOf(F()));
      Expr* in = b.Bin(BinaryOp::In, F(), b.Name("Repr"));
      if (so.has_repr) {
        rhs = b.Bin(BinaryOp::Add, rhs, b.Select(F(), "Repr"));
        in = b.Bin(BinaryOp::And, in, b.Bin(BinaryOp::Le, b.Select(F(), "Repr"), b.Name("Repr")));
      }
      Expr* not_null = so.nullable ? b.Bin(BinaryOp::Neq, F(), b.Lit(ExprKind::NullLiteral))
                                   : b.Lit(ExprKind::BoolLiteral, true);
      body->stmts.push_back(
          b.If(b.Bin(BinaryOp::And, not_null, b.Not(in)), b.Assign(b.Name("Repr"), rhs)));
    }
  }

  void Process(ClassDecl* c) {
    subobjects_.clear();
    Builder cb(arena_, c->name_range);
    bool has_repr = false;
    bool has_valid = false;
    for (const Decl* x : c->members) {
      if (x->kind == DeclKind::Field && x->name == "Repr") has_repr = true;
      if (x->kind == DeclKind::Function && x->name == "Valid" &&
          !static_cast<const FunctionDecl*>(x)->is_static) {
        has_valid = true;
      }
    }
    if (!has_repr) {
      auto* f = arena_.New<FieldDecl>();
      f->range = c->name_range;
      f->name = "Repr";
      f->name_range = c->name_range;
      f->ghost = true;
      f->type = cb.Type("set", cb.Type("object"));
      c->members.push_back(f);
    }
    if (!has_valid) {
      auto* f = arena_.New<FunctionDecl>();
      f->range = c->name_range;
      f->name = "Valid";
      f->name_range = c->name_range;
      f->flavor = FunctionFlavor::Predicate;
      f->ghost = true;
      f->result_type = cb.Type("bool");
      c->members.push_back(f);
    }
    // The fields that hold objects (Dafny's subobjects).
    const FunctionDecl* valid = nullptr;
    for (const Decl* x : c->members) {
      if (x->kind == DeclKind::Function && x->name == "Valid") {
        auto* f = static_cast<const FunctionDecl*>(x);
        if (!f->is_static && f->params.empty() && f->flavor == FunctionFlavor::Predicate) {
          valid = f;
        }
      }
      if ((x->kind != DeclKind::Field && x->kind != DeclKind::Const) || x->name == "Repr" ||
          Excluded(x)) {
        continue;
      }
      const TypeExpr* t = x->kind == DeclKind::Field ? static_cast<const FieldDecl*>(x)->type
                                                     : static_cast<const ConstDecl*>(x)->type;
      Subobject so{x, false, false, false};
      if (RefType(t, so)) subobjects_.push_back(so);
    }
    for (Decl* member : c->members) {
      if (Excluded(member)) continue;
      bool inherited = refined_.count(member) > 0;
      Builder b(arena_, member->name_range);
      if (member->kind == DeclKind::Function) {
        auto* f = static_cast<FunctionDecl*>(member);
        if (f->is_static) continue;
        if (f->name == "Valid") {
          if (!inherited) {
            // reads this, Repr; ensures Valid() ==> this in Repr
            f->reads.push_back(b.This());
            f->reads.push_back(b.Name("Repr"));
            f->ensures.insert(f->ensures.begin(),
                              b.Clause(b.Bin(BinaryOp::Implies, b.Valid(),
                                             b.Bin(BinaryOp::In, b.This(), b.Name("Repr")))));
          }
          if (f->ghost && f->flavor == FunctionFlavor::Predicate) ValidBody(b, f);
        } else if (!inherited) {
          // requires Valid(); reads Repr
          f->requires_.insert(f->requires_.begin(), b.Clause(b.Valid()));
          if (f->reads.empty()) f->reads.push_back(b.Name("Repr"));
        }
      } else if (member->kind == DeclKind::Method) {
        auto* m = static_cast<MethodDecl*>(member);
        if (m->flavor == MethodFlavor::Constructor) {
          if (!inherited) {
            // ensures Valid() && fresh(Repr)
            m->ensures.insert(m->ensures.begin(), b.Clause(b.Fresh(b.Name("Repr"))));
            m->ensures.insert(m->ensures.begin(), b.Clause(b.Valid()));
          }
          if (m->body) {
            // The statements go after `new;` (an implicit one at the end when there is none).
            if (m->new_divider < 0) {
              m->new_divider = static_cast<int>(m->body->stmts.size());
              m->new_divider_at = m->name_range;
            }
            if (!inherited) {
              m->body->stmts.push_back(b.Assign(b.Name("Repr"), b.SetOf(b.This())));
            }
            AddSubobjectReprs(b, m->body);
          }
        } else if (!m->is_static && valid) {
          bool update = false;
          if (m->ghost || SimpleQuery(m)) {
            if (!inherited) {
              Expr* v = b.Valid();
              if (m->flavor == MethodFlavor::TwoStateLemma) v = b.Old(v);
              m->requires_.insert(m->requires_.begin(), b.Clause(v));
            }
          } else if (!inherited) {
            m->requires_.insert(m->requires_.begin(), b.Clause(b.Valid()));
            if (m->modifies.empty()) {
              m->modifies.push_back(b.Name("Repr"));
              update = true;
            }
            // ensures Valid() && fresh(Repr - old(Repr))
            m->ensures.insert(
                m->ensures.begin(),
                b.Clause(b.Fresh(b.Bin(BinaryOp::Sub, b.Name("Repr"), b.Old(b.Name("Repr"))))));
            m->ensures.insert(m->ensures.begin(), b.Clause(b.Valid()));
          } else {
            update = true;
          }
          if (update && m->body) AddSubobjectReprs(b, m->body);
        }
      }
    }
  }

  // Valid()'s body: this in Repr && null !in Repr && (F != null ==> F in Repr && ...) && body.
  void ValidBody(Builder& b, FunctionDecl* f) {
    std::vector<Expr*> conjuncts;
    if (!refined_.count(f)) {
      conjuncts.push_back(
          b.Bin(BinaryOp::And, b.Bin(BinaryOp::In, b.This(), b.Name("Repr")),
                b.Bin(BinaryOp::NotIn, b.Lit(ExprKind::NullLiteral), b.Name("Repr"))));
    }
    for (const Subobject& so : subobjects_) {
      if (refined_.count(so.field)) continue;
      auto F = [&] { return b.Name(so.field->name); };
      Expr* c1 = b.Bin(BinaryOp::In, F(), b.Name("Repr"));
      if (so.has_repr) {
        c1 = b.Bin(BinaryOp::And, c1,
                   b.Bin(BinaryOp::And, b.Bin(BinaryOp::Le, b.Select(F(), "Repr"), b.Name("Repr")),
                         b.Bin(BinaryOp::NotIn, b.This(), b.Select(F(), "Repr"))));
        if (so.has_valid) c1 = b.Bin(BinaryOp::And, c1, b.Call(b.Select(F(), "Valid")));
      }
      Expr* c0 = so.nullable ? b.Bin(BinaryOp::Neq, F(), b.Lit(ExprKind::NullLiteral))
                             : b.Lit(ExprKind::BoolLiteral, true);
      conjuncts.push_back(b.Bin(BinaryOp::Implies, c0, c1));
    }
    Expr* body = f->body ? f->body : b.Lit(ExprKind::BoolLiteral, true);
    for (size_t i = conjuncts.size(); i-- > 0;) body = b.Bin(BinaryOp::And, conjuncts[i], body);
    f->body = body;
  }

  ModuleDecl* m_;
  Arena& arena_;
  const std::unordered_set<const Decl*>& refined_;
  std::vector<Subobject> subobjects_;
};

}  // namespace

void AutoContracts(ModuleDecl* m, Arena& arena, Context& ctx,
                   const std::unordered_set<const Decl*>& refined) {
  (void)ctx;
  AutoContractor(m, arena, refined).Run();
}

}  // namespace dfy
