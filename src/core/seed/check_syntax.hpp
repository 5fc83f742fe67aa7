// The syntax of SQL expressions as pg_get_expr prints them (CHECK constraints, column defaults):
// a small tokenizer and parser into a tree that the CHECK model and the default classifier read.
// Casts are looked through; anything not understood becomes an `unknown` node, never an error.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace flaqes::seed {

struct Node;
using NodePtr = std::unique_ptr<Node>;

enum class NodeKind { column, constant, call, array, binary, any, is_null, and_, or_, not_, between, unknown };

struct Node {
    NodeKind kind = NodeKind::unknown;
    std::string text;  // column name, constant text, function name, operator
    bool negated = false;
    bool keyword = false;  // a constant written as a keyword: true, false, null
    std::vector<NodePtr> args;
};

NodePtr make_node(NodeKind kind, std::string text = {});

// Parses an expression; a part that is not understood is an `unknown` node.
NodePtr parse_expression(const std::string& expression);

// The expression with NOT pushed down to the leaves (NOT (a AND b) is NOT a OR NOT b, NOT x < y is
// x >= y, NOT x IS NULL is x IS NOT NULL, NOT x IN (...) is x <> ALL (...)); a NOT that cannot be
// pushed further stays a `not_` node.
NodePtr push_not(NodePtr node, bool negate = false);

// A comparison operator as seen from the other side: k < x is x > k.
std::string flip_operator(const std::string& op);

}  // namespace flaqes::seed
