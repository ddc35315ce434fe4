// Elaboration before resolution (elaborate.h): module refinement (refine.cpp) and Dafny 3's
// reveal_f().
#include "frontend/elaborate.h"

#include <set>
#include <string>

#include "frontend/clone.h"

namespace dfy {

namespace {
// --- reveal_f() -----------------------------------------------------------------------------

// Dafny 3 spelled `reveal f;` as a call of the lemma `reveal_f()` that Dafny generates for an
// opaque function; Dafny 4 still accepts it. The call becomes the reveal statement.
class RevealCalls {
 public:
  explicit RevealCalls(Program& p) : p_(p) {}

  void Run() {
    Collect(p_.default_module);
    if (opaque_.empty()) return;
    Walk(p_.default_module);
  }

 private:
  void Collect(const Decl* d) {
    names_.insert(d->name);
    if (d->kind == DeclKind::Function) {
      bool opaque = d->is_opaque;
      for (const Attribute& a : d->attributes) {
        if (a.name == "opaque") opaque = true;
      }
      if (opaque && static_cast<const FunctionDecl*>(d)->body) opaque_.insert(d->name);
    }
    if (d->kind == DeclKind::Module) {
      for (const Decl* x : static_cast<const ModuleDecl*>(d)->decls) Collect(x);
    }
    if (auto* ms = MembersOf(const_cast<Decl*>(d))) {
      for (const Decl* x : *ms) Collect(x);
    }
  }

  void Walk(Decl* d) {
    if (d->kind == DeclKind::Module) {
      for (Decl* x : static_cast<ModuleDecl*>(d)->decls) Walk(x);
    }
    if (auto* ms = MembersOf(d)) {
      for (Decl* x : *ms) Walk(x);
    }
    if (d->kind == DeclKind::Method) FixBlock(static_cast<MethodDecl*>(d)->body);
    if (d->kind == DeclKind::Function) FixBlock(static_cast<FunctionDecl*>(d)->by_method);
  }

  // The opaque function a `reveal_f()` statement names, as the target of `reveal`.
  Expr* Target(Stmt* s) {
    if (s->kind != StmtKind::Call) return nullptr;
    CallExpr* call = static_cast<CallStmt*>(s)->call;
    if (!call || !call->args.empty()) return nullptr;
    static const std::string kPrefix = "reveal_";
    auto strip = [&](const std::string& n) -> std::string {
      if (n.rfind(kPrefix, 0) != 0 || names_.count(n)) return "";
      std::string f = n.substr(kPrefix.size());
      return opaque_.count(f) ? f : "";
    };
    if (call->callee->kind == ExprKind::Name) {
      auto* n = static_cast<NameExpr*>(call->callee);
      std::string f = strip(n->name);
      if (f.empty() || !n->type_args.empty()) return nullptr;
      auto* t = p_.arena.New<NameExpr>(*n);
      t->id = p_.arena.NextExprId();
      t->name = f;
      return t;
    }
    if (call->callee->kind == ExprKind::Select) {
      auto* n = static_cast<SelectExpr*>(call->callee);
      std::string f = strip(n->member);
      if (f.empty() || !n->type_args.empty()) return nullptr;
      auto* t = p_.arena.New<SelectExpr>(*n);
      t->id = p_.arena.NextExprId();
      t->member = f;
      return t;
    }
    return nullptr;
  }

  void FixBlock(BlockStmt* b) {
    if (!b) return;
    for (Stmt*& x : b->stmts) Fix(x);
  }

  void Fix(Stmt*& s) {
    if (!s) return;
    if (Expr* t = Target(s)) {
      auto* r = p_.arena.New<RevealStmt>();
      r->id = p_.arena.NextStmtId();
      r->range = s->range;
      r->attributes = s->attributes;
      r->targets.push_back(t);
      s = r;
      return;
    }
    switch (s->kind) {
      case StmtKind::Block:
        FixBlock(static_cast<BlockStmt*>(s));
        return;
      case StmtKind::If:
      case StmtKind::BindingIf: {
        auto* i = static_cast<IfStmt*>(s);
        FixBlock(i->then_branch);
        Fix(i->else_branch);
        return;
      }
      case StmtKind::While:
        FixBlock(static_cast<WhileStmt*>(s)->body);
        return;
      case StmtKind::For:
        FixBlock(static_cast<ForStmt*>(s)->body);
        return;
      case StmtKind::AlternativeIf:
        for (GuardedAlternative& g : static_cast<AlternativeIfStmt*>(s)->cases) {
          for (Stmt*& x : g.body) Fix(x);
        }
        return;
      case StmtKind::AlternativeWhile:
        for (GuardedAlternative& g : static_cast<AlternativeWhileStmt*>(s)->cases) {
          for (Stmt*& x : g.body) Fix(x);
        }
        return;
      case StmtKind::Match:
        for (MatchCaseStmt& c : static_cast<MatchStmt*>(s)->cases) {
          for (Stmt*& x : c.body) Fix(x);
        }
        return;
      case StmtKind::Forall:
        FixBlock(static_cast<ForallStmt*>(s)->body);
        return;
      case StmtKind::Assert:
        FixBlock(static_cast<PredicateStmt*>(s)->proof);
        return;
      case StmtKind::Calc:
        for (CalcStep& st : static_cast<CalcStmt*>(s)->steps) {
          for (Stmt*& x : st.hints) Fix(x);
        }
        return;
      case StmtKind::Label:
        Fix(static_cast<LabelStmt*>(s)->body);
        return;
      default:
        return;
    }
  }

