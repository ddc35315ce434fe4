// Translation of expressions to Z3 terms, their well-formedness checks, and the background
// axioms of functions.
#include <fmt/format.h>

#include <functional>
#include <stdexcept>
#include <utility>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

namespace {

// The name a qualifier spells (`C` of `C<int>.F`, `E` of `M.E.F`).
const std::string& QualifierName(const Expr* q) {
  static const std::string none;
  if (q->kind == ExprKind::Name) return static_cast<const NameExpr*>(q)->name;
  if (q->kind == ExprKind::Select) return static_cast<const SelectExpr*>(q)->member;
  return none;
}

// The name a callee spells: that of o.P in o.P#[k] (a prefix predicate's or lemma's call).
const Expr* CalleeName(const Expr* callee) {
  return callee->kind == ExprKind::PrefixName ? static_cast<const PrefixNameExpr*>(callee)->name
                                              : callee;
}

// Decimal digits of an integer literal (hex converted), for Z3.
std::string DecimalOf(const std::string& text) {
  if (!text.starts_with("0x") && !text.starts_with("0X")) return text;
  std::string dec = "0";
  for (char h : text.substr(2)) {
    int digit = h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;
    // dec = dec * 16 + digit, in decimal text.
    int carry = digit;
    for (auto it = dec.rbegin(); it != dec.rend(); ++it) {
      int v = (*it - '0') * 16 + carry;
      *it = static_cast<char>('0' + v % 10);
      carry = v / 10;
    }
    while (carry) {
      dec.insert(dec.begin(), static_cast<char>('0' + carry % 10));
      carry /= 10;
    }
  }
  return dec;
}

// A real literal as a Z3 rational: mantissa and a power of ten.
z3::expr RealLiteral(z3::context& c, const std::string& text) {
  std::string mantissa = text;
  long exponent = 0;
  size_t e = text.find_first_of("eE");
  if (e != std::string::npos) {
    mantissa = text.substr(0, e);
    exponent = std::stol(text.substr(e + 1));
  }
  size_t dot = mantissa.find('.');
  if (dot != std::string::npos) {
    exponent -= static_cast<long>(mantissa.size() - dot - 1);
    mantissa.erase(dot, 1);
  }
  std::string num = mantissa;
  std::string den = "1";
  if (exponent > 0) num += std::string(exponent, '0');
  if (exponent < 0) den += std::string(-exponent, '0');
  return c.real_val((num + "/" + den).c_str());
}

}  // namespace

std::vector<Conjunct> Conjuncts(const Expr* e) {
  std::vector<Conjunct> parts;
  std::vector<const Expr*> antecedents;
  std::function<void(const Expr*)> split = [&](const Expr* x) {
    if (x->kind == ExprKind::Paren) return split(static_cast<const ParenExpr*>(x)->inner);
    if (x->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(x);
      if (b->op == BinaryOp::And) {
        split(b->lhs);
        split(b->rhs);
        return;
      }
      // A ==> B: the parts of B, each under A.
      if (b->op == BinaryOp::Implies) {
        antecedents.push_back(b->lhs);
        split(b->rhs);
        antecedents.pop_back();
        return;
      }
    }
    parts.push_back(Conjunct{x, antecedents});
  };
  split(e);
  return parts;
}

z3::expr Lowerer::Tr(const Conjunct& part, const Env& env, const z3::expr& layer) {
  z3::expr r = Tr(part.expr, env, layer);
  for (auto it = part.antecedents.rbegin(); it != part.antecedents.rend(); ++it) {
    r = z3::implies(Tr(*it, env, layer), r);
  }
  return r;
}

void Lowerer::AssumeClause(const Expr* e, const Env& env) {
  AssumeCanCallFacts(e, env);
  // Without function calls the layer makes no difference: the clause is assumed whole, as
  // written (splitting it only reorders Z3's search).
  if (!MentionsFunctionCall(e)) {
    Assume(Tr(e, env, sym_.BaseLayer()));
    return;
  }
  for (const Conjunct& part : Conjuncts(e)) {
    bool quantifier = part.expr->kind == ExprKind::Quantifier;
    Assume(Tr(part, env, quantifier ? sym_.BaseLayer() : sym_.ls(sym_.BaseLayer())));
  }
}

Symbols::Symbols(z3::context& ctx, const ResolvedProgram& program)
    : c(ctx),
      rp(program),
      layer(ctx.uninterpreted_sort("LayerType")),
      lz(ctx.function("$LZ", 0, nullptr, layer)),
      ls(ctx.function("$LS", layer, layer)),
      coll(ctx),
      ref_sort(ctx.uninterpreted_sort("Ref")),
      null_ref(ctx.constant("null", ref_sort)),
      array_length(ctx.function("_System.array.Length", ref_sort, ctx.int_sort())),
      dtype(ctx.function("dtype", ref_sort, ctx.int_sort())) {}

z3::expr Symbols::ClassTag(const Decl* cls) {
  if (class_tags_.empty()) {
    for (const Decl* d : rp.decls()) {
      if (d->kind == DeclKind::Class || d->kind == DeclKind::Iterator)
        class_tags_.emplace(d, static_cast<int>(class_tags_.size()));
    }
  }
  return c.int_val(class_tags_.at(cls));
}

z3::sort Symbols::SortOf(const Type* t) {
  t = Apply(t);
  switch (t->kind) {
    case TypeKind::TypeParam:
      // A type parameter not instantiated here: values of some unknown sort.
      return c.uninterpreted_sort((QualifiedName(t->decl) + "$" + t->name).c_str());
    case TypeKind::Bool:
      return c.bool_sort();
    case TypeKind::Real:
      return c.real_sort();
    case TypeKind::String:
    case TypeKind::Seq:
      return SeqOf(t).sort;
    case TypeKind::Set:
    case TypeKind::ISet:
      return SetOf(t).sort;
    case TypeKind::Multiset:
      return MultisetOf(t).sort;
    case TypeKind::Map:
    case TypeKind::IMap:
      return MapOf(t).sort;
    case TypeKind::Array:
    case TypeKind::Object:
      return ref_sort;
    case TypeKind::BitVector:
      return c.bv_sort(t->width);
    case TypeKind::Ordinal:
      return Ordinals().sort;
    case TypeKind::Tuple:
      return Tuple(t).sort;
    case TypeKind::Arrow:
      return Arrow(t).sort;
    case TypeKind::UserDefined:
      if (t->decl->kind == DeclKind::Datatype) return Datatype(t).sort;
      if (IsClassLike(t->decl)) return ref_sort;
      if (IsConstrainedType(t) && rp.MemberType(t->decl)) return SortOf(rp.MemberType(t->decl));
      // An opaque type (`type T`): values of some unknown sort.
      // A generic one (`type T<X>`) has a sort per instantiation, as a generic datatype has.
      if (t->decl->kind == DeclKind::OpaqueType) {
        std::string name = QualifiedName(t->decl) + "$opaque";
        if (!t->args.empty()) name = TypeKey(Erase(t)) + "$opaque";
        return c.uninterpreted_sort(name.c_str());
      }
      throw std::logic_error("verifier: no sort for type " + TypeName(t));
    default:
      return c.int_sort();  // int, nat, char (as its code point)
  }
}

// Dafny's name for a member: its modules and type, as in _module.__default.F or M.__default.F.
std::string Symbols::QualifiedName(const Decl* d) const {
  std::string path;
  const Decl* owner = rp.OwnerOf(d);
  std::string type = "__default";
  if (owner && owner->kind != DeclKind::Module) {
    type = owner->name;
    owner = rp.OwnerOf(owner);
  }
  for (; owner && owner != rp.program.default_module; owner = rp.OwnerOf(owner)) {
    path = owner->name + (path.empty() ? "" : ".") + path;
  }
  return "_module." + (path.empty() ? "" : path + ".") + type + "." + d->name;
}

std::vector<const Type*> Symbols::TypeParamsOf(const Decl* d) const {
  const std::vector<TypeParam>* declared = nullptr;
  if (d->kind == DeclKind::Function) declared = &static_cast<const FunctionDecl*>(d)->type_params;
  if (d->kind == DeclKind::Method) declared = &static_cast<const MethodDecl*>(d)->type_params;
  // A member of a generic class or datatype: the owner's type parameters first.
  std::vector<const Type*> out;
  if (const Decl* owner = rp.OwnerOf(d); owner &&
                                         (IsClassLike(owner) || owner->kind == DeclKind::Datatype ||
                                          owner->kind == DeclKind::OpaqueType) &&
                                         !IsClassLike(d) && d->kind != DeclKind::Datatype) {
    out = SelfType(owner)->args;
  }
  for (size_t i = 0; declared && i < declared->size(); ++i) {
    out.push_back(
        rp.types.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*declared)[i].name, d));
  }
  for (uint32_t i = 0; i < rp.ImplicitTypeParams(d); ++i) {
    out.push_back(rp.types.Get(TypeKind::TypeParam, {}, ResolvedProgram::kImplicitTypeParamBase + i,
                               fmt::format("_T{}", i), d));
  }
  return out;
}

