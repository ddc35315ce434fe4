// The frontend's entry header: .dfy text -> resolved program.
//   Lex(file) -> TokenBuffer; Parse(tokens) -> Program (AST); Resolve(Program) -> ResolvedProgram.
#pragma once

#include "frontend/ast.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"
#include "frontend/resolve.h"
#include "frontend/types.h"