  Program& p_;
  std::set<std::string> opaque_;
  std::set<std::string> names_;
};

// --- iterators ------------------------------------------------------------------------------

// An iterator is a class to its clients (`new Gen(3)`, `it.MoveNext()`, `it.x`, `it.xs`,
// `it.Valid()`, `it._new`). Its members are made here, as Dafny's resolver makes them; the
// iterator's specification and body become MoveNext's, where the parameters are fields of the
// iterator and `yield` is allowed.
class IteratorMembers {
 public:
  explicit IteratorMembers(Program& p) : p_(p) {}

  void Run(Decl* d) {
    if (d->kind == DeclKind::Module) {
      for (Decl* x : static_cast<ModuleDecl*>(d)->decls) Run(x);
    } else if (d->kind == DeclKind::Iterator) {
      auto* it = static_cast<IteratorDecl*>(d);
      if (it->members.empty()) Make(it);
    }
  }

 private:
  TypeExpr* Type(SourceRange at, const std::string& name, TypeExpr* arg = nullptr) {
    auto* t = p_.arena.New<TypeExpr>();
    t->range = at;
    t->name = name;
    if (arg) t->args.push_back(arg);
    return t;
  }
  Expr* This(SourceRange at) {
    auto* e = p_.arena.New<LiteralExpr>();
    e->kind = ExprKind::This;
    e->id = p_.arena.NextExprId();
    e->range = e->tok = at;
    return e;
  }
  template <typename T>
  T* Member(IteratorDecl* it, const std::string& name, bool ghost) {
    T* d = p_.arena.New<T>();
    d->range = it->name_range;
    d->name = name;
    d->name_range = it->name_range;
    d->ghost = ghost;
    it->members.push_back(d);
    return d;
  }
  Var* NewVar(const Var* like, VarKind kind, const std::string& name, TypeExpr* type) {
    auto* v = p_.arena.New<Var>();
    v->id = p_.arena.NextVarId();
    v->range = like ? like->range : SourceRange{};
    v->kind = kind;
    v->name = name;
    v->type = type;
    v->ghost = like && like->ghost;
    return v;
  }

  void Make(IteratorDecl* it) {
    Cloner cl(p_.arena);
    SourceRange at = it->name_range;
    for (const Var* v : it->ins) {
      auto* c = Member<ConstDecl>(it, v->name, v->ghost);
      c->range = v->range;
      c->name_range = v->range;
      c->type = cl.Clone(v->type);
    }
    for (const Var* v : it->yields) {
      auto* f = Member<FieldDecl>(it, v->name, v->ghost);
      f->range = v->range;
      f->name_range = v->range;
      f->type = cl.Clone(v->type);
      auto* h = Member<FieldDecl>(it, v->name + "s", true);
      h->range = v->range;
      h->name_range = v->range;
      h->type = Type(v->range, "seq", cl.Clone(v->type));
    }
    // _reads and _modifies never change (Dafny's are immutable fields): consts.
    for (const char* name : {"_reads", "_modifies"}) {
      Member<ConstDecl>(it, name, true)->type = Type(at, "set", Type(at, "object"));
    }
    Member<FieldDecl>(it, "_new", true)->type = Type(at, "set", Type(at, "object"));
    auto* valid = Member<FunctionDecl>(it, "Valid", true);
    valid->flavor = FunctionFlavor::Predicate;
    valid->result_type = Type(at, "bool");
    // reads this, this._reads, this._new (as Dafny's resolver gives it).
    valid->reads.push_back(This(at));
    for (const char* name : {"_reads", "_new"}) {
      auto* s = p_.arena.New<SelectExpr>();
      s->id = p_.arena.NextExprId();
      s->range = s->tok = at;
      s->object = This(at);
      s->member = name;
      valid->reads.push_back(s);
    }
    valid->attributes.push_back(Attribute{at, "axiom", {}});
    auto* ctor = Member<MethodDecl>(it, "", false);
    ctor->flavor = MethodFlavor::Constructor;
    for (const Var* v : it->ins) {
      ctor->ins.push_back(NewVar(v, VarKind::InParam, v->name, cl.Clone(v->type)));
    }
    ctor->attributes.push_back(Attribute{at, "axiom", {}});
    auto* next = Member<MethodDecl>(it, "MoveNext", false);
    next->outs.push_back(NewVar(nullptr, VarKind::OutParam, "more", Type(at, "bool")));
    next->outs.back()->range = at;
    next->requires_ = it->requires_;
    next->requires_.insert(next->requires_.end(), it->yield_requires.begin(),
                           it->yield_requires.end());
    next->ensures = it->ensures;
    next->ensures.insert(next->ensures.end(), it->yield_ensures.begin(), it->yield_ensures.end());
    next->reads = it->reads;
    next->modifies = it->modifies;
    next->decreases = it->decreases;
    next->body = it->body;
    next->attributes.push_back(Attribute{at, "axiom", {}});
  }

  Program& p_;
};

}  // namespace

Elaboration Elaborate(Program& program, Context& ctx) {
  Elaboration out;
  if (!program.default_module) return out;
  RefineModules(program, ctx, out);
  RevealCalls(program).Run();
  IteratorMembers(program).Run(program.default_module);
  return out;
}

}  // namespace dfy