const Type* Symbols::Apply(const Type* t) const {
  if (subst.empty() || !t) return t;
  if (t->kind == TypeKind::TypeParam) {
    auto it = subst.find(t);
    return it == subst.end() ? t : it->second;
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = Apply(a);
  return rp.types.Get(copy);
}

Symbols::SubstScope::SubstScope(Symbols& sym, const Decl* d, const Instance& inst)
    : sym_(sym), saved_(sym.subst), saved_decl_(sym.scope_decl) {
  sym.scope_decl = d;
  std::vector<const Type*> params = sym.TypeParamsOf(d);
  for (size_t i = 0; i < params.size() && i < inst.size(); ++i) sym.subst[params[i]] = inst[i];
}

std::string Symbols::TypeKey(const Type* t) const {
  if (t->kind == TypeKind::TypeParam) return QualifiedName(t->decl) + "$" + t->name;
  // User-defined types by their declaration's qualified name: two modules may each declare a
  // type of the same name.
  std::string name = t->kind == TypeKind::UserDefined && t->decl
                         ? QualifiedName(t->decl)
                         : (t->args.empty() ? TypeName(t) : t->name);
  if (t->args.empty()) return name;
  std::string key = fmt::format("{}:{}<", static_cast<int>(t->kind), name);
  for (size_t i = 0; i < t->args.size(); ++i) {
    if (i) key += ',';
    key += TypeKey(t->args[i]);
  }
  return key + ">";
}

std::string Symbols::InstanceKey(const FunctionDecl* f, const Instance& inst) const {
  std::string key = QualifiedName(f);
  if (inst.empty()) return key;
  key += "<";
  for (size_t i = 0; i < inst.size(); ++i) {
    if (i) key += ',';
    key += TypeKey(inst[i]);
  }
  return key + ">";
}

z3::func_decl Symbols::Function(const FunctionDecl* f, const Instance& inst) {
  std::string key = InstanceKey(f, inst);
  auto it = functions_.find(key);
  if (it != functions_.end()) return it->second;
  SubstScope scope(*this, f, inst);
  z3::sort_vector domain(c);
  domain.push_back(layer);
  if (TwoState(f)) {
    for (const HeapPart& part : HeapParts()) domain.push_back(part.sort);
  }
  if (ReadsHeap(f)) {
    for (const HeapPart& part : HeapParts()) domain.push_back(part.sort);
  }
  if (HasReceiver(f)) domain.push_back(ReceiverSort(f));
  for (const Var* p : f->params) domain.push_back(SortOf(rp.TypeOf(p)));
  z3::func_decl decl = c.function(key.c_str(), domain, SortOf(rp.ResultType(f)));
  functions_.emplace(key, decl);
  if (!inst.empty()) requested.push_back({f, inst});
  return decl;
}

z3::expr Symbols::Lit(const z3::expr& e) {
  if (IsLit(e)) return e;
  std::string key = e.get_sort().to_string();
  auto it = lit_.find(key);
  if (it == lit_.end()) {
    it = lit_.emplace(key, c.function(("Lit_" + key).c_str(), e.get_sort(), e.get_sort())).first;
  }
  z3::expr lit = it->second(e);
  // A literal numeral's value is stated outright, so arithmetic never waits for the identity
  // axiom to be instantiated (nonlinear goals give up before it is).
  if (e.is_numeral() && ground_lit_ids_.insert(lit.id()).second) ground_lits_.push_back(lit == e);
  return lit;
}

bool Symbols::IsLit(const z3::expr& e) const {
  if (!e.is_app() || e.num_args() != 1) return false;
  std::string name = e.decl().name().str();
  return name.starts_with("Lit_");
}

std::vector<z3::expr> Symbols::LitAxioms() {
  std::vector<z3::expr> axioms;
  for (auto& [key, f] : lit_) {
    z3::expr x = c.constant("x", f.domain(0));
    axioms.push_back(Forall(c, {x}, f(x) == x, {f(x)}));
  }
  axioms.insert(axioms.end(), ground_lits_.begin(), ground_lits_.end());
  return axioms;
}

// 2^width, as an integer.
z3::expr Symbols::BitVectorBound(uint32_t width) {
  // 2^width as an integer numeral (z3::pw would make a real power, and bring nonlinear real
  // arithmetic into every task that converts to a bit-vector).
  std::string digits = "1";  // decimal, least significant digit first
  for (uint32_t i = 0; i < width; ++i) {
    int carry = 0;
    for (char& d : digits) {
      int v = (d - '0') * 2 + carry;
      d = static_cast<char>('0' + v % 10);
      carry = v / 10;
    }
    if (carry) digits.push_back(static_cast<char>('0' + carry));
  }
  return c.int_val(std::string(digits.rbegin(), digits.rend()).c_str());
}

z3::expr Symbols::IntToBitVector(const z3::expr& x, unsigned width) {
  int2bv_widths_.insert(width);
  return z3::int2bv(width, x);
}

std::vector<z3::expr> Symbols::IntToBitVectorAxioms() {
  std::vector<z3::expr> axioms;
  for (unsigned width : int2bv_widths_) {
    z3::expr x = c.int_const("x");
    z3::expr bv = z3::int2bv(width, x);
    axioms.push_back(
        Forall(c, {x}, z3::implies(0 <= x && x < BitVectorBound(width), z3::bv2int(bv, false) == x),
               {bv}));
  }
  return axioms;
}

z3::func_decl Symbols::CanCall(const FunctionDecl* f, const Instance& inst) {
  std::string key = InstanceKey(f, inst);
  auto it = can_call_.find(key);
  if (it != can_call_.end()) return it->second;
  SubstScope scope(*this, f, inst);
  z3::sort_vector domain(c);
  if (HasReceiver(f)) domain.push_back(ReceiverSort(f));
  for (const Var* p : f->params) domain.push_back(SortOf(rp.TypeOf(p)));
  z3::func_decl decl = c.function((key + "#canCall").c_str(), domain, c.bool_sort());
  can_call_.emplace(key, decl);
  return decl;
}

z3::expr Symbols::Arith(BinaryOp op, const z3::expr& l, const z3::expr& r) {
  auto it = arith_.find(op);
  if (it == arith_.end()) {
    const char* name = op == BinaryOp::Mul ? "Mul" : op == BinaryOp::Div ? "Div" : "Mod";
    z3::func_decl f = c.function(name, c.int_sort(), c.int_sort(), c.int_sort());
    it = arith_.emplace(op, f).first;
    z3::expr x = c.constant("x", c.int_sort());
    z3::expr y = c.constant("y", c.int_sort());
    // SMT-LIB's div and mod on integers are Euclidean, as Dafny's / and % are.
    z3::expr definition = op == BinaryOp::Mul ? x * y : op == BinaryOp::Div ? x / y : z3::mod(x, y);
    AddAxiom(Forall(c, {x, y}, f(x, y) == definition, {f(x, y)}));
  }
  return it->second(l, r);
}

z3::expr Symbols::Fresh(const std::string& name, const Type* t) {
  return c.constant(fmt::format("{}#{}", name, fresh_counter_++).c_str(), SortOf(t));
}

z3::expr Symbols::FreshBool(const std::string& name) {
  return c.constant(fmt::format("{}#{}", name, fresh_counter_++).c_str(), c.bool_sort());
}

z3::expr Quantifier(z3::context& c, bool is_forall, const std::vector<z3::expr>& vars,
                    const z3::expr& body, const std::vector<std::vector<z3::expr>>& patterns) {
  // (Over no variables, the body itself: Z3 makes no quantifier without bound variables.)
  if (vars.empty()) return body;
  std::vector<Z3_app> bound;
  for (const z3::expr& v : vars) bound.push_back(Z3_to_app(c, v));
  std::vector<Z3_pattern> pats;
  // The context counts references: each pattern is held until the quantifier is made.
  std::vector<z3::ast> held;
  for (const auto& terms : patterns) {
    std::vector<Z3_ast> asts(terms.begin(), terms.end());
    pats.push_back(Z3_mk_pattern(c, static_cast<unsigned>(asts.size()), asts.data()));
    held.emplace_back(c, Z3_pattern_to_ast(c, pats.back()));
  }
  auto make = is_forall ? Z3_mk_forall_const : Z3_mk_exists_const;
  Z3_ast q = make(c, 0, static_cast<unsigned>(bound.size()), bound.data(),
                  static_cast<unsigned>(pats.size()), pats.data(), body);
  c.check_error();
  return z3::expr(c, q);
}

z3::expr Forall(z3::context& c, const std::vector<z3::expr>& vars, const z3::expr& body,
                const std::vector<z3::expr>& pattern) {
  if (pattern.empty()) return Quantifier(c, true, vars, body, {});
  return Quantifier(c, true, vars, body, {pattern});
}

z3::expr Lowerer::TrCall(const CallExpr* call, const FunctionDecl* f, const Env& env,
                         const z3::expr& layer) {
  // In an override check, the trait's function on `this` is the class's.
  const FunctionDecl* overridden = nullptr;
  if (!override_subst_.empty() &&
      (call->callee->kind == ExprKind::Name ||
       (call->callee->kind == ExprKind::Select &&
        static_cast<const SelectExpr*>(call->callee)->object->kind == ExprKind::This))) {
    if (auto it = override_subst_.find(f); it != override_subst_.end()) {
      overridden = f;
      f = static_cast<const FunctionDecl*>(it->second);
    }
  }
  z3::expr_vector args(c_);
  // Fuel matters only for recursive functions (Dafny gives the others no layer argument): a
  // non-recursive function unfolds once wherever it is used, so that equal expressions
  // translate to equal terms (identical comprehensions in a body and a postcondition).
  bool own_cluster = !axiom_owner_ || graph_.SameCluster(f, axiom_owner_);
  args.push_back(own_cluster && graph_.IsRecursive(f) ? layer : sym_.BaseLayer());
  // A two-state function's previous state is that of the context: a method's entry, the state
  // before the call whose postcondition this is, or the caller's own previous state.
  if (Symbols::TwoState(f)) {
    const Env& before = OldStateOf("");
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, before));
  }
  if (Symbols::ReadsHeap(f)) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, env));
  }
  std::optional<z3::expr> receiver;
  if (sym_.HasReceiver(f)) {
    // (A value receiver keeps its Lit mark, as arguments do: ev_SS(ev_0).apply() unfolds.)
    const Expr* named = CalleeName(call->callee);
    bool value_receiver =
        named->kind == ExprKind::Select && !z3::eq(sym_.ReceiverSort(f), sym_.ref_sort);
    receiver = value_receiver ? TrLit(static_cast<const SelectExpr*>(named)->object, env, layer)
                              : Receiver(call->callee, env, layer);
    args.push_back(*receiver);
  }
  Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
  if (overridden) {
    // The class's function at the class's own type parameters (those of the check), then the
    // call's instantiation of the function's own.
    Symbols::Instance own = sym_.SelfType(rp_.OwnerOf(f))->args;
    size_t trait_params = ClassTypeParams(rp_.OwnerOf(overridden)).size();
    if (trait_params <= inst.size()) {
      own.insert(own.end(), inst.begin() + static_cast<std::ptrdiff_t>(trait_params), inst.end());
    }
    inst = own;
  }
  // Arguments keep their Lit marks, so literal calls unfold (the Lit definition axiom).
  for (const z3::expr& a : ArgValues(
           BoundArgs(call->args, f->params), {&f->params, &f->defaults, f, inst, receiver}, env,
           layer, [&](size_t, const Expr* a) { return TrLit(a, env, layer); }, true)) {
    args.push_back(a);
  }
  z3::expr value = sym_.Function(f, inst)(args);
  // P#[k](args), and the calls that stand for one (prefix_calls_).
  if (auto it = prefix_calls_.find(call); it != prefix_calls_.end()) {
    if (auto k = env.find(&prefix_k_var_); k != env.end()) {
      return TrPrefixCall(value, f, inst, it->second ? DepthPredecessor(k->second) : k->second);
    }
  }
  if (call->callee->kind == ExprKind::PrefixName) {
    auto* pn = static_cast<const PrefixNameExpr*>(call->callee);
    return TrPrefixCall(value, f, inst, DepthValue(f->k_type == "nat", Tr(pn->depth, env, layer)));
  }
  return value;
}

// A module-level const: its initializer (a const cannot depend on itself), or an unknown value of
// its type (also where an export set provides the const without revealing it).
z3::expr Lowerer::TrConst(const Decl* d, const z3::expr& layer) {
  auto* cd = static_cast<const ConstDecl*>(d);
  bool visible = cd->init && rp_.BodyVisibleFrom(cd, axiom_owner_ ? axiom_owner_ : decl_);
  if (visible && !IsOpaque(cd)) return TrLit(cd->init, Env{}, layer);
  const Type* t = rp_.MemberType(d);
  z3::expr k = c_.constant(sym_.QualifiedName(d).c_str(), sym_.SortOf(t));
  if (HasSubsetType(t)) sym_.AddAxiom(IsType(t, k));
  if (visible) AddRevealableValue(cd, k);  // an opaque const: its value where revealed
  return k;
}

