// Inductive datatypes as Z3 algebraic datatypes (one per instantiation of a generic one), with
// Dafny's rank for termination; constructors, destructors, tests, match and let.
#include <fmt/format.h>

#include <functional>
#include <stdexcept>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const Type* SubstituteParams(const TypeTable& types, const Type* t, const Decl* owner,
                             const std::vector<const Type*>& args) {
  if (t->kind == TypeKind::TypeParam && t->decl == owner && t->width < args.size()) {
    return args[t->width];
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = SubstituteParams(types, a, owner, args);
  return types.Get(copy);
}

namespace {

// The Collections family name of a collection type's sort.
const char* CollectionFamily(TypeKind kind) {
  switch (kind) {
    case TypeKind::Seq:
      return "Seq";
    case TypeKind::Set:
      return "Set";
    case TypeKind::ISet:
      return "ISet";
    case TypeKind::Multiset:
      return "MultiSet";
    case TypeKind::Map:
      return "Map";
    case TypeKind::IMap:
      return "IMap";
    default:
      return nullptr;
  }
}

}  // namespace

// The datatype types (erased, instantiated) that the fields of datatype `t` have directly or
// hold in collections (codatatypes only when `codatatypes`). Tuples count as datatypes (with
// one constructor, as Dafny's): `datatype J = Obj(s: seq<(string, J)>)` reaches (string, J),
// which reaches J back.
std::vector<const Type*> Symbols::FieldDatatypes(const Type* t, bool codatatypes) {
  std::vector<const Type*> out;
  std::function<void(const Type*)> add = [&](const Type* ft) {
    ft = Erase(ft);
    if ((ft->kind == TypeKind::UserDefined && ft->decl->kind == DeclKind::Datatype &&
         (codatatypes || !static_cast<const DatatypeDecl*>(ft->decl)->co)) ||
        ft->kind == TypeKind::Tuple) {
      out.push_back(ft);
    }
    // (and those held in collections: `Tree = Node(children: seq<Tree>)`)
    if (const Type* u = Collection(rp, ft); CollectionFamily(u->kind)) {
      for (const Type* a : u->args) add(a);
    }
  };
  if (t->kind == TypeKind::Tuple) {
    for (const Type* a : t->args) add(a);
    return out;
  }
  auto* dt = DatatypeDeclOf(rp, t);
  for (const DatatypeCtor& ctor : dt->ctors) {
    for (const Var* f : ctor.formals) add(SubstituteParams(rp.types, rp.TypeOf(f), dt, t->args));
  }
  return out;
}

// The datatypes that `from`'s fields reach, transitively, by key (`unmade`: only those not
// made yet, and through them).
std::map<std::string, const Type*> Symbols::ReachableDatatypes(const Type* from, bool codatatypes,
                                                               bool unmade) {
  std::map<std::string, const Type*> seen;
  std::vector<const Type*> todo{from};
  while (!todo.empty()) {
    const Type* u = todo.back();
    todo.pop_back();
    for (const Type* f : FieldDatatypes(u, codatatypes)) {
      std::string key = TypeKey(f);
      if ((unmade && datatypes_.count(key)) || !seen.emplace(key, f).second) continue;
      todo.push_back(f);
    }
  }
  return seen;
}

// Whether a codatatype among the datatypes that t's fields reach (transitively) reaches t back.
bool Symbols::CyclicThroughCodatatype(const Type* t) {
  std::string key = TypeKey(t);
  for (const auto& [k, u] : ReachableDatatypes(t, true, false)) {
    if (u->kind == TypeKind::UserDefined && static_cast<const DatatypeDecl*>(u->decl)->co &&
        ReachableDatatypes(u, true, false).count(key)) {
      return true;
    }
  }
  return false;
}

// `t` and the datatypes not made yet that its fields reach and that reach `t` back through
// fields (`datatype Expr = Node(args: List<Expr>)` makes Expr and List<Expr> one group): Z3
// declares them together.
std::vector<const Type*> Symbols::DatatypeGroup(const Type* t) {
  auto reach = [&](const Type* from) { return ReachableDatatypes(from, false, true); };
  std::vector<const Type*> group{t};
  std::string key = TypeKey(t);
  for (const auto& [k, u] : reach(t)) {
    if (k != key && reach(u).count(key)) group.push_back(u);
  }
  return group;
}

// The sort of a field of type `t` of a datatype of the group being made (`group`, by key). A
// collection holding a datatype of the group (`Tree = Node(children: seq<Tree>)`) has an
// uninterpreted sort that Collections makes later by its name ("Seq<Tree>"): it is made here
// by that name, from a stand-in sort with the datatype's name, and Z3 takes sorts with equal
// names for one.
z3::sort Symbols::FieldSort(const Type* t, const std::map<std::string, unsigned>& group) {
  std::function<bool(const Type*)> holds_group = [&](const Type* u) {
    u = Erase(Underlying(rp, u));
    if (group.count(TypeKey(u))) return true;
    for (const Type* a : u->args) {
      if (holds_group(a)) return true;
    }
    return false;
  };
  if (!holds_group(t)) return SortOf(t);
  const Type* u = Erase(Collection(rp, t));
  if (group.count(TypeKey(u))) return c.uninterpreted_sort(TypeKey(u).c_str());
  // A function value returning or taking one (`Cont(k: int -> R)`): the arrow's uninterpreted
  // sort, by its name, as Arrow makes it later.
  if (u->kind == TypeKind::Arrow) return c.uninterpreted_sort(("Arrow" + ArrowKey(u)).c_str());
  const char* family = CollectionFamily(u->kind);
  if (!family) {
    throw std::logic_error("verifier: datatypes recursive through other types (" + TypeKey(u) +
                           ")");
  }
  std::vector<z3::sort> args;
  for (const Type* a : u->args) args.push_back(FieldSort(a, group));
  return c.uninterpreted_sort((family + Collections::TypeArgs(args)).c_str());
}

const Symbols::DatatypeInfo& Symbols::Datatype(const Type* t) {
  t = Erase(Apply(t));
  std::string key = TypeKey(t);
  auto it = datatypes_.find(key);
  if (it != datatypes_.end()) return it->second;
  // (A datatype whose values hold codatatype values holding it again, `Tree = Node(Stream<Tree>)`,
  // is made as a codatatype too: Z3's datatypes cannot refer to an uninterpreted sort being made.)
  if (static_cast<const DatatypeDecl*>(t->decl)->co || CyclicThroughCodatatype(t)) {
    return Codatatype(t);
  }
  std::vector<const Type*> group = DatatypeGroup(t);
  std::map<std::string, unsigned> index;
  for (const Type* u : group) index.emplace(TypeKey(u), static_cast<unsigned>(index.size()));
  for (const auto& [k, i] : index) {
    if (!building_.insert(k).second) {
      throw std::logic_error("verifier: datatypes recursive through other types (" + k + ")");
    }
  }
  std::vector<z3::sort> keep;
  std::vector<std::vector<Z3_constructor>> ctors(group.size());
  std::vector<std::vector<std::vector<const Type*>>> field_types(group.size());
  for (size_t g = 0; g < group.size(); ++g) {
    const Type* u = group[g];
    std::string ukey = TypeKey(u);
    // (A tuple of the group: one constructor, named as Tuple names it.)
    bool tuple = u->kind == TypeKind::Tuple;
    std::vector<DatatypeCtor> tuple_ctor(tuple ? 1 : 0);
    auto* dt = tuple ? nullptr : static_cast<const DatatypeDecl*>(u->decl);
    for (const DatatypeCtor& ctor : tuple ? tuple_ctor : dt->ctors) {
      std::vector<Z3_symbol> names;
      std::vector<Z3_sort> sorts;
      std::vector<unsigned> refs;
      std::vector<const Type*> ftypes;
      size_t arity = tuple ? u->args.size() : ctor.formals.size();
      for (size_t i = 0; i < arity; ++i) {
        const Type* ft = tuple
                             ? u->args[i]
                             : SubstituteParams(rp.types, rp.TypeOf(ctor.formals[i]), dt, u->args);
        ftypes.push_back(ft);
        names.push_back(
            Z3_mk_string_symbol(c, tuple ? fmt::format("{}.{}", ukey, i).c_str()
                                         : fmt::format("{}.{}.{}", ukey, ctor.name, i).c_str()));
        if (auto member = index.find(TypeKey(Erase(ft))); member != index.end()) {
          sorts.push_back(nullptr);  // a datatype of the group, by its index
          refs.push_back(member->second);
        } else {
          keep.push_back(FieldSort(ft, index));  // alive until the datatypes are made
          sorts.push_back(keep.back());
          refs.push_back(0);
        }
      }
      field_types[g].push_back(ftypes);
      std::string ctor_name = tuple ? ukey + ".make" : fmt::format("{}.{}", ukey, ctor.name);
      std::string tester_name = tuple ? ukey + ".is" : fmt::format("{}.{}?", ukey, ctor.name);
      ctors[g].push_back(Z3_mk_constructor(
          c, Z3_mk_string_symbol(c, ctor_name.c_str()), Z3_mk_string_symbol(c, tester_name.c_str()),
          static_cast<unsigned>(names.size()), names.data(), sorts.data(), refs.data()));
    }
  }
  std::vector<Z3_symbol> sort_names;
  std::vector<Z3_constructor_list> lists;
  for (size_t g = 0; g < group.size(); ++g) {
    sort_names.push_back(Z3_mk_string_symbol(c, TypeKey(group[g]).c_str()));
    lists.push_back(
        Z3_mk_constructor_list(c, static_cast<unsigned>(ctors[g].size()), ctors[g].data()));
  }
  std::vector<Z3_sort> sorts(group.size());
  Z3_mk_datatypes(c, static_cast<unsigned>(group.size()), sort_names.data(), sorts.data(),
                  lists.data());
  c.check_error();
  for (size_t g = 0; g < group.size(); ++g) {
    std::string ukey = TypeKey(group[g]);
    DatatypeInfo info{z3::sort(c, sorts[g]), {}, {}, {}, z3::func_decl(c), {}};
    for (size_t i = 0; i < ctors[g].size(); ++i) {
      Z3_func_decl ctor_decl, tester;
      std::vector<Z3_func_decl> accessors(field_types[g][i].size());
      Z3_query_constructor(c, ctors[g][i], static_cast<unsigned>(accessors.size()), &ctor_decl,
                           &tester, accessors.data());
      info.ctors.emplace_back(c, ctor_decl);
      info.testers.emplace_back(c, tester);
      info.accessors.emplace_back();
      for (Z3_func_decl a : accessors) info.accessors.back().emplace_back(c, a);
      Z3_del_constructor(c, ctors[g][i]);
    }
    Z3_del_constructor_list(c, lists[g]);
    info.field_types = field_types[g];
    info.rank = c.function(("DtRank_" + ukey).c_str(), info.sort, c.int_sort());
    datatypes_.emplace(ukey, info);
    building_.erase(ukey);
  }
  for (const Type* u : group) AddRankAxioms(datatypes_.at(TypeKey(u)));
  return datatypes_.at(key);
}

// Whether values of `t` hold collections, directly or in fields of datatypes and tuples.
bool Symbols::HoldsCollections(const Type* t, std::set<std::string>& visiting) {
  const Type* u = Collection(rp, Underlying(rp, Erase(Apply(t))));
  switch (u->kind) {
    case TypeKind::Seq:
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset:
    case TypeKind::Map:
    case TypeKind::IMap:
      return true;
    case TypeKind::Tuple:
      for (const Type* a : u->args) {
        if (HoldsCollections(a, visiting)) return true;
      }
      return false;
    case TypeKind::UserDefined: {
      if (u->decl->kind != DeclKind::Datatype) return false;
      auto* dt = static_cast<const DatatypeDecl*>(u->decl);
      if (dt->co || !visiting.insert(TypeKey(u)).second) return false;
      for (const DatatypeCtor& ctor : dt->ctors) {
        for (const Var* f : ctor.formals) {
          if (HoldsCollections(SubstituteParams(rp.types, rp.TypeOf(f), dt, u->args), visiting)) {
            return true;
          }
        }
      }
      return false;
    }
    default:
      return false;
  }
}

// `x == y` for values of a datatype's field of type `t`: a collection's extensional equality, a
// datatype's own (DatatypeEquality), else Z3's.
z3::expr Symbols::FieldEqual(const Type* t, const z3::expr& x, const z3::expr& y) {
  std::optional<z3::func_decl> eq = CollectionEquality(Underlying(rp, Erase(Apply(t))));
  if (!eq) {
    if (const DatatypeInfo* d = DatatypeOfSort(x.get_sort())) eq = DatatypeEquality(*d);
  }
  // (A field whose sort is not the one the collection's operations take: Z3's equality.)
  if (eq && z3::eq(eq->domain(0), x.get_sort())) return (*eq)(x, y);
  return x == y;
}

// Dafny's D#Equal for a datatype whose values hold collections: equal values have the same
// constructor and equal fields, each compared as `==` compares it (sequences by their elements,
// Seq#Equal), and are the same value; triggered by the equality. So `v' == v` is proved from
// `v'.ids == v.ids && v'.hh == v.hh[d := v.hh[d]]`, as in Dafny (DatatypeEqualAxioms); with Z3's
// equality the fields' sequences were never compared by their elements. None for other
// datatypes (Z3's equality is theirs).
std::optional<z3::func_decl> Symbols::DatatypeEquality(const DatatypeInfo& d) {
  std::string key = d.sort.name().str();
  if (auto it = datatype_equalities_.find(key); it != datatype_equalities_.end()) {
    return it->second;
  }
  datatype_equalities_.emplace(key, std::nullopt);
  bool holds = false;
  for (const auto& fields : d.field_types) {
    for (const Type* ft : fields) {
      std::set<std::string> visiting;
      holds = holds || HoldsCollections(ft, visiting);
    }
  }
  if (!holds) return std::nullopt;
  z3::func_decl eq = c.function(("Equal#" + key).c_str(), d.sort, d.sort, c.bool_sort());
  datatype_equalities_.insert_or_assign(key, eq);
  z3::expr a = c.constant("a#eq", d.sort), b = c.constant("b#eq", d.sort);
  z3::expr fields_equal = c.bool_val(false);
  for (size_t i = 0; i < d.ctors.size(); ++i) {
    z3::expr same = d.testers[i](a) && d.testers[i](b);
    for (size_t j = 0; j < d.accessors[i].size(); ++j) {
      same = same && FieldEqual(d.field_types[i][j], d.accessors[i][j](a), d.accessors[i][j](b));
    }
    fields_equal = fields_equal || same;
  }
  AddAxiom(Forall(c, {a, b}, eq(a, b) == fields_equal, {eq(a, b)}));
  AddAxiom(Forall(c, {a, b}, eq(a, b) == (a == b), {eq(a, b)}));
  return eq;
}

const Symbols::DatatypeInfo* Symbols::DatatypeOfSort(const z3::sort& s) const {
  for (const auto& [key, info] : datatypes_) {
    if (z3::eq(info.sort, s)) return &info;
  }
  return nullptr;
}

// Dafny's rank axioms: every datatype or sequence argument ranks below the value built from it.
void Symbols::AddRankAxioms(const DatatypeInfo& d) {
  for (size_t i = 0; i < d.ctors.size(); ++i) {
    std::vector<z3::expr> vars;
    z3::expr_vector args(c);
    for (size_t j = 0; j < d.accessors[i].size(); ++j) {
      z3::expr x = c.constant(fmt::format("a{}", j).c_str(), d.accessors[i][j].range());
      vars.push_back(x);
      args.push_back(x);
    }
    if (vars.empty()) continue;
    z3::expr built = d.ctors[i](args);
    for (size_t j = 0; j < vars.size(); ++j) {
      const Type* ft = Underlying(rp, d.field_types[i][j]);
      bool is_tuple = ft->kind == TypeKind::Tuple;
      bool is_datatype =
          is_tuple || (ft->kind == TypeKind::UserDefined && ft->decl->kind == DeclKind::Datatype);
      std::optional<z3::expr> arg_rank;
      if (is_datatype) {
        arg_rank = (is_tuple ? Tuple(ft) : Datatype(ft)).rank(vars[j]);
      } else if (ft->kind == TypeKind::Seq) {
        arg_rank = SeqOf(ft).rank(vars[j]);
      }
      if (arg_rank) {
        datatype_axioms_.push_back(Forall(c, vars, *arg_rank < d.rank(built), {built}));
      }
      if (!is_datatype) CollectionElementRanks(d, built, vars, j, ft);
      // The same for a destructor of a value known to be built by the constructor (Z3 makes no
      // constructor term for it to match).
      if (is_datatype) {
        z3::expr whole = c.constant("d", d.sort);
        z3::expr part = d.accessors[i][j](whole);
        datatype_axioms_.push_back(Forall(
            c, {whole}, z3::implies(d.testers[i](whole), Datatype(ft).rank(part) < d.rank(whole)),
            {part}));
      }
    }
  }
}

// Dafny's rank axioms for the elements of a collection argument `vars[j]` (of type `ft`) that
// are inductive datatype values: each ranks below the value built (`built`), for each index
// of a sequence, member of a set, element of a multiset, key and value of a map.
void Symbols::CollectionElementRanks(const DatatypeInfo& d, const z3::expr& built,
                                     const std::vector<z3::expr>& vars, size_t j, const Type* ft) {
  ft = Collection(rp, ft);
  auto rank_of = [&](const Type* e) -> std::optional<z3::func_decl> {
    e = Underlying(rp, e);
    if (e->kind == TypeKind::Tuple) return Tuple(e).rank;
    if (e->kind != TypeKind::UserDefined || e->decl->kind != DeclKind::Datatype ||
        static_cast<const DatatypeDecl*>(e->decl)->co) {
      return std::nullopt;
    }
    return Datatype(e).rank;
  };
  const z3::expr& a = vars[j];
  // forall vars, x :: holds ==> rank(element) < rank(built), triggered on {trigger, built}.
  auto below = [&](const z3::func_decl& rank, const z3::expr& x, const z3::expr& holds,
                   const z3::expr& element, const z3::expr& trigger) {
    std::vector<z3::expr> all = vars;
    all.push_back(x);
    datatype_axioms_.push_back(
        Forall(c, all, z3::implies(holds, rank(element) < d.rank(built)), {trigger, built}));
  };
  switch (ft->kind) {
    case TypeKind::Seq:
      if (auto rank = rank_of(ft->args[0])) {
        const auto& q = SeqOf(ft);
        z3::expr i = c.int_const("i");
        z3::expr elem = q.index(a, i);
        below(*rank, i, 0 <= i && i < q.length(a), elem, elem);
      }
      return;
    case TypeKind::Set:
    case TypeKind::ISet:
      if (auto rank = rank_of(ft->args[0])) {
        z3::expr x = c.constant("x", SortOf(ft->args[0]));
        z3::expr in = SetOf(ft).member(a, x);
        below(*rank, x, in, x, in);
      }
      return;
    case TypeKind::Multiset:
      if (auto rank = rank_of(ft->args[0])) {
        z3::expr x = c.constant("x", SortOf(ft->args[0]));
        z3::expr count = MultisetOf(ft).count(a, x);
        below(*rank, x, 0 < count, x, count);
      }
      return;
    case TypeKind::Map:
    case TypeKind::IMap: {
      const auto& m = MapOf(ft);
      z3::expr k = c.constant("k", SortOf(ft->args[0]));
      const auto& keys = ft->kind == TypeKind::Map ? coll.Set(m.key) : coll.ISet(m.key);
      z3::expr in = keys.member(m.domain(a), k);
      if (auto rank = rank_of(ft->args[0])) below(*rank, k, in, k, in);
      if (auto rank = rank_of(ft->args[1])) below(*rank, k, in, m.select(a, k), in);
      return;
    }
    default:
      return;
  }
}

// A tuple type: a Z3 datatype with one constructor.
const Symbols::DatatypeInfo& Symbols::Tuple(const Type* t) {
  t = Erase(Apply(t));
  std::string key = TypeKey(t);
  auto it = datatypes_.find(key);
  if (it != datatypes_.end()) return it->second;
  std::vector<z3::sort> keep;
  std::vector<Z3_symbol> names;
  std::vector<Z3_sort> sorts;
  std::vector<unsigned> refs;
  for (size_t i = 0; i < t->args.size(); ++i) {
    names.push_back(Z3_mk_string_symbol(c, fmt::format("{}.{}", key, i).c_str()));
    keep.push_back(SortOf(t->args[i]));  // alive until the tuple is made
    sorts.push_back(keep.back());
    refs.push_back(0);
  }
  // (Made meanwhile with a datatype it holds that holds it: `(int, J)` in `J = Obj((int, J))`.)
  if (auto made = datatypes_.find(key); made != datatypes_.end()) return made->second;
  Z3_constructor ctor = Z3_mk_constructor(c, Z3_mk_string_symbol(c, (key + ".make").c_str()),
                                          Z3_mk_string_symbol(c, (key + ".is").c_str()),
                                          static_cast<unsigned>(names.size()), names.data(),
                                          sorts.data(), refs.data());
  Z3_sort sort = Z3_mk_datatype(c, Z3_mk_string_symbol(c, key.c_str()), 1, &ctor);
  c.check_error();
  DatatypeInfo info{z3::sort(c, sort), {}, {}, {}, z3::func_decl(c), {}};
  Z3_func_decl ctor_decl, tester;
  std::vector<Z3_func_decl> accessors(t->args.size());
  Z3_query_constructor(c, ctor, static_cast<unsigned>(accessors.size()), &ctor_decl, &tester,
                       accessors.data());
  Z3_del_constructor(c, ctor);
  info.ctors.emplace_back(c, ctor_decl);
  info.testers.emplace_back(c, tester);
  info.accessors.emplace_back();
  for (Z3_func_decl a : accessors) info.accessors.back().emplace_back(c, a);
  info.field_types.push_back(t->args);
  info.rank = c.function(("DtRank_" + key).c_str(), info.sort, c.int_sort());
  // (Its components rank below it, as a datatype's fields: Dafny's tuples are datatypes.)
  const DatatypeInfo& made = datatypes_.emplace(key, info).first->second;
  AddRankAxioms(made);
  return made;
}

std::vector<z3::expr> Symbols::TakeDatatypeAxioms() {
  std::vector<z3::expr> out = std::move(datatype_axioms_);
  datatype_axioms_.clear();
  return out;
}

z3::expr Lowerer::TrCtor(const Binding& b, const Type* dt_type, const std::vector<z3::expr>& args) {
  const auto& info = sym_.Datatype(dt_type);
  z3::expr_vector v(c_);
  for (const z3::expr& a : args) v.push_back(a);
  return info.ctors[b.ctor](v);
}

// d.x for a destructor x, which several constructors may share.
// The constructors that have every field a datatype update names, in declaration order.
std::vector<size_t> Lowerer::UpdateCandidates(const DatatypeUpdateExpr* u) {
  auto* dt = DatatypeDeclOf(rp_, rp_.TypeOf(u->object));
  std::vector<size_t> out;
  for (size_t i = 0; i < dt->ctors.size(); ++i) {
    bool all = true;
    for (const std::string& name : u->fields) {
      bool has = false;
      for (const Var* f : dt->ctors[i].formals) has = has || f->name == name;
      all = all && has;
    }
    if (all) out.push_back(i);
  }
  return out;
}

// d.(f := v): as Dafny desugars it, if d.C0? then C0(..) else if ... else Cn(..), each
// constructor's other fields taken from d.
z3::expr Lowerer::TrDatatypeUpdate(const DatatypeUpdateExpr* u, const Env& env,
                                   const z3::expr& layer) {
  const Type* t = rp_.TypeOf(u->object);
  auto* dt = DatatypeDeclOf(rp_, t);
  const auto& info = sym_.Datatype(t);
  z3::expr d = Tr(u->object, env, layer);
  std::vector<z3::expr> values;
  for (const Expr* v : u->values) values.push_back(Tr(v, env, layer));
  auto candidates = UpdateCandidates(u);
  if (candidates.empty()) return d;
  std::optional<z3::expr> result;
  for (size_t k = candidates.size(); k-- > 0;) {
    size_t i = candidates[k];
    z3::expr_vector args(c_);
    for (size_t j = 0; j < dt->ctors[i].formals.size(); ++j) {
      const std::string& name = dt->ctors[i].formals[j]->name;
      auto at = std::find(u->fields.begin(), u->fields.end(), name);
      args.push_back(at != u->fields.end() ? values[at - u->fields.begin()]
                                           : info.accessors[i][j](d));
    }
    z3::expr built = info.ctors[i](args);
    result = result ? z3::ite(info.testers[i](d), built, *result) : built;
  }
  return *result;
}

z3::expr Lowerer::TrDestructor(const SelectExpr* s, const z3::expr& d) {
  return TrDestructorOf(rp_.TypeOf(s->object), s->member, d);
}

z3::expr Lowerer::TrDestructorOf(const Type* t, const std::string& member, const z3::expr& d) {
  const auto& info = sym_.Datatype(t);
  auto* dt = DatatypeDeclOf(rp_, t);
  std::optional<z3::expr> result;
  for (size_t i = dt->ctors.size(); i-- > 0;) {
    for (size_t j = 0; j < dt->ctors[i].formals.size(); ++j) {
      if (dt->ctors[i].formals[j]->name != member) continue;
      z3::expr value = info.accessors[i][j](d);
      result = result ? z3::ite(info.testers[i](d), value, *result) : value;
    }
  }
  if (!result) throw std::logic_error("verifier: destructor not found: " + member);
  return *result;
}

// The condition for `value` to match pattern `p`; binds the pattern's variables in `env`.
z3::expr Lowerer::MatchPattern(const Pattern* p, const z3::expr& value, const Type* t, Env& env) {
  switch (p->kind) {
    case PatternKind::Ident: {
      if (const DatatypeCtor* ctor = rp_.PatternCtor(p)) {
        auto* dt = DatatypeDeclOf(rp_, t);
        size_t i = static_cast<size_t>(ctor - dt->ctors.data());
        return sym_.Datatype(t).testers[i](value);
      }
      if (p->var) env.insert_or_assign(p->var, value);
      return c_.bool_val(true);
    }
    case PatternKind::Ctor: {
      const DatatypeCtor* ctor = rp_.PatternCtor(p);
      if (!ctor) throw std::logic_error("verifier: unresolved constructor pattern");
      auto* dt = DatatypeDeclOf(rp_, t);
      size_t i = static_cast<size_t>(ctor - dt->ctors.data());
      const auto& info = sym_.Datatype(t);
      z3::expr cond = info.testers[i](value);
      for (size_t j = 0; j < p->args.size(); ++j) {
        cond = cond &&
               MatchPattern(p->args[j], info.accessors[i][j](value), info.field_types[i][j], env);
      }
      return cond;
    }
    case PatternKind::Tuple: {
      if (p->args.size() == 1) return MatchPattern(p->args[0], value, t, env);
      const auto& info = sym_.Tuple(t);
      z3::expr cond = c_.bool_val(true);
      for (size_t j = 0; j < p->args.size(); ++j) {
        cond = cond && MatchPattern(p->args[j], info.accessors[0][j](value), t->args[j], env);
      }
      return cond;
    }
    case PatternKind::Literal:
      return value == Tr(p->literal, env, sym_.BaseLayer());
    case PatternKind::Disjunction: {
      z3::expr any = c_.bool_val(false);
      for (const Pattern* a : p->args) any = any || MatchPattern(a, value, t, env);
      return any;
    }
  }
  return c_.bool_val(false);
}

z3::expr Lowerer::TrMatch(const MatchExpr* m, const Env& env, const z3::expr& layer) {
  const Type* t = rp_.TypeOf(m->scrutinee);
  z3::expr value = Tr(m->scrutinee, env, layer);
  // From the last case back: case i applies when it matches and no earlier one does.
  std::optional<z3::expr> result;
  for (size_t i = m->cases.size(); i-- > 0;) {
    Env inner = env;
    z3::expr cond = MatchPattern(m->cases[i].pattern, value, t, inner);
    z3::expr body = Tr(m->cases[i].body, inner, layer);
    result = result ? z3::ite(cond, body, *result) : body;
  }
  if (!result) throw std::logic_error("verifier: empty match");
  return *result;
}

std::vector<const Var*> LetVars(const LetExpr* l) {
  std::vector<const Var*> vars;
  for (const Pattern* p : l->lhs) vars.push_back(p->var);
  return vars;
}

// var x :| P(x); E: Dafny's choice of an x that satisfies P when there is one, a function of
// P's free variables (the same for identical predicates), so equal lets have equal values.
Env Lowerer::LetSuchThatValues(const LetExpr* l, const Env& env, const z3::expr& layer) {
  Env inner = env;
  std::vector<z3::expr> xs;
  z3::expr p = BindFresh(LetVars(l), inner, xs) && Tr(l->rhs[0], inner, layer);
  std::vector<z3::expr> free;
  std::set<unsigned> seen;
  for (const z3::expr& x : xs) seen.insert(x.id());
  FreeConstants(p, free, seen);
  z3::expr_vector free_args(c_), from(c_), to(c_);
  for (const z3::expr& f : free) free_args.push_back(f);
  bool is_new = false;
  for (size_t i = 0; i < xs.size(); ++i) {
    auto [fn, fresh] =
        ComprehensionFunction(fmt::format("$let{}", i).c_str(), p, free, xs, xs[i].get_sort());
    is_new = is_new || fresh;
    from.push_back(xs[i]);
    to.push_back(fn(free_args));
    inner.insert_or_assign(l->lhs[i]->var, to.back());
  }
  if (is_new) {
    z3::expr chosen = z3::implies(z3::exists(ToVector(xs), p), z3::expr(p).substitute(from, to));
    sym_.AddAxiom(free.empty() ? chosen : Forall(c_, free, chosen, {to[0]}));
  }
  return inner;
}

z3::expr Lowerer::TrLet(const LetExpr* l, const Env& env, const z3::expr& layer) {
  if (l->op == LetOp::SuchThat) return Tr(l->body, LetSuchThatValues(l, env, layer), layer);
  if (l->op != LetOp::Assign) throw std::logic_error("verifier: let-such-that");
  Env inner = env;
  for (size_t i = 0; i < l->lhs.size(); ++i) {
    z3::expr v = Tr(l->rhs[i], env, layer);
    MatchPattern(l->lhs[i], v, rp_.TypeOf(l->rhs[i]), inner);
  }
  return Tr(l->body, inner, layer);
}

void Lowerer::WellFormedMatch(const MatchExpr* m, const z3::expr& guard, bool subsume) {
  WellFormed(m->scrutinee, guard, subsume);
  const Type* t = rp_.TypeOf(m->scrutinee);
  z3::expr value = Tr(m->scrutinee);
  z3::expr earlier = c_.bool_val(false);
  Env saved = env_;
  for (const MatchCaseExpr& c : m->cases) {
    Env inner = env_;
    z3::expr cond = MatchPattern(c.pattern, value, t, inner);
    env_ = inner;
    WellFormed(c.body, guard && cond && !earlier, subsume);
    env_ = saved;
    earlier = earlier || cond;
  }
  // Some case matches every value (the last case stands for the rest in the translation).
  // (Nothing to prove when a case matches anything: `case _`, `case x`.)
  std::vector<const Pattern*> patterns;
  for (const MatchCaseExpr& c : m->cases) patterns.push_back(c.pattern);
  if (!CheckMissingCases(patterns, t, value, guard, m->tok, "expression") &&
      !earlier.simplify().is_true()) {
    Assert(Obligation::MatchMissingCase, m->tok, z3::implies(guard, earlier));
  }
}

void Lowerer::WellFormedLet(const LetExpr* l, const z3::expr& guard, bool subsume) {
  if (l->op == LetOp::SuchThat) {
    // The predicate is well formed for any values, and some values satisfy it.
    Env saved = env_;
    std::vector<z3::expr> xs;
    z3::expr range = BindFresh(LetVars(l), env_, xs);
    WellFormed(l->rhs[0], guard && range, subsume);
    z3::expr p = range && Tr(l->rhs[0]);
    Env inner = env_;
    env_ = saved;
    // (Dafny adds a note where it finds no trigger for the predicate.)
    Assert(
        CollectTriggers(p, xs).empty() ? Obligation::SuchThatNoTrigger : Obligation::SuchThatExists,
        l->tok, z3::implies(guard, SuchThatExistence(LetVars(l), xs, inner, p, l->rhs[0])));
    env_ = LetSuchThatValues(l, env_, sym_.BaseLayer());
    // (So the chosen values satisfy the predicate wherever it was proved satisfiable.)
    Assume(z3::implies(guard, Tr(l->rhs[0])));
    WellFormed(l->body, guard, subsume);
    if (!l->ghost && rp_.InCompiledContext(l)) {
      // Compiled, any values that satisfy the predicate give the body the same value.
      Env other = saved;
      std::vector<z3::expr> ys;
      z3::expr p2 = BindFresh(LetVars(l), other, ys);
      p2 = p2 && Tr(l->rhs[0], other, sym_.BaseLayer());
      z3::expr same =
          EqualValues(Tr(l->body), Tr(l->body, other, sym_.BaseLayer()), rp_.TypeOf(l->body));
      Assert(Obligation::LetSuchThatUnique, l->tok, z3::implies(guard && p2, same));
    }
    env_ = saved;
    return;
  }
  for (const Expr* r : l->rhs) WellFormed(r, guard, subsume);
  Env saved = env_;
  for (size_t i = 0; i < l->lhs.size(); ++i) {
    z3::expr v = Tr(l->rhs[i]);
    Env inner = env_;
    z3::expr cond = MatchPattern(l->lhs[i], v, rp_.TypeOf(l->rhs[i]), inner);
    env_ = inner;
    if ((l->lhs[i]->kind != PatternKind::Ident || rp_.PatternCtor(l->lhs[i])) &&
        !CheckPatternShape(l->lhs[i], v, rp_.TypeOf(l->rhs[i]), guard)) {
      Assert(Obligation::LetPattern, l->lhs[i]->range, z3::implies(guard, cond));
    }
  }
  WellFormed(l->body, guard, subsume);
  env_ = saved;
}

void Lowerer::WellFormedDestructor(const SelectExpr* s, const z3::expr& guard) {
  WellFormedDestructorOf(rp_.TypeOf(s->object), s->member, Tr(s->object), s->tok, guard);
}

void Lowerer::WellFormedDestructorOf(const Type* t, const std::string& member, const z3::expr& d,
                                     SourceRange tok, const z3::expr& guard) {
  const auto& info = sym_.Datatype(t);
  // (the datatype of a value of a subset type is its base type's)
  auto* dt = DatatypeDeclOf(rp_, t);
  z3::expr ok = c_.bool_val(false);
  std::vector<std::string> names;
  for (size_t i = 0; i < dt->ctors.size(); ++i) {
    for (const Var* f : dt->ctors[i].formals) {
      if (f->name == member) {
        ok = ok || info.testers[i](d);
        names.push_back(dt->ctors[i].name);
      }
    }
  }
  if (names.size() == dt->ctors.size()) return;  // every constructor has it
  Assert(Obligation::DestructorCtor, tok, z3::implies(guard, ok));
  task_.asserts.back().subject = member;
  task_.asserts.back().subject2 = PrintableNameList(names);
}

}  // namespace dfy::verify
