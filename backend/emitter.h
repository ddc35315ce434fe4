// The C++ emitter's internals, shared by emit_*.cpp (not a public header: see backend.h).
//
// One Emitter walks the resolved program once. In check mode (CheckCompileSubset) it writes
// nothing and reports each construct it cannot translate as "dfyc cannot compile X yet"; in
// emit mode (EmitCpp) it produces the C++ unit. Because both modes run the same code, the gate
// accepts exactly what the emitter translates.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "backend/backend.h"

namespace dfy::backend {

// One namespace-scoped piece of C++ text: consecutive pieces of the same namespace are merged.
struct Piece {
  std::string ns;  // "A::B"
  std::string text;
  // Of a module of an embedded library (the standard library): rendered inside an include
  // guard of its own, so that headers of several files that each import the module can be
  // included together (see Emitter::InLibrary).
  bool library = false;
};

// A loop or labelled statement that break/continue may target.
struct JumpTarget {
  const Stmt* stmt = nullptr;
  bool is_loop = false;
  std::string label;  // the Dafny label, if any
  int id = 0;
  bool used_break_label = false;
  bool used_continue_label = false;
};

// The C++ integer type of a native newtype or a bitvector type.
struct NativeInt {
  std::string cpp;  // "std::uint8_t"
  int bits = 0;     // 8, 16, 32 or 64
  bool is_signed = false;
  int bv = -1;  // N for bvN (arithmetic wraps modulo 2^N); -1 for a newtype
};

// A C++ string literal of UTF-8 text.
std::string CppLiteral(const std::string& utf8);

// The members of a failure-compatible type that `:-` calls (emit_failure.cpp).
struct FailureType {
  const FunctionDecl* is_failure = nullptr;
  const FunctionDecl* propagate = nullptr;
  const FunctionDecl* extract = nullptr;  // null when the type has none
  std::string access;                     // "." on a datatype, "->" on a class
};

// A call's arguments and what its default parameter values need (emit_defaults.cpp).
struct CallSite {
  CallSite(const std::vector<Expr*>* a, const std::vector<Var*>* f, const std::vector<Expr*>* d,
           SourceRange where)
      : args(a), formals(f), defaults(d), at(where) {}
  const std::vector<Expr*>* args = nullptr;
  const std::vector<Var*>* formals = nullptr;
  const std::vector<Expr*>* defaults = nullptr;  // parallel to formals, or empty
  SourceRange at;
  // The callee (method or function) and its type arguments; the type that declares it and
  // that type's arguments at the call (empty where the call is inside that type); the C++ of
  // the receiver where it is not `this`.
  const Decl* callee = nullptr;
  std::vector<const Type*> type_args;
  const Decl* owner = nullptr;
  std::vector<const Type*> owner_type_args;
  std::string receiver;
};

inline bool HasAttribute(const std::vector<Attribute>& attrs, const char* name) {
  for (const Attribute& a : attrs) {
    if (a.name == name) return true;
  }
  return false;
}

class Emitter {
 public:
  Emitter(const ResolvedProgram& rp, Context& ctx, bool check_only, EmitOptions options = {})
      : rp_(rp), ctx_(ctx), check_only_(check_only), options_(std::move(options)) {}

  CppUnit Run(const std::string& stem);
  size_t unsupported() const { return unsupported_; }

