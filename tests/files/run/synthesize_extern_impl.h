// The C++ side of synthesize_extern.dfy: the {:extern} class Sensor. The functions that
// MakeSensor stubs (Read, Scaled) are virtual, and a default constructor makes the object that
// the synthesized subclass derives from, as Moq needs of the C# class
// (synthesize_extern_impl.cs).
#ifndef SYNTHESIZE_EXTERN_IMPL_H_
#define SYNTHESIZE_EXTERN_IMPL_H_

#include "dfy/runtime.h"

namespace default_module {

class Sensor : public dfy::Object {
 public:
  Sensor() = default;
  explicit Sensor(dfy::Int id) : id_(std::move(id)) {}
  // new Sensor(id)
  static Sensor* New(const dfy::Int& id) { return dfy::New<Sensor>(id); }
  virtual dfy::Int Read() { return id_ * dfy::Int(10); }
  virtual dfy::Int Scaled(const dfy::Int& k) { return k * Read(); }
  dfy::Int Id() { return id_; }
  std::string_view DafnyTypeName() const override { return "_module.Sensor"; }

 private:
  dfy::Int id_{0};
};

}  // namespace default_module

#endif  // SYNTHESIZE_EXTERN_IMPL_H_
