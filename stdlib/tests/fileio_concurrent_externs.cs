// Std.FileIOInternalExterns and Std.Concurrent's classes for Dafny's C# target, so that
// check_with_dafny.py can run programs on dfyc's library with Dafny. dfyc's own definitions
// are C++, in its runtime (runtime/include/dfy/std/file_io_internal_externs.h and
// concurrent.h). Written for dfyc's tests; they behave as Dafny's C# externs do where a program
// can tell (file contents, parent directories, normalized paths, map contents), with dfyc's
// error messages.
using System.Numerics;

namespace Std.FileIOInternalExterns {
  public partial class __default {
    public static void INTERNAL__ReadBytesFromFile(Dafny.ISequence<Dafny.Rune> path,
        out bool isError, out Dafny.ISequence<byte> bytesRead,
        out Dafny.ISequence<Dafny.Rune> errorMsg) {
      string name = path.ToVerbatimString(false);
      bytesRead = Dafny.Sequence<byte>.Empty;
      errorMsg = Dafny.Sequence<Dafny.Rune>.Empty;
      try {
        bytesRead = Dafny.Sequence<byte>.FromArray(System.IO.File.ReadAllBytes(name));
        isError = false;
      } catch (System.Exception e) {
        isError = true;
        errorMsg = Dafny.Sequence<Dafny.Rune>.UnicodeFromString(
            "cannot read the file '" + name + "': " + e.Message);
      }
    }

    public static void INTERNAL__WriteBytesToFile(Dafny.ISequence<Dafny.Rune> path,
        Dafny.ISequence<byte> bytes, out bool isError, out Dafny.ISequence<Dafny.Rune> errorMsg) {
      string name = path.ToVerbatimString(false);
      errorMsg = Dafny.Sequence<Dafny.Rune>.Empty;
      try {
        string full = System.IO.Path.GetFullPath(name);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full));
        System.IO.File.WriteAllBytes(full, bytes.CloneAsArray());
        isError = false;
      } catch (System.Exception e) {
        isError = true;
        errorMsg = Dafny.Sequence<Dafny.Rune>.UnicodeFromString(
            "cannot write the file '" + name + "': " + e.Message);
      }
    }
  }
}

namespace Std.Concurrent {
  // One monitor per object, as dfyc's runtime has one mutex per object.
  public class Lock {
    private readonly object monitor = new object();
    private bool locked = false;
    public Lock() { }
    public void __Lock() {
      lock (monitor) {
        while (locked) { System.Threading.Monitor.Wait(monitor); }
        locked = true;
      }
    }
    public void Unlock() {
      lock (monitor) {
        locked = false;
        System.Threading.Monitor.PulseAll(monitor);
      }
    }
  }

  public class AtomicBox<T> {
    private readonly object monitor = new object();
    private T value;
    public AtomicBox(T t) { value = t; }
    public T Get() { lock (monitor) { return value; } }
    public void Put(T t) { lock (monitor) { value = t; } }
  }

  public class MutableMap<K, V> {
    private readonly object monitor = new object();
    private Dafny.IMap<K, V> map = Dafny.Map<K, V>.Empty;
    public MutableMap(bool bytesKeys) { }
    public Dafny.ISet<K> Keys() { lock (monitor) { return map.Keys; } }
    public bool HasKey(K k) { lock (monitor) { return map.Contains(k); } }
    public Dafny.ISet<V> Values() { lock (monitor) { return map.Values; } }
    public Dafny.ISet<_System._ITuple2<K, V>> Items() { lock (monitor) { return Dafny.Map<K, V>.Items(map); } }
    public void Put(K k, V v) { lock (monitor) { map = Dafny.Map<K, V>.Update(map, k, v); } }
    public Std.Wrappers._IOption<V> Get(K k) {
      lock (monitor) {
        if (map.Contains(k)) {
          return Std.Wrappers.Option<V>.create_Some(Dafny.Map<K, V>.Select(map, k));
        }
        return Std.Wrappers.Option<V>.create_None();
      }
    }
    public void Remove(K k) {
      lock (monitor) { map = Dafny.Map<K, V>.Subtract(map, Dafny.Set<K>.FromElements(k)); }
    }
    public BigInteger Size() { lock (monitor) { return new BigInteger(map.Count); } }
  }
}
