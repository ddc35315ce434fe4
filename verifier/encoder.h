// Internal to the verifier: the translation of typed Dafny expressions and statements into
// VIR and Z3 terms, for one task in one Z3 context.
#pragma once

#include <z3++.h>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "frontend/call_graph.h"
#include "frontend/resolve.h"
#include "verifier/intervals.h"
#include "verifier/theories/collections.h"
#include "verifier/vir.h"

namespace dfy::verify {

// A field of a generic class's instantiation that has no heap part: the heap's parts stop at
// one level of nesting below the program's deepest instantiation (a class whose field
// instantiates it anew names instantiations without end). Thrown by Symbols::FieldPart; the
// axioms of a function instance that needs one are left out (InstanceAxioms), elsewhere it is
// an internal error.
struct MissingHeapPart : std::logic_error {
  using std::logic_error::logic_error;
};

// Values of variables: each maps to its current SSA incarnation (a Z3 constant).
using Env = std::unordered_map<const Var*, z3::expr>;

// `forall x | R(x) { a[x] := E(x); }`: the one form of assignment in a forall statement dfyc
// verifies (an array element per value of the one bound variable). Returns the assignment.
const AssignStmt* ForallArrayUpdate(const ResolvedProgram& rp, const ForallStmt* s);
// forall x | R(x) { L(x) := G(x); } for a field or array element L: the assignment, else null.
const AssignStmt* ForallAssign(const ResolvedProgram& rp, const ForallStmt* s);

// The uninterpreted constants of `t` not in `seen` (free variables of a comprehension's or
// lambda's translation), in order of first occurrence.
void FreeConstants(const z3::expr& t, std::vector<z3::expr>& out, std::set<unsigned>& seen);
// The maximal subterms of `t` (but numbers and booleans) that mention no constant in `seen` and
// no variable bound inside `t`, each once, in order: as Boogie's lambda lifting, the parameters
// of a comprehension's function, so that `set k | 0 <= k < i :: a[k]` at i == a.Length and
// `set k | 0 <= k < a.Length :: a[k]` are one function at equal arguments.
void ClosedSubterms(const z3::expr& t, std::vector<z3::expr>& out, std::set<unsigned>& seen);

// `t` with the type parameters of `owner` replaced by `args`.
const Type* SubstituteParams(const TypeTable& types, const Type* t, const Decl* owner,
                             const std::vector<const Type*>& args);

// Least and greatest predicates and lemmas (lower_extreme.cpp).
bool IsExtremePredicate(const FunctionDecl* f);
bool IsExtremeLemma(const Decl* d);

// Classes, traits and iterators (the class Dafny makes of one): the declarations whose values
// are references to objects.
inline bool IsClassLike(const Decl* d) {
  return d && (d->kind == DeclKind::Class || d->kind == DeclKind::Trait ||
               d->kind == DeclKind::Iterator);
}
// The type parameters and members of a class-like declaration.
inline const std::vector<TypeParam>& ClassTypeParams(const Decl* d) {
  if (d->kind == DeclKind::Iterator) return static_cast<const IteratorDecl*>(d)->type_params;
  return static_cast<const ClassDecl*>(d)->type_params;
}
inline const std::vector<Decl*>& ClassMembers(const Decl* d) {
  if (d->kind == DeclKind::Iterator) return static_cast<const IteratorDecl*>(d)->members;
  return static_cast<const ClassDecl*>(d)->members;
}
// The iterator whose member `d` is (its constructor, MoveNext, Valid, fields), or null.
inline const IteratorDecl* IteratorOf(const ResolvedProgram& rp, const Decl* d) {
  const Decl* owner = d ? rp.OwnerOf(d) : nullptr;
  return owner && owner->kind == DeclKind::Iterator ? static_cast<const IteratorDecl*>(owner)
                                                    : nullptr;
}

// Library mode: a declaration of the standard library, taken as verified (as Dafny takes its
// own) unless --verify-standard-libraries.
inline bool InVerifiedLibrary(const Context& ctx, const Decl* d) {
  return !ctx.options.verify_library && ctx.sources.File(d->range.file).library();
}
// A declaration whose own proofs are not checked: in the verified library, or marked
// {:verify false} (@Verify(false)), whose obligations Dafny does not check either (its
// definition and contract are still used by its callers).
bool SkipsVerification(const Context& ctx, const Decl* d);

// `{}` (whose element type a frame may leave unknown).
inline bool IsEmptyDisplay(const Expr* e) {
  return e->kind == ExprKind::SetDisplay && static_cast<const DisplayExpr*>(e)->elements.empty();
}

// Whether `e` refers to `this` or to members that need it (fields, instance members).
bool MentionsObject(const ResolvedProgram& rp, const Expr* e);
// The collection type behind a type, with string as seq<char>.
const Type* Collection(const ResolvedProgram& rp, const Type* t);
// The variables a let-such-that binds (each of its patterns is a variable).
std::vector<const Var*> LetVars(const LetExpr* l);
// A class's const whose value needs its object: one without a value (set by the constructor),
// or whose value mentions `this`. (Other consts of classes are values, as module consts.)
bool IsObjectConst(const ResolvedProgram& rp, const Decl* d);
// An instance const of a datatype or newtype (`const Half := this as int / 2`): its value is its
// initializer at the receiver's value.
bool IsValueConst(const ResolvedProgram& rp, const Decl* d);

// The arguments of a datatype constructor's call in the order of its formals: positional ones
// first, then those given by name (`Variables(piles := p, turn := t)`); null where an argument
// is missing (a default value).
std::vector<const Expr*> CtorArgs(const CallExpr* call, const DatatypeCtor& ctor);
// The same for any call (encode_args.cpp): the expression bound to each of `formals` by `args`.
std::vector<const Expr*> BoundArgs(const std::vector<Expr*>& args,
                                   const std::vector<Var*>& formals);
// An argument's expression (a named argument's value).
const Expr* ArgValueExpr(const Expr* a);

// Whether class or trait `d` is `ancestor` or extends it, directly or through other traits.
bool InheritsFrom(const ResolvedProgram& rp, const Decl* d, const Decl* ancestor);

// Newtypes and subset types (encode_types.cpp).
bool IsConstrainedType(const Type* t);
// nat, a subset type or a newtype (not a collection of them).
inline bool HasDirectConstraint(const Type* t) {
  return t->kind == TypeKind::Nat || IsConstrainedType(t);
}
// Whether dfyc can state that a value of type t is allocated in a heap, for an `older` formal
// (lower_older.cpp): types holding no references, references, collections of them, type
// parameters.
bool OlderAllocExpressible(const ResolvedProgram& rp, const Type* t);
// Dafny's IsOlderProofObligation message for f's `older` formals.
std::string OlderMessage(const FunctionDecl* f, bool has_receiver);
// A type with every newtype and subset type replaced by its base type (nat stays nat).
const Type* Underlying(const ResolvedProgram& rp, const Type* t);
// The datatype of a datatype type, or of a subset type of one.
const DatatypeDecl* DatatypeDeclOf(const ResolvedProgram& rp, const Type* t);

// Per-task symbols: sorts, the fuel layers, one Z3 function per Dafny function.
class Symbols {
 public:
  Symbols(z3::context& c, const ResolvedProgram& rp);

  z3::context& c;
  const ResolvedProgram& rp;
  z3::sort layer;
  z3::func_decl lz;  // $LZ: the layer with no fuel left
  z3::func_decl ls;  // $LS: one more layer of fuel
  Collections coll;