  // --- emit_cpp.cpp: diagnostics, names, layout.
  void Unsupported(SourceRange at, const std::string& what);
  void Error(SourceRange at, std::string msg);
  // Each module's place in Dafny's compilation order: after the modules it imports, refines
  // or contains, siblings in source order (Dafny's topologically sorted CompileModules).
  std::map<const Decl*, size_t> ModuleRanks() const;
  const ModuleDecl* ModuleOf(const Decl* d) const;
  std::string NamespaceOf(const ModuleDecl* m) const;
  // The C++ name of a module-level declaration (class, datatype, function...), qualified as
  // needed from the module being emitted.
  std::string QualifiedName(const Decl* d);
  // QualifiedName, or fully qualified when another module has a callable of that name.
  std::string CallName(const Decl* d);
  // The name Dafny's messages give d: `M.N.T`, `_module.T` in the default module.
  std::string DafnyFullName(const Decl* d) const;
  static std::string Join(const std::vector<std::string>& parts, const char* sep = ", ");
  std::string Fresh(const std::string& base);
  // The C++ name a new local `v` is declared with: its own, or, when that name is taken (Dafny
  // lets `var x := x + 1;` shadow an outer x, which C++ cannot express), a fresh one that
  // references to v use from then on.
  std::string DeclareLocal(const Var* v);
  void Line(const std::string& s);
  // Adds text to pieces, resolving its unused-variable marks (UnusedMark) first.
  // A definition of a library module goes to the header, `inline` (see InLibrary).
  void AddPiece(std::vector<Piece>& pieces, std::string text);
  // Whether the module being emitted is of an embedded library (the standard library). Each
  // Dafny file that imports it, translated on its own (dfyc_add_library), carries the module's
  // C++; the same text everywhere, since it depends on the module alone. Its definitions are
  // `inline` in the header, and each section of the header is guarded, so that two such files
  // compile, link and are included into one program together.
  bool InLibrary() const;
  // "inline " before a non-template definition or declaration of a library module, else "".
  std::string InlinePrefix() const { return InLibrary() ? "inline " : ""; }
  // A mark put before the declaration of local or parameter v: it becomes `[[maybe_unused]] `
  // when the code emitted for the callable never reads v (a variable that Dafny reads only in
  // specifications, or a pattern variable the body ignores), and nothing otherwise, so that
  // the C++ compiles without -Wunused warnings and reads as usual where v is used.
  std::string UnusedMark(const Var* v);
  // The C++ of an assignment's target: a plain local written here is not read.
  std::string AssignTarget(const dfy::Expr* lhs);
  // The traits a class or trait names in its extends clause.
  std::vector<const Decl*> ParentTraits(const Decl* c) const;
  std::string Indent() const { return std::string(indent_ * 2, ' '); }

  // --- emit_types.cpp
  std::string CppType(const Type* t, SourceRange where);
  std::string ParamType(const Type* t, SourceRange where);
  // `const X&` of a C++ type (`X const&` of a pointer).
  static std::string ConstRef(const std::string& cpp);
  std::string DefaultValue(const Type* t, SourceRange where);
  // The default value a subset type or newtype's compiled witness gives t, or "": a literal
  // as itself, another expression (a call, a display) as a call of the type's witness
  // function (EmitWitnessFunction), which a class's field initializer in the header may name.
  std::string WitnessDefault(const Type* t);
  // The witness that is not a literal of nt, or nullptr.
  const dfy::Expr* WitnessExpression(const NewtypeDecl* nt) const;
  std::string TypeArgs(const std::vector<const Type*>& args, SourceRange where);
  const Type* BaseOf(const Type* t) const;  // newtypes and subset types to their base
  // t with owner's type parameters replaced by args (the base of a generic subset type).
  const Type* SubstituteTypeParams(const Type* t, const Decl* owner,
                                   const std::vector<const Type*>& args) const;
  bool IsStringType(const Type* t) const;
  // The compiled (non-ghost) components of a tuple type, in order. A tuple type with ghost
  // components and exactly one compiled one is compiled as that component, which Dafny's
  // erasable wrapper rule makes it; `(ghost int, int, ghost bool, int)` is a dfy::Tuple of 2.
  std::vector<size_t> CompiledComponents(const Type* tuple) const;
  bool IsErasedTuple(const Type* t) const;  // a tuple type compiled as its one component
  // The C++ of compiled component i of `value`, a tuple of type `tuple` (null: no ghost ones).
  std::string TupleComponent(const Type* tuple, size_t i, const std::string& value) const;
  // emit_wrapper.cpp: Dafny's erasable datatype wrappers, printed and hashed as their value.
  // The wrapped formal of `d`, or null when `d` is not an erasable wrapper.
  const Var* ErasableWrapperField(const DatatypeDecl* d) const;
  // emit_decl.cpp: whether a compiled instance member called `name` of a trait above `type`
  // (a class or trait) exists, which `type`'s member of that name then overrides.
  bool OverridesInheritedMember(const Decl* type, const std::string& name) const;
  // The compiled instance members called `name` of the traits above `type`.
  std::vector<const Decl*> InheritedMembers(const Decl* type, const std::string& name) const;
  // Whether d is an instance member of a class or trait that overrides an inherited one.
  bool IsOverrider(const Decl* d) const;
  // Per parameter of d (ghost ones included), whether a member d overrides declares its type
  // as a type parameter, so that d takes it as `const X&` as the base's template does.
  std::vector<bool> InheritedByRefParams(const Decl* d) const;
  // The type a value of type t prints as, through nested erasable wrappers (with named
  // formals); `value` becomes the C++ expression of that inner value.
  const Type* UnwrapErasable(const Type* t, std::string& value) const;
  const Type* SubstTypeParams(const Type* t, const std::vector<TypeParam>& params,
                              const std::vector<const Type*>& args) const;
  bool CompiledTypeContains(const Type* t, const Decl* target, std::set<const Decl*> visited) const;
  bool IsClassType(const Type* t) const;
  bool IsNatType(const Type* t) const;  // nat, or a subset type whose chain reaches nat  // a
                                        // class, trait, object or array? reference
  const Type* NewtypeBase(const NewtypeDecl* nt) const;
  std::string TemplateHeader(const std::vector<TypeParam>& tps);
  std::string TemplateArgsOf(const std::vector<TypeParam>& tps);
  std::string PrintCall(const Type* t, const std::string& value, const std::string& out);

