// The C++ side of extern_member_named_as_class.dfy: class Bell, whose Dafny method Bell is
// Bell_ in C++ (a member cannot be named as its class).
#ifndef EXTERN_MEMBER_NAMED_AS_CLASS_IMPL_H_
#define EXTERN_MEMBER_NAMED_AS_CLASS_IMPL_H_

#include "dfy/runtime.h"

namespace Chimes {

class Bell : public dfy::Object {
 public:
  static Bell* New() { return dfy::New<Bell>(); }
  dfy::Int Bell_() {
    rings_ = rings_ + 1;
    return rings_;
  }
  dfy::Int Rings() { return rings_; }
  std::string_view DafnyTypeName() const override { return "Chimes.Bell"; }

 private:
  dfy::Int rings_;
};

}  // namespace Chimes

#endif  // EXTERN_MEMBER_NAMED_AS_CLASS_IMPL_H_