  // The heap (encode_heap.cpp): references, array lengths, and the parts of the heap state,
  // each a pseudo-variable of the lowering: allocation (Ref -> bool), then the elements of the
  // arrays of each element sort (Ref -> int -> E), in a fixed order.
  z3::sort ref_sort;
  z3::expr null_ref;
  z3::func_decl array_length;
  // An object's class (Dafny's dtype), as a number per class: a trait's functions are its
  // class's on its objects.
  z3::func_decl dtype;
  z3::expr ClassTag(const Decl* cls);
  // A const of a class without a value: a function of the object (Dafny's), independent of
  // the heap. A const of a generic class whose type names the class's type parameters has one
  // per instantiation (`receiver`, the class type of the object), as a field has a heap part.
  z3::func_decl ConstField(const Decl* d, const Type* receiver = nullptr);
  // The const's type for objects of `receiver` (its declared type for a non-generic class).
  const Type* ConstType(const Decl* d, const Type* receiver);
  std::set<std::string> typed_consts;  // (symbol names) those whose type axiom is made
  struct HeapPart {
    std::string name;
    z3::sort sort;
    uint32_t array_width = 0;  // for the elements of arrays: their number of dimensions
  };
  const std::vector<HeapPart>& HeapParts();
  static constexpr size_t kAllocPart = 0;
  size_t ArrayPart(const Type* array_type);
  // The heap part's key of arrays of `width` dimensions of `elem`.
  static std::string ArrayKey(uint32_t width, const z3::sort& elem);
  // The sort of an array's elements in its heap part (its row): Int -> elem, or for several
  // dimensions one Z3 array indexed by all of them (Int x Int -> elem), not nested arrays:
  // e-matching then sees a[i, j] as one term, and a[i0, j] and a[m, j] meet once i0 = m.
  z3::sort ArrayRowSort(uint32_t width, const z3::sort& elem);
  // The element of a row at `indices` (one per dimension), and the row with it replaced.
  static z3::expr ArrayElement(const z3::expr& row, const std::vector<z3::expr>& indices);
  static z3::expr ArrayStore(const z3::expr& row, const std::vector<z3::expr>& indices,
                             const z3::expr& value);
  // a.Length (width 1) or a.Length<dim> of a multi-dimensional array.
  z3::expr ArrayLength(const z3::expr& r, uint32_t width, uint32_t dim);
  // The part of a field for objects of the class type `receiver` (the field's class, or one
  // instantiation of a generic class: each has its own part, as its objects are its own).
  size_t FieldPart(const Decl* field, const Type* receiver);
  // The parts of a field: one, or one per instantiation of its class (FieldPerInstance).
  std::vector<size_t> FieldParts(const Decl* field);
  // Whether the field has a part per instantiation of its generic class (its type names the
  // class's type parameters) rather than one.
  bool FieldPerInstance(const Decl* field) const;
  // The class type instantiation whose objects a field's part holds.
  const Type* ReceiverOfPart(size_t part);
  // The field whose part this is (null for the allocation and array parts).
  const Decl* FieldOfPart(size_t part);
  // The other parts that may hold the same locations as `part` seen through other types: the
  // field's parts of the instantiations that may be the same type (E<U> and E<int> in a method
  // generic in U, whose objects may be one), and the parts of arrays whose element types may be
  // one type (array<U> and array<int>). Dafny's heap has one location there.
  const std::vector<size_t>& AliasParts(size_t part);
  // Dafny's $Is of a trait type or of an instantiation of a generic class (`t`, under the
  // substitution in force): a predicate of references, assumed of each value known to have
  // that type or one below it (parameters, `this`, new objects, fields, consts and function
  // results), so that a trait's function is its own redeclaration's on it (Action<I, O>'s
  // Requires for GenericAction<I, O>'s).
  z3::func_decl IsInstance(const Type* t);
  // The instantiations of class or trait `d` the program names (the heap's, with its own).
  std::vector<const Type*> NamedInstances(const Decl* d);
  // Whether the heap has parts for the fields of class type `t` (every instantiation the
  // program names, and each generic class's own).
  bool HasFieldParts(const Type* t);
  // Whether a member takes `this`: instance methods, functions and fields of classes.
  bool HasReceiver(const Decl* d) const;
  // The sort of `this`: Ref for classes, the datatype's sort for a datatype's members.
  z3::sort ReceiverSort(const Decl* d);
  // Seq#FromArray: the sequence of the first n elements of an array's row.
  z3::expr FromArray(const z3::expr& row, const z3::expr& n);
  std::vector<z3::expr> TakeHeapAxioms();

  z3::sort SortOf(const Type* t);
  // The theory operations of a collection type (seq, string, set, multiset, map).
  const Collections::SeqOps& SeqOf(const Type* t);
  const Collections::SetOps& SetOf(const Type* t);
  const Collections::MultisetOps& MultisetOf(const Type* t);
  const Collections::MapOps& MapOf(const Type* t);
  // The extensional equality of a collection type (Seq#Equal, ...); none for other types.
  std::optional<z3::func_decl> CollectionEquality(const Type* t);
  // A function's symbol for one instantiation of its type parameters (empty: not generic). A
  // generic function gets one symbol per instantiation, whose axioms are made on request
  // (monomorphisation): `requested` lists the instantiations used so far.
  using Instance = std::vector<const Type*>;
  z3::func_decl Function(const FunctionDecl* f, const Instance& inst = {});
  struct Requested {
    const FunctionDecl* f;
    Instance inst;
  };
  std::vector<Requested> requested;
  // The type parameters of a declaration: its declared ones, then those Dafny made up.
  std::vector<const Type*> TypeParamsOf(const Decl* d) const;
  // The substitution in force (while a generic callee's specification or an instance's axioms
  // are translated): sorts of type parameters are those of their instantiation.
  std::map<const Type*, const Type*> subst;
  const Type* Apply(const Type* t) const;
  // A type with its constraints erased (nat as int, a subset type or newtype as its base),
  // inside its arguments too: the type a value's sort is made for.
  const Type* Erase(const Type* t) const;
  // Sets `subst` for the type parameters of `d` instantiated by `inst`, until destroyed.
  class SubstScope {
   public:
    SubstScope(Symbols& sym, const Decl* d, const Instance& inst);
    ~SubstScope() {
      sym_.subst = saved_;
      sym_.scope_decl = saved_decl_;
    }

   private:
    Symbols& sym_;
    std::map<const Type*, const Type*> saved_;
    const Decl* saved_decl_;
  };
  // The declaration whose expressions are being translated under a SubstScope (a callee's
  // specification, a function's definition): its class is the type of an implicit `this`.
  const Decl* scope_decl = nullptr;
  std::string QualifiedName(const Decl* d) const;
  // The type of `this` in the members of `owner` (a class, trait or datatype), over its own
  // type parameters.
  const Type* SelfType(const Decl* owner) const;
  // The class or trait type `t` seen as its ancestor `owner` (`t` itself when it is one of
  // `owner`'s): the trait's type arguments as the extends clauses give them.
  const Type* Upcast(const Type* t, const Decl* owner) const;
  // A type's name that tells apart type parameters of different declarations and types of the
  // same name in different modules: the key of the sorts and predicates made per type.
  std::string TypeKey(const Type* t) const;
  // Inductive datatypes (encode_datatypes.cpp): one Z3 datatype per instantiation.
  struct DatatypeInfo {
    z3::sort sort;
    std::vector<z3::func_decl> ctors, testers;
    std::vector<std::vector<z3::func_decl>> accessors;
    z3::func_decl rank;  // Dafny's DtRank, for decreases
    std::vector<std::vector<const Type*>> field_types;
  };
  const DatatypeInfo& Datatype(const Type* t);
  // Codatatypes (encode_codatatypes.cpp): an uninterpreted sort per instantiation; their
  // equality as a function ($Eq#) and prefix equality ($PrefixEq#, over ORDINAL depths), with
  // the coinduction axiom that ties them.
  const DatatypeInfo& Codatatype(const Type* t);
  bool IsCodatatypeSort(const z3::sort& s) const;
  bool CyclicThroughCodatatype(const Type* t);
  z3::func_decl PrefixEquality(const Type* t, bool nat);
  z3::func_decl CoEquality(const z3::sort& s);
  void AddCoinduction(const Type* t);
  // The datatype made with this sort (null when the sort is not a datatype's).
  const DatatypeInfo* DatatypeOfSort(const z3::sort& s) const;
  // Dafny's D#Equal, for a datatype whose values hold collections (encode_datatypes.cpp);
  // none for the others, whose `==` is Z3's.
  std::optional<z3::func_decl> DatatypeEquality(const DatatypeInfo& d);
  // Function values (encode_arrows.cpp): one sort per parameter and result types.
  struct ArrowInfo {
    z3::sort sort;
    z3::func_decl apply, requires_;
  };
  const ArrowInfo& Arrow(const Type* t);
  // Function values that may read the heap (~>), as Dafny's ApplyN/RequiresN/ReadsN: each takes
  // the heap parts before the handle and arguments; reads gives a set<object?>. heap_free(f):
  // f reads nothing in any heap (every -> and --> value), so that its heap versions are the
  // heap-free apply and requires above and its reads are empty.
  struct HeapArrowInfo {
    z3::func_decl apply, requires_, reads, heap_free;
  };
  const HeapArrowInfo& HeapArrow(const Type* t);
  std::set<std::string> function_handles;  // named functions used as values so far
  // Dafny's $IsAlloc of each datatype sort so far (lower_older.cpp): whether dfyc could
  // define it (false: a field whose allocation it cannot state).
  std::map<std::string, bool> alloc_predicates;
  const DatatypeInfo& Tuple(const Type* t);
  // ORDINAL (encode_ordinals.cpp): its sort and Dafny's ORD# functions, with their axioms.
  struct OrdinalOps {
    z3::sort sort;
    z3::func_decl is_nat, offset, from_nat, less, less_than_limit, plus, minus;
  };
  const OrdinalOps& Ordinals();
  // Whether `s` is the ORDINAL sort (without making it, and its axioms, when no ORDINAL was used).
  bool IsOrdinal(const z3::sort& s) const { return ordinals_ && z3::eq(s, ordinals_->sort); }
  // Extreme predicates (lower_extreme.cpp): the prefix predicate P# of P, taking P's arguments
  // with the depth k (an int for P[nat], else an ORDINAL) before the parameters.
  z3::func_decl PrefixFunction(const FunctionDecl* f, const Instance& inst = {});
  z3::sort DepthSort(const FunctionDecl* f);
  // A number not used before in this task's names (every Lowerer of a task shares it).
  uint32_t NextId() { return fresh_counter_++; }
  // Dafny's Mul, Div and Mod (its default arithmetic mode): integer *, / and % as functions
  // defined by the SMT operators, so that `a[2 * i]` can be a trigger.
  z3::expr Arith(BinaryOp op, const z3::expr& l, const z3::expr& r);
  // A background fact (returned with the datatype axioms).
  void AddAxiom(const z3::expr& a) { datatype_axioms_.push_back(a); }
  // The functions that stand for set and map comprehensions, one per task and comprehension
  // (identical comprehensions share one, as Boogie's lambda lifting makes them), keyed by the
  // comprehension's definition with its free variables renamed canonically.
  std::map<std::string, z3::func_decl> comprehensions;
  // $Is predicates of datatype types (encode_types.cpp), by type; and which datatype types
  // have constraints in their fields.
  std::map<std::string, z3::func_decl> type_predicates;
  std::map<std::string, bool> constrained_datatypes;
  std::vector<z3::expr> TakeDatatypeAxioms();
  // A function with a reads clause takes the heap parts as arguments.
  static bool ReadsHeap(const FunctionDecl* f) { return !f->reads.empty() || f->reads_star; }
  // A two-state function takes the heap of its previous state too (before the current one).
  static bool TwoState(const FunctionDecl* f) {
    return f->flavor == FunctionFlavor::TwoStateFunction ||
           f->flavor == FunctionFlavor::TwoStatePredicate;
  }
  // f#canCall: the call f(args) is known to be reached by a terminating computation; it guards
  // f's consequence axiom while f's own cluster is being verified.
  z3::func_decl CanCall(const FunctionDecl* f, const Instance& inst = {});
  // $LS($LZ): the fuel of an ordinary use; asserted positions get one layer more.
  z3::expr BaseLayer() { return ls(lz()); }
  z3::expr Fresh(const std::string& name, const Type* t);
  // Lit(x): the identity, marking a term whose value is known at translation time (Dafny's
  // Lit/LitInt/LitReal). Function definitions unfold on literal arguments without fuel.
  z3::expr Lit(const z3::expr& e);
  bool IsLit(const z3::expr& e) const;
  // The axioms Lit(x) == x, one per sort used.
  std::vector<z3::expr> LitAxioms();
  // 2^width, as an integer numeral.
  z3::expr BitVectorBound(uint32_t width);
  // int2bv_N(x); each width used gets IntToBitVectorAxioms' fact, that a value in range is
  // kept: forall x :: 0 <= x < 2^N ==> bv2int(int2bv_N(x)) == x. (Valid; Z3 derives it only
  // through x mod 2^N, which takes it seconds even for a single byte.)
  z3::expr IntToBitVector(const z3::expr& x, unsigned width);
  std::vector<z3::expr> IntToBitVectorAxioms();
  z3::expr FreshBool(const std::string& name);
  // reveal#F: an opaque function's or const's definition holds where this holds
  // (encode_reveal.cpp); `reveal F();` assumes it.
  z3::expr Revealed(const Decl* d);
  std::set<std::string> revealable_consts;  // opaque consts whose axiom is made