// An instance const of a datatype or newtype (IsValueConst): its initializer at `receiver`.
z3::expr Lowerer::TrValueConst(const Decl* d, const z3::expr& receiver, const z3::expr& layer) {
  Env at;
  at.insert_or_assign(&this_var_, receiver);
  return Tr(static_cast<const ConstDecl*>(d)->init, at, layer);
}

// `env` with the heap parts of old(...)'s state: the method's entry (or the state before the
// call whose postcondition this is, or that of old@L's label); the variables as they are.
Env Lowerer::InOldState(const OldExpr* e, const Env& env) {
  const Env& old_state = OldStateOf(e->label);
  Env out = env;
  for (size_t i = 0; i < sym_.HeapParts().size(); ++i) {
    auto it = old_state.find(HeapVar(i));
    if (it != old_state.end()) out.insert_or_assign(HeapVar(i), it->second);
  }
  return out;
}

// A value converted to or from a bit-vector (the checks are WellFormed's): int to bvN modulo
// 2^N (in range after the check), bvN to int unsigned, bvM to bvN extended with zeros or cut.
z3::expr Lowerer::ConvertBitVector(const z3::expr& x, const z3::sort& to) {
  if (x.is_bv() && to.is_bv()) {
    unsigned from = x.get_sort().bv_size(), width = to.bv_size();
    if (from == width) return x;
    return from < width ? z3::zext(x, width - from) : x.extract(width - 1, 0);
  }
  if (to.is_bv()) return sym_.IntToBitVector(x, to.bv_size());
  z3::expr i = z3::bv2int(x, false);
  if (to.is_real()) return z3::to_real(i);
  return i;
}

// The operators on bit-vectors: modular arithmetic, unsigned comparison and division, the
// bitwise operators and shifts (by an int or a bit-vector of any width, checked to be at most
// the width).
std::optional<z3::expr> Lowerer::TrBitVectorBinary(BinaryOp op, const z3::expr& l,
                                                   const z3::expr& r) {
  auto amount = [&] {
    unsigned width = l.get_sort().bv_size();
    if (!r.is_bv()) return sym_.IntToBitVector(r, width);
    return ConvertBitVector(r, l.get_sort());
  };
  switch (op) {
    case BinaryOp::Add:
      return l + r;
    case BinaryOp::Sub:
      return l - r;
    case BinaryOp::Mul:
      return l * r;
    case BinaryOp::Div:
      return z3::udiv(l, r);
    case BinaryOp::Mod:
      return z3::urem(l, r);
    case BinaryOp::Lt:
      return z3::ult(l, r);
    case BinaryOp::Le:
      return z3::ule(l, r);
    case BinaryOp::Gt:
      return z3::ugt(l, r);
    case BinaryOp::Ge:
      return z3::uge(l, r);
    case BinaryOp::BitAnd:
      return l & r;
    case BinaryOp::BitOr:
      return l | r;
    case BinaryOp::BitXor:
      return l ^ r;
    case BinaryOp::LeftShift:
      return z3::shl(l, amount());
    case BinaryOp::RightShift:
      return z3::lshr(l, amount());
    default:
      return std::nullopt;
  }
}

// A Unicode scalar value: the code points of Dafny's chars.
z3::expr Lowerer::IsCharCode(const z3::expr& x) {
  return (0 <= x && x < 0xD800) || (0xE000 <= x && x < 0x110000);
}

Symbols::Instance Lowerer::InstanceOf(const Binding& b, const Expr* callee, const Type* receiver) {
  Symbols::Instance inst;
  const Decl* d = b.method ? static_cast<const Decl*>(b.method) : b.function;
  const Decl* owner = d ? rp_.OwnerOf(d) : nullptr;
  if (owner &&
      (IsClassLike(owner) || owner->kind == DeclKind::Datatype ||
       owner->kind == DeclKind::OpaqueType) &&
      !sym_.SelfType(owner)->args.empty()) {
    if (callee) callee = CalleeName(callee);
    if (!receiver && callee && callee->kind == ExprKind::Select) {
      const Expr* object = static_cast<const SelectExpr*>(callee)->object;
      const Binding& ob = rp_.BindingOf(object);
      if (!ob.is_qualifier) {
        receiver = rp_.TypeOf(object);
      } else if (const Type* self = sym_.SelfType(owner);
                 QualifierName(object) == owner->name && ob.type_args.size() == self->args.size() &&
                 std::none_of(ob.type_args.begin(), ob.type_args.end(), [](const Type* t) {
                   return !t || t->kind == TypeKind::Proxy || t->kind == TypeKind::Error;
                 })) {
        // A static member named through its type with type arguments (`C<int>.Twice`).
        Type named = *self;
        named.args = ob.type_args;
        receiver = rp_.types.Get(named);
      }
    }
    // An implicit `this` (or a static member named through its class): the owner's own type
    // parameters, under the substitution in force (that of a generic callee's specification).
    // A member inherited from a generic trait is seen through the enclosing class's extends
    // clauses (Action<(), Option<T>> for a Producer<T>'s implicit `this`).
    if (!receiver) {
      const Decl* in = sym_.scope_decl ? sym_.scope_decl : decl_;
      const Decl* cls = in ? rp_.OwnerOf(in) : nullptr;
      receiver = cls && cls != owner && IsClassLike(cls) && InheritsFrom(rp_, cls, owner)
                     ? sym_.SelfType(cls)
                     : sym_.SelfType(owner);
    }
    receiver = sym_.Upcast(sym_.Apply(receiver), owner);
    if (receiver->decl != owner || receiver->args.size() != sym_.SelfType(owner)->args.size()) {
      throw std::logic_error("verifier: the type arguments of a call of '" + d->name + "'");
    }
    inst = receiver->args;
  }
  for (const Type* t : b.type_args) inst.push_back(sym_.Apply(t));
  return inst;
}

z3::expr Lowerer::Tr(const Expr* e, const Env& env, const z3::expr& layer) {
  z3::expr t = TrLit(e, env, layer);
  return sym_.IsLit(t) ? t.arg(0) : t;
}

