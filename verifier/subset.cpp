// The part of the resolved language that the verifier handles so far: before it runs, every
// construct outside it is reported as "dfyc cannot verify X yet", so that no construct is ever
// silently ignored or mistranslated. It grows with the verifier.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"
#include "verifier/verifier.h"

namespace dfy {

namespace {

class SubsetChecker {
 public:
  SubsetChecker(const ResolvedProgram& rp, Context& ctx) : rp_(rp), ctx_(ctx) {}

  size_t Run() {
    for (const Decl* d : rp_.decls()) CheckDecl(d);
    return count_;
  }

 private:
  void Report(SourceRange at, const std::string& what) {
    // One report per construct kind and declaration keeps the output readable.
    if (!reported_.insert(what + "@" + std::to_string(decl_index_)).second) return;
    ctx_.diags.Report(DiagKind::Unsupported, at, fmt::format("dfyc cannot {} {} yet", verb_, what));
    ++count_;
  }

  bool TypeOk(const Type* t, [[maybe_unused]] bool nested = false) {
    if (!t) return false;
    switch (t->kind) {
      case TypeKind::Nat:
        return true;
      case TypeKind::Int:
      case TypeKind::Bool:
      case TypeKind::Real:
      case TypeKind::Char:
      case TypeKind::String:
        return true;
      case TypeKind::BitVector:
        return t->width > 0;  // (bv0 has no Z3 sort)
      case TypeKind::Ordinal:
        return !compile_;
      case TypeKind::Seq:
      case TypeKind::Set:
      case TypeKind::ISet:
      case TypeKind::Multiset:
      case TypeKind::Map:
      case TypeKind::IMap:
        for (const Type* a : t->args) {
          if (!TypeOk(a, true)) return false;
        }
        return true;
      case TypeKind::Tuple:
        for (const Type* a : t->args) {
          if (!TypeOk(a, true)) return false;
        }
        return true;
      case TypeKind::TypeParam:
        // Type parameters of functions and methods (instantiated per use); those of classes
        // and datatypes appear only where their declaration is supported.
        return t->decl &&
               (t->decl->kind == DeclKind::Function || t->decl->kind == DeclKind::Method ||
                t->decl->kind == DeclKind::Datatype || t->decl->kind == DeclKind::OpaqueType ||
                IsSimpleClass(t->decl));
      case TypeKind::Object:
        return true;
      case TypeKind::Arrow:
        for (const Type* a : t->args) {
          if (!TypeOk(a, true)) return false;
        }
        return true;
      case TypeKind::UserDefined: {
        if (IsSimpleClass(t->decl)) return true;
        if (verify::IsConstrainedType(t)) return ConstrainedTypeOk(t->decl);
        if (t->decl->kind == DeclKind::OpaqueType) {
          if (!OpaqueTypeOk(t->decl)) return false;
          for (const Type* a : t->args) {
            if (!TypeOk(a, true)) return false;
          }
          return true;
        }
        const DatatypeDecl* dt = DatatypeOfType(t);
        if (!dt || (dt->co && compile_)) return false;
        for (const Type* a : t->args) {
          if (!TypeOk(a, true)) return false;
        }
        return true;
      }
      case TypeKind::Array:
        // Arrays of values and of references (arrays too: an element read is allocated, and
        // not null for a non-null element type).
        return TypeOk(t->args[0], true);
      default:
        return false;
    }
  }

  // A class's const with a value that needs no object (const N: nat := 10): that value.
  bool ClassConstValue(const Decl* d) {
    const Decl* owner = rp_.OwnerOf(d);
    auto* cd = static_cast<const ConstDecl*>(d);
    return owner && (IsSimpleClass(owner) || owner->kind == DeclKind::Newtype) && cd->init &&
           !verify::MentionsObject(rp_, cd->init);
  }

  // A const of a (non-generic) class whose value needs its object, with an initializer that
  // reads no field (Dafny's consts do not depend on the heap).
  bool ObjectConstOk(const Decl* d) {
    const Decl* owner = rp_.OwnerOf(d);
    // (A generic class's const without a value has one symbol per instantiation; one with a
    // value that needs its object would be translated under the instantiation: not yet. A
    // generic iterator's in-parameters have one symbol for all: those of fixed types only.)
    auto* cd = static_cast<const ConstDecl*>(d);
    if (!verify::IsObjectConst(rp_, d) || !IsSimpleClass(owner)) return false;
    if (!verify::ClassTypeParams(owner).empty()) {
      if (verify::IteratorOf(rp_, d) ? !IteratorConstOk(d) : cd->init != nullptr) return false;
    }
    return !cd->init || !ReadsField(cd->init);
  }

  // An in-parameter (or _reads, _modifies) of a generic iterator whose type does not depend
  // on the type parameters: its value has one sort for every instantiation.
  bool IteratorConstOk(const Decl* d) {
    if (!verify::IteratorOf(rp_, d)) return false;
    std::function<bool(const Type*)> fixed = [&](const Type* t) {
      if (!t || t->kind == TypeKind::TypeParam) return false;
      if (verify::Lowerer::IsReference(t)) return true;
      for (const Type* a : t->args) {
        if (!fixed(a)) return false;
      }
      return true;
    };
    return fixed(rp_.MemberType(d));
  }

  // An iterator (the class Dafny makes of it): its specification and body, which are those of
  // its MoveNext (its other members have no body).
  void CheckIterator(const IteratorDecl* it) {
    // Its reads and modifies clauses become the sets _reads and _modifies: objects and sets
    // of objects.
    for (const std::vector<Expr*>* frames : {&it->reads, &it->modifies}) {
      for (const Expr* f : *frames) {
        const Type* t = rp_.TypeOf(f);
        bool ok = f->kind != ExprKind::FieldFrame && t &&
                  (verify::Lowerer::IsReference(t) ||
                   (t->kind == TypeKind::Set && verify::Lowerer::IsReference(t->args[0])));
        if (!ok) {
          Report(f->tok, "iterator frames other than objects and sets of objects");
          continue;
        }
        CheckExpr(f);
      }
    }
    CheckSpecs(it->requires_);
    CheckSpecs(it->yield_requires);
    CheckSpecs(it->yield_ensures);
    CheckSpecs(it->ensures);
    for (const Expr* e : it->decreases) CheckExpr(e);
    if (it->body && !InLibrary(it)) CheckStmt(it->body);
  }

  bool ReadsField(const Expr* e) {
    const Decl* m = rp_.BindingOf(e).member;
    if ((e->kind == ExprKind::Name || e->kind == ExprKind::Select) && m &&
        m->kind == DeclKind::Field) {
      return true;
    }
    bool found = false;
    ForEachSubExpr(e, [&](const Expr* x) { found = found || ReadsField(x); });
    return found;
  }