 private:
  std::map<std::string, z3::func_decl> functions_;
  std::map<std::string, z3::func_decl> can_call_;
  std::string InstanceKey(const FunctionDecl* f, const Instance& inst) const;
  std::vector<const Type*> FieldDatatypes(const Type* t, bool codatatypes = false);
  bool HoldsCollections(const Type* t, std::set<std::string>& visiting);
  z3::expr FieldEqual(const Type* t, const z3::expr& x, const z3::expr& y);
  std::map<std::string, std::optional<z3::func_decl>> datatype_equalities_;  // by sort name
  z3::sort FieldSort(const Type* t, const std::map<std::string, unsigned>& group);
  void CollectionElementRanks(const DatatypeInfo& d, const z3::expr& built,
                              const std::vector<z3::expr>& vars, size_t j, const Type* ft);
  std::map<std::string, const Type*> ReachableDatatypes(const Type* from, bool codatatypes,
                                                        bool unmade);
  std::vector<const Type*> DatatypeGroup(const Type* t);
  void AddRankAxioms(const DatatypeInfo& d);
  std::map<std::string, z3::func_decl> lit_;  // by sort name
  std::vector<HeapPart> heap_parts_;
  std::map<std::string, DatatypeInfo> datatypes_;
  std::map<std::string, ArrowInfo> arrows_;
  std::optional<OrdinalOps> ordinals_;
  std::map<std::string, z3::func_decl> prefix_functions_;
  std::set<std::string> codatatype_sorts_, coinduction_;
  std::map<std::string, z3::func_decl> prefix_equalities_;
  std::map<std::string, HeapArrowInfo> heap_arrows_;
  std::string ArrowKey(const Type* t);
  std::set<std::string> building_;
  std::vector<z3::expr> datatype_axioms_;
  std::map<BinaryOp, z3::func_decl> arith_;
  std::map<std::string, size_t> array_part_;  // by ArrayKey
  std::map<std::string, z3::func_decl> array_lengths_;
  std::map<const Decl*, int> class_tags_;
  std::map<std::string, z3::func_decl> const_fields_;  // by symbol name
  std::map<std::string, size_t> field_part_;           // by field and receiver type (PartKey)
  std::map<size_t, const Type*> part_receiver_;
  std::string PartKey(const Decl* field, const Type* receiver) const;
  std::map<size_t, const Decl*> part_field_;                         // the inverse of field_part_
  std::map<std::string, std::vector<const Type*>> array_key_types_;  // element types by ArrayKey
  std::map<size_t, std::vector<size_t>> alias_parts_;
  std::set<std::string> instances_with_parts_;  // by TypeKey
  std::map<const Decl*, std::vector<const Type*>> named_instances_;
  std::map<std::string, z3::func_decl> is_instance_;                    // by TypeKey
  std::map<const Decl*, std::vector<z3::func_decl>> ground_instances_;  // of each class
  std::map<std::string, z3::func_decl> from_array_;
  std::vector<z3::expr> heap_axioms_;
  bool heap_ready_ = false;
  std::vector<z3::expr> ground_lits_;  // Lit(n) == n for each numeral n used
  std::set<unsigned> ground_lit_ids_;
  std::set<unsigned> int2bv_widths_;  // the widths of IntToBitVector terms made
  uint32_t fresh_counter_ = 0;
};

// The conjuncts of `e` (through parentheses and chained comparisons), as Dafny splits them
// into separately reported assertions.
// Dafny also splits the consequent of `==>`: each part is reported at its own token and checked
// under the antecedents.
struct Conjunct {
  const Expr* expr;
  std::vector<const Expr*> antecedents;
  const Expr* operator->() const { return expr; }
};
std::vector<Conjunct> Conjuncts(const Expr* e);

// Whether a statement of kind `kind` occurs in `s`.
bool ContainsStmt(const Stmt* s, StmtKind kind);
// Whether Dafny calls `f` a predicate in messages ("the enclosing predicate specification").
bool IsPredicate(const FunctionDecl* f);
// Names as Dafny lists them in messages: 'A', 'A' or 'B', 'A', 'B', or 'C'.
std::string PrintableNameList(const std::vector<std::string>& names);

// A universally quantified formula with one pattern (a multi-pattern of `pattern` terms).
z3::expr Forall(z3::context& c, const std::vector<z3::expr>& vars, const z3::expr& body,
                const std::vector<z3::expr>& pattern);
// The membership tests `member(s, x)` in `in` (a TrInSet result), each once, in order.
std::vector<z3::expr> MembershipsOf(const z3::expr& in, const z3::expr& x);
// A quantifier with alternative patterns (each a multi-pattern of its terms).
z3::expr Quantifier(z3::context& c, bool is_forall, const std::vector<z3::expr>& vars,
                    const z3::expr& body, const std::vector<std::vector<z3::expr>>& patterns);

// Builds the VIR of one task; shared by method bodies and function well-formedness.
class Lowerer {
 public:
  Lowerer(Symbols& sym, const CallGraph& graph, vir::Task& task, const Decl* decl)
      : sym_(sym),
        c_(sym.c),
        rp_(sym.rp),
        graph_(graph),
        task_(task),
        decl_(decl),
        cur_(&task.body) {}