z3::expr Lowerer::TrLit(const Expr* e, const Env& env, const z3::expr& layer) {
  switch (e->kind) {
    case ExprKind::BoolLiteral:
      return c_.bool_val(static_cast<const LiteralExpr*>(e)->bool_value);
    case ExprKind::IntLiteral: {
      std::string digits = DecimalOf(static_cast<const LiteralExpr*>(e)->text);
      // A bit-vector literal: Z3's numeral of its width (not marked Lit: bit-vectors of every
      // width would share Lit's name).
      if (const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(e)));
          t->kind == TypeKind::BitVector) {
        return c_.bv_val(digits.c_str(), t->width);
      } else if (t->kind == TypeKind::Ordinal) {
        return sym_.Ordinals().from_nat(c_.int_val(digits.c_str()));
      }
      return sym_.Lit(c_.int_val(digits.c_str()));
    }
    case ExprKind::RealLiteral:
      return sym_.Lit(RealLiteral(c_, static_cast<const LiteralExpr*>(e)->text));
    case ExprKind::CharLiteral:
      return c_.int_val(static_cast<int>(static_cast<const LiteralExpr*>(e)->chars.at(0)));
    case ExprKind::StringLiteral:
      return sym_.Lit(StringValue(static_cast<const LiteralExpr*>(e)->chars));
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay:
    case ExprKind::MapDisplay:
      return TrDisplay(e, env, layer);
    case ExprKind::Index:
    case ExprKind::Slice:
      if (IsArray(rp_.TypeOf(e->kind == ExprKind::Index ? static_cast<const IndexExpr*>(e)->seq
                                                        : static_cast<const SliceExpr*>(e)->seq))) {
        return TrArrayExpr(e, env, layer);
      }
      return TrCollectionExpr(e, env, layer);
    case ExprKind::Select: {
      auto* sel = static_cast<const SelectExpr*>(e);
      const Binding& b = rp_.BindingOf(e);
      if (b.datatype && b.ctor >= 0) {
        if (b.ctor_test) {
          return sym_.Datatype(rp_.TypeOf(sel->object))
              .testers[b.ctor](Tr(sel->object, env, layer));
        }
        if (b.destructor >= 0) return TrDestructor(sel, Tr(sel->object, env, layer));
        return sym_.Lit(TrCtor(b, rp_.TypeOf(e), {}));  // D.C, a nullary constructor
      }
      if (b.function && !b.var && rp_.BindingOf(sel->object).is_qualifier) {
        // C.F or C<int>.F, a static function used as a value: the handle of F at the
        // qualifier's type arguments.
        return TrFunctionHandle(b.function, rp_.TypeOf(e), std::nullopt, InstanceOf(b, e));
      }
      if (b.function) {
        throw std::logic_error("verifier: function values");
      }
      if (b.member && IsValueConst(rp_, b.member) && !rp_.BindingOf(sel->object).is_qualifier) {
        return TrValueConst(b.member, Tr(sel->object, env, layer), layer);
      }
      if (b.member && IsObjectConst(rp_, b.member) && !rp_.BindingOf(sel->object).is_qualifier) {
        return TrObjectConst(b.member, Tr(sel->object, env, layer), env, layer,
                             rp_.TypeOf(sel->object));
      }
      // A static const, or an instance const of a class whose value mentions no object (so
      // is the same for every instance).
      if (b.member && b.member->kind == DeclKind::Const && b.is_qualifier == false &&
          (rp_.BindingOf(sel->object).is_qualifier ||
           static_cast<const ConstDecl*>(b.member)->init)) {
        return TrConst(b.member, layer);
      }
      if (b.member && b.member->kind == DeclKind::Field) {
        return TrField(b.member, rp_.TypeOf(sel->object), Tr(sel->object, env, layer), env);
      }
      if (const Type* ot = Underlying(rp_, sym_.Apply(rp_.TypeOf(sel->object)));
          ot->kind == TypeKind::Tuple) {
        const auto& info = sym_.Tuple(ot);
        return info.accessors[0][std::stoul(sel->member)](Tr(sel->object, env, layer));
      }
      if (IsArray(rp_.TypeOf(sel->object))) return TrArrayExpr(e, env, layer);
      // r.Floor: the greatest integer not above r, as SMT-LIB's to_int.
      if (sel->member == "Floor" &&
          Underlying(rp_, sym_.Apply(rp_.TypeOf(sel->object)))->kind == TypeKind::Real) {
        z3::expr r = Unlit(Tr(sel->object, env, layer));
        return z3::expr(c_, Z3_mk_real2int(c_, r));
      }
      if (rp_.TypeOf(sel->object)->kind == TypeKind::Ordinal) {
        if (auto x = TrOrdinalMember(sel->member, Tr(sel->object, env, layer))) return *x;
      }
      return TrCollectionExpr(e, env, layer);
    }
    case ExprKind::Cardinality:
    case ExprKind::SeqUpdate:
      return TrCollectionExpr(e, env, layer);
    case ExprKind::Paren:
      return TrLit(static_cast<const ParenExpr*>(e)->inner, env, layer);
    case ExprKind::Old: {
      auto* old = static_cast<const OldExpr*>(e);
      return Tr(old->operand, InOldState(old, env), layer);
    }
    case ExprKind::Unchanged:
      return TrUnchanged(static_cast<const TwoStateExpr*>(e), env, layer);
    case ExprKind::Fresh: {
      // Allocated now, and not in the old state.
      const Env& old_state = OldStateOf(static_cast<const TwoStateExpr*>(e)->label);
      const Expr* arg = static_cast<const TwoStateExpr*>(e)->args[0];
      z3::expr old_alloc = HeapValue(Symbols::kAllocPart, old_state);
      z3::expr alloc = HeapValue(Symbols::kAllocPart, env);
      auto fresh = [&](const z3::expr& r) {
        return r != sym_.null_ref && !z3::select(old_alloc, r) && z3::select(alloc, r);
      };
      const Type* t = rp_.TypeOf(arg);
      z3::expr value = Tr(arg, env, layer);
      if (IsReference(t)) return fresh(value);
      // A collection of objects: each of its objects (Dafny's fresh on sets and sequences).
      z3::expr o = sym_.Fresh("$fresh", t->args[0]);
      bool set = t->kind == TypeKind::Set || t->kind == TypeKind::ISet;
      if (!set) {
        z3::expr in = HasElement(t, value, o);
        return Forall(c_, {o}, z3::implies(in, fresh(o)), {in});
      }
      // Dafny rewrites the membership (TrInSet) and then triggers on the old allocation of o.
      // dfyc also triggers on o's membership in each set the rewriting leaves: its allocation
      // in the old state is a term Z3 may not have made relevant (fresh(Repr - old(Repr)) after
      // two calls, dafny1 Queue's Rotate).
      z3::expr in = TrInSet(arg, o, env, layer);
      std::vector<std::vector<z3::expr>> patterns{{z3::select(old_alloc, o)}};
      for (const z3::expr& m : MembershipsOf(in, o)) patterns.push_back({m});
      return Quantifier(c_, true, {o}, z3::implies(in, fresh(o)), patterns);
    }
    case ExprKind::NullLiteral:
      return sym_.null_ref;
    case ExprKind::This:
      return env.at(&this_var_);
    case ExprKind::Match:
      return TrMatch(static_cast<const MatchExpr*>(e), env, layer);
    case ExprKind::DatatypeUpdate:
      return TrDatatypeUpdate(static_cast<const DatatypeUpdateExpr*>(e), env, layer);
    case ExprKind::StmtInExpr:
      return TrLit(static_cast<const StmtInExprExpr*>(e)->body, env, layer);
    case ExprKind::SetComprehension:
    case ExprKind::MapComprehension:
      return TrComprehension(e, env, layer);
    case ExprKind::Lambda:
      return TrLambda(static_cast<const LambdaExpr*>(e), env, layer);
    case ExprKind::SeqConstruction:
      return TrSeqConstruction(static_cast<const SeqConstructionExpr*>(e), env, layer);
    case ExprKind::Tuple: {
      auto* t = static_cast<const TupleExpr*>(e);
      if (t->elements.size() == 1) return TrLit(t->elements[0], env, layer);
      const auto& info = sym_.Tuple(rp_.TypeOf(e));
      z3::expr_vector args(c_);
      bool literal = true;
      for (const Expr* x : t->elements) {
        z3::expr v = TrLit(x, env, layer);
        literal = literal && sym_.IsLit(v);
        args.push_back(Unlit(v));
      }
      z3::expr value = info.ctors[0](args);
      return literal ? sym_.Lit(value) : value;
    }
    case ExprKind::Conversion: {
      auto* c = static_cast<const TypeOpExpr*>(e);
      z3::expr x = TrLit(c->operand, env, layer);
      const Type* from = rp_.TypeOf(c->operand);
      const Type* to = rp_.TypeOf(e);
      bool from_real = x.is_real(), to_real = sym_.SortOf(to).is_real();
      (void)from;
      z3::sort to_sort = sym_.SortOf(to);
      if (x.is_bv() || to_sort.is_bv()) return ConvertBitVector(Unlit(x), to_sort);
      // n as ORDINAL is the natural number n; o as int, o's offset (o is a natural number).
      if (sym_.IsOrdinal(to_sort)) {
        return z3::eq(x.get_sort(), to_sort) ? x : sym_.Ordinals().from_nat(Unlit(x));
      }
      if (sym_.IsOrdinal(x.get_sort())) return sym_.Ordinals().offset(x);
      if (from_real == to_real) return x;  // int, nat and char share a sort; real is real
      bool lit = sym_.IsLit(x);
      x = Unlit(x);
      // Dafny's real-to-int conversion is the floor, as SMT-LIB's to_int.
      z3::expr y = to_real ? z3::to_real(x) : z3::expr(c_, Z3_mk_real2int(c_, x));
      return lit && to_real ? sym_.Lit(y) : y;
    }
    case ExprKind::Let:
      return TrLet(static_cast<const LetExpr*>(e), env, layer);
    case ExprKind::Name: {
      const Binding& b = rp_.BindingOf(e);
      if (b.datatype && b.ctor >= 0 && b.destructor < 0 && !b.ctor_test) {
        return sym_.Lit(TrCtor(b, rp_.TypeOf(e), {}));
      }
      if (b.member && IsValueConst(rp_, b.member)) {  // c for this.c
        return TrValueConst(b.member, env.at(&this_var_), layer);
      }
      if (b.member && IsObjectConst(rp_, b.member)) {
        return TrObjectConst(b.member, env.at(&this_var_), env, layer, ReceiverType(e));
      }
      if (b.member && b.member->kind == DeclKind::Const) return TrConst(b.member, layer);
      if (b.member && b.member->kind == DeclKind::Field) {
        return TrField(b.member, ReceiverType(e), env.at(&this_var_), env);
      }
      if (b.function && !b.var) {
        std::optional<z3::expr> self;
        if (sym_.HasReceiver(b.function)) self = env.at(&this_var_);
        return TrFunctionHandle(b.function, rp_.TypeOf(e), self, InstanceOf(b, e));
      }
      if (b.datatype && b.ctor_test) {  // C? on `this` in a datatype member
        return sym_.Datatype(sym_.Apply(sym_.SelfType(b.datatype)))
            .testers[b.ctor](env.at(&this_var_));
      }
      if (b.datatype && b.destructor >= 0) {  // a destructor of `this` in a datatype member
        return TrDestructorOf(sym_.Apply(sym_.SelfType(b.datatype)),
                              static_cast<const NameExpr*>(e)->name, env.at(&this_var_));
      }
      const Var* v = b.var;
      auto it = env.find(v);
      if (it == env.end()) throw std::logic_error("unbound variable in verifier: " + v->name);
      return it->second;  // a Lit in a Lit axiom's body
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      z3::expr x = TrLit(u->operand, env, layer);
      if (x.is_bv()) return u->op == UnaryOp::Not ? ~x : -x;
      if (u->op == UnaryOp::Not) return !Unlit(x);
      return sym_.IsLit(x) ? sym_.Lit(-x.arg(0)) : -x;
    }
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      return z3::ite(Tr(i->cond, env, layer), Tr(i->then_branch, env, layer),
                     Tr(i->else_branch, env, layer));
    }
    case ExprKind::Call: {
      auto* call = static_cast<const CallExpr*>(e);
      const Binding& b = rp_.CalleeOf(call);
      if (b.datatype && b.ctor >= 0) {
        // A constructor applied to literals is a literal (Dafny's Lit), so that functions
        // unfold on it.
        std::vector<z3::expr> args;
        bool literal = true;
        for (const Expr* a : CtorArgs(call, b.datatype->ctors[b.ctor])) {
          z3::expr x = TrLit(a, env, layer);
          literal = literal && sym_.IsLit(x);
          args.push_back(Unlit(x));
        }
        z3::expr value = TrCtor(b, rp_.TypeOf(e), args);
        return literal ? sym_.Lit(value) : value;
      }
      if (IsArrowCall(call)) return TrArrowCall(call, env, layer);
      return TrCall(call, b.function, env, layer);
    }
    case ExprKind::Quantifier:
      return TrQuantifier(static_cast<const QuantifierExpr*>(e), env, layer);
    case ExprKind::DecreasesTo:
      return TrDecreasesTo(static_cast<const DecreasesToExpr*>(e), env, layer);
    case ExprKind::PrefixEquality: {
      auto* p = static_cast<const PrefixEqualityExpr*>(e);
      const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(p->lhs)));
      z3::expr depth = Tr(p->depth, env, layer);
      sym_.AddCoinduction(t);
      z3::expr eq = sym_.PrefixEquality(t, depth.is_int())(depth, Tr(p->lhs, env, layer),
                                                           Tr(p->rhs, env, layer));
      return p->negated ? !eq : eq;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      if (auto in = TrInComprehension(b, env, layer)) return *in;
      z3::expr l = TrLit(b->lhs, env, layer);
      z3::expr r = TrLit(b->rhs, env, layer);
      // Arithmetic on literals is a literal (Dafny's MaybeLit), so that function calls on
      // computed literal arguments still unfold.
      // (Of numbers only: collections of literals go to their theory's operations below.)
      if (sym_.IsLit(l) && sym_.IsLit(r) && l.arg(0).is_arith() && r.arg(0).is_arith()) {
        z3::expr a = l.arg(0), c = r.arg(0);
        switch (b->op) {
          case BinaryOp::Add:
            return sym_.Lit(a + c);
          case BinaryOp::Sub:
            return sym_.Lit(a - c);
          case BinaryOp::Mul:
            return sym_.Lit(a * c);
          default:
            break;
        }
      }
      l = Unlit(l);
      r = Unlit(r);
      if (sym_.IsOrdinal(l.get_sort()) || sym_.IsOrdinal(r.get_sort())) {
        bool handled = false;
        z3::expr x = TrOrdinalBinary(b->op, l, r, handled);
        if (handled) return x;
      }
      if (l.is_bv()) {
        if (auto x = TrBitVectorBinary(b->op, l, r)) return *x;
      }
      if (auto x = TrCollectionBinary(b, l, r)) return *x;
      // d < e on datatype values: d is structurally smaller (Dafny's DtRank).
      if (const Type* lt = Underlying(rp_, rp_.TypeOf(b->lhs));
          lt->kind == TypeKind::UserDefined && lt->decl->kind == DeclKind::Datatype &&
          z3::eq(l.get_sort(), r.get_sort()) && (b->op == BinaryOp::Lt || b->op == BinaryOp::Gt)) {
        const auto& info = sym_.Datatype(lt);
        return b->op == BinaryOp::Lt ? info.rank(l) < info.rank(r) : info.rank(r) < info.rank(l);
      }
      // Equality of codatatype values: $Eq#, or prefix equality at a prefix lemma's depth.
      if ((b->op == BinaryOp::Eq || b->op == BinaryOp::Neq) &&
          sym_.IsCodatatypeSort(l.get_sort())) {
        const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(b->lhs)));
        std::optional<z3::expr> eq;
        if (auto it = prefix_calls_.find(b); it != prefix_calls_.end()) {
          if (auto k = env.find(&prefix_k_var_); k != env.end()) {
            z3::expr depth = it->second ? DepthPredecessor(k->second) : k->second;
            eq = sym_.PrefixEquality(t, depth.is_int())(depth, l, r);
          }
        }
        if (!eq) {
          sym_.AddCoinduction(t);
          eq = sym_.CoEquality(l.get_sort())(l, r);
        }
        return b->op == BinaryOp::Eq ? *eq : !*eq;
      }
      // Equality of values of a datatype that holds collections: Dafny's D#Equal.
      if ((b->op == BinaryOp::Eq || b->op == BinaryOp::Neq) &&
          l.get_sort().sort_kind() == Z3_DATATYPE_SORT && z3::eq(l.get_sort(), r.get_sort())) {
        if (const auto* d = sym_.DatatypeOfSort(l.get_sort())) {
          if (auto eq = sym_.DatatypeEquality(*d)) {
            return b->op == BinaryOp::Eq ? (*eq)(l, r) : !(*eq)(l, r);
          }
        }
      }
      switch (b->op) {
        case BinaryOp::Iff:
          return l == r;
        case BinaryOp::Implies:
          return z3::implies(l, r);
        case BinaryOp::Explies:
          return z3::implies(r, l);
        case BinaryOp::And:
          return l && r;
        case BinaryOp::Or:
          return l || r;
        case BinaryOp::Eq:
          return l == r;
        case BinaryOp::Neq:
          return l != r;
        case BinaryOp::Lt:
          return l < r;
        case BinaryOp::Le:
          return l <= r;
        case BinaryOp::Gt:
          return l > r;
        case BinaryOp::Ge:
          return l >= r;
        case BinaryOp::Add:
          return l + r;
        case BinaryOp::Sub:
          return l - r;
        case BinaryOp::Mul:
        case BinaryOp::Div:
        case BinaryOp::Mod:
          // Dafny's Mul/Div/Mod functions (its default arithmetic mode), defined by the SMT
          // operators: v[2 * i], n % k and Pow(a, b * c) can then be triggers.
          if (l.is_int() && r.is_int()) {
            return sym_.Arith(b->op, l, r);
          }
          if (b->op == BinaryOp::Mod) return z3::mod(l, r);
          return b->op == BinaryOp::Mul ? l * r : l / r;
        default:
          break;
      }
      break;
    }
    default:
      break;
  }
  throw std::logic_error(std::string("verifier: unsupported expression ") + ExprKindName(e->kind));
}