  // A newtype or subset type without type parameters and members, over a type dfyc verifies
  // (not bit-vectors).
  bool ConstrainedTypeOk(const Decl* d) {
    auto* nt = static_cast<const NewtypeDecl*>(d);
    // (A newtype's members take its value as `this`; a subset type has none.)
    if (!nt->type_params.empty() || !nt->extends.empty()) return false;
    if (!nt->members.empty() && d->kind != DeclKind::Newtype) return false;
    const Type* base = rp_.MemberType(d);
    return base && TypeOk(base, true);
  }

  // A value matched against literal patterns (`case 0 =>`, `case 'a' =>`, `case _ =>`).
  bool Matchable(const Type* t) {
    t = t ? verify::Underlying(rp_, t) : t;
    return t &&
           (t->kind == TypeKind::Int || t->kind == TypeKind::Nat || t->kind == TypeKind::Char ||
            t->kind == TypeKind::Bool || t->kind == TypeKind::Real || t->kind == TypeKind::String);
  }

  // An opaque type (`type T`, `type T(==)`, `type T<X> { function F(): int }`), with no
  // parent traits.
  // (The backend keeps its former limit: no type parameters or members.)
  bool OpaqueTypeOk(const Decl* d) const {
    auto* ot = static_cast<const OpaqueTypeDecl*>(d);
    if (compile_ && (!ot->type_params.empty() || !ot->members.empty())) return false;
    return ot->extends.empty();
  }

  // A frame (modifies or reads) of arrays or collections of arrays.
  void CheckFrame(const Expr* f) {
    if (f->kind == ExprKind::Wildcard || verify::IsEmptyDisplay(f)) return;
    if (f->kind == ExprKind::FieldFrame) {  // o`f, `f, S`f
      auto* ff = static_cast<const FieldFrameExpr*>(f);
      if (ff->object) CheckFrame(ff->object);
      if (!rp_.BindingOf(f).member) Report(f->tok, "this field frame");
      return;
    }
    if (!ObjectsOrCollection(rp_.TypeOf(f), /*also_iset=*/true)) {
      Report(f->tok, "frames other than arrays and collections of arrays");
      return;
    }
    CheckExpr(f);
  }

  // An object, or a sequence, set or multiset of objects (an iset too when `also_iset`).
  static bool ObjectsOrCollection(const Type* t, bool also_iset) {
    if (!t) return false;
    if (verify::Lowerer::IsReference(t)) return true;
    bool collection = t->kind == TypeKind::Set || t->kind == TypeKind::Seq ||
                      t->kind == TypeKind::Multiset || (also_iset && t->kind == TypeKind::ISet);
    return collection && verify::Lowerer::IsReference(t->args[0]);
  }

  void CheckType(const Type* t, SourceRange at) {
    if (!TypeOk(t)) Report(at, fmt::format("values of type {}", t ? TypeName(t) : "?"));
  }

  void CheckDecl(const Decl* d) {
    ++decl_index_;
    const Decl* owner = rp_.OwnerOf(d);
    bool top = owner && (owner->kind == DeclKind::Module || IsSimpleClass(owner) ||
                         owner->kind == DeclKind::Newtype || owner->kind == DeclKind::Datatype ||
                         (owner->kind == DeclKind::OpaqueType && !compile_));
    // An iterator's constructor, MoveNext and Valid are made by Dafny: their specifications
    // and MoveNext's body are the iterator's (CheckIterator).
    if (owner && owner->kind == DeclKind::Iterator &&
        (d->kind == DeclKind::Method || d->kind == DeclKind::Function)) {
      return;
    }
    switch (d->kind) {
      case DeclKind::Iterator:
        CheckIterator(static_cast<const IteratorDecl*>(d));
        return;
      case DeclKind::Module:
        return;
      case DeclKind::Method:
      case DeclKind::Function:
        if (!top) {
          Report(d->name_range, "members of classes, traits, datatypes and modules");
          return;
        }
        if (compile_ &&
            (d->ghost || (d->kind == DeclKind::Method &&
                          static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Lemma))) {
          return;
        }
        if (d->kind == DeclKind::Method) {
          CheckMethod(static_cast<const MethodDecl*>(d));
        } else {
          CheckFunction(static_cast<const FunctionDecl*>(d));
        }
        return;
      case DeclKind::Import:
      case DeclKind::Export:
        return;
      case DeclKind::TypeSynonym:
        return;  // the resolver expands synonyms
      case DeclKind::Class:
      case DeclKind::Trait:
        if (!IsSimpleClass(d)) Report(d->name_range, "classes extending generic traits");
        return;
      case DeclKind::Field:
        if (!IsSimpleClass(owner)) {
          Report(d->name_range, "fields of classes extending generic traits");
          return;
        }
        CheckType(rp_.MemberType(d), d->name_range);
        return;
      case DeclKind::Const: {
        auto* cd = static_cast<const ConstDecl*>(d);
        const Type* t = rp_.MemberType(d);
        if (!top && !ClassConstValue(d) && !ObjectConstOk(d)) {
          Report(d->name_range, "consts of classes and datatypes");
          return;
        }
        CheckType(t, d->name_range);
        if (cd->init) {
          // Its value is its initializer, which must need no check of its own.
          // Its value is its initializer, checked in the const's own task.
          CheckExpr(cd->init);
        }
        return;
      }
      case DeclKind::Datatype: {
        auto* dt = static_cast<const DatatypeDecl*>(d);
        if ((dt->co && compile_) || !dt->extends.empty()) {
          Report(d->name_range, "codatatypes and generic datatypes with members");
          return;
        }
        for (const DatatypeCtor& c : dt->ctors) {
          for (const Var* f : c.formals) {
            const Type* ft = rp_.TypeOf(f);
            // Type parameters of the datatype are instantiated where it is used.
            if (ft && ft->kind == TypeKind::TypeParam && ft->decl == dt) continue;
            if (ft && DatatypeOfType(ft) && HasTypeParamOf(ft, dt)) continue;
            CheckType(ft, f->range);
          }
          // Default values are checked in the datatype's task.
          if (!compile_) {
            for (const Expr* x : c.defaults) {
              if (x) CheckExpr(x);
            }
          }
        }
        return;
      }
      case DeclKind::OpaqueType:
        if (!OpaqueTypeOk(d)) {
          Report(d->name_range,
                 "opaque types with parent traits, or with type parameters or members in compiled "
                 "code");
        }
        return;
      case DeclKind::Newtype:
      case DeclKind::SubsetType: {
        auto* nt = static_cast<const NewtypeDecl*>(d);
        if (!ConstrainedTypeOk(d)) {
          Report(
              d->name_range,
              "newtypes and subset types with type parameters, parent traits or bit-vector bases");
          return;
        }
        if (compile_) return;
        if (nt->constraint) CheckExpr(nt->constraint);
        if (nt->witness) CheckExpr(nt->witness);
        return;
      }
      default:
        Report(d->name_range, fmt::format("{} declarations", DeclKindName(d->kind)));
        return;
    }
  }