  // A method has two tasks, as in Dafny: the well-formedness of its specification
  // (`spec_only`) and the correctness of its body.
  void LowerMethod(const MethodDecl* m, bool spec_only);
  // --reads-clauses-on-methods: a method's reads clause is checked (set before LowerMethod).
  void CheckMethodReads(bool on) { check_method_reads_ = on; }
  // The correctness of a function's `by method` body: a method with the function's parameters
  // and precondition whose one out-parameter (the result) must equal the function's value.
  void LowerByMethod(const FunctionDecl* f);
  void BindFunctionReceiver(const FunctionDecl* f);
  void BeginTwoState(bool monotonic);
  z3::expr AllocatedBefore(const std::vector<Var*>& formals, const Env& env, const Env& before);
  Env two_state_before_;  // BeginTwoState's previous state
  void CheckAllocatedBefore(const std::vector<Var*>& formals,
                            const std::vector<const Expr*>& actuals,
                            const std::vector<z3::expr>& values, const z3::expr& guard,
                            vir::Obligation kind);
  // A two-state member's receiver (an object: `this` in `env`) was allocated in the previous
  // state, as Dafny assumes it (true for a member without one); its callers check that.
  z3::expr ThisAllocatedBefore(const Env& env, const Env& before);
  void CheckReceiverAllocatedBefore(const Expr* callee, const z3::expr& receiver,
                                    const z3::expr& guard, vir::Obligation kind);
  // A `by method` body's task is outside its function's cluster (nothing calls the method):
  // calls of the function there are not recursive, and its definition is known to hold.
  void SetOutsideCluster() { outside_cluster_ = true; }
  void LowerFunction(const FunctionDecl* f);
  // A subset type's or newtype's task: its constraint well formed, its witness a value.
  void LowerTypeDecl(const NewtypeDecl* nt);
  void LowerConstDecl(const ConstDecl* cd);
  void LowerDatatypeDefaults(const DatatypeDecl* dt);
  // The override check of a class's method or function that implements a trait's
  // (lower_override.cpp).
  void LowerOverrideCheck(const Decl* member);
  // On an object of a class, a trait's function is the class's implementation of it: for
  // each function of a non-generic trait (OverrideAxioms), and for each instantiation of a
  // generic trait's function used (OverrideAxiomsOf, from InstanceAxioms).
  std::vector<z3::expr> OverrideAxioms();
  std::vector<z3::expr> OverrideAxiomsOf(const FunctionDecl* t, const Symbols::Instance& inst);
  std::optional<z3::expr> OverrideAxiom(const FunctionDecl* t, const Symbols::Instance& trait_args,
                                        const Decl* cls, const Type* cls_type,
                                        const FunctionDecl* f, bool by_instance);
  // The task's declaration: no override axiom makes a trait's function it (in its own tasks).
  void SkipOverrideAxiomsOf(const Decl* d) { no_override_axioms_of_ = d; }
  const Decl* no_override_axioms_of_ = nullptr;
  // `o` is an object of class `cls` (when that class extends traits, whose functions it
  // implements).
  void AssumeClassOf(const Decl* cls, const z3::expr& o);
  // A datatype's or newtype's member's `this` is of its type (its fields' or base's constraints).
  void AssumeValueReceiver(const Decl* member, const z3::expr& self);
  // `o`, if not null, is of class or trait type `t`: Symbols::IsInstance of it and of each
  // trait above it (of those that are traits or generic classes).
  z3::expr IsOfType(const Type* t, const z3::expr& o);
  // Background axioms of every function: definition (limited by fuel), layer synonym and
  // consequence (its ensures clauses and result type).
  std::vector<z3::expr> FunctionAxioms();
  // The axioms of the instances of generic functions requested so far and not yet made.
  std::vector<z3::expr> InstanceAxioms();
  // The instantiation of a call's callee, in the current substitution.
  // The instantiation of a callee's type parameters at a call (or of a constructor's at a
  // `new`): the receiver's type arguments for a member of a generic class or datatype (from
  // `callee`'s object, or the enclosing class's own for an implicit `this`), then the callee's.
  Symbols::Instance InstanceOf(const Binding& b, const Expr* callee = nullptr,
                               const Type* receiver = nullptr);

  // A callee's formals and the default values of those that have one (parallel, or empty),
  // with what a default expression needs: the callee (whose type parameters it may name) and
  // its instance at the call, and the call's receiver (for `this`).
  struct CalleeFormals {
    const std::vector<Var*>* formals;
    const std::vector<Expr*>* defaults;
    const Decl* decl;
    Symbols::Instance inst;
    std::optional<z3::expr> receiver;
  };
  // The values of a call's arguments, in the order of the callee's formals (encode_args.cpp):
  // `actual(i, e)` for the expression e the call binds to formal i (`bound`, from BoundArgs),
  // which checks it as the call needs; for an omitted one, the formal's default value in `env`
  // with the callee's formals bound to the call's values (Tr, or TrLit when `lit`). Dafny
  // checks no default at the call: WellFormedDefaults checks them in the callee.
  std::vector<z3::expr> ArgValues(const std::vector<const Expr*>& bound,
                                  const CalleeFormals& callee, const Env& env,
                                  const z3::expr& layer,
                                  const std::function<z3::expr(size_t, const Expr*)>& actual,
                                  bool lit);
  // The well-formedness of a method's or function's default values, checked in its
  // specification's task before its preconditions are assumed, as Dafny does: each is well
  // formed and of its formal's type; a function's reads within its reads clause; none calls a
  // function of the task's own cluster (DefaultNonRecursive, instead of a termination check).
  void WellFormedDefaults(const std::vector<Var*>& formals, const std::vector<Expr*>& defaults);

  // Expression translation (encode_expr.cpp). `layer` is the fuel for function calls.
  z3::expr Tr(const Expr* e, const Env& env, const z3::expr& layer);
  z3::expr Tr(const Expr* e) { return Tr(e, env_, sym_.BaseLayer()); }
  // As Tr, but a literal-valued result keeps its Lit mark (for call arguments).
  z3::expr TrLit(const Expr* e, const Env& env, const z3::expr& layer);
  z3::expr Unlit(const z3::expr& t) { return sym_.IsLit(t) ? t.arg(0) : t; }
  z3::expr IsCharCode(const z3::expr& x);
  Env InOldState(const OldExpr* e, const Env& env);
  z3::expr ConvertBitVector(const z3::expr& x, const z3::sort& to);
  std::optional<z3::expr> TrBitVectorBinary(BinaryOp op, const z3::expr& l, const z3::expr& r);
  bool IsOut(const Var* v) const { return v->kind == VarKind::OutParam; }
  // ORDINAL operations (encode_ordinals.cpp): comparisons, + and - (`handled` false for other
  // operators), and the members Offset, IsLimit, IsSucc and IsNat.
  z3::expr TrOrdinalBinary(BinaryOp op, const z3::expr& l, const z3::expr& r, bool& handled);
  std::optional<z3::expr> TrOrdinalMember(const std::string& member, const z3::expr& o);
  // Asserted positions get one more layer of fuel, as in Dafny.
  z3::expr TrAsserted(const Expr* e) { return Tr(e, env_, sym_.ls(sym_.BaseLayer())); }
  z3::expr Tr(const Conjunct& part, const Env& env, const z3::expr& layer);
  // A checked conjunct. A call of a predicate whose body is known is checked as Dafny's
  // TrSplitExpr does, as the call or its inlined body, whose own calls get one more layer of
  // fuel (LayerOffset(1)): `P(x) || body(x)`, which is P(x) by its definition.
  z3::expr TrAsserted(const Conjunct& part);
  // What an asserted term stands for once checked: the call, for TrAsserted's `P(x) || body`.
  z3::expr AssumedAfter(const z3::expr& asserted) const {
    auto it = assumed_after_.find(asserted.id());
    return it != assumed_after_.end() && z3::eq(it->second.first, asserted) ? it->second.second
                                                                            : asserted;
  }
  // (Z3 AST id of the asserted term -> that term, which keeps the id unique, and the call.)
  std::map<unsigned, std::pair<z3::expr, z3::expr>> assumed_after_;
  // Assumes a clause that is also checked somewhere (a precondition on entry, a callee's
  // postcondition, a loop invariant): each conjunct that is not a quantifier with the fuel it is
  // asserted with (one more layer, as in Dafny's checked split), so that its calls are terms of
  // that layer; a quantifier with the ordinary fuel only (Dafny's free copy), since a second copy
  // at the higher layer doubles its instantiations (derangement.dfy times out with both).
  void AssumeClause(const Expr* e, const Env& env);
  void AssumeClause(const Expr* e) { AssumeClause(e, env_); }
  // Emits the well-formedness checks of `e` (division by zero, function preconditions,
  // termination of recursive calls), each under `guard`.
  // `subsume`: whether each check is assumed after it. Dafny checks the expressions of assert,
  // assume, expect, print and loop invariants with {:subsumption 0}, the others with it.
  void WellFormed(const Expr* e, const z3::expr& guard, bool subsume = true);
  // The checks of e's parts (all but the newtype constraint on e's own value).
  void WellFormedParts(const Expr* e, const z3::expr& guard, bool subsume);