// Whether a term holds a de Bruijn variable (a bound variable of a nested quantifier).
static bool HasVar(const z3::expr& t) {
  if (t.is_var()) return true;
  if (t.is_quantifier()) return true;
  if (!t.is_app()) return false;
  for (unsigned i = 0; i < t.num_args(); ++i) {
    if (HasVar(t.arg(i))) return true;
  }
  return false;
}

// Dafny's trigger candidates, as far as dfyc translates them: calls of user functions whose
// arguments are bound variables or terms without bound variables (arithmetic on a bound
// variable cannot appear in a trigger). A nested quantifier exports the candidates of its body
// that do not mention its own bound variables (Dafny's CollectExportedCandidates).
static void CollectTriggerCandidates(const z3::expr& t, const std::vector<z3::expr>& bound,
                                     std::vector<z3::expr>& out) {
  if (t.is_quantifier()) {
    std::vector<z3::expr> inner;
    CollectTriggerCandidates(t.body(), bound, inner);
    for (const z3::expr& x : inner) {
      bool seen = false;
      for (const z3::expr& o : out) seen = seen || z3::eq(o, x);
      if (!seen && !HasVar(x)) out.push_back(x);
    }
    return;
  }
  if (!t.is_app()) return;
  auto mentions = [&](const z3::expr& x, auto&& self) -> bool {
    for (const z3::expr& b : bound) {
      if (z3::eq(x, b)) return true;
    }
    if (!x.is_app()) return false;
    for (unsigned i = 0; i < x.num_args(); ++i) {
      if (self(x.arg(i), self)) return true;
    }
    return false;
  };
  std::string name = t.decl().name().str();
  // Dafny's trigger candidates (TriggersCollector.IsPotentialTriggerCandidate): function
  // calls, indexing and slices, membership, cardinality, member selections (fields, array
  // lengths, map keys and values, destructors), datatype values and the collection operations.
  static constexpr std::string_view kCandidates[] = {"_module.",
                                                     "$PrefixEq#",
                                                     "Seq#Index",
                                                     "Seq#Contains",
                                                     "Set#IsMember",
                                                     "ISet#IsMember",
                                                     "Map#Elements",
                                                     "IMap#Elements",
                                                     "MultiSet#Multiplicity",
                                                     "Seq#Length",
                                                     "Seq#Take",
                                                     "Seq#Drop",
                                                     "Seq#Append",
                                                     "Seq#FromArray",
                                                     "Set#Card",
                                                     "MultiSet#Card",
                                                     "Map#Card",
                                                     "Map#Domain",
                                                     "IMap#Domain",
                                                     "Map#Values",
                                                     "IMap#Values",
                                                     "Set#Union",
                                                     "Set#Intersection",
                                                     "Set#Difference",
                                                     "Set#Subset",
                                                     "ISet#Union",
                                                     "ISet#Intersection",
                                                     "ISet#Difference",
                                                     "ISet#Subset",
                                                     "MultiSet#Union",
                                                     "MultiSet#Intersection",
                                                     "MultiSet#Difference",
                                                     "MultiSet#Subset",
                                                     "_System.array.Length"};
  bool candidate = false;
  for (std::string_view c : kCandidates) candidate = candidate || name.starts_with(c);
  // Applications of function values (Dafny's ApplyExpr): Apply and ApplyH (encode_arrows.cpp).
  candidate = candidate || name.starts_with("Apply(") || name.starts_with("ApplyH(");
  Z3_decl_kind kind = t.decl().decl_kind();
  if (kind == Z3_OP_DT_ACCESSOR || kind == Z3_OP_DT_CONSTRUCTOR) candidate = true;
  // A field of an object, select(heap part, o).
  if (kind == Z3_OP_SELECT && t.arg(0).is_const() &&
      t.arg(0).decl().name().str().starts_with("$F_")) {
    candidate = true;
  }
  // Array elements, select(select(heap, a), i) and select(select(select(heap, a), i), j), as
  // Dafny's read(heap, a, IndexField(i)) and read(heap, a, MultiIndexField(..)); a row of a
  // multi-dimensional array (an array-sorted select) is no term of Dafny's.
  if (kind == Z3_OP_SELECT && t.arg(0).is_app() && t.arg(0).decl().decl_kind() == Z3_OP_SELECT &&
      !t.get_sort().is_array()) {
    candidate = true;
  }
  if (candidate && mentions(t, mentions)) {
    // Each argument is a bound variable, free of them, or an uninterpreted application of such
    // arguments (Mul(2, i), f(g(x))): interpreted operations (+, <, ite) cannot be in a trigger.
    auto clean_arg = [&](const z3::expr& a, auto&& self) -> bool {
      for (const z3::expr& b : bound) {
        if (z3::eq(a, b)) return true;
      }
      // (A term free of them is fine, unless it holds an if-then-else or a binder, which Z3
      // does not take in a pattern.)
      auto patternable = [](const z3::expr& x, auto&& rec) -> bool {
        if (x.is_quantifier() || x.is_lambda()) return false;
        if (!x.is_app()) return true;
        if (x.decl().decl_kind() == Z3_OP_ITE) return false;
        for (unsigned i = 0; i < x.num_args(); ++i) {
          if (!rec(x.arg(i), rec)) return false;
        }
        return true;
      };
      if (!mentions(a, mentions)) return patternable(a, patternable);
      // (An array read may hold one: the row select(select(heap, a), i) of a[i, j].)
      if (!a.is_app() ||
          (a.decl().decl_kind() != Z3_OP_UNINTERPRETED && a.decl().decl_kind() != Z3_OP_SELECT)) {
        return false;
      }
      for (unsigned i = 0; i < a.num_args(); ++i) {
        if (!self(a.arg(i), self)) return false;
      }
      return true;
    };
    bool clean = true;
    for (unsigned i = 0; i < t.num_args(); ++i) clean = clean && clean_arg(t.arg(i), clean_arg);
    if (clean) {
      bool seen = false;
      for (const z3::expr& o : out) seen = seen || z3::eq(o, t);
      if (!seen) out.push_back(t);
    }
  }
  for (unsigned i = 0; i < t.num_args(); ++i) CollectTriggerCandidates(t.arg(i), bound, out);
}

void Lowerer::CollectTriggerCandidatesOf(const z3::expr& t, const z3::func_decl& f,
                                         std::vector<z3::expr>& out) {
  if (!t.is_app()) return;
  if (z3::eq(t.decl(), f)) out.push_back(t);
  for (unsigned i = 0; i < t.num_args(); ++i) CollectTriggerCandidatesOf(t.arg(i), f, out);
}

bool Lowerer::Mentions(const z3::expr& t, const z3::expr& x) {
  if (z3::eq(t, x)) return true;
  if (!t.is_app()) return false;
  for (unsigned i = 0; i < t.num_args(); ++i) {
    if (Mentions(t.arg(i), x)) return true;
  }
  return false;
}

std::vector<z3::expr> Lowerer::CollectTriggers(const z3::expr& matrix,
                                               const std::vector<z3::expr>& bound, bool partial) {
  std::vector<z3::expr> candidates, result;
  CollectTriggerCandidates(matrix, bound, candidates);
  for (const z3::expr& t : candidates) {
    bool all = true;
    for (const z3::expr& b : bound) {
      std::vector<z3::expr> one{b}, hits;
      CollectTriggerCandidates(t, one, hits);
      all = all && !hits.empty();
    }
    if (all != partial) result.push_back(t);
  }
  return result;
}

// `x <- c`: x is an element of c (a sequence, set or multiset).
z3::expr Lowerer::InBinding(const BoundVar& bv, const Env& env, const z3::expr& layer) {
  const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(bv.collection)));
  return HasElement(t, Tr(bv.collection, env, layer), env.at(bv.var));
}

Lowerer::BoundDomain Lowerer::BindDomain(const QuantifierDomain& domain, const Env& env,
                                         const z3::expr& layer,
                                         const std::optional<z3::expr>& value) {
  BoundDomain d{env, {}, c_.bool_val(true)};
  for (const BoundVar& bv : domain.vars) {
    z3::expr x = value ? *value : sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var));
    if (!value) d.bound.push_back(x);
    d.inner.insert_or_assign(bv.var, x);
    d.range = d.range && BoundRange(rp_.TypeOf(bv.var), x);
  }
  for (const BoundVar& bv : domain.vars) {
    if (bv.collection) d.range = d.range && InBinding(bv, d.inner, layer);
    if (bv.range) d.range = d.range && Tr(bv.range, d.inner, layer);
  }
  return d;
}

z3::expr Lowerer::TrQuantifier(const QuantifierExpr* q, const Env& env, const z3::expr& layer) {
  BoundDomain d = BindDomain(q->domain, env, layer);
  z3::expr body = Tr(q->body, d.inner, layer);
  z3::expr matrix = q->is_forall ? z3::implies(d.range, body) : (d.range && body);
  return Quantifier(c_, q->is_forall, d.bound, matrix,
                    Patterns(q->domain, matrix, d.bound, d.inner, layer));
}