  // The backend erases specifications and ghost declarations; they need no support there.
  void CheckSpecs(const std::vector<Spec>& specs) {
    if (compile_) return;
    for (const Spec& s : specs) {
      // (A labelled precondition is assumed in the body as if revealed: what Dafny proves
      // with `reveal L;` holds here all along.)
      CheckExpr(s.expr);
    }
  }

  void CheckMethod(const MethodDecl* m) {
    if (m->is_opaque || m->is_abstract) Report(m->name_range, "opaque or abstract methods");
    // (Two-state lemmas of traits and their overrides too: the override check has a previous
    // state of its own.)
    bool two_state_ok = m->flavor == MethodFlavor::TwoStateLemma;
    // (Extreme lemmas of traits too, with or without a body, and their overrides: the class's
    // is proved through its own prefix lemma, and the override check is a lemma's.)
    bool extreme_ok =
        m->flavor == MethodFlavor::LeastLemma || m->flavor == MethodFlavor::GreatestLemma;
    if (m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Lemma && !two_state_ok &&
        !extreme_ok && !(m->flavor == MethodFlavor::Constructor && IsSimpleClass(rp_.OwnerOf(m)))) {
      Report(m->name_range, "constructors, two-state and extreme lemmas");
    }
    for (const Expr* f : m->modifies) CheckFrame(f);
    for (const Expr* f : m->reads) {
      if (f->kind != ExprKind::Wildcard) CheckFrame(f);
    }
    if (!m->defaults.empty() && (two_state_ok || extreme_ok)) {
      Report(m->name_range, "default parameter values of two-state or extreme lemmas");
    }
    for (const Var* v : m->ins) CheckType(rp_.TypeOf(v), v->range);
    for (const Expr* d : m->defaults) {
      if (d) CheckExpr(d);
    }
    for (const Var* v : m->outs) CheckType(rp_.TypeOf(v), v->range);
    CheckSpecs(m->requires_);
    CheckSpecs(m->ensures);
    for (const Expr* e : m->decreases) CheckExpr(e);
    if (m->body && !InLibrary(m)) CheckStmt(m->body);
  }

  // A declaration of the standard library, taken as verified (library mode): its body is never
  // lowered, only its contract and a function's definition.
  bool InLibrary(const Decl* d) const { return verify::SkipsVerification(ctx_, d); }

  void CheckFunction(const FunctionDecl* f) {
    if (f->is_abstract) Report(f->name_range, "abstract functions");
    if (IsOpaque(f) && verify::IsExtremePredicate(f))
      Report(f->name_range, "opaque extreme predicates");
    bool two_state_ok = verify::Symbols::TwoState(f);
    bool extreme_ok = verify::IsExtremePredicate(f);
    if (f->flavor != FunctionFlavor::Function && f->flavor != FunctionFlavor::Predicate &&
        !two_state_ok && !extreme_ok) {
      Report(f->name_range, "two-state and extreme predicates");
    }
    for (const Expr* r : f->reads) CheckFrame(r);
    if (!f->defaults.empty() && (two_state_ok || extreme_ok)) {
      Report(f->name_range, "default parameter values of two-state or extreme predicates");
    }
    if (f->by_method && !InLibrary(f)) CheckStmt(f->by_method);
    for (const Var* v : f->params) {
      CheckType(rp_.TypeOf(v), v->range);
      if (v->is_older && !verify::OlderAllocExpressible(rp_, rp_.TypeOf(v))) {
        Report(v->range, "'older' parameters of this type");
      }
    }
    for (const Expr* d : f->defaults) {
      if (d) CheckExpr(d);
    }
    CheckType(rp_.ResultType(f), f->name_range);
    CheckSpecs(f->requires_);
    CheckSpecs(f->ensures);
    for (const Expr* e : f->decreases) CheckExpr(e);
    if (f->body) CheckExpr(f->body);
  }

  void CheckAttributes(const std::vector<Attribute>& attrs) {
    for (const Attribute& a : attrs) {
      for (const Expr* x : a.args) CheckExpr(x);
    }
  }