 private:
  z3::expr TrCall(const CallExpr* call, const FunctionDecl* f, const Env& env,
                  const z3::expr& layer);
  // Extreme predicates (lower_extreme.cpp). `call`: a translated call of f, to which the depth
  // k is added to make the call of f's prefix predicate.
  z3::expr TrPrefixCall(const z3::expr& call, const FunctionDecl* f, const Symbols::Instance& inst,
                        const z3::expr& k);
  // A depth as a prefix predicate or lemma with this depth type takes it (a natural number as
  // an ORDINAL).
  z3::expr DepthValue(bool nat, const z3::expr& k);
  // The calls in `e` of the extreme predicates of f's kind in f's cluster.
  void CollectFocalCalls(const Expr* e, const FunctionDecl* f, std::vector<const CallExpr*>& out);
  void PrefixAxioms(const FunctionDecl* f, const Symbols::Instance& inst,
                    const std::vector<z3::expr>& bound, const z3::expr_vector& args, const Env& env,
                    const z3::expr& guard, std::vector<z3::expr>& axioms);
  // Calls translated as calls of prefix predicates where the environment gives a depth k
  // (prefix_k_var_): true for the depth k - 1 (the focal calls of a prefix predicate's or prefix
  // lemma's body), false for k (the friendly calls of a prefix lemma's specification).
  std::unordered_map<const Expr*, bool> prefix_calls_;
  // The co-recursive calls of the function whose well-formedness is checked (FindCoCalls).
  void FindCoCalls(const FunctionDecl* f);
  std::set<const Expr*> co_calls_;
  // The other calls of f's cluster that return a codatatype, with the termination failure that
  // says why they are not co-recursive.
  std::map<const Expr*, vir::Obligation> co_call_notes_;
  z3::expr DepthPredecessor(const z3::expr& k);
  // Marks the friendly calls of extreme lemma m's specification (once per lemma); returns
  // whether it has any (whether its depth occurs in its prefix lemma's specification).
  bool MarkFriendlyCalls(const MethodDecl* m);
  std::map<const MethodDecl*, bool> friendly_marked_;
  // The prefix lemma of extreme lemma m (its correctness task): its depth k bound, the calls of
  // its focal predicates in its body at depth k - 1.
  void BeginPrefixLemma(const MethodDecl* m);
  // if k is a successor (nat: positive) { body } else { every smaller depth holds }.
  void LowerPrefixLemmaBody(const MethodDecl* m, bool tail);
  // The depth of a call of extreme lemma m: k of L#[k](args), or k - 1 for a call in the body
  // of a prefix lemma of m's cluster; nullopt for a call of the lemma itself.
  std::optional<z3::expr> CallDepth(const CallExpr* call, const MethodDecl* m);
  std::vector<z3::expr> AxiomsOf(const FunctionDecl* f, const Symbols::Instance& inst);
  z3::expr TrConst(const Decl* d, const z3::expr& layer);
  z3::expr TrValueConst(const Decl* d, const z3::expr& receiver, const z3::expr& layer);
  // Opaque functions and consts (encode_reveal.cpp).
  const Decl* RevealedDecl(const Expr* target) const;
  void LowerReveal(const RevealStmt* s, const z3::expr& guard);
  void AddRevealableValue(const ConstDecl* d, const z3::expr& k);
  size_t instances_done_ = 0;
  z3::expr TrQuantifier(const QuantifierExpr* q, const Env& env, const z3::expr& layer);
  std::optional<z3::expr> TrInComprehension(const BinaryExpr* b, const Env& env,
                                            const z3::expr& layer);
  std::vector<std::vector<z3::expr>> Patterns(const QuantifierDomain& domain,
                                              const z3::expr& matrix,
                                              const std::vector<z3::expr>& bound, const Env& inner,
                                              const z3::expr& layer);
  z3::expr InBinding(const BoundVar& bv, const Env& env, const z3::expr& layer);
  // A quantifier domain's variables bound in `inner` to fresh constants (`bound`), or the one
  // variable to `value` when given, with the range they satisfy: their types' bounds, their
  // `x <- c` bindings and their range expressions.
  struct BoundDomain {
    Env inner;
    std::vector<z3::expr> bound;
    z3::expr range;
  };
  BoundDomain BindDomain(const QuantifierDomain& domain, const Env& env, const z3::expr& layer,
                         const std::optional<z3::expr>& value = std::nullopt);
  // The heap (encode_heap.cpp).
 public:
  const Var* HeapVar(size_t part);
  // Fresh incarnations of every heap part; `also_alloc`: of the allocation state too.
  void HavocHeap(bool also_alloc);
  // After a write to `part` at object `o`: the parts that may see the same location through
  // other types (Symbols::AliasParts) hold some value there; at every object when `o` is null
  // (a forall statement's writes).
  void ForgetAliases(size_t part, const std::optional<z3::expr>& o);
  void AssumeGoodHeap();
  z3::expr HeapValue(size_t part, const Env& env);
  // Whether reference `r` is in the frame `frames` (a modifies or reads clause) in `env`.
  // Whether r is in the frame: for the location of `field` when given (o`f counts only for
  // its field); otherwise o`f counts as all of o when field_frames_whole, else not at all.
  z3::expr InFrame(const std::vector<Expr*>& frames, const z3::expr& r, const Env& env,
                   const Decl* field = nullptr, bool field_frames_whole = false);
  // After the heap was havocked from `before`: what the frame does not hold is unchanged, and
  // allocation only grows.
  // `protected_env`: the state whose allocated objects the frame protects (default: `before`);
  // a loop protects only what was allocated when the method began (Dafny's loop frame), since
  // objects allocated since then may change in any iteration.
  void AssumeFrameUnchanged(const Env& before, const std::vector<Expr*>* frames,
                            const Env& frame_env, const Env* protected_env = nullptr);
  // As AssumeFrameUnchanged, with the object `also` in the frame too.
  void AssumeFrameUnchangedExcept(const Env& before, const std::vector<Expr*>* frames,
                                  const Env& frame_env, const z3::expr& also,
                                  const Env* protected_env = nullptr);
  // `at`: the state the target's object and indices are evaluated in (that before the whole
  // assignment: `a[0], a[a[0]] := 1, 2` assigns a[old a[0]]); by default the current one.
  void LowerArrayAssign(const IndexExpr* lhs, const z3::expr& value, const Expr* rhs_expr,
                        const Env* at = nullptr);
  z3::expr LowerNewArray(const NewRhsExpr* e);
  void AssumeAllocated(const Type* t, const z3::expr& value);
  // `older` formals (lower_older.cpp): Dafny's $IsAlloc(v, t) in the allocation map `alloc`,
  // where dfyc can state it; and f's older condition for its call `self` with the formals of
  // `env` (none when f has no `older` formal).
  std::optional<z3::expr> AllocatedIn(const Type* t, const z3::expr& v, const z3::expr& alloc);
  std::optional<z3::expr> OlderCondition(const FunctionDecl* f, const z3::expr& self,
                                         const Env& env);
  // Whether `x` is an element of the collection `c` of type t (a sequence, set or multiset).
  z3::expr HasElement(const Type* t, const z3::expr& c, const z3::expr& x);
  // The heap parts that hold the locations of a reference of type t.
  std::vector<size_t> PartsOf(const Type* t);
  // unchanged(frames), unchanged@L(frames).
  z3::expr TrUnchanged(const TwoStateExpr* e, const Env& env, const z3::expr& layer);
  // Its frames' objects non-null and allocated in the old state.
  void WellFormedUnchanged(const TwoStateExpr* e, const z3::expr& guard, bool subsume);
  // The state old(...), fresh(...) and unchanged(...) refer to, with or without a label.
  const Env& OldStateOf(const std::string& label) const;
  bool IsArray(const Type* t) const { return t && t->kind == TypeKind::Array; }
  // Arrays, objects and instances of classes: values of the sort Ref.
  static bool IsReference(const Type* t) {
    return t && (t->kind == TypeKind::Array || t->kind == TypeKind::Object ||
                 (t->kind == TypeKind::UserDefined && IsClassLike(t->decl)));
  }
  // Objects (encode_objects.cpp).
  Var this_var_;  // `this`, in the environment of a member of a class
  // The depth k of a prefix predicate's or prefix lemma's definition, in its environment (also
  // bound to the resolver's `_k` of an extreme lemma's body).
  Var prefix_k_var_;
  z3::expr TrField(const Decl* field, const Type* receiver, const z3::expr& object, const Env& env);
  // The class type of the object whose field `target` (o.f, or f of `this`) names.
  const Type* ReceiverType(const Expr* target);
  void WellFormedField(const Expr* e, const Expr* object, const Decl* field, const z3::expr& guard);
  void LowerFieldAssign(const Expr* lhs, const z3::expr& value, const Expr* rhs_expr,
                        const Env* at = nullptr);
  z3::expr LowerNewObject(const NewRhsExpr* e);
  // The value of an object's const (IsObjectConst): in a constructor's first phase, for its
  // object, the value assigned so far.
  // `receiver`: the class type of the object (null: the const's type does not depend on it).
  z3::expr TrObjectConst(const Decl* d, const z3::expr& object, const Env& env,
                         const z3::expr& layer, const Type* receiver = nullptr);
  void AssignObjectConst(const Expr* lhs, const z3::expr& value, const Expr* rhs_expr);
  // A constructor's consts without values, as locals until its first phase ends, when they
  // become the object's.
  std::map<const Decl*, const Var*> const_locals_;
  std::deque<Var> const_vars_;
  void BeginConstructorConsts(const MethodDecl* ctor);
  // `clear`: the first phase ends here for every path (not only at this return).
  void EndConstructorConsts(bool clear = true);
  // The receiver of a member call: the selected object, or `this`.
  z3::expr Receiver(const Expr* callee, const Env& env, const z3::expr& layer);
  // Iterators (lower_iterator.cpp): the class Dafny makes of one, its constructor and MoveNext
  // as a client sees them, and the iterator's body with its yields.
  // `new I(args)` of iterator `it` on the new object `r` (allocated), after its arguments.
  void ConstructIterator(const NewRhsExpr* e, const IteratorDecl* it, const MethodDecl* ctor,
                         const std::vector<z3::expr>& args, const z3::expr& r);
  std::vector<z3::expr> LowerMoveNextCall(const CallExpr* call, const MethodDecl* m,
                                          const IteratorDecl* it);
  void LowerYield(const YieldStmt* s);
  // In an iterator's body: `this` (which the body may modify besides its modifies clause);
  // elsewhere null.
  z3::expr IteratorThis() { return iterator_ ? env_.at(&this_var_) : sym_.null_ref; }
  // The heap at the head of a loop of an iterator's body that yields: the yields may change
  // every object but `this`, those of _reads and _new, and the body writes `this`, the
  // modifies clause and new objects; only the objects of _reads outside these stay.
  void AssumeIteratorLoopFrame(const Env& before_loop);
  // Dafny's _yieldCount: the number of yields so far in an iterator's body. A loop of the body
  // whose decreases clause is inferred has it first, as a component that must grow (its type
  // is null in the Decreases: PrependYieldCount), so that a loop that yields on every
  // iteration terminates.
  void HavocYieldCount();
  // An object allocated by an iterator's body joins its _new (which a yield keeps).
  void RecordNewObject(const z3::expr& o);
  Var yield_count_var_;
  const IteratorDecl* iterator_ = nullptr;  // the iterator whose body or specification this is

