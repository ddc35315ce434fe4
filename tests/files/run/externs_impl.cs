// The C# counterpart of externs_impl.cpp, used only to record the expected output with Dafny
// 4.11: dafny run --no-verify --allow-warnings externs.dfy --input externs_impl.cs
using System.Numerics;

namespace _module {
  public partial class __default {
    public static BigInteger Greet(Dafny.ISequence<Dafny.Rune> name) {
      System.Console.WriteLine("hello, " + name.ToVerbatimString(false));
      return new BigInteger(name.Count);
    }
    public static BigInteger SquarePlusOne(BigInteger x) { return x * x + 1; }
    public static uint Checksum(Dafny.ISequence<byte> data) {
      uint sum = 0;
      foreach (byte b in data.Elements) { sum = sum * 31 + b; }
      return sum;
    }
    public static Dafny.ISequence<byte> Reversed(Dafny.ISequence<byte> data) {
      var a = data.ToArray();
      System.Array.Reverse(a);
      return Dafny.Sequence<byte>.FromArray(a);
    }
  }
  public class Counter {
    BigInteger n;
    public Counter(BigInteger start) { n = start; }
    public void Inc() { n += 1; }
    public BigInteger Get() { return n; }
  }
}

namespace native_clock {
  public partial class __default {
    public static BigInteger Ticks(BigInteger n) { return n * 1000; }
  }
}