// `x in set v | R :: T` as Dafny's TrInSet translates it wherever it occurs: R[v := x] (with
// v's type constraint on x) when T is v, else `exists v :: R && x == T` triggered as the
// comprehension is; the comprehension's own function is not needed for one membership.
std::optional<z3::expr> Lowerer::TrInComprehension(const BinaryExpr* b, const Env& env,
                                                   const z3::expr& layer) {
  if (b->op != BinaryOp::In && b->op != BinaryOp::NotIn) return std::nullopt;
  const Expr* s = b->rhs;
  while (s->kind == ExprKind::Paren) s = static_cast<const ParenExpr*>(s)->inner;
  if (s->kind != ExprKind::SetComprehension) return std::nullopt;
  auto* sc = static_cast<const SetComprehensionExpr*>(s);
  const QuantifierDomain& domain = sc->domain;
  z3::expr x = Tr(b->lhs, env, layer);
  const Expr* term = sc->term;
  while (term && term->kind == ExprKind::Paren) term = static_cast<const ParenExpr*>(term)->inner;
  bool simple =
      domain.vars.size() == 1 &&
      (!term || (term->kind == ExprKind::Name && rp_.BindingOf(term).var == domain.vars[0].var));
  BoundDomain d = BindDomain(domain, env, layer, simple ? std::optional(x) : std::nullopt);
  z3::expr in = d.range;
  if (!simple) {
    z3::expr matrix = d.range && x == Tr(term, d.inner, layer);
    in = Quantifier(c_, false, d.bound, matrix, Patterns(domain, matrix, d.bound, d.inner, layer));
  }
  return b->op == BinaryOp::In ? in : !in;
}

// A quantifier's patterns: {:trigger} as written, none with {:autotriggers false} (Z3 then
// picks its own), else Dafny-like candidates from `matrix` covering every bound variable.
std::vector<std::vector<z3::expr>> Lowerer::Patterns(const QuantifierDomain& domain,
                                                     const z3::expr& matrix,
                                                     const std::vector<z3::expr>& bound,
                                                     const Env& inner, const z3::expr& layer) {
  std::vector<std::vector<z3::expr>> patterns;
  for (const Attribute& a : domain.attributes) {
    if (a.name == "autotriggers" && a.args.size() == 1 &&
        a.args[0]->kind == ExprKind::BoolLiteral &&
        !static_cast<const LiteralExpr*>(a.args[0])->bool_value) {
      return patterns;
    }
  }
  // A bare {:trigger} gives no pattern (Dafny drops it; it silences the warning), and with no
  // other trigger Z3 picks its own.
  bool bare_trigger = false;
  for (const Attribute& a : domain.attributes) {
    if (a.name != "trigger") continue;
    bare_trigger = bare_trigger || a.args.empty();
    if (a.args.empty()) continue;
    std::vector<z3::expr> terms;
    for (const Expr* t : a.args) terms.push_back(Tr(t, inner, layer));
    patterns.push_back(terms);
  }
  if (patterns.empty() && !bare_trigger) {
    std::vector<z3::expr> candidates;
    CollectTriggerCandidates(matrix, bound, candidates);
    auto covers = [&](const std::vector<z3::expr>& terms) {
      for (const z3::expr& b : bound) {
        bool found = false;
        for (const z3::expr& t : terms) {
          std::vector<z3::expr> one{b};
          std::vector<z3::expr> hits;
          CollectTriggerCandidates(t, one, hits);
          found = found || !hits.empty();
        }
        if (!found) return false;
      }
      return true;
    };
    // Of two candidates covering the same bound variables, one inside the other, the inner one
    // (more general) is kept: sum(s[..k]) gives way to s[..k].
    auto vars_of = [&](const z3::expr& t) {
      std::vector<bool> v;
      for (const z3::expr& b : bound) v.push_back(Mentions(t, b));
      return v;
    };
    std::vector<z3::expr> kept;
    for (const z3::expr& t : candidates) {
      bool has_general_inner = false;
      for (const z3::expr& u : candidates) {
        if (!z3::eq(u, t) && Mentions(t, u) && vars_of(u) == vars_of(t)) has_general_inner = true;
      }
      if (!has_general_inner) kept.push_back(t);
    }
    candidates = kept;
    std::vector<z3::expr> partial;
    for (const z3::expr& t : candidates) {
      if (covers({t})) {
        patterns.push_back({t});
      } else {
        partial.push_back(t);
      }
    }
    if (candidates.empty()) {
      // Dafny found no trigger (and warned); Boogie then picks applications of its arithmetic
      // functions that mention every bound variable (n % k in 2 <= k < n ==> n % k != 0).
      std::function<void(const z3::expr&)> arith = [&](const z3::expr& t) {
        if (!t.is_app()) return;
        std::string name = t.decl().name().str();
        if ((name == "Div" || name == "Mod" || name == "Mul") && covers({t})) {
          patterns.push_back({t});
          return;
        }
        for (unsigned i = 0; i < t.num_args(); ++i) arith(t.arg(i));
      };
      arith(matrix);
    }
    if (!partial.empty() && partial.size() <= 10 && covers(partial)) {
      // Multi-triggers of candidates that each cover some bound variables, beside any single
      // ones (below(s[j], s[k])), as Dafny selects them: every minimal set of candidates that
      // covers the bound variables ({ValidIdx(i), ValidIdx(j)}, {ids[i], ValidIdx(j)},
      // {ids[i], ids[j]}, ...), each of whose terms covers a variable the others do not.
      for (uint32_t mask = 1; mask < (1u << partial.size()); ++mask) {
        std::vector<z3::expr> terms;
        for (size_t k = 0; k < partial.size(); ++k) {
          if (mask & (1u << k)) terms.push_back(partial[k]);
        }
        if (!covers(terms)) continue;
        bool minimal = true;
        for (size_t k = 0; k < terms.size() && minimal; ++k) {
          std::vector<z3::expr> rest = terms;
          rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(k));
          minimal = !covers(rest);
        }
        if (minimal) patterns.push_back(terms);
      }
    } else if (!partial.empty() && covers(partial)) {
      // (Too many candidates to combine: one multi-trigger, each term in turn when it covers
      // a variable not yet covered.)
      std::vector<z3::expr> multi;
      for (const z3::expr& t : partial) {
        bool adds = false;
        for (const z3::expr& b : bound) {
          std::vector<z3::expr> one{b}, hits_before, hits_after;
          for (const z3::expr& m : multi) CollectTriggerCandidates(m, one, hits_before);
          CollectTriggerCandidates(t, one, hits_after);
          adds = adds || (hits_before.empty() && !hits_after.empty());
        }
        if (adds) multi.push_back(t);
      }
      patterns.push_back(multi);
    }
  }
  return patterns;
}

void Lowerer::WellFormed(const Expr* e, const z3::expr& guard, bool subsume) {
  struct Restore {
    bool& flag;
    bool saved;
    ~Restore() { flag = saved; }
  } restore{subsume_, subsume_};
  subsume_ = subsume;
  // `-L` of a literal is one literal, checked whole (-0x80 is an int8; 0x80 is not).
  if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == UnaryOp::Negate) {
    const Expr* operand = static_cast<const UnaryExpr*>(e)->operand;
    if (operand->kind == ExprKind::IntLiteral || operand->kind == ExprKind::RealLiteral) {
      negated_literals_.insert(operand);
    }
  }
  WellFormedParts(e, guard, subsume);
  // The value a newtype's operation makes must be one of the newtype.
  switch (e->kind) {
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
      if (!negated_literals_.count(e)) CheckNewtypeResult(e, guard);
      break;
    case ExprKind::Conversion:
      CheckNewtypeResult(e, guard);
      break;
    case ExprKind::Unary:
      if (static_cast<const UnaryExpr*>(e)->op == UnaryOp::Negate) CheckNewtypeResult(e, guard);
      break;
    case ExprKind::Binary:
      switch (static_cast<const BinaryExpr*>(e)->op) {
        case BinaryOp::Add:
        case BinaryOp::Sub:
        case BinaryOp::Mul:
        case BinaryOp::Div:
        case BinaryOp::Mod:
          CheckNewtypeResult(e, guard);
          break;
        default:
          break;
      }
      break;
    default:
      break;
  }
}

