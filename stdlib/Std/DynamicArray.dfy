// Std.DynamicArray: an array that grows at its end (amortized constant time per element, by
// doubling its capacity) and shrinks from it in constant time. Names and contracts as in
// Dafny's standard library (stdlib/README.md); written for dfyc. As there, the storage is
// never given back: popping keeps the capacity.
module Std.DynamicArray {

  class DynamicArray<A> {
    // The elements, in order.
    ghost var items: seq<A>
    ghost var Repr: set<object>
    // How many elements there are.
    var size: nat
    // How many elements fit before the storage grows.
    var capacity: nat
    // data[..size] are the elements; data[size..] is room to grow.
    var data: array<A>

    ghost predicate Valid?()
      reads this, Repr
    {
      && Repr == {this, data}
      && data.Length == capacity
      && size <= capacity
      && |items| == size
      && items == data[..size]
    }

    // An empty array with no room yet.
    constructor()
      ensures Valid?()
      ensures fresh(Repr)
      ensures items == []
      ensures size == 0
      ensures capacity == 0
    {
      data := new A[0];
      size, capacity := 0, 0;
      items := [];
      Repr := {this, data};
    }

    // The element at index.
    function At(index: nat): (element: A)
      requires Valid?()
      requires index < size
      reads this, Repr
      ensures element == items[index]
    {
      data[index]
    }

    // Replaces the element at index.
    method Put(index: nat, element: A)
      requires Valid?()
      requires index < size
      modifies Repr, `items
      ensures Valid?()
      ensures fresh(Repr - old(Repr))
      ensures size == old(size)
      ensures items == old(items)[index := element]
    {
      data[index] := element;
      items := items[index := element];
    }

    // Makes room for `reserved` more elements, so that that many pushes take constant time
    // each; new slots hold defaultValue until pushed over.
    method Ensure(reserved: nat, defaultValue: A)
      requires Valid?()
      modifies Repr
      ensures Valid?()
      ensures fresh(Repr - old(Repr))
      ensures size == old(size)
      ensures items == old(items)
      ensures reserved <= capacity - size
    {
      var wanted := capacity;
      while wanted - size < reserved
        invariant capacity <= wanted
        decreases size + reserved - wanted
      {
        wanted := DefaultNewCapacity(wanted);
      }
      if capacity < wanted {
        Realloc(defaultValue, wanted);
      }
    }

    // Removes the last element, in constant time.
    method PopFast()
      requires Valid?()
      requires 0 < size
      modifies `size, `items
      ensures Valid?()
      ensures size == old(size) - 1
      ensures size < capacity
      ensures capacity == old(capacity)
      ensures items == old(items)[..old(size) - 1]
    {
      size := size - 1;
      items := items[..size];
    }

    // Adds an element at the end, in constant time: there must be room for it.
    method PushFast(element: A)
      requires Valid?()
      requires size < capacity
      modifies Repr
      ensures Valid?()
      ensures fresh(Repr - old(Repr))
      ensures size == old(size) + 1
      ensures capacity == old(capacity)
      ensures items == old(items) + [element]
    {
      data[size] := element;
      size := size + 1;
      items := items + [element];
    }

    // Adds an element at the end, growing the storage (to twice its capacity, or 8) when it is
    // full: constant time amortized over a run of pushes.
    method Push(element: A)
      requires Valid?()
      modifies Repr
      ensures Valid?()
      ensures fresh(Repr - old(Repr))
      ensures size == old(size) + 1
      ensures capacity >= old(capacity)
      ensures items == old(items) + [element]
    {
      if size == capacity {
        ReallocDefault(element);
      }
      PushFast(element);
    }

    // Moves the elements to new storage of newCapacity slots, the new ones holding
    // defaultValue.
    method Realloc(defaultValue: A, newCapacity: nat)
      requires Valid?()
      requires capacity < newCapacity
      modifies `capacity, `data, `Repr
      ensures Valid?()
      ensures fresh(data)
      ensures capacity == newCapacity
      ensures size == old(size) && items == old(items)
    {
      var grown := new A[newCapacity](_ => defaultValue);
      var i := 0;
      while i < size
        invariant 0 <= i <= size
        invariant grown[..i] == data[..i]
        modifies grown
      {
        grown[i] := data[i];
        i := i + 1;
      }
      assert grown[..size] == data[..size];
      data, capacity := grown, newCapacity;
      Repr := {this, data};
    }

    // The capacity after growing from `capacity`.
    function DefaultNewCapacity(capacity: nat): nat {
      if capacity == 0 then 8 else 2 * capacity
    }

    method ReallocDefault(defaultValue: A)
      requires Valid?()
      modifies `capacity, `data, `Repr
      ensures Valid?()
      ensures fresh(data)
      ensures capacity == old(DefaultNewCapacity(capacity))
      ensures size == old(size) && items == old(items)
    {
      Realloc(defaultValue, DefaultNewCapacity(capacity));
    }
  }
}