  // --- emit_native.cpp: native newtypes (newtype uint8 = x: int | 0 <= x < 256 is uint8_t)
  // and bitvectors (bvN, N <= 64, on the smallest unsigned type that holds N bits).
  // The native integer type of t (a newtype or bitvector, after BaseOf), or null.
  const NativeInt* Native(const Type* t) const;
  const NativeInt* NewtypeNative(const NewtypeDecl* nt) const;
  std::string NativeLiteral(const dfy::Expr* e, const NativeInt& n, bool negate);
  // An `int` literal as a dfy::Int: from a C++ literal when it fits int64 (hex in decimal),
  // else parsed from its text at run time.
  std::string IntLiteral(const std::string& text);
  std::string NativeBinary(const BinaryExpr* b, const NativeInt& n, const std::string& l,
                           const std::string& r);
  std::string NativeUnary(const UnaryExpr* u, const NativeInt& n);
  // "true" or "false" for a comparison with a constant that n's range decides, else "".
  std::string NativeComparison(const BinaryExpr* b, const NativeInt& n);
  // `x as T` where the source or the target is a native integer; "" when neither is.
  std::string NativeConversion(SourceRange at, const Type* from, const Type* to,
                               const std::string& x);

  // --- emit_wide_bv.cpp: bitvectors wider than 64 bits, as dfy::Bv<N>.
  // N for a bvN with N > 64 (after BaseOf), else 0.
  int WideBv(const Type* t) const;
  std::string WideBvLiteral(const dfy::Expr* e, int n, bool negate);
  std::string WideBvUnary(const UnaryExpr* u, int n);
  // The operation on two bvN values; "" for comparisons, which are the C++ operators.
  std::string WideBvBinary(const BinaryExpr* b, int n, const std::string& l, const std::string& r);
  // `x as T` where the source or the target is a wide bitvector; "" when neither is.
  std::string WideBvConversion(const TypeOpExpr* c, const Type* from, const Type* to,
                               const std::string& x);

  // --- emit_extern.cpp: {:extern} declarations, defined by the user in C++.
  // The extern name of d ({:extern "name"}; d's own name for a bare {:extern}), or nullopt.
  std::optional<std::string> ExternName(const Decl* d) const;
  // The C++ name of a declaration (extern name or CppName), unqualified.
  std::string DeclName(const Decl* d) const;
  bool IsExternClassOrType(const Decl* d) const;
  // Declares a body-less {:extern} method or function of a module (the user defines it; in
  // the standard library, the runtime header StdlibExternHeader names).
  void EmitExternCallable(const Decl* d);
  // The runtime header that defines the {:extern}s of the standard library file `file`
  // (`<stdlib>/Std/ActionsExterns.dfy` -> `dfy/std/actions_externs.h`).
  static std::string StdlibExternHeader(const std::string& file);
  void EmitExternClass(const ClassDecl* c);