void Lowerer::WellFormedParts(const Expr* e, const z3::expr& guard, bool subsume) {
  switch (e->kind) {
    case ExprKind::FieldFrame: {
      // o`f in a frame: o is well formed, and (a single object) not null.
      const Expr* object = static_cast<const FieldFrameExpr*>(e)->object;
      if (!object) return;
      WellFormed(object, guard, subsume);
      if (IsReference(rp_.TypeOf(object))) {
        // (Dafny reports it at the field's name.)
        const std::string& field = static_cast<const FieldFrameExpr*>(e)->field;
        uint32_t end = e->range.end;
        Assert(vir::Obligation::FrameNull,
               SourceRange{e->range.file, end - static_cast<uint32_t>(field.size()), end},
               z3::implies(guard, Tr(object) != sym_.null_ref));
      }
      return;
    }
    case ExprKind::PrefixEquality: {
      // s ==#[k] t: a limit k of type int or nat is at least 0.
      auto* p = static_cast<const PrefixEqualityExpr*>(e);
      WellFormed(p->depth, guard, subsume);
      WellFormed(p->lhs, guard, subsume);
      WellFormed(p->rhs, guard, subsume);
      z3::expr k = Tr(p->depth);
      if (k.is_int())
        Assert(vir::Obligation::PrefixEqualityLimit, e->tok, z3::implies(guard, 0 <= k));
      return;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      WellFormed(b->lhs, guard, subsume);
      z3::expr l = Tr(b->lhs);
      switch (b->op) {
        case BinaryOp::And:
        case BinaryOp::Implies:
          WellFormed(b->rhs, guard && l, subsume);
          return;
        case BinaryOp::Or:
        case BinaryOp::Explies:
          WellFormed(b->rhs, guard && !l, subsume);
          return;
        case BinaryOp::Div:
        case BinaryOp::Mod: {
          WellFormed(b->rhs, guard, subsume);
          z3::expr r = Tr(b->rhs);
          z3::expr zero = r.is_real() ? c_.real_val(0)
                          : r.is_bv() ? c_.bv_val(0, r.get_sort().bv_size())
                                      : c_.int_val(0);
          Assert(vir::Obligation::DivisionByZero, b->tok, z3::implies(guard, r != zero));
          return;
        }
        case BinaryOp::LeftShift:
        case BinaryOp::RightShift: {
          WellFormed(b->rhs, guard, subsume);
          if (!l.is_bv()) return;
          // Dafny converts an int amount to the bit-vector width that can count the result's
          // bits; either amount must not exceed that count.
          unsigned width = l.get_sort().bv_size();
          z3::expr r = Tr(b->rhs);
          z3::expr amount = r.is_bv() ? z3::bv2int(r, false) : r;
          Assert(vir::Obligation::ShiftUpper, b->tok,
                 z3::implies(guard, amount <= c_.int_val(width)));
          task_.asserts.back().subject = std::to_string(width);
          if (!r.is_bv()) {
            unsigned bits = 0;
            while ((1ull << bits) <= width) ++bits;
            Assert(
                vir::Obligation::ShiftAmountFit, b->rhs->tok,
                z3::implies(guard, 0 <= r && r < c_.int_val(static_cast<uint64_t>(1ull << bits))));
            task_.asserts.back().subject = "bv" + std::to_string(bits);
          }
          return;
        }
        case BinaryOp::Add:
        case BinaryOp::Sub: {
          if (b->op == BinaryOp::Sub && sym_.IsOrdinal(l.get_sort())) {
            // o - n: n a natural number, at most o's offset (o - n stays above o's limit).
            WellFormed(b->rhs, guard, subsume);
            const auto& ord = sym_.Ordinals();
            z3::expr r = Tr(b->rhs);
            if (r.is_int()) r = ord.from_nat(r);
            Assert(vir::Obligation::OrdinalSubtractionIsNatural, b->tok,
                   z3::implies(guard, ord.is_nat(r)));
            Assert(vir::Obligation::OrdinalSubtractionUnderflow, b->tok,
                   z3::implies(guard, ord.offset(r) <= ord.offset(l)));
            return;
          }
          WellFormed(b->rhs, guard, subsume);
          // Arithmetic on chars stays within the code points of chars.
          if (Underlying(rp_, rp_.TypeOf(e))->kind == TypeKind::Char) {
            z3::expr x = b->op == BinaryOp::Add ? Tr(b->lhs) + Tr(b->rhs) : Tr(b->lhs) - Tr(b->rhs);
            Assert(b->op == BinaryOp::Add ? vir::Obligation::CharOverflow
                                          : vir::Obligation::CharUnderflow,
                   b->tok, z3::implies(guard, IsCharCode(x)));
          }
          return;
        }
        default:
          WellFormed(b->rhs, guard, subsume);
          CheckNotGhostVariant(e, guard);
          return;
      }
    }
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      WellFormed(i->cond, guard, subsume);
      z3::expr cond = Tr(i->cond);
      WellFormed(i->then_branch, guard && cond, subsume);
      WellFormed(i->else_branch, guard && !cond, subsume);
      return;
    }
    case ExprKind::Match:
      WellFormedMatch(static_cast<const MatchExpr*>(e), guard, subsume);
      return;
    case ExprKind::DatatypeUpdate: {
      auto* u = static_cast<const DatatypeUpdateExpr*>(e);
      WellFormed(u->object, guard, subsume);
      for (const Expr* v : u->values) WellFormed(v, guard, subsume);
      // The root must have been built by a constructor that has every updated field.
      const Type* t = rp_.TypeOf(u->object);
      auto* dt = DatatypeDeclOf(rp_, t);
      auto candidates = UpdateCandidates(u);
      // Each new value must be of its field's type.
      for (size_t k = 0; k < u->fields.size() && !candidates.empty(); ++k) {
        const auto& formals = dt->ctors[candidates[0]].formals;
        for (size_t j = 0; j < formals.size(); ++j) {
          if (formals[j]->name != u->fields[k]) continue;
          CheckSubset(CtorFieldType(t, candidates[0], j), u->values[k], Tr(u->values[k]), guard);
        }
      }
      if (!candidates.empty() && candidates.size() != dt->ctors.size()) {
        z3::expr d = Tr(u->object);
        const auto& info = sym_.Datatype(t);
        z3::expr ok = c_.bool_val(false);
        std::vector<std::string> names;
        for (size_t k = 0; k < candidates.size(); ++k) {
          ok = ok || info.testers[candidates[k]](d);
          names.push_back(dt->ctors[candidates[k]].name);
        }
        Assert(vir::Obligation::UpdateSource, e->tok, z3::implies(guard, ok));
        task_.asserts.back().subject = PrintableNameList(names);
      }
      CheckNotGhostVariant(e, guard);
      return;
    }
    case ExprKind::StmtInExpr:
      WellFormedStmtInExpr(static_cast<const StmtInExprExpr*>(e), guard, subsume);
      return;
    case ExprKind::SetComprehension:
    case ExprKind::MapComprehension: {
      // As for a quantifier: the range and the term, for arbitrary bound values in the range.
      const QuantifierDomain& domain = e->kind == ExprKind::SetComprehension
                                           ? static_cast<const SetComprehensionExpr*>(e)->domain
                                           : static_cast<const MapComprehensionExpr*>(e)->domain;
      Env saved = env_;
      z3::expr inner_guard = guard;
      for (const BoundVar& bv : domain.vars) {
        z3::expr x = sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var));
        env_.insert_or_assign(bv.var, x);
        inner_guard = inner_guard && BoundRange(rp_.TypeOf(bv.var), x);
      }
      for (const BoundVar& bv : domain.vars) {
        if (bv.collection) {
          WellFormed(bv.collection, inner_guard, subsume);
          inner_guard = inner_guard && InBinding(bv, env_, sym_.BaseLayer());
        }
        if (!bv.range) continue;
        WellFormed(bv.range, inner_guard, subsume);
        inner_guard = inner_guard && Tr(bv.range);
      }
      if (e->kind == ExprKind::SetComprehension) {
        if (auto* term = static_cast<const SetComprehensionExpr*>(e)->term) {
          WellFormed(term, inner_guard, subsume);
        }
      } else {
        auto* mc = static_cast<const MapComprehensionExpr*>(e);
        if (mc->key) WellFormed(mc->key, inner_guard, subsume);
        WellFormed(mc->value, inner_guard, subsume);
        if (mc->key) {
          // Two values in the range with the same key have the same value.
          std::vector<z3::expr> xs;
          z3::expr both = c_.bool_val(true);
          std::vector<z3::expr> keys, values;
          for (int copy = 0; copy < 2; ++copy) {
            Env env = saved;
            for (const BoundVar& bv : domain.vars) {
              xs.push_back(sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var)));
              env.insert_or_assign(bv.var, xs.back());
              both = both && BoundRange(rp_.TypeOf(bv.var), xs.back());
            }
            for (const BoundVar& bv : domain.vars) {
              if (bv.collection) both = both && InBinding(bv, env, sym_.BaseLayer());
              if (bv.range) both = both && Tr(bv.range, env, sym_.BaseLayer());
            }
            keys.push_back(Tr(mc->key, env, sym_.BaseLayer()));
            values.push_back(Tr(mc->value, env, sym_.BaseLayer()));
          }
          z3::expr same = z3::implies(both && keys[0] == keys[1], values[0] == values[1]);
          Assert(vir::Obligation::MapKeysDistinct, mc->key->tok,
                 z3::implies(guard, z3::forall(ToVector(xs), same)));
        }
      }
      env_ = saved;
      return;
    }
    case ExprKind::Conversion: {
      auto* c = static_cast<const TypeOpExpr*>(e);
      WellFormed(c->operand, guard, subsume);
      const Type* to = rp_.TypeOf(e);
      z3::expr x = Tr(c->operand);
      const Type* to_bv = Underlying(rp_, sym_.Apply(to));
      if (x.is_bv() && to_bv->kind == TypeKind::BitVector) {
        // Between bit-vectors (Dafny's lt_bv check): a narrowing one must fit, compared in
        // the wider sort; bv2int here would bring integer arithmetic over every bit.
        unsigned from = x.get_sort().bv_size();
        if (to_bv->width < from) {
          z3::expr bound = z3::int2bv(from, sym_.BitVectorBound(to_bv->width));
          Assert(vir::Obligation::BitVectorConversion, e->tok,
                 z3::implies(guard, z3::ult(x, bound.simplify())));
          task_.asserts.back().subject = TypeName(to_bv);
        }
        return;
      }
      if (x.is_bv()) x = z3::bv2int(x, false);
      bool from_real = x.is_real();
      if (from_real && !sym_.SortOf(to).is_real()) {
        // Out of the reals: the value must be an integer (Dafny's IsInteger).
        // (Of a literal, decided here. Z3 4.8 loops on is_int(r) and on to_real(to_int(r))
        // == r with r == to_real(x) in an incremental check, even to find a counterexample
        // to another assertion, so the reals that int-to-real conversions give are marked
        // $IsIntReal where they are checked, and r must be one of them. Incomplete: a real
        // known integral only by arithmetic (r == 3.0 in a precondition) is reported.)
        z3::expr r = Unlit(x);
        z3::expr integral = z3::expr(c_, Z3_mk_is_int(c_, r)).simplify();
        if (!integral.is_true() && !integral.is_false()) integral = IsIntReal(r);
        Assert(vir::Obligation::RealIsInteger, e->tok, z3::implies(guard, integral));
        x = z3::expr(c_, Z3_mk_real2int(c_, x));
      }
      if (const Type* bv = Underlying(rp_, sym_.Apply(to)); bv->kind == TypeKind::BitVector) {
        // Into a bit-vector: the value must fit its width.
        if (!x.is_int()) throw std::logic_error("verifier: conversion of a real to a bit-vector");
        Assert(vir::Obligation::BitVectorConversion, e->tok,
               z3::implies(guard, 0 <= x && x < sym_.BitVectorBound(bv->width)));
        task_.asserts.back().subject = TypeName(bv);
      } else if (to->kind == TypeKind::Char && rp_.TypeOf(c->operand)->kind != TypeKind::Char) {
        Assert(from_real ? vir::Obligation::RealCharConversion : vir::Obligation::CharConversion,
               e->tok, z3::implies(guard, IsCharCode(x)));
      } else if (to->kind == TypeKind::Ordinal) {
        // (A real into ORDINAL is gated by the resolver.)
        if (x.is_int()) {
          Assert(vir::Obligation::OrdinalConversion, e->tok, z3::implies(guard, x >= 0));
        }
      } else if (to->kind == TypeKind::Nat) {
        Assert(vir::Obligation::NatConversion, e->tok, z3::implies(guard, x >= 0));
      } else if (x.is_int() && sym_.SortOf(to).is_real()) {
        Assume(IsIntReal(Unlit(Tr(e))));  // (an integer's value: see above)
      }
      return;
    }
    case ExprKind::Let:
      WellFormedLet(static_cast<const LetExpr*>(e), guard, subsume);
      return;
    case ExprKind::Lambda:
      WellFormedLambda(static_cast<const LambdaExpr*>(e), guard, subsume);
      return;
    case ExprKind::SeqConstruction:
      WellFormedSeqConstruction(static_cast<const SeqConstructionExpr*>(e), guard, subsume);
      return;
    case ExprKind::Call: {
      auto* call = static_cast<const CallExpr*>(e);
      if (IsArrowCall(call)) {
        WellFormedArrowCall(call, guard, subsume);
        return;
      }
      const FunctionDecl* f = rp_.CalleeOf(call).function;
      if (!f) {  // a datatype constructor: its arguments must have the formals' types
        const Binding& b = rp_.CalleeOf(call);
        if (b.datatype && b.ctor >= 0) {
          std::vector<const Expr*> args = CtorArgs(call, b.datatype->ctors[b.ctor]);
          for (const Expr* a : args) WellFormed(a, guard, subsume);
          const Type* t = rp_.TypeOf(e);
          for (size_t i = 0; i < args.size(); ++i) {
            CheckSubset(CtorFieldType(t, b.ctor, i), args[i], Tr(args[i]), guard);
          }
        } else {
          for (const Expr* a : call->args) WellFormed(a, guard, subsume);
        }
        return;
      }
      std::optional<z3::expr> receiver;
      if (sym_.HasReceiver(f)) receiver = Receiver(call->callee, env_, sym_.BaseLayer());
      Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
      std::vector<const Expr*> bound = BoundArgs(call->args, f->params);
      std::vector<z3::expr> args = ArgValues(
          bound, {&f->params, &f->defaults, f, inst, receiver}, env_, sym_.BaseLayer(),
          [&](size_t, const Expr* a) {
            WellFormed(a, guard, subsume);
            return Tr(a);
          },
          false);
      for (size_t i = 0; i < args.size(); ++i) {
        if (!bound[i]) continue;  // (a default value: checked in the callee)
        CheckSubset(CalleeType(f, rp_.CalleeOf(call), call->callee, rp_.TypeOf(f->params[i])),
                    bound[i], args[i], guard);
      }
      if (Symbols::TwoState(f)) {
        // (The receiver first, as Dafny checks them.)
        if (receiver) {
          CheckReceiverAllocatedBefore(call->callee, *receiver, guard,
                                       vir::Obligation::TwoStateFunctionReceiverAllocated);
        }
        CheckAllocatedBefore(f->params, bound, args, guard,
                             vir::Obligation::TwoStateFunctionArgAllocated);
      }
      Env callee = BindFormals(f->params, args);
      if (receiver) {
        callee.insert_or_assign(&this_var_, *receiver);
        if (const Expr* named = CalleeName(call->callee); named->kind == ExprKind::Select) {
          WellFormed(static_cast<const SelectExpr*>(named)->object, guard, subsume);
          if (z3::eq(receiver->get_sort(), sym_.ref_sort)) {
            // (At the call's parenthesis, as Dafny reports it.)
            Assert(vir::Obligation::NullTarget, call->tok,
                   z3::implies(guard, *receiver != sym_.null_ref));
          }
        }
      }
      if (in_old_) {
        // Called in an old state: its receiver and arguments were allocated there.
        z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
        if (receiver && CalleeName(call->callee)->kind == ExprKind::Select &&
            z3::eq(receiver->get_sort(), sym_.ref_sort)) {
          Assert(vir::Obligation::ReceiverArgAllocated,
                 static_cast<const SelectExpr*>(CalleeName(call->callee))->object->tok,
                 z3::implies(guard, z3::select(alloc, *receiver)));
        }
        for (size_t i = 0; i < call->args.size() && i < args.size(); ++i) {
          const Expr* a = call->args[i];
          if (a->kind == ExprKind::NamedArg || !IsReference(rp_.TypeOf(a)) ||
              !z3::eq(args[i].get_sort(), sym_.ref_sort)) {
            continue;
          }
          Assert(vir::Obligation::ArgAllocated, a->tok,
                 z3::implies(guard, args[i] == sym_.null_ref || z3::select(alloc, args[i])));
        }
      }
      Symbols::SubstScope scope(sym_, f, inst);
      for (const Spec& req : f->requires_) {
        for (const Conjunct& part : Conjuncts(req.expr)) {
          Assert(vir::Obligation::FunctionPrecondition, call->tok,
                 z3::implies(guard, Tr(part, callee, sym_.ls(sym_.BaseLayer()))), part->tok);
        }
      }
      bool own_post = in_own_postcondition_ && f == decl_;
      // (Extreme predicates call each other without a termination check: they are fixpoints;
      // so do co-recursive calls, whose values are productive.)
      bool extreme =
          (IsExtremePredicate(f) && IsExtremePredicate(function_)) || co_calls_.contains(call);
      if (call->callee->kind == ExprKind::PrefixName) {
        auto* pn = static_cast<const PrefixNameExpr*>(call->callee);
        WellFormed(pn->depth, guard, subsume);
        extreme = true;  // (P#[k] is defined by recursion on k)
      }
      if (in_default_ && InTaskCluster(f)) {
        // (A default value of the function or method whose cluster this is: Dafny reports
        // the call instead of checking its termination.)
        Assert(vir::Obligation::DefaultNonRecursive, call->tok,
               z3::implies(guard, c_.bool_val(false)));
      } else if (!own_post && !extreme && InTaskCluster(f)) {
        CheckCallTermination(call, f, callee, guard);
      }
      // (After the termination check, as in Dafny: with a default decreases clause, a call
      // that decreases reads less.)
      // Within a function, what the callee reads the function must be allowed to read (a
      // field frame o`g of the callee counts as all of o; of the caller, not at all).
      const std::vector<Expr*>* frame = CheckedReads();
      if (frame && Symbols::ReadsHeap(f)) {
        z3::expr o = c_.constant(fmt::format("$ro#{}", sym_.NextId()).c_str(), sym_.ref_sort);
        z3::expr used =
            o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o) &&
            (f->reads_star ? c_.bool_val(true) : InFrame(f->reads, o, callee, nullptr, true));
        Assert(vir::Obligation::ReadsCall, call->tok,
               z3::implies(guard && reads_premise_,
                           Forall(c_, {o}, z3::implies(used, InFrame(*frame, o, ReadsEnv())), {})));
      }
      if (own_post) return;
      // The call has been checked: its function's consequence axiom may be used for it.
      z3::expr_vector cc(c_);
      if (receiver) cc.push_back(*receiver);
      for (const z3::expr& a : args) cc.push_back(a);
      // A call without a termination check is no induction hypothesis: its callee's
      // postcondition is not assumed for it within the cluster.
      if (!(extreme && InTaskCluster(f))) Assume(z3::implies(guard, sym_.CanCall(f, inst)(cc)));
      return;
    }
    case ExprKind::Quantifier: {
      // The body must be well formed for every value of the bound variables in the range:
      // check it for arbitrary (fresh) ones.
      auto* q = static_cast<const QuantifierExpr*>(e);
      Env saved = env_;
      z3::expr inner_guard = guard;
      for (const BoundVar& bv : q->domain.vars) {
        z3::expr x = sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var));
        env_.insert_or_assign(bv.var, x);
        inner_guard = inner_guard && BoundRange(rp_.TypeOf(bv.var), x);
      }
      for (const BoundVar& bv : q->domain.vars) {
        if (bv.collection) {
          WellFormed(bv.collection, inner_guard, subsume);
          inner_guard = inner_guard && InBinding(bv, env_, sym_.BaseLayer());
        }
        if (!bv.range) continue;
        WellFormed(bv.range, inner_guard, subsume);
        inner_guard = inner_guard && Tr(bv.range);
      }
      WellFormed(q->body, inner_guard, subsume);
      env_ = saved;
      return;
    }
    case ExprKind::Unchanged:
      WellFormedUnchanged(static_cast<const TwoStateExpr*>(e), guard, subsume);
      return;
    case ExprKind::Old: {
      // The operand in the old state, where the objects whose fields it reads must be
      // allocated (and no reads checks: Dafny makes none in old).
      auto* old = static_cast<const OldExpr*>(e);
      Env saved = std::exchange(env_, InOldState(old, env_));
      bool saved_in_old = std::exchange(in_old_, true);
      bool saved_no_reads = std::exchange(no_reads_checks_, true);
      WellFormed(old->operand, guard, subsume);
      no_reads_checks_ = saved_no_reads;
      in_old_ = saved_in_old;
      env_ = std::move(saved);
      return;
    }
    case ExprKind::Name: {
      const Var* v = rp_.BindingOf(e).var;
      if (const Decl* m = rp_.BindingOf(e).member; m && m->kind == DeclKind::Field) {
        WellFormedField(e, nullptr, m, guard);
        return;
      }
      if (const Binding& b = rp_.BindingOf(e); b.datatype && b.destructor >= 0) {
        WellFormedDestructorOf(sym_.Apply(sym_.SelfType(b.datatype)),
                               static_cast<const NameExpr*>(e)->name, env_.at(&this_var_), e->tok,
                               guard);
        return;
      }
      auto t = v ? tracker_of_.find(v) : tracker_of_.end();
      if (t != tracker_of_.end() && !(method_ && IsOut(v))) {
        Assert(vir::Obligation::LocalAssigned, e->tok, z3::implies(guard, env_.at(t->second)));
        task_.asserts.back().subject = v->name;
      }
      return;
    }
    default:
      ForEachSubExpr(e, [&](const Expr* sub) { WellFormed(sub, guard, subsume); });
      if ((e->kind == ExprKind::SeqDisplay || e->kind == ExprKind::SetDisplay ||
           e->kind == ExprKind::MultisetDisplay) &&
          !static_cast<const DisplayExpr*>(e)->from_collection) {
        const Type* t = rp_.TypeOf(e);
        const Type* elem = t->kind == TypeKind::String ? rp_.types.Char() : t->args[0];
        for (const Expr* x : static_cast<const DisplayExpr*>(e)->elements) {
          CheckSubset(elem, x, Tr(x), guard);
        }
        return;
      }
      if ((e->kind == ExprKind::Select || e->kind == ExprKind::Name) && rp_.BindingOf(e).member &&
          rp_.BindingOf(e).member->kind == DeclKind::Field) {
        const Expr* object =
            e->kind == ExprKind::Select ? static_cast<const SelectExpr*>(e)->object : nullptr;
        WellFormedField(e, object, rp_.BindingOf(e).member, guard);
        return;
      }
      if (e->kind == ExprKind::Select && rp_.BindingOf(e).destructor >= 0) {
        WellFormedDestructor(static_cast<const SelectExpr*>(e), guard);
        CheckNotGhostVariant(e, guard);
        return;
      }
      if (e->kind == ExprKind::Select && rp_.BindingOf(e).ctor_test) CheckNotGhostVariant(e, guard);
      // o.c of a const that needs its object: o is not null (no reads: consts are not heap).
      if (e->kind == ExprKind::Select && rp_.BindingOf(e).member &&
          IsObjectConst(rp_, rp_.BindingOf(e).member)) {
        const Expr* object = static_cast<const SelectExpr*>(e)->object;
        if (object->kind != ExprKind::This) {
          Assert(vir::Obligation::NullTarget, e->tok,
                 z3::implies(guard, Tr(object) != sym_.null_ref));
        }
        return;
      }
      if ((e->kind == ExprKind::Index &&
           IsArray(rp_.TypeOf(static_cast<const IndexExpr*>(e)->seq))) ||
          (e->kind == ExprKind::Slice &&
           IsArray(rp_.TypeOf(static_cast<const SliceExpr*>(e)->seq))) ||
          (e->kind == ExprKind::Select &&
           IsArray(rp_.TypeOf(static_cast<const SelectExpr*>(e)->object)))) {
        WellFormedArray(e, guard);
        return;
      }
      WellFormedCollection(e, guard);
      return;
  }
}

}  // namespace dfy::verify