 private:
  z3::expr TrArrayExpr(const Expr* e, const Env& env, const z3::expr& layer);
  void WellFormedArray(const Expr* e, const z3::expr& guard);
  static std::string ExprText(const Expr* e);
  const FunctionDecl* function_ = nullptr;  // the function whose well-formedness is checked
  // The reads clause of a lambda while its body is checked (WellFormedLambda), or of an array
  // initializer's.
  FunctionDecl lambda_frame_;
  std::deque<Var> heap_vars_;
  std::map<size_t, const Var*> heap_var_of_;
  // The state that old(e) refers to, when it is not the method's entry state.
  const Env* old_env_ = nullptr;
  // Within old(...) (its well-formedness): a field read's object must be allocated in the old
  // state, as Dafny checks.
  bool in_old_ = false;
  // Iterators (lower_iterator.cpp).
  struct IteratorParts {
    std::vector<const Decl*> ins, yields, histories;  // consts, fields, ghost fields
    const Decl* reads = nullptr;                      // _reads, _modifies: consts
    const Decl* modifies = nullptr;
    const Decl* new_ = nullptr;  // _new: a field
    const FunctionDecl* valid = nullptr;
  };
  IteratorParts PartsOfIterator(const IteratorDecl* it) const;
  void LowerIterator(const IteratorDecl* it, const MethodDecl* m, bool spec_only);
  void LowerIteratorConstructorSpec(const IteratorDecl* it, const MethodDecl* ctor);
  // Valid() of the iterator object `r` of type `self`, in `env`.
  z3::expr IteratorValid(const IteratorParts& p, const Type* self, const z3::expr& r,
                         const Env& env);
  // The set of objects of a frame (objects and sets of objects), in `env`.
  z3::expr FrameSet(const std::vector<Expr*>& frames, const Type* set_type, const Env& env);
  // What the constructor promises of `r` in `env` (`old`: the state before it): empty
  // histories, Valid(), _reads and _modifies its frames, _new empty.
  void AssumeConstsAllocated(const IteratorParts& p, const z3::expr& r);
  void AssumeConstructed(const IteratorDecl* it, const IteratorParts& p, const Type* self,
                         const z3::expr& r, const Env& env, const Env& old);
  // The heap changed from `before`, except at the objects allocated then for which `kept` holds.
  void AssumeUnchangedWhere(const Env& before,
                            const std::function<z3::expr(const z3::expr&)>& kept);
  // The same, part by part (`kept` of an object and a heap part).
  void AssumeUnchangedWhere(const Env& before,
                            const std::function<z3::expr(const z3::expr&, size_t)>& kept);
  // The objects for which `in_frame` holds are within what the current method may modify.
  z3::expr FrameAllowedWhere(const std::function<z3::expr(const z3::expr&)>& in_frame);
  // The yield's havoc: what a client may change before the next MoveNext.
  void YieldHavoc();
  void StoreField(const Decl* field, const Type* self, const z3::expr& o, const z3::expr& value);
  MethodDecl iterator_shell_;  // the method whose body the iterator's is
  const Type* iterator_self_ = nullptr;
  Env yield_state_;  // the state after the last yield (old(...) in yield ensures clauses)
  // Datatypes (encode_datatypes.cpp).
  z3::expr TrCtor(const Binding& b, const Type* dt_type, const std::vector<z3::expr>& args);
  z3::expr TrDestructor(const SelectExpr* s, const z3::expr& d);
  z3::expr TrDestructorOf(const Type* t, const std::string& member, const z3::expr& d);
  z3::expr MatchPattern(const Pattern* p, const z3::expr& value, const Type* t, Env& env);
  z3::expr TrMatch(const MatchExpr* m, const Env& env, const z3::expr& layer);
  z3::expr TrLet(const LetExpr* l, const Env& env, const z3::expr& layer);
  Env LetSuchThatValues(const LetExpr* l, const Env& env, const z3::expr& layer);
  // Can-call facts (encode_can_call.cpp).
  z3::expr CanCallOf(const CallExpr* call, const FunctionDecl* f, const Env& env,
                     const z3::expr& layer);
  z3::expr CanCallFacts(const Expr* e, const Env& env, const z3::expr& layer);
  bool NeedsCanCall(const FunctionDecl* f);
  bool ChoosesValue(const FunctionDecl* f);
  std::map<const FunctionDecl*, bool> chooses_value_;
  z3::expr WithCanCallFacts(const z3::expr& fact, const z3::expr& can_call, const Expr* e,
                            const Env& env, const z3::expr& layer);
  void AssumeCanCallFacts(const Expr* e, const Env& env);
  void WellFormedMatch(const MatchExpr* m, const z3::expr& guard, bool subsume);
  void WellFormedLet(const LetExpr* l, const z3::expr& guard, bool subsume);
  void WellFormedDestructor(const SelectExpr* s, const z3::expr& guard);
  void WellFormedDestructorOf(const Type* t, const std::string& member, const z3::expr& d,
                              SourceRange tok, const z3::expr& guard);
  // Compiled code on a datatype with ghost constructors (lower_compiled.cpp): Dafny's
  // NotGhostVariant for the discriminators, destructors, updates and equalities of `e`.
  void CheckNotGhostVariant(const Expr* e, const z3::expr& guard);
  // $IsIntReal(r): r is the value of an int-to-real conversion (encode_expr.cpp).
  z3::expr IsIntReal(const z3::expr& r) {
    return c_.function("$IsIntReal", c_.real_sort(), c_.bool_sort())(r);
  }
  // A {:concurrent} declaration's reads or modifies clause (`which`) is empty; `star`: it is
  // `*` (a method without a reads clause).
  void CheckConcurrentFrame(const Decl* d, const std::vector<Expr*>& frames, bool star,
                            const char* which);
  void LowerMatch(const MatchStmt* s, bool tail = false);
  void LowerAlternativeIf(const AlternativeIfStmt* s, bool tail = false);
  // The guards of `if case` or `while case` alternatives, each checked well-formed (a binding
  // guard `x :| P` for arbitrary values of its variables): whether each may be taken (for a
  // binding guard, `exists x :: P`).
  std::vector<z3::expr> AlternativeGuards(const std::vector<GuardedAlternative>& cases);
  // One branch per alternative from the current state, each assuming its guard (a binding
  // guard's variables chosen satisfying it, as Dafny's IntroduceAndAssignExistentialVars) and
  // running its body; the branches that end normally, with their states.
  std::vector<std::pair<vir::Block*, Env>> LowerAlternatives(
      const std::vector<GuardedAlternative>& cases, const std::vector<z3::expr>& guards,
      vir::Cmd& choice, bool tail);
  // Proof statements (lower_proof.cpp).
  z3::expr Relate(BinaryOp op, const z3::expr& a, const z3::expr& b, const Type* t);
  void LowerCalc(const CalcStmt* s);
  void WellFormedStmtInExpr(const StmtInExprExpr* e, const z3::expr& guard, bool subsume);
  // Lowers statement `s` of an expression (assert-by, calc) in a branch of its own where
  // `guard` holds, as the statement would be lowered; nothing of it is kept after the branch.
  void LowerStmtInExprBranch(const Stmt* s, const z3::expr& guard);
  void LowerForall(const ForallStmt* s);
  void LowerForallArrayUpdate(const ForallStmt* s, const AssignStmt* assign);
  void LowerForallAssign(const ForallStmt* s, const AssignStmt* assign);
  struct Location {
    z3::expr object;
    std::vector<z3::expr> indices;
  };
  Location LocationOf(const Expr* lhs, const Env& env);
  static z3::expr ReadAt(const z3::expr& h, const Location& loc);
  z3::expr ForallRange(const ForallStmt* s, Env& env, std::vector<z3::expr>& bound);
  void HavocForallVars(const ForallStmt* s);
  z3::expr ForallInferredConclusion(const ForallStmt* s, const Env& inner);
  z3::expr CalcPrefixEq(const Type* t, const z3::expr& k, const z3::expr& a, const z3::expr& b);
  std::optional<z3::expr> CalcConclusion(const CalcStmt* s, const Env& env);
  // `displays_only`: only the elements of displays v is in (for an integer v when the
  // predicate has a trigger).
  std::vector<z3::expr> WitnessGuesses(const Var* v, const z3::expr& x, const Env& inner,
                                       const Expr* pred, bool displays_only = false);
  z3::expr SuchThatExistence(const std::vector<const Var*>& targets,
                             const std::vector<z3::expr>& bound, const Env& inner,
                             const z3::expr& body, const Expr* pred);
  void LowerSuchThat(const std::vector<const Var*>& targets, const Expr* pred, bool assume,
                     SourceRange at);
  // Function values (encode_arrows.cpp).
  z3::expr ArrowIs(const Type* t, const z3::expr& f);
  z3::expr HeapArrowIs(const Type* t, const z3::expr& f);
  std::pair<z3::expr, z3::expr> HeapArrowAsPlain(const Type* t, const z3::expr& f);
  void AssumeArrowAllocated(const Type* t, const z3::expr& f);
  z3::expr TrArrowCall(const CallExpr* call, const Env& env, const z3::expr& layer);
  z3::expr_vector ArrowArgs(const CallExpr* call, const Env& env, const z3::expr& layer,
                            bool with_heap);
  void WellFormedArrowCall(const CallExpr* call, const z3::expr& guard, bool subsume);
  z3::expr TrLambda(const LambdaExpr* l, const Env& env, const z3::expr& layer);
  z3::expr TrReadingLambda(const LambdaExpr* l, const Env& env, const z3::expr& layer);
  z3::expr LambdaLayer();
  void AddLambdaLayerAxiom(const z3::func_decl& fn, const std::vector<z3::expr>& free);
  void WellFormedLambda(const LambdaExpr* l, const z3::expr& guard, bool subsume);
  z3::expr TrFunctionHandle(const FunctionDecl* f, const Type* t,
                            std::optional<z3::expr> receiver = std::nullopt,
                            const Symbols::Instance& inst = {});
  z3::expr TrSeqConstruction(const SeqConstructionExpr* e, const Env& env, const z3::expr& layer);
  void WellFormedSeqConstruction(const SeqConstructionExpr* e, const z3::expr& guard, bool subsume);
  // Whether a call applies a function value (or asks f.requires) rather than a function.
  bool IsArrowCall(const CallExpr* call) const;
  // Equality of two values of type t: the collections' Equal functions, else Z3's.
  z3::expr EqualValues(const z3::expr& a, const z3::expr& b, const Type* t);
  // Collections (encode_collections.cpp).
  z3::expr TrDisplay(const Expr* e, const Env& env, const z3::expr& layer);
  z3::expr TrCollectionExpr(const Expr* e, const Env& env, const z3::expr& layer);
  // A binary operator on collections; nullopt when the operands are not collections.
  z3::expr TrInSet(const Expr* s, const z3::expr& x, const Env& env, const z3::expr& layer);
  std::optional<z3::expr> TrCollectionBinary(const BinaryExpr* b, const z3::expr& l,
                                             const z3::expr& r);
  // The well-formedness checks of indexing, slicing and updates.
  void WellFormedCollection(const Expr* e, const z3::expr& guard);
  z3::expr StringValue(const std::u32string& chars);
  z3::expr TrComprehension(const Expr* e, const Env& env, const z3::expr& layer);
  z3::expr TrKeyedMapComprehension(const MapComprehensionExpr* mc,
                                   const std::vector<z3::expr>& bound, const z3::expr& range,
                                   const Env& inner, const z3::expr& layer);
  std::vector<size_t> UpdateCandidates(const DatatypeUpdateExpr* u);
  z3::expr TrDatatypeUpdate(const DatatypeUpdateExpr* u, const Env& env, const z3::expr& layer);
  std::pair<z3::func_decl, bool> ComprehensionFunction(const char* prefix, const z3::expr& open,
                                                       const std::vector<z3::expr>& free,
                                                       const std::vector<z3::expr>& locals,
                                                       const z3::sort& result);
  std::vector<z3::expr> ParameterVars(const std::vector<z3::expr>& free, z3::expr_vector& from,
                                      z3::expr_vector& to);
  z3::expr_vector ToVector(const std::vector<z3::expr>& xs);
  std::optional<z3::expr> FrameAxiom(const FunctionDecl* f, const z3::func_decl& fn,
                                     const std::vector<z3::expr>& bound, const Env& env,
                                     const std::vector<z3::expr>& heap_args);
  void CheckFunctionPost(const FunctionDecl* f, const Expr* body, const z3::expr& self);
  // The branches of a function's body (if-then-else, match, let), each assuming `self` is its
  // value; returns the term naming the return point of each branch (see MarkReturnPoint).
  z3::expr FunctionBranches(const FunctionDecl* f, const Expr* body, const z3::expr& self,
                            bool result_checked = false);
  void AssumeInductionHypothesis(const MethodDecl* m);
  // Every application of `f` inside `t`.
  static void CollectTriggerCandidatesOf(const z3::expr& t, const z3::func_decl& f,
                                         std::vector<z3::expr>& out);
  static bool Mentions(const z3::expr& t, const z3::expr& x);
  // Trigger terms for a quantifier over `bound` in `matrix`: each candidate that mentions every
  // bound variable (function calls whose arguments are bound variables or free of them).
  // `partial`: the candidates that mention some bound variables but not all.
  std::vector<z3::expr> CollectTriggers(const z3::expr& matrix, const std::vector<z3::expr>& bound,
                                        bool partial = false);