  // --- emit_codatatype.cpp: which constructor applications of codatatypes are lazy.
  bool HasNullaryCtor(const DatatypeDecl* d) const;
  // Whether t is or has as a type argument a codatatype (which has no equality).
  bool ContainsCodatatype(const Type* t) const;
  // The functions f's body calls.
  const std::vector<const FunctionDecl*>& Callees(const FunctionDecl* f);
  bool Reaches(const FunctionDecl* from, const FunctionDecl* to);
  // Whether constructor application c guards a co-recursive call of the function emitted.
  bool IsCoCall(const dfy::CallExpr* c);
  // `value` (c's C++) as a value computed when first used.
  std::string CoCall(const dfy::CallExpr* c, const std::string& value);

  // --- emit_iterator.cpp: iterators as classes whose body is a C++20 coroutine.
  void EmitIterator(const IteratorDecl* it);
  void EmitYield(const YieldStmt* ys);

  // --- emit_coverage.cpp: execution coverage (EmitOptions::coverage).
  // Emits a line that counts the branch at `at` (nothing without coverage, or in a file of
  // an embedded library, which the report does not show).
  void Cover(SourceRange at, const char* what);
  // The statement that counts the branch at `at`, as Cover, without writing it.
  std::string CoverageRecord(SourceRange at, const std::string& what);
  // Lists a branch Dafny leaves out of the compiled code: never covered.
  void CoverUnused(SourceRange at, const char* what);

  // --- emit_synthesize.cpp: {:synthesize} methods (objects whose functions are stubbed).
  bool IsSynthesized(const Decl* d) const;
  void Warning(SourceRange at, std::string msg);
  std::vector<const Decl*> SynthesizedMembersInOrder(const ClassDecl* c);
  std::set<const Decl*> SynthesizedMembers(const ClassDecl* c);
  const Var* SynthesizedObject(const MethodDecl* m, const dfy::Expr* e) const;
  const FunctionDecl* StubbedFunction(const MethodDecl* m, const dfy::Expr* lhs) const;
  // Finds the functions that {:synthesize} methods stub (stubbed_), before any is emitted.
  void CollectStubbed();
  // Of a generic function that {:synthesize} methods stub: the index of the instantiation
  // `type_args` among generic_stubs_[f] (its hook is `F_stub<index>`), or -1.
  int GenericStubIndex(const FunctionDecl* f, const std::vector<const Type*>& type_args);
  // The declarations, in f's class, of the virtual hooks of f's stubbed instantiations.
  std::string GenericStubHooks(const FunctionDecl* f);
  // The start of the body of a generic member's template: each stubbed instantiation of a
  // function asks its hook first, then a member of a trait that a {:synthesize} method mocks
  // calls its unstubbed hook.
  void EmitGenericStubChecks(const Decl* d);
  // The declaration of d's unstubbed hook, `virtual void F_unstubbed() {}`, when d is a generic
  // member of a trait that a {:synthesize} method mocks (strict_generic_), else "": the
  // synthesized subclass overrides it to halt, as Moq's MockBehavior.Strict mock throws.
  std::string UnstubbedHook(const Decl* d);
  struct StubHook {
    std::string name, result;
    std::vector<std::string> types, names;
  };
  StubHook HookOf(const FunctionDecl* f, size_t k);
  void WithStubTypes(const FunctionDecl* f, size_t k, const std::function<void()>& write);
  // The body of a {:synthesize} method; its subclasses go to synth_prelude_.
  void EmitSynthesizedBody(const MethodDecl* m);

  // --- emit_test.cpp: the main() of `dfyc test`, which runs the {:test} methods.
  std::string TestMain();

