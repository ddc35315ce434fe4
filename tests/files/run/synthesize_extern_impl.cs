// The C# side of synthesize_extern.dfy, for Dafny 4.11 with Moq (the members Moq stubs are
// virtual, and Moq's subclass needs a constructor without arguments).
using System.Numerics;

namespace _module {
  public partial class Sensor {
    private BigInteger id;
    public Sensor() { id = BigInteger.Zero; }
    public Sensor(BigInteger id) { this.id = id; }
    public virtual BigInteger Read() { return id * 10; }
    public virtual BigInteger Scaled(BigInteger k) { return k * Read(); }
    public BigInteger Id() { return id; }
  }
}