  // VIR emission.
  void Assume(const z3::expr& e);
  void Assert(vir::Obligation kind, SourceRange at, const z3::expr& e,
              std::optional<SourceRange> related = std::nullopt);
  // Asserts each conjunct of `e` separately, at the conjunct's own token (Dafny's splitting);
  // `whole` is used as the position when `e` is not a conjunction.
  struct AssertItem {
    vir::Obligation kind;
    SourceRange at;
    z3::expr expr;
    std::optional<SourceRange> related;
  };
  // Asserts the conjuncts of one clause, each checked without assuming the others (as Dafny
  // checks the parts of a split assertion), then assumes them all.
  void AssertGroup(const std::vector<AssertItem>& items);

  // Statements (lower_stmt.cpp).
  // `tail`: the statement ends the method's body, so its end is a return point (Dafny reports
  // a failed postcondition at the last statement of the failing path).
  void LowerBlock(const BlockStmt* b, bool tail = false);
  void LowerBodyAndExit(const MethodDecl* m, bool prefix);
  void LowerStmt(const Stmt* s, bool tail = false);
  void LowerVarDecl(const VarDeclStmt* s);
  void LowerAssign(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  // A right-hand side: an expression (checked well formed) or `new`.
  z3::expr LowerRhs(const Expr* r, const Type* target = nullptr);
  // Loops (lower_loop.cpp). `label`: the label of a labelled loop, for `break L`.
  struct LoopView {
    const Stmt* stmt = nullptr;
    SourceRange keyword;  // where termination failures are reported
    const Expr* cond = nullptr;
    const std::vector<Spec>* invariants = nullptr;
    const std::vector<Expr*>* decreases = nullptr;
    bool decreases_star = false;  // decreases *: no termination check
    const std::vector<Expr*>* modifies = nullptr;
    const BlockStmt* body = nullptr;
    // A `while case` loop's alternatives (body and cond are null): an iteration runs one
    // whose guard holds; the loop ends when none does.
    const std::vector<GuardedAlternative>* alternatives = nullptr;
    std::string label;
    const Var* for_var = nullptr;  // a for loop's index, its first and last values
    std::optional<z3::expr> for_first, for_last;
    bool for_down = false;
  };
  void LowerWhile(const WhileStmt* s, const std::string& label = {});
  void LowerAlternativeWhile(const AlternativeWhileStmt* s, const std::string& label = {});
  void LowerFor(const ForStmt* s, const std::string& label = {});
  void LowerLoop(const LoopView& v);
  // The modifies clauses of the loops being lowered, with the states they are evaluated in.
  struct LoopFrame {
    const std::vector<Expr*>* modifies;
    const Env* at;
  };
  std::vector<LoopFrame> loop_frames_;
  // `frame_ok` (the method's frame allows writing `o`, or its `field`), and `o` within each
  // enclosing loop's modifies clause or allocated since that loop began.
  z3::expr InLoopFrames(const z3::expr& frame_ok, const z3::expr& o, const Decl* field = nullptr);
  void LowerBreak(const BreakStmt* s);
  // The jump targets of the loops being lowered: VIR labels and the states that jump there.
  // The targets of break and continue: the enclosing loops, and labelled statements (which
  // only `break L` leaves).
  struct LoopTargets {
    std::string label;
    uint32_t break_label, continue_label;
    std::vector<std::pair<vir::Block*, Env>> breaks, continues;
    bool is_loop = true;
  };
  std::vector<LoopTargets> loops_;
  uint32_t label_counter_ = 0;
  void LowerIf(const IfStmt* s, bool tail = false);
  void LowerLabelled(const LabelStmt* s);
  // After a loop or labelled statement: the state where it ends normally, joined with those of
  // the `jumps` to `label` (Exit commands at their ends, the Label in the current block).
  void JoinJumps(std::vector<std::pair<vir::Block*, Env>> jumps, uint32_t label);
  void LowerReturn(const ReturnStmt* s);
  std::vector<z3::expr> LowerMethodCall(const CallExpr* call, const MethodDecl* m);
  // Asserts a callee's requires clauses at a call (`at`), each split into conjuncts checked
  // independently, in `callee` (the formals bound to the actuals, `this` to the receiver).
  // `note_inlined`: record the conjuncts of inlined predicate bodies for the report.
  void AssertPreconditions(const std::vector<Spec>& requires_, SourceRange at, const Env& callee,
                           bool note_inlined);
  z3::expr FrameAllowed(const std::vector<Expr*>& frames, const Env& frames_env);
  // The substitution and scope declaration of the caller while a callee's SubstScope is in
  // force: FrameAllowed reads the caller's own frames in the caller's terms (a trait's
  // `modifies Modifies(t)` in IConsumer<T> is Action<T, ()>'s, not Action<I, O>'s).
  struct SavedScope {
    std::map<const Type*, const Type*> subst;
    const Decl* decl;
  };
  std::optional<SavedScope> caller_scope_;
  // modify e: the heap changes within e, which the method may modify.
  void LowerModify(const ModifyStmt* s);
  void CheckPostconditions(SourceRange at);
  // Return points (vir::Task::return_points): the path from here on returns at `at` (nullopt:
  // at the default position, the body's `{`). A pseudo-variable in env_ holds the point.
  void MarkReturnPoint(std::optional<SourceRange> at);
  // Dafny checks an asserted call of a predicate with a known body through the conjuncts of its
  // body, and names the one that fails (report.cpp). The callee when `e` is such a call
  // (`within`: the function whose body it is in, whose cluster is not inlined again).
  const FunctionDecl* InlinedCallee(const Expr* e, const FunctionDecl* within = nullptr);
  // The conjuncts of the body of the call `e` (recursively), as terms in `env`.
  // (`layer`: that of the body's calls, the base layer unless given.)
  void InlinedConjuncts(const Expr* e, const Env& env, const FunctionDecl* within,
                        const std::vector<SourceRange>& chain, std::vector<vir::Proposition>& out,
                        const std::optional<z3::expr>& layer = std::nullopt);
  // Records them for assertion `id` of `part`, asserted in `env`.
  void NoteInlined(size_t id, const Conjunct& part, const Env& env);
  bool MentionsRecursiveCall(const Expr* e);
  // Whether `e` calls a function (whose translation depends on the fuel layer).
  bool MentionsFunctionCall(const Expr* e);
  // Asserts that a match's cases cover every constructor, one assertion per missing one
  // (`what`: "statement" or "expression"); false when the cases are not simple enough.
  bool CheckMissingCases(const std::vector<const Pattern*>& cases, const Type* t,
                         const z3::expr& value, const z3::expr& guard, SourceRange at,
                         const char* what);
  // Asserts the shape of a let's pattern, constructor by constructor; false when the pattern is
  // not simple enough (then nothing is asserted).
  bool CheckPatternShape(const Pattern* p, const z3::expr& value, const Type* t,
                         const z3::expr& guard);
  // Where a failed `assert` statement `s` of the conjunct `part` (one of `parts`) is reported.
  SourceRange AssertPosition(const Stmt* s, const std::vector<Conjunct>& parts,
                             const Conjunct& part);
  Var return_point_var_;
  // The paths that end at a `return`: they continue at the method's exit, where the
  // postconditions are checked once for all paths (one error per clause, as in Dafny).
  std::vector<std::pair<vir::Block*, Env>> returns_;
  bool collect_returns_ = false;  // LowerMethod joins returns_ (elsewhere a return checks)
  void AssignVar(const Var* v, const z3::expr& value, const Expr* value_expr);
  void Havoc(const Var* v);
  void AssumeTypeConstraint(const Var* v, const z3::expr& value);
  // Types with constraints (encode_types.cpp).
  // Checks that `value` (of `value_expr`) satisfies the constraints of `target`, unless the
  // expression has that very type.
  void CheckSubset(const Type* target, const Expr* value_expr, const z3::expr& value,
                   const z3::expr& guard);
  void CheckOutSubset(const Type* target, const Type* source, SourceRange at,
                      const z3::expr& value);
  void AssertIsType(const Type* target, const Type* source, SourceRange at, const z3::expr& value,
                    const z3::expr& guard);
  void CheckNewtypeResult(const Expr* e, const z3::expr& guard);
  // Whether t or a type inside a collection type t has a constraint.
  bool HasSubsetType(const Type* t);
  z3::expr BoundRange(const Type* t, const z3::expr& x);
  // Binds each variable to a fresh constant in `env` (appended to `bound`); returns what the
  // constants range over (their BoundRange).
  z3::expr BindFresh(const std::vector<const Var*>& vars, Env& env, std::vector<z3::expr>& bound);
  z3::expr IsType(const Type* t, const z3::expr& v);
  z3::expr OwnConstraint(const NewtypeDecl* nt, const z3::expr& v);
  // A type of a callee's signature, with its type parameters instantiated as at a call.
  const Type* CalleeType(const Decl* callee, const Binding& b, const Expr* callee_expr,
                         const Type* t);
  // The type of field `j` of constructor `ctor` of the datatype type `t` (instantiated).
  const Type* CtorFieldType(const Type* t, size_t ctor, size_t j);
  // Dafny's $Is for a datatype whose fields have constraints: a predicate defined by an axiom
  // over the constructors (recursive datatypes recursively).
  z3::expr DatatypeIs(const Type* t, const z3::expr& v);
  std::optional<std::pair<z3::expr, std::string>> DefaultValue(const Type* t);

  // Termination.
  struct Decreases {
    std::vector<z3::expr> values;
    std::vector<const Type*> types;
    std::vector<SourceRange> ranges;  // the clause, for the related location
    bool inferred = false;
  };
  void GuessLoopDecreases(const Expr* guard, Decreases& d);
  void PrependYieldCount(Decreases& d, SourceRange at);
  Decreases CalleeDecreases(const Decl* callee, const Env& callee_env, const z3::expr& layer);
  void CheckCallTermination(const CallExpr* call, const Decl* callee, const Env& callee_env,
                            const z3::expr& guard);
  // `less`, with Dafny's rules per type, bounded below for ints when `bounded`.
  // `or_equal`: less or equal. `before_types` (when known) lets a datatype value compare with
  // a sequence holding it.
  z3::expr LexLess(const Decreases& now, const std::vector<z3::expr>& before, bool bounded,
                   bool or_equal = false, const std::vector<const Type*>* before_types = nullptr);
  // The rank of a datatype or tuple value (DtRank), and the axiom that a sequence's elements of
  // such a type rank below it (Dafny's Seq#Rank element axiom), made on demand.
  std::optional<z3::expr> ValueRank(const Type* t, const z3::expr& v);
  std::optional<z3::expr> SeqRankAbove(const Type* seq, const z3::expr& s);
  // `olds decreases to news` (or `nonincreases to`) as Dafny's TranslateDecreasesToExpr: the
  // order of decreases clauses (LexLess, not bounded below) on the leading components whose
  // types Dafny can compare, the olds' list followed by a top element.
  z3::expr TrDecreasesTo(const DecreasesToExpr* d, const Env& env, const z3::expr& layer);
  // In an override check: the trait's functions (called on `this`) -> the class's.
  std::map<const Decl*, const Decl*> override_subst_;

  // Branches.
  Env BindFormals(const std::vector<Var*>& formals, const std::vector<z3::expr>& values);
  vir::Block* NewBranch(vir::Cmd& choice);
  void Join(std::vector<std::pair<vir::Block*, Env>>& arms, bool keep_terminated);
  z3::expr EntryDecreases(size_t i) const { return entry_decreases_.values[i]; }

  Symbols& sym_;
  z3::context& c_;
  const ResolvedProgram& rp_;
  const CallGraph& graph_;
  vir::Task& task_;
  const Decl* decl_;
  vir::Block* cur_;
  Env env_;
  Env entry_env_;  // values of the in-parameters on entry, for decreases at recursive calls
  Decreases entry_decreases_;
  const MethodDecl* method_ = nullptr;
  bool outside_cluster_ = false;
  bool InTaskCluster(const Decl* d) const {
    return !outside_cluster_ && graph_.SameCluster(d, decl_);
  }
  // In LowerByMethod: the function, its value (the postcondition), and the method it stands for.
  const FunctionDecl* by_method_of_ = nullptr;
  std::optional<z3::expr> by_method_value_;
  std::optional<z3::expr> by_method_returned_;  // the value of `return e` (unnamed result)
  MethodDecl by_method_shell_;
  LoopBounds loop_bounds_;
  bool terminated_ = false;  // the current path has ended (return, assume false)
  // While building a function's axioms: calls into its cluster use the axiom's layer.
  const Decl* axiom_owner_ = nullptr;
  // A function's postcondition may mention the function itself without a termination check.
  bool in_own_postcondition_ = false;
  // While a function's decreases clause is checked: no reads checks (Dafny makes none there).
  bool no_reads_checks_ = false;
  bool check_method_reads_ = false;
  // With --reads-clauses-on-methods: the reads clause of the method whose specification or
  // body this is, unless it reads * (Dafny's method reads frame), else null.
  const std::vector<Expr*>* method_reads_ = nullptr;
  // The reads clause the heap reads here are checked against: the function's or lambda's, else
  // the method's; null where reads are not checked. ReadsEnv: the state it is evaluated in
  // (a method's at its entry, as Dafny's $_ReadsFrame).
  const std::vector<Expr*>* CheckedReads() const {
    if (no_reads_checks_) return nullptr;
    if (function_) return function_->reads_star ? nullptr : &function_->reads;
    return method_reads_;
  }
  const Env& ReadsEnv() const { return function_ ? env_ : entry_env_; }
  bool subsume_ = true;      // see WellFormed
  int default_depth_ = 0;    // nesting of default values being translated (ArgValues)
  bool in_default_ = false;  // WellFormedDefaults: reads checks have no scope to name
  std::set<const Expr*> negated_literals_;  // operands of `-L`, checked as the literal -L
  // Dafny checks the reads of a function's precondition after assuming all of it: while its
  // requires clauses are checked, the reads checks hold under their conjunction.
  z3::expr reads_premise_ = c_.bool_val(true);
  // Definite assignment: each tracked variable (out-parameters, locals declared without a
  // value) has a boolean pseudo-variable in env_, true once it is assigned on the path.
  std::deque<Var> trackers_;
  std::unordered_map<const Var*, const Var*> tracker_of_;
  void Track(const Var* v);
  void CheckOutsAssigned(SourceRange at);
  // A constructor's fields without a known initializer, until they are checked assigned (at
  // its `new;` or the end of its body).
  std::vector<std::pair<const Decl*, const Var*>> field_trackers_;
  // The state at each `label L:` passed so far, for old@L.
  std::map<std::string, Env> label_states_;
  // The variables of an environment in a fixed order (by id, then name).
  static std::vector<const Var*> SortedVars(const Env& env);
  void TrackConstructorFields(const MethodDecl* ctor);
  void CheckFieldsAssigned(SourceRange at);
};

}  // namespace dfy::verify