  // --- emit_decl.cpp
  void EmitModuleMembers(const Decl* d);
  void EmitClass(const ClassDecl* c);
  // `C<int>.F`: the C++ type that a qualifier with type arguments names, whose static member
  // `member` (a selection) is, or "" when it names none (then F is named inside C).
  std::string GenericQualifier(const Decl* owner, const dfy::Expr* member);
  // emit_generic_dispatch.cpp: the definition of a body-less generic instance member m of a
  // trait, which calls the body of the class or trait below it that the object belongs to.
  void EmitGenericDispatch(const ClassDecl* trait, const Decl* m);
  // A `new C<..>(..)` of the program: the class type it allocates, where, and in which callable.
  struct Allocation {
    const Type* type;
    SourceRange at;
    const Decl* in;
    bool reported = false;  // as not compilable yet (AllocatedInstantiations)
  };
  // The allocations of classes in method bodies, each closed type once, in program order.
  const std::vector<Allocation>& Allocations();
  // The instantiations of the generic class or trait g that the program's objects have: the
  // allocated types that are g, and those that the allocated classes extend.
  std::vector<const Type*> AllocatedInstantiations(const Decl* g);
  void EmitDatatype(const DatatypeDecl* d);
  void EmitNewtypeMembers(const NewtypeDecl* nt);
  // `dfy::Int _witness_Pos()`: declared before the classes, defined in the source.
  void EmitWitnessFunction(const NewtypeDecl* nt);
  static std::string WitnessFunctionName(const NewtypeDecl* nt);
  // A non-static member of a newtype: a static C++ function whose first parameter is `self`.
  bool IsNewtypeInstanceMember(const Decl* d) const;
  std::string NewtypeSelfParam(const Decl* nt);
  void EmitCallable(const Decl* d, const Decl* owner, const std::string& cpp_name = "");
  std::string Signature(const Decl* d, const std::string& qualified_name, bool in_class);
  std::string ResultType(const Decl* d);
  // Why `m` (a method named Main) cannot be the program's entry point, as Dafny words it; ""
  // when it can.
  std::string MainNotPermitted(const MethodDecl* m);
  void EmitConst(const ConstDecl* c, const Decl* owner);
  bool IsCompiled(const Decl* d) const;
  // The type parameters of a class, datatype, method or function: the declared ones and then
  // those Dafny makes up for a signature's omitted type arguments (`seq` for `seq<_T0>`).
  const std::vector<TypeParam>* TypeParamsOf(const Decl* d);
  std::string ConstRef(const ConstDecl* c, const std::string& receiver);

  // --- emit_stmt.cpp
  void EmitBlockBody(const std::vector<Stmt*>& stmts);
  void EmitStmt(const Stmt* s);
  void EmitVarDecl(const VarDeclStmt* vd);
  void EmitAssign(const AssignStmt* as);
  void EmitForall(const ForallStmt* fs);
  // `x += e;` for `x := x + e` (and - *) on an int local, else "".
  std::string CompoundAssign(const dfy::Expr* lhs, const dfy::Expr* rhs);
  // In `x := rhs`, the occurrence of x in rhs whose storage rhs may reuse (std::move), or null.
  const dfy::Expr* MovableOperand(const dfy::Expr* lhs, const dfy::Expr* rhs) const;
  void EmitIf(const IfStmt* is);
  // Declares the variables of a binding guard (`x :| P`) and searches for values that satisfy
  // cond; returns the name of the bool that says whether the search found them.
  std::string EmitBindingGuard(const std::vector<Var*>& bound, const dfy::Expr* cond,
                               SourceRange at);
  // The cases of an alternative if or while from cases[i] on, as an if-else chain (`chained`:
  // after a case's block, so the next starts with `} else`); a case with a binding guard is a
  // block that searches first, the cases after it in its else. `otherwise` is the last else.
  void EmitGuardedChain(const std::vector<GuardedAlternative>& cases, size_t i, bool chained,
                        const std::function<void(const GuardedAlternative&)>& body,
                        const std::string& otherwise = "");
  // Whether e reads ghost state (a ghost variable, field or function, old, fresh, ...): a
  // statement that branches on it is ghost.
  bool MentionsGhost(const dfy::Expr* e);
  void EmitLoopBody(const BlockStmt* body, JumpTarget& target);
  void EmitFor(const ForStmt* fs);
  void EmitMatchStmt(const MatchStmt* ms);
  void EmitBreak(const BreakStmt* bs);
  void EmitPrint(const PrintStmt* ps);
  void EmitExpect(const PredicateStmt* es);
  std::string NewExpr(const NewRhsExpr* n);
  // `return e;` as statements: if-then-else, match and let become if-chains and locals.
  void EmitReturn(const dfy::Expr* e);
  // Whether every result of e (through if-then-else, let and `assert p; e`) calls ite_top_
  // again with its compiled parameters unchanged (Dafny's ghost-ITE rule, EmitReturn).
  bool OnlyGhostArgsChange(const dfy::Expr* e);
  bool IsSelfCallWithSameArgs(const dfy::Expr* e);
  // An immediately invoked lambda whose body `body` emits, returning a value of type t.
  std::string Iife(const Type* t, SourceRange where, const std::function<void()>& body);
  // The datatype and index of a constructor (for patterns).
  // The C++ name of the static function that builds constructor `ctor` of `dt`.
  static std::string CtorName(const DatatypeDecl* dt, size_t ctor);
  std::pair<const DatatypeDecl*, size_t> CtorInfo(const DatatypeCtor* c);
  std::string FieldAccess(const std::string& value, const DatatypeDecl* dt, size_t ctor,
                          size_t formal);
  void CallInto(const CallExpr* call, const MethodDecl* m, const std::vector<std::string>& targets,
                const std::vector<const Type*>& target_types);
  std::string ReturnOuts();
  bool IsMethodCall(const Expr* e) const;
  // Binds the variables of `p` (matched against `value` of type `t`) as locals.
  void BindPattern(const Pattern* p, const std::string& value, const Type* t);
  // The condition that `value` matches `p` ("true" when it always does).
  std::string PatternTest(const Pattern* p, const std::string& value, const Type* t);
  const Type* TupleTypeOf(const Type* t, const Pattern* p) const;
  const Type* FormalType(const Type* t, const DatatypeDecl* dt, const DatatypeCtor* c,
                         size_t j) const;

