// The C++ side of externs.dfy: the {:extern} class Counter, which the generated header
// includes (dfyc run externs.dfy externs_impl.h externs_impl.cpp).
#ifndef EXTERNS_IMPL_H_
#define EXTERNS_IMPL_H_

#include "dfy/runtime.h"

namespace default_module {

class Counter : public dfy::Object {
 public:
  explicit Counter(dfy::Int start) : n_(std::move(start)) {}
  // new Counter(start)
  static Counter* New(const dfy::Int& start) { return dfy::New<Counter>(start); }
  void Inc() { n_ = n_ + 1; }
  dfy::Int Get() { return n_; }
  std::string_view DafnyTypeName() const override { return "_module.Counter"; }

 private:
  dfy::Int n_;
};

}  // namespace default_module

#endif  // EXTERNS_IMPL_H_