  void CheckExpr(const Expr* e) {
    const Type* t = rp_.TypeOf(e);
    switch (e->kind) {
      case ExprKind::BoolLiteral:
      case ExprKind::IntLiteral:
      case ExprKind::RealLiteral:
      case ExprKind::CharLiteral:
      case ExprKind::StringLiteral:
      case ExprKind::Paren:
      case ExprKind::Unary:
      case ExprKind::IfThenElse:
      case ExprKind::SeqDisplay:
      case ExprKind::SetDisplay:
      case ExprKind::MultisetDisplay:
      case ExprKind::MapDisplay:
      case ExprKind::Cardinality:
        break;
      case ExprKind::Index:
      case ExprKind::Slice:
      case ExprKind::SeqUpdate: {
        const Expr* coll = e->kind == ExprKind::Index   ? static_cast<const IndexExpr*>(e)->seq
                           : e->kind == ExprKind::Slice ? static_cast<const SliceExpr*>(e)->seq
                                                        : static_cast<const SeqUpdateExpr*>(e)->seq;
        const Type* ct = verify::Underlying(rp_, rp_.TypeOf(coll));
        bool ok = ct && (ct->kind == TypeKind::Seq || ct->kind == TypeKind::String ||
                         (ct->kind == TypeKind::Array && e->kind != ExprKind::SeqUpdate &&
                          (e->kind != ExprKind::Index ||
                           static_cast<const IndexExpr*>(e)->indices.size() == ct->width) &&
                          (e->kind != ExprKind::Slice || ct->width == 1)) ||
                         (e->kind != ExprKind::Slice &&
                          (ct->kind == TypeKind::Map || ct->kind == TypeKind::IMap ||
                           ct->kind == TypeKind::Multiset)));
        if (!ok)
          Report(e->tok, fmt::format("{} expressions on {}", ExprKindName(e->kind),
                                     ct ? TypeName(ct) : "?"));
        break;
      }
      case ExprKind::Select: {
        auto* sel = static_cast<const SelectExpr*>(e);
        const Type* ot = verify::Underlying(rp_, rp_.TypeOf(sel->object));
        const Binding& sb = rp_.BindingOf(e);
        if ((ot && ot->kind == TypeKind::Tuple) ||
            (sb.member && sb.member->kind == DeclKind::Field)) {
          CheckExpr(sel->object);
          break;
        }
        if (sb.member && (ObjectConstOk(sb.member) || verify::IsValueConst(rp_, sb.member)) &&
            !rp_.BindingOf(sel->object).is_qualifier) {
          CheckExpr(sel->object);
          break;  // o.c of a const c that needs its object
        }
        if (sb.member && sb.member->kind == DeclKind::Const &&
            (rp_.OwnerOf(sb.member)->kind == DeclKind::Module || ClassConstValue(sb.member))) {
          CheckType(t, e->tok);
          return;  // M.c: the qualifier M is no value
        }
        if (sb.datatype && sb.ctor >= 0) {
          // d.x, d.C?, or D.C for a nullary constructor (M.C, M.D.C: the qualifiers are no
          // values).
          if (sb.destructor >= 0 || sb.ctor_test) {
            CheckExpr(sel->object);
          } else if (rp_.BindingOf(sel->object).is_qualifier) {
            CheckType(t, e->tok);
            return;
          }
          break;
        }
        if (sb.function && !sb.var && rp_.BindingOf(sel->object).is_qualifier &&
            StaticFunctionValueOk(sb.function, sel->object)) {
          CheckType(t, e->tok);
          return;
        }
        bool ok =
            ot &&
            (((ot->kind == TypeKind::Map || ot->kind == TypeKind::IMap) &&
              (sel->member == "Keys" || sel->member == "Values" ||
               (sel->member == "Items" && ot->kind == TypeKind::Map))) ||
             (ot->kind == TypeKind::Real && sel->member == "Floor" && !compile_) ||
             (ot->kind == TypeKind::Ordinal && !compile_ &&
              (sel->member == "Offset" || sel->member == "IsLimit" || sel->member == "IsSucc" ||
               sel->member == "IsNat")) ||
             (ot->kind == TypeKind::Array &&
              (sel->member == "Length" ||
               (ot->width > 1 && sel->member.size() == 7 && sel->member.starts_with("Length") &&
                static_cast<uint32_t>(sel->member[6] - '0') < ot->width))));
        if (!ok) {
          Report(e->tok,
                 "member selections other than a map's Keys and Values and an array's "
                 "Length");
          return;
        }
        break;
      }
      case ExprKind::Name: {
        const Binding& b = rp_.BindingOf(e);
        bool ctor = b.datatype && b.ctor >= 0 && b.destructor < 0 && !b.ctor_test;
        bool constant =
            b.member && b.member->kind == DeclKind::Const &&
            (rp_.OwnerOf(b.member)->kind == DeclKind::Module || ClassConstValue(b.member) ||
             ObjectConstOk(b.member) || verify::IsValueConst(rp_, b.member));
        bool field = (b.member && b.member->kind == DeclKind::Field) ||
                     (b.datatype && (b.destructor >= 0 || b.ctor_test));
        // A function used as a value: a module-level one (generic too: a handle per
        // instantiation) or one of a class without type parameters, reading no heap.
        bool function_value =
            b.function && !b.var && rp_.OwnerOf(b.function) &&
            (rp_.OwnerOf(b.function)->kind == DeclKind::Module ||
             (verify::IsClassLike(rp_.OwnerOf(b.function)) &&
              IsSimpleClass(rp_.OwnerOf(b.function)) &&
              verify::ClassTypeParams(rp_.OwnerOf(b.function)).empty() &&
              b.function->type_params.empty() && rp_.ImplicitTypeParams(b.function) == 0)) &&
            b.function->reads.empty() && !b.function->reads_star;
        if (!b.var && !ctor && !constant && !field && !function_value) {
          if (b.member && verify::IteratorOf(rp_, b.member)) {
            Report(e->tok,
                   "in-parameters of generic iterators whose types depend on the type "
                   "parameters");
          } else {
            Report(e->tok, "names other than local variables here");
          }
        }
        break;
      }
      case ExprKind::Match: {
        auto* m = static_cast<const MatchExpr*>(e);
        CheckExpr(m->scrutinee);
        const Type* st = rp_.TypeOf(m->scrutinee);
        if (st) st = verify::Underlying(rp_, st);
        if (!DatatypeOfType(st) && !(st && st->kind == TypeKind::Tuple) && !Matchable(st)) {
          Report(e->tok, "match on values other than datatypes");
          return;
        }
        for (const MatchCaseExpr& c : m->cases) {
          CheckPattern(c.pattern);
          CheckExpr(c.body);
        }
        CheckType(t, e->tok);
        return;
      }
      case ExprKind::Let: {
        auto* l = static_cast<const LetExpr*>(e);
        bool such_that = l->op == LetOp::SuchThat && l->rhs.size() == 1 &&
                         std::all_of(l->lhs.begin(), l->lhs.end(), [&](const Pattern* p) {
                           return p->kind == PatternKind::Ident && p->var && !rp_.PatternCtor(p);
                         });
        if (l->op != LetOp::Assign && !such_that) {
          Report(e->tok, "let-such-that and :- expressions");
          return;
        }
        for (const Pattern* p : l->lhs) CheckPattern(p);
        break;
      }
      case ExprKind::Binary: {
        auto* bin = static_cast<const BinaryExpr*>(e);
        auto op = bin->op;
        const Type* lt = rp_.TypeOf(bin->lhs);
        bool bv = lt && verify::Underlying(rp_, lt)->kind == TypeKind::BitVector;
        if (!bv && (op == BinaryOp::LeftShift || op == BinaryOp::RightShift ||
                    op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor)) {
          Report(e->tok, fmt::format("the operator {}", BinaryOpSpelling(op)));
        }
        break;
      }
      case ExprKind::Quantifier: {
        auto* q = static_cast<const QuantifierExpr*>(e);
        for (const BoundVar& bv : q->domain.vars) {
          const Type* bt = rp_.TypeOf(bv.var);
          if (bv.collection && !BindingOk(bv.collection)) {
            Report(bv.collection->tok, "'x <- collection' bindings over maps");
          }
          if (!TypeOk(bt)) {
            Report(bv.var->range, fmt::format("quantifiers over {}", bt ? TypeName(bt) : "?"));
          }
        }
        CheckAttributes(q->domain.attributes);
        break;
      }
      case ExprKind::NullLiteral:
      case ExprKind::Tuple:
      case ExprKind::This:
        break;
      case ExprKind::SetComprehension:
      case ExprKind::MapComprehension: {
        const QuantifierDomain& domain = e->kind == ExprKind::SetComprehension
                                             ? static_cast<const SetComprehensionExpr*>(e)->domain
                                             : static_cast<const MapComprehensionExpr*>(e)->domain;

        for (const BoundVar& bv : domain.vars) {
          if (bv.collection && !BindingOk(bv.collection)) {
            Report(bv.collection->tok, "'x <- collection' bindings over maps");
          }
          CheckType(rp_.TypeOf(bv.var), bv.var->range);
        }
        break;
      }
      case ExprKind::StmtInExpr: {
        auto* se = static_cast<const StmtInExprExpr*>(e);
        const Stmt* st = se->stmt;
        bool ok = st->kind == StmtKind::Assert || st->kind == StmtKind::Assume ||
                  st->kind == StmtKind::Expect || st->kind == StmtKind::Reveal ||
                  st->kind == StmtKind::Calc;
        if (st->kind == StmtKind::Call) {
          const MethodDecl* m = rp_.CalleeOf(static_cast<const CallStmt*>(st)->call).method;
          ok = m && m->outs.empty() && m->modifies.empty() && m->flavor == MethodFlavor::Lemma;
        }
        if (!ok) {
          Report(e->tok,
                 "statements in expressions other than assert, assume, calc and lemma calls");
          return;
        }
        CheckStmt(st);
        CheckExpr(se->body);
        CheckType(t, e->tok);
        return;
      }
      case ExprKind::Conversion: {
        const Type* from = rp_.TypeOf(static_cast<const TypeOpExpr*>(e)->operand);
        auto numeric = [this](const Type* x) {
          x = x ? verify::Underlying(rp_, x) : x;
          return x && (x->kind == TypeKind::Int || x->kind == TypeKind::Nat ||
                       x->kind == TypeKind::Real || x->kind == TypeKind::Char ||
                       x->kind == TypeKind::BitVector);
        };
        auto kind = [this](const Type* x) { return verify::Underlying(rp_, x)->kind; };
        bool real_bv = (kind(from) == TypeKind::Real && kind(t) == TypeKind::BitVector) ||
                       (kind(t) == TypeKind::Real && kind(from) == TypeKind::BitVector);
        bool to_ordinal = !compile_ && t && t->kind == TypeKind::Ordinal && from &&
                          IsIntBased(verify::Underlying(rp_, from));
        if (!to_ordinal && (!numeric(from) || !numeric(t) || real_bv)) {
          Report(e->tok, "conversions other than between int, nat, real, char and their newtypes");
          return;
        }
        break;
      }
      case ExprKind::Fresh: {
        auto* ts = static_cast<const TwoStateExpr*>(e);
        const Type* ft = ts->args.size() == 1 ? rp_.TypeOf(ts->args[0]) : nullptr;
        auto is_ref = [](const Type* x) { return verify::Lowerer::IsReference(x); };
        bool ref = ft && (is_ref(ft) || ((ft->kind == TypeKind::Set || ft->kind == TypeKind::Seq) &&
                                         is_ref(ft->args[0])));
        if (!ref) {
          Report(e->tok, "fresh expressions other than of one object");
          return;
        }
        CheckExpr(ts->args[0]);
        return;
      }
      case ExprKind::Unchanged: {
        auto* ts = static_cast<const TwoStateExpr*>(e);
        for (const Expr* f : ts->args) {
          const Expr* object = f;
          if (f->kind == ExprKind::FieldFrame) {
            object = static_cast<const FieldFrameExpr*>(f)->object;
            if (!rp_.BindingOf(f).member) Report(f->tok, "this field frame");
            if (!object) continue;
          }
          if (!ObjectsOrCollection(rp_.TypeOf(object), /*also_iset=*/false)) {
            Report(f->tok, "unchanged expressions of other than objects and collections of them");
            return;
          }
          CheckExpr(object);
        }
        return;
      }
      case ExprKind::Old:
        break;
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        const Binding& b = rp_.CalleeOf(c);
        bool ctor = b.datatype && b.ctor >= 0;
        // A function value applied (f(x)), its precondition or reads asked (f.requires(x),
        // f.reads(x)).
        const Expr* fv = c->callee;
        if (fv->kind == ExprKind::Select &&
            (static_cast<const SelectExpr*>(fv)->member == "requires" ||
             static_cast<const SelectExpr*>(fv)->member == "reads")) {
          fv = static_cast<const SelectExpr*>(fv)->object;
        }
        bool arrow = !b.function && !b.method && !ctor && rp_.TypeOf(fv) &&
                     rp_.TypeOf(fv)->kind == TypeKind::Arrow;
        if (arrow) {
          CheckExpr(fv);
          for (const Expr* a : c->args) CheckExpr(a);
          CheckType(t, e->tok);
          return;
        }
        bool ok = (IsModuleMemberName(c->callee) && b.function) || ctor;
        // P#[k](args): the prefix predicate of an extreme predicate (not in compiled code).
        if (c->callee->kind == ExprKind::PrefixName && !compile_) {
          auto* pn = static_cast<const PrefixNameExpr*>(c->callee);
          ok = IsModuleMemberName(pn->name) && verify::IsExtremePredicate(b.function);
          if (ok) CheckExpr(pn->depth);
        }
        if (ctor) CheckType(t, e->tok);
        if (ctor) {
          // A constructor's arguments, by position or by name, none left to a default value.
          for (const Expr* a : verify::CtorArgs(c, b.datatype->ctors[b.ctor])) {
            if (!a) {
              Report(e->tok, "default parameter values");
              return;
            }
            CheckExpr(a);
          }
          return;
        }
        if (!ok) Report(e->tok, "calls other than of functions by name");
        for (const Expr* a : c->args) CheckExpr(verify::ArgValueExpr(a));
        return;  // the callee is a name bound to a function, not a variable
      }
      case ExprKind::DatatypeUpdate:
        break;  // d.(f := v): its type and parts are checked below
      case ExprKind::SeqConstruction:
        break;  // seq(n, f): its parts and type are checked below
      case ExprKind::Lambda: {
        auto* l = static_cast<const LambdaExpr*>(e);
        // A reads clause of objects and finite collections of them: a value's reads set
        // (f.reads(x)) is a set<object?>.
        for (const Expr* r : l->reads) {
          const Expr* object =
              r->kind == ExprKind::FieldFrame ? static_cast<const FieldFrameExpr*>(r)->object : r;
          const Type* ot = object ? rp_.TypeOf(object) : nullptr;
          if (r->kind == ExprKind::Wildcard || (ot && ot->kind == TypeKind::ISet)) {
            Report(r->tok, "lambda expressions that read * or an iset");
            return;
          }
          CheckFrame(r);
        }
        for (const Var* p : l->params) CheckType(rp_.TypeOf(p), p->range);
        for (const Expr* r : l->requires_) CheckExpr(r);
        CheckExpr(l->body);
        CheckType(t, e->tok);
        return;
      }
      case ExprKind::PrefixEquality:
        if (compile_) {
          Report(e->tok, "PrefixEquality expressions");
          return;
        }
        break;
      case ExprKind::DecreasesTo:
        break;  // ghost only (the resolver rejects it in compiled code); its parts below
      default:
        Report(e->tok, fmt::format("{} expressions", ExprKindName(e->kind)));
        return;
    }
    if (e->kind != ExprKind::Quantifier) CheckType(t, e->tok);
    ForEachSubExpr(e, [&](const Expr* s) { CheckExpr(s); });
  }