  // --- emit_failure.cpp: `:-` statements and expressions.
  // The members of t that `:-` calls; reports t as not compiled when it has none.
  bool FailureMembers(const Type* t, SourceRange at, FailureType& out);
  // `value.member()`, with the type arguments that make member's result `target`.
  std::string FailureCall(const std::string& value, const FailureType& f,
                          const FunctionDecl* member, const Type* target, SourceRange at);
  std::string ExpectKeywordPosition(SourceRange op);
  // `x :- e;`, `:- e;` and (with decl) `var x :- e;`.
  void EmitAssignOrReturn(const AssignOrReturnStmt* s, const VarDeclStmt* decl);
  // `var x :- e; body` and `:- e; body` as statements returning the expression's value.
  void EmitLetOrReturn(const dfy::LetExpr* l);

  // --- emit_expr.cpp
  std::string Expr(const dfy::Expr* e);
  std::string ExprAs(const dfy::Expr* e, const Type* want);
  // `x`, the C++ of e, converted to `want` when e is a set, sequence or multiset of objects
  // and want one of a supertype of theirs (set<C> as set<object>; the runtime's explicit
  // converting constructors), else x unchanged.
  std::string CollectionOfObjectsAs(const dfy::Expr* e, std::string x, const Type* want);
  std::string Literal(const dfy::Expr* e);
  std::string NameRef(const dfy::Expr* e);
  std::string SelectExpr(const dfy::SelectExpr* s);
  std::string CallExpr(const dfy::CallExpr* c);
  // The C++ arguments of a call, one per non-ghost formal, joined.
  std::string Args(const CallSite& cs);

  // --- emit_defaults.cpp: named arguments and default parameter values.
  // The argument of each formal (positional, then named), or null where the default applies.
  static std::vector<const dfy::Expr*> BoundArgs(const std::vector<dfy::Expr*>& args,
                                                 const std::vector<Var*>& formals);
  // The C++ value of each formal ("" for ghost ones), defaults filled in as Dafny does.
  std::vector<std::string> ArgValues(const CallSite& cs);
  // "this->", or the access through the receiver a default value is emitted for.
  std::string ThisAccess(bool value) const;
  std::string Binary(const BinaryExpr* b);
  std::string Receiver(const dfy::Expr* object);
  std::string MemberAccess(const dfy::Expr* object, const std::string& member, bool call);
  std::string FunctionValue(const dfy::Expr* e, const Binding& b);
  std::string Lambda(const LambdaExpr* l);
  std::string LetExpr(const dfy::LetExpr* l);
  std::string MatchExpr(const dfy::MatchExpr* m);
  std::string Conversion(const TypeOpExpr* c);
  std::string TypeTest(const TypeOpExpr* c);  // e is T
  std::string DatatypeUpdate(const DatatypeUpdateExpr* u);
  std::string StringLiteral(const std::u32string& chars);
  std::string CaptureList() const;

