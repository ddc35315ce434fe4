// The C# counterpart of extern_member_named_as_class_impl.h, used only to record the expected
// output with Dafny 4.11: dafny run --no-verify extern_member_named_as_class.dfy --input
// extern_member_named_as_class_impl.cs
using System.Numerics;

namespace Chimes {
  public class Bell {
    BigInteger rings = 0;
    public Bell() { }
    public void __ctor() { }
    public BigInteger __Bell() { rings += 1; return rings; }
    public BigInteger Rings() { return rings; }
  }
}