  // `x <- c` over a sequence, set or multiset (whose expression is checked with the
  // quantifier's or comprehension's subexpressions).
  bool BindingOk(const Expr* c) {
    const Type* t = verify::Underlying(rp_, rp_.TypeOf(c));
    return t &&
           (t->kind == TypeKind::Seq || t->kind == TypeKind::String || t->kind == TypeKind::Set ||
            t->kind == TypeKind::ISet || t->kind == TypeKind::Multiset ||
            t->kind == TypeKind::Map || t->kind == TypeKind::IMap);
  }

  // A name of a module-level member: F, or M.F through module qualifiers.
  // A class without type parameters and traits, whose members dfyc verifies.
  bool IsSimpleClass(const Decl* d) const {
    if (d && d->kind == DeclKind::Datatype) {
      auto* dt = static_cast<const DatatypeDecl*>(d);
      return !dt->co;
    }
    if (!verify::IsClassLike(d)) return false;
    // Generic classes too: each instantiation's fields are parts of the heap of their own.
    // Traits, and classes extending traits (not yet generic ones).
    for (const Type* p : rp_.ParentsOf(d)) {
      if (!IsSimpleClass(p->decl)) return false;
    }
    return true;
  }

  // C.F or C<int>.F, a static function of a class used as a value: one reading nothing,
  // without type parameters of its own, named with every type argument of a generic class
  // (the handle is of that instantiation).
  bool StaticFunctionValueOk(const FunctionDecl* f, const Expr* qualifier) const {
    const Decl* owner = rp_.OwnerOf(f);
    if (!f->is_static || !owner || !verify::IsClassLike(owner) || !IsSimpleClass(owner) ||
        !f->type_params.empty() || rp_.ImplicitTypeParams(f) != 0 || !f->reads.empty() ||
        f->reads_star) {
      return false;
    }
    size_t params = verify::ClassTypeParams(owner).size();
    if (params == 0) return true;
    const Binding& qb = rp_.BindingOf(qualifier);
    const std::string* name =
        qualifier->kind == ExprKind::Name     ? &static_cast<const NameExpr*>(qualifier)->name
        : qualifier->kind == ExprKind::Select ? &static_cast<const SelectExpr*>(qualifier)->member
                                              : nullptr;
    return name && *name == owner->name && qb.type_args.size() == params &&
           std::none_of(qb.type_args.begin(), qb.type_args.end(), [](const Type* a) {
             return !a || a->kind == TypeKind::Proxy || a->kind == TypeKind::Error;
           });
  }