  // --- emit_tail.cpp: tail calls as loops.
  // A call of d itself on the same receiver and type arguments.
  bool IsSelfCall(const dfy::CallExpr* c, const Decl* d);
  // Records whether d calls itself in tail position (and, for a method, which statements).
  void FindTailCalls(const Decl* d);
  bool IsTailRecursive(const Decl* d);
  // Whether parameter i of d is taken by const& and copied to a local its tail calls assign.
  bool CopiesParam(const Decl* d, size_t i);
  // Assigns the arguments of a self call to the parameters and jumps to the body's top.
  void EmitTailCall(const dfy::CallExpr* c);

  // --- emit_comprehension.cpp
  std::string Quantifier(const QuantifierExpr* q);
  std::string SetComprehension(const SetComprehensionExpr* s);
  std::string MapComprehension(const MapComprehensionExpr* m);
  // Emits (into out_) nested loops over the bound variables of `d`, as far as they are
  // bounded by their ranges and `extra` (conjuncts that also bound them), then calls `inner`.
  // `allow_infinite` (for `:|`) lets a half-bounded or unbounded integer be searched.
  // `forall_body`: extra is the body of a forall, whose negation bounds too (`x !in C`).
  // `such_that` (with allow_infinite): the construct searched, "assign-such-that statement" or
  // "let-such-that expression", named in Dafny's compile error at `such_that_at` for each
  // variable without a bound (a real, a type parameter), as Dafny's compilers report it.
  bool EnumerateDomain(const QuantifierDomain& d, const dfy::Expr* extra,
                       const std::function<void()>& inner, bool allow_infinite = false,
                       bool forall_body = false, const char* such_that = nullptr,
                       SourceRange such_that_at = {});
  // With `found` (the name of a bool local), the search may fail (`if x :| p`): it sets found
  // when it finds values, and searches bounded domains only. `what` and `at`: the construct
  // and its position, for Dafny's error on a variable without a bound (EnumerateDomain).
  void EmitAssignSuchThat(const std::vector<const Var*>& vars, const std::vector<std::string>& lhs,
                          const dfy::Expr* pred, SourceRange at, const std::string& found = "",
                          const char* what = "assign-such-that statement");

  const ResolvedProgram& rp_;
  Context& ctx_;
  bool check_only_;
  EmitOptions options_;
  size_t unsupported_ = 0;
  std::set<std::string> reported_;
  // Compile errors held while Run emits the declarations (types first), to be reported in
  // Dafny's order: by module (ModuleRanks), a module's methods and functions (its default
  // class) before its other declarations, each in source order, then as emitted.
  struct PendingError {
    std::tuple<size_t, int, size_t> key;
    SourceRange at;
    std::string message;
  };
  bool holding_errors_ = false;
  std::tuple<size_t, int, size_t> error_key_;
  std::vector<PendingError> pending_errors_;

  // Output pieces of the unit, in the order they are written.
  std::vector<Piece> forward_;             // forward declarations of classes and datatypes
  std::vector<Piece> witnesses_;           // witness functions of subset types and newtypes
  std::vector<Piece> handles_;             // datatype handles
  std::vector<Piece> types_;               // classes and traits
  std::vector<Piece> reps_;                // datatype representations
  std::string hashes_;                     // std::hash specialisations (global namespace)
  std::set<std::string> runtime_externs_;  // runtime headers of the library's {:extern}s
  std::vector<Piece> decls_;               // function declarations
  std::vector<Piece> header_defs_;         // template definitions
  std::vector<Piece> source_defs_;         // other definitions

