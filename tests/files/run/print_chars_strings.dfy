// RUN: run --show-snippets false
method Main() {
  print 'a', 'Z', '\n';
  print "tab:\tend\n";
  print "quote: \" backslash: \\ apostrophe: '\n";
  print "", "x", '\'', "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 0 errors
// CHECK: 'a''Z''\n'tab:	end
// CHECK: quote: " backslash: \ apostrophe: '
// CHECK: x'\''