  bool IsModuleMemberName(const Expr* callee) {
    const Binding& b = rp_.BindingOf(callee);
    const Decl* d = b.member     ? b.member
                    : b.function ? static_cast<const Decl*>(b.function)
                                 : static_cast<const Decl*>(b.method);
    if (!d) return false;
    const Decl* owner = rp_.OwnerOf(d);
    if (IsSimpleClass(owner) ||
        (owner && (owner->kind == DeclKind::Newtype || owner->kind == DeclKind::OpaqueType ||
                   owner->kind == DeclKind::Datatype))) {
      // o.M(...), or M(...) on `this` (or a static member of the enclosing class).
      if (callee->kind == ExprKind::Select) {
        const Expr* object = static_cast<const SelectExpr*>(callee)->object;
        // C.StaticMember(...) names the class; o.Member(...) evaluates o.
        if (!rp_.BindingOf(object).is_qualifier) CheckExpr(object);
      }
      return true;
    }
    if (!owner || owner->kind != DeclKind::Module) return false;
    if (callee->kind == ExprKind::Name) return true;
    if (callee->kind != ExprKind::Select) return false;
    const Expr* q = static_cast<const SelectExpr*>(callee)->object;
    while (q->kind == ExprKind::Select && rp_.BindingOf(q).is_qualifier) {
      q = static_cast<const SelectExpr*>(q)->object;
    }
    return rp_.BindingOf(q).is_qualifier;
  }

  static const DatatypeDecl* DatatypeOfType(const Type* t) {
    return t && t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype
               ? static_cast<const DatatypeDecl*>(t->decl)
               : nullptr;
  }

  static bool HasTypeParamOf(const Type* t, const Decl* owner) {
    if (t->kind == TypeKind::TypeParam) return t->decl == owner;
    for (const Type* a : t->args) {
      if (HasTypeParamOf(a, owner)) return true;
    }
    return false;
  }

  void CheckPattern(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::Ident:
      case PatternKind::Ctor:
      case PatternKind::Disjunction:
        for (const Pattern* a : p->args) CheckPattern(a);
        if (p->var && !rp_.PatternCtor(p)) CheckType(rp_.TypeOf(p->var), p->range);
        return;
      case PatternKind::Literal:
        CheckExpr(p->literal);
        return;
      case PatternKind::Tuple:
        for (const Pattern* a : p->args) CheckPattern(a);
        return;
    }
  }

  void CheckLhs(const Expr* l) {
    if (l->kind == ExprKind::Index) {
      auto* ix = static_cast<const IndexExpr*>(l);
      const Type* t = rp_.TypeOf(ix->seq);
      if (!t || t->kind != TypeKind::Array || ix->indices.size() != t->width) {
        Report(l->tok, "assignments to elements other than of arrays");
        return;
      }
      CheckExpr(ix->seq);
      for (const Expr* i : ix->indices) CheckExpr(i);
      return;
    }
    if (const Decl* m = rp_.BindingOf(l).member;
        m && (m->kind == DeclKind::Field || (m->kind == DeclKind::Const && ObjectConstOk(m)))) {
      if (l->kind == ExprKind::Select) CheckExpr(static_cast<const SelectExpr*>(l)->object);
      return;
    }
    if (l->kind != ExprKind::Name || !rp_.BindingOf(l).var) {
      Report(l->tok, "assignments to anything but local variables");
      return;
    }
    CheckExpr(l);
  }

  void CheckRhs(const std::vector<Expr*>& rhs) {
    if (rhs.size() == 1 && rhs[0]->kind == ExprKind::Call &&
        rp_.CalleeOf(static_cast<const CallExpr*>(rhs[0])).method) {
      CheckMethodCall(static_cast<const CallExpr*>(rhs[0]));
      return;
    }
    for (const Expr* r : rhs) {
      if (r->kind == ExprKind::New) {
        CheckNew(static_cast<const NewRhsExpr*>(r));
        continue;
      }
      if (r->kind == ExprKind::Wildcard) continue;  // x := *: a value of the target's type
      CheckExpr(r);
    }
  }