  // Where the emitter is.
  const ModuleDecl* module_ = nullptr;
  const Decl* type_ = nullptr;  // the class, trait, datatype or newtype whose member is emitted
  const MethodDecl* method_ = nullptr;
  bool member_scope_ = false;  // in a non-static member: `this` is available
  std::string out_;
  int indent_ = 0;
  int fresh_ = 0;
  std::vector<JumpTarget> targets_;
  int next_target_ = 0;
  // Names bound by patterns or comprehensions to C++ expressions other than their name.
  std::map<const Var*, std::string> var_alias_;
  // While a callee's default parameter value is emitted at a call (emit_defaults.cpp): the C++
  // of the call's receiver, for `this` (empty: `this` itself), and of its type arguments, for
  // the callee's type parameters (by name).
  std::string this_alias_;
  std::map<std::string, std::string> type_alias_;
  // C++ names of the parameters and locals declared so far in the callable being emitted.
  std::set<std::string> declared_;
  // Names of module-level methods and functions declared in more than one module (CallName).
  std::set<std::string> shared_callable_names_;
  const dfy::Expr* move_from_ = nullptr;  // NameRef emits std::move(x) for this expression
  std::string pending_label_;             // the label of the loop emitted next
  std::string prologue_;                  // a line the next loop body starts with
  bool has_main_ = false;
  bool main_takes_args_ = false;             // Main(args: seq<string>)
  const FunctionDecl* by_method_ = nullptr;  // the function whose `by method` body is emitted
  std::string main_name_;
  int fresh_decl_ = 0;  // counts declarations, to report each unsupported kind once per one
  mutable std::map<const NewtypeDecl*, std::optional<NativeInt>> native_;
  mutable std::map<uint32_t, NativeInt> bv_native_;
  std::map<const Decl*, std::vector<TypeParam>> all_type_params_;  // see TypeParamsOf
  // Tail calls (emit_tail.cpp): per callable, whether it has any; the method statements that
  // are tail calls; the callable whose result EmitReturn emits in tail position (null where
  // a `return` is not the callable's, as in an immediately invoked lambda); whether a jump
  // to `_tail_call` was emitted.
  std::map<const Decl*, bool> tail_recursive_;
  std::set<const Stmt*> tail_stmts_;
  const Decl* tail_self_ = nullptr;
  bool tail_call_used_ = false;
  std::vector<Piece> extern_decls_;  // declarations of {:extern} functions, for the user
  // Codatatypes (emit_codatatype.cpp): the function whose body is emitted (null in methods and
  // `by method` bodies), and the functions each function calls.
  const FunctionDecl* function_ = nullptr;
  // The function whose body EmitReturn emits at its top (not inside an immediately invoked
  // lambda), where Dafny's ghost-ITE rule applies.
  const FunctionDecl* ite_top_ = nullptr;
  // The iterator whose body (its MoveNext's, as a coroutine) is emitted.
  const IteratorDecl* iterator_ = nullptr;
  std::map<const FunctionDecl*, std::vector<const FunctionDecl*>> callees_;
  std::optional<std::vector<Allocation>> allocations_;  // see Allocations
  // Unused-variable marks (UnusedMark): the variable of each mark, and the variables read.
  std::vector<const Var*> marked_;
  std::set<const Var*> read_;
  std::vector<const Var*> read_log_;  // read_ in the order of first reads, to undo a few
  bool writing_ = false;              // NameRef emits an assignment's target, not a read
  bool mark_params_ = false;          // Signature marks the parameters (in a definition)
  // Coverage (emit_coverage.cpp): the legend so far; whether an if-then-else that EmitReturn
  // emits is counted (not in a let expression's body outside a result, as in Dafny).
  std::vector<CoveragePoint> coverage_;
  bool cover_ite_ = true;
  // Synthesis (emit_synthesize.cpp): the functions some {:synthesize} method stubs, `virtual`
  // in their class; the subclasses of the synthesize method being emitted.
  std::set<const Decl*> stubbed_;
  // Per generic function that a {:synthesize} method stubs, the C++ type arguments of each
  // instantiation stubbed (the C# mock's setup matches only the instantiation it names).
  std::map<const Decl*, std::vector<std::vector<std::string>>> generic_stubs_;
  // The generic members of traits that a {:synthesize} method mocks (UnstubbedHook).
  std::set<const Decl*> strict_generic_;
  std::string synth_prelude_;
};

}  // namespace dfy::backend