  void CheckNew(const NewRhsExpr* n) {
    const Type* t = rp_.TypeOf(n);
    if (!n->is_array) {
      if (!IsSimpleClass(t->decl)) {
        Report(n->tok, "'new' of classes extending generic traits");
        return;
      }
      for (const Expr* a : n->args) CheckExpr(verify::ArgValueExpr(a));
      return;
    }
    if (!n->is_array || !TypeOk(t) || (n->dims.size() > 1 && !n->elements.empty()) ||
        (n->init && n->init->kind != ExprKind::Lambda)) {
      Report(n->tok, "'new' other than of arrays with lambda initializers");
      return;
    }
    for (const Expr* d : n->dims) CheckExpr(d);
    for (const Expr* x : n->elements) CheckExpr(x);
    if (n->init) {
      auto* l = static_cast<const LambdaExpr*>(n->init);
      if (l->params.size() != std::max<size_t>(1, n->dims.size())) {
        Report(n->init->tok, "array initializers of other forms");
        return;
      }
      for (const Expr* r : l->reads) CheckFrame(r);
      for (const Expr* r : l->requires_) CheckExpr(r);
      CheckExpr(l->body);
    }
  }

  void CheckMethodCall(const CallExpr* c) {
    const MethodDecl* m = rp_.CalleeOf(c).method;
    const Expr* callee = c->callee;
    // L#[k](args): the prefix lemma of an extreme lemma.
    if (callee->kind == ExprKind::PrefixName && !compile_ && m &&
        (m->flavor == MethodFlavor::LeastLemma || m->flavor == MethodFlavor::GreatestLemma)) {
      CheckExpr(static_cast<const PrefixNameExpr*>(callee)->depth);
      callee = static_cast<const PrefixNameExpr*>(callee)->name;
    }
    if (!IsModuleMemberName(callee) || !m) {
      Report(c->tok, "calls other than of methods by name");
    }
    for (const Expr* a : c->args) CheckExpr(verify::ArgValueExpr(a));
  }

  void CheckStmt(const Stmt* s) {
    CheckAttributes(s->attributes);
    switch (s->kind) {
      case StmtKind::Block:
        for (const Stmt* x : static_cast<const BlockStmt*>(s)->stmts) CheckStmt(x);
        return;
      case StmtKind::VarDecl: {
        auto* vd = static_cast<const VarDeclStmt*>(s);
        for (const Var* v : vd->vars) CheckType(rp_.TypeOf(v), v->range);
        CheckRhs(vd->rhs);
        return;
      }
      case StmtKind::Assign: {
        auto* as = static_cast<const AssignStmt*>(s);
        for (const Expr* l : as->lhs) CheckLhs(l);
        size_t elements = 0;
        for (const Expr* l : as->lhs) elements += l->kind == ExprKind::Index;
        bool call = as->rhs.size() == 1 && as->rhs[0]->kind == ExprKind::Call &&
                    rp_.CalleeOf(static_cast<const CallExpr*>(as->rhs[0])).method;
        if (elements > 0 && call) {
          Report(s->range, "simultaneous assignments to array elements");
        }
        CheckRhs(as->rhs);
        return;
      }
      case StmtKind::Call: {
        auto* cs = static_cast<const CallStmt*>(s);
        if (!rp_.CalleeOf(cs->call).method) {
          Report(cs->call->tok, "calls other than of methods by name");
          return;
        }
        CheckMethodCall(cs->call);
        return;
      }
      case StmtKind::If:
      case StmtKind::BindingIf: {  // if c { } and if x :| p { }
        auto* is = static_cast<const IfStmt*>(s);
        for (const Var* v : is->bound_vars) CheckType(rp_.TypeOf(v), v->range);
        if (is->cond) CheckExpr(is->cond);
        CheckStmt(is->then_branch);
        if (is->else_branch) CheckStmt(is->else_branch);
        return;
      }
      case StmtKind::While: {
        auto* ws = static_cast<const WhileStmt*>(s);
        if (ws->cond) CheckExpr(ws->cond);
        CheckSpecs(ws->invariants);
        for (const Expr* d : ws->decreases) CheckExpr(d);
        for (const Expr* f : ws->modifies) CheckFrame(f);
        if (!ws->body) {
          if (compile_) Report(s->range, "body-less loops");
          return;
        }
        CheckStmt(ws->body);
        return;
      }
      case StmtKind::For: {
        auto* fs = static_cast<const ForStmt*>(s);
        CheckExpr(fs->lo);
        if (fs->hi->kind == ExprKind::Wildcard) {
          Report(fs->hi->tok, "for loops without an upper bound");
          return;
        }
        CheckExpr(fs->hi);
        if (!TypeOk(rp_.TypeOf(fs->var)) || !IsIntBased(rp_.TypeOf(fs->var))) {
          Report(fs->var->range, "for loops over types other than int");
        }
        CheckSpecs(fs->specs.invariants);
        for (const Expr* d : fs->specs.decreases) CheckExpr(d);
        for (const Expr* f : fs->specs.modifies) CheckFrame(f);
        if (!fs->body) {
          if (compile_) Report(s->range, "body-less loops");
          return;
        }
        CheckStmt(fs->body);
        return;
      }
      case StmtKind::Label: {
        auto* l = static_cast<const LabelStmt*>(s);
        if (l->body) CheckStmt(l->body);
        return;
      }
      case StmtKind::Break:
      case StmtKind::Continue:
        return;  // (the resolver has checked that the target encloses the jump)
      case StmtKind::Return:
        CheckRhs(static_cast<const ReturnStmt*>(s)->values);
        return;
      case StmtKind::AlternativeIf:
      case StmtKind::AlternativeWhile: {
        // if case g => S, with binding guards `case x :| p => S` (Dafny allows them in if
        // statements only); while case g => S with its loop specification.
        const std::vector<GuardedAlternative>* cases;
        if (s->kind == StmtKind::AlternativeIf) {
          cases = &static_cast<const AlternativeIfStmt*>(s)->cases;
        } else {
          auto* aw = static_cast<const AlternativeWhileStmt*>(s);
          CheckSpecs(aw->specs.invariants);
          for (const Expr* d : aw->specs.decreases) CheckExpr(d);
          for (const Expr* f : aw->specs.modifies) CheckFrame(f);
          cases = &aw->cases;
        }
        for (const GuardedAlternative& alt : *cases) {
          for (const Var* v : alt.bound_vars) CheckType(rp_.TypeOf(v), v->range);
          CheckExpr(alt.guard);
          for (const Stmt* x : alt.body) CheckStmt(x);
        }
        return;
      }
      case StmtKind::Reveal: {
        // Labels and functions that are not opaque (opaque ones are reported where declared).
        for (const Expr* t : static_cast<const RevealStmt*>(s)->targets) (void)t;
        return;
      }
      case StmtKind::Calc: {
        auto* c = static_cast<const CalcStmt*>(s);
        auto ok_op = [](const CalcOp& o) {
          return o.op == BinaryOp::Eq || o.op == BinaryOp::Lt || o.op == BinaryOp::Le ||
                 o.op == BinaryOp::Gt || o.op == BinaryOp::Ge || o.op == BinaryOp::Iff ||
                 o.op == BinaryOp::Implies || o.op == BinaryOp::Explies;
        };
        // Steps ==#[k] go with == steps only; ORDINAL limits in one step only (the conclusion
        // takes the least limit of an integer's).
        size_t depths = 0, ordinal_depths = 0, others = 0;
        auto count = [&](const CalcOp& o) {
          if (o.depth) {
            ++depths;
            const Type* t = rp_.TypeOf(o.depth);
            if (!t || (t->kind != TypeKind::Int && t->kind != TypeKind::Nat)) ++ordinal_depths;
            CheckExpr(o.depth);
          } else if (o.op != BinaryOp::Eq) {
            ++others;
          }
        };
        if (c->has_op) count(c->op);
        if (c->has_op && !ok_op(c->op)) Report(s->range, "this calculation operator");
        for (const CalcStep& step : c->steps) {
          if (step.has_op) count(step.op);
          if (step.has_op && !ok_op(step.op)) Report(step.op.range, "this calculation operator");
        }
        if (depths > 0 && (others > 0 || (ordinal_depths > 0 && c->steps.size() > 2))) {
          Report(s->range, "this calculation operator");
        }
        for (const CalcStep& step : c->steps) {
          for (const Stmt* h : step.hints) CheckStmt(h);
          if (step.line) CheckExpr(step.line);
        }
        return;
      }
      case StmtKind::Forall: {
        auto* f = static_cast<const ForallStmt*>(s);
        for (const BoundVar& bv : f->domain.vars) {
          if (bv.collection && !BindingOk(bv.collection)) {
            Report(bv.collection->tok, "'x <- collection' bindings over maps");
          }
          if (bv.collection) CheckExpr(bv.collection);
          CheckType(rp_.TypeOf(bv.var), bv.var->range);
          if (bv.range) CheckExpr(bv.range);
        }
        CheckAttributes(f->domain.attributes);
        for (const Spec& e : f->ensures) CheckExpr(e.expr);
        if (f->body) {
          // Assignments to the body's own locals are proof code; others would change state.
          std::set<const Var*> locals;
          std::function<void(const Stmt*)> declared = [&](const Stmt* x) {
            if (x->kind == StmtKind::VarDecl || x->kind == StmtKind::VarDeclUpdate) {
              for (const Var* v : static_cast<const VarDeclStmt*>(x)->vars) locals.insert(v);
            }
            ForEachChild(
                x, [](const Expr*) {}, declared);
          };
          declared(f->body);
          auto local = [&](const Expr* l) {
            return l->kind == ExprKind::Name && locals.count(rp_.BindingOf(l).var) > 0;
          };
          bool assigns = false;
          std::function<void(const Stmt*)> find = [&](const Stmt* x) {
            if (x->kind == StmtKind::Assign) {
              for (const Expr* l : static_cast<const AssignStmt*>(x)->lhs) {
                assigns = assigns || !local(l);
              }
            }
            if (x->kind == StmtKind::AssignSuchThat) {
              for (const Expr* l : static_cast<const AssignSuchThatStmt*>(x)->lhs) {
                assigns = assigns || !local(l);
              }
            }
            ForEachChild(
                x, [](const Expr*) {}, find);
          };
          find(f->body);
          const AssignStmt* a = verify::ForallArrayUpdate(rp_, f);
          if (!a) a = verify::ForallAssign(rp_, f);
          if (a) {
            CheckLhs(a->lhs[0]);
            CheckExpr(a->rhs[0]);
            return;
          }
          if (assigns) {
            Report(s->range, "assignments in forall statements");
            return;
          }
          CheckStmt(f->body);
        }
        return;
      }
      case StmtKind::AssignSuchThat:
      case StmtKind::VarDeclUpdate: {
        const AssignSuchThatStmt* st = nullptr;
        if (s->kind == StmtKind::VarDeclUpdate) {
          auto* vd = static_cast<const VarDeclStmt*>(s);
          if (vd->update && vd->update->kind == StmtKind::AssignSuchThat) {
            st = static_cast<const AssignSuchThatStmt*>(vd->update);
          }
          for (const Var* v : vd->vars) CheckType(rp_.TypeOf(v), v->range);
        } else {
          st = static_cast<const AssignSuchThatStmt*>(s);
          for (const Expr* l : st->lhs) {
            if (l->kind != ExprKind::Name || !rp_.BindingOf(l).var) {
              Report(l->tok, "such-that assignments to anything but local variables");
            }
          }
        }
        if (!st && s->kind == StmtKind::VarDeclUpdate &&
            static_cast<const VarDeclStmt*>(s)->pattern) {
          auto* vd = static_cast<const VarDeclStmt*>(s);
          CheckPattern(vd->pattern);
          for (const Expr* r : vd->rhs) CheckExpr(r);
          return;
        }
        if (!st) {
          Report(s->range, "variable declarations with :-");
          return;
        }
        CheckExpr(st->expr);
        return;
      }
      case StmtKind::Match: {
        auto* m = static_cast<const MatchStmt*>(s);
        CheckExpr(m->scrutinee);
        const Type* st = rp_.TypeOf(m->scrutinee);
        if (st) st = verify::Underlying(rp_, st);
        if (!DatatypeOfType(st) && !(st && st->kind == TypeKind::Tuple) && !Matchable(st)) {
          Report(s->range, "match on values other than datatypes");
          return;
        }
        for (const MatchCaseStmt& c : m->cases) {
          CheckPattern(c.pattern);
          for (const Stmt* x : c.body) CheckStmt(x);
        }
        return;
      }
      case StmtKind::Assert:
      case StmtKind::Assume:
      case StmtKind::Expect: {
        auto* ps = static_cast<const PredicateStmt*>(s);
        if (compile_ && s->kind != StmtKind::Expect) return;
        CheckExpr(ps->expr);
        if (ps->message) CheckExpr(ps->message);
        if (ps->proof) CheckStmt(ps->proof);
        return;
      }
      case StmtKind::Print:
        for (const Expr* a : static_cast<const PrintStmt*>(s)->args) CheckExpr(a);
        return;
      case StmtKind::Yield:  // (in an iterator's body: the resolver allows it nowhere else)
        for (const Expr* v : static_cast<const YieldStmt*>(s)->values) CheckExpr(v);
        return;
      case StmtKind::Modify: {
        auto* ms = static_cast<const ModifyStmt*>(s);
        for (const Expr* f : ms->frames) CheckFrame(f);
        if (ms->body) CheckStmt(ms->body);
        return;
      }
      default:
        Report(s->range, fmt::format("{} statements", StmtKindName(s->kind)));
        return;
    }
  }

  const ResolvedProgram& rp_;
  Context& ctx_;
  const char* verb_ = "verify";
  bool compile_ = false;
  size_t count_ = 0;
  size_t decl_index_ = 0;
  std::set<std::string> reported_;
};

}  // namespace

size_t CheckVerifySubset(const ResolvedProgram& rp, Context& ctx) {
  return SubsetChecker(rp, ctx).Run();
}

}  // namespace dfy
