#include "core/seed/column_defaults.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/seed/check_syntax.hpp"

namespace flaqes::seed {
namespace {

// Functions whose value is the same for every row of a statement given the same arguments.
bool same_per_statement(const std::string& function) {
    static constexpr std::array<std::string_view, 14> names = {
        "now", "statement_timestamp", "transaction_timestamp", "timezone", "date_trunc", "current_setting",
        "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array", "to_jsonb",
        "make_interval", "array_fill", "current_schema"};
    return std::find(names.begin(), names.end(), function) != names.end();
}

// Constants, arrays of them, keywords such as CURRENT_TIMESTAMP and the functions above.
bool repeats(const Node& n) {
    switch (n.kind) {
        case NodeKind::constant:
        case NodeKind::column: return true;  // a bare word in a default is a keyword (CURRENT_DATE, ...)
        case NodeKind::array:
        case NodeKind::binary:
            return std::all_of(n.args.begin(), n.args.end(), [](const NodePtr& a) { return repeats(*a); });
        case NodeKind::call:
            return same_per_statement(n.text) &&
                   std::all_of(n.args.begin(), n.args.end(), [](const NodePtr& a) { return repeats(*a); });
        default: return false;
    }
}

}  // namespace

DefaultValue classify_default(const std::string& expression) {
    const NodePtr root = parse_expression(expression);
    if (root->kind == NodeKind::constant && !(root->keyword && root->text == "null")) {
        return {DefaultKind::constant, root->text};
    }
    if (root->kind != NodeKind::constant && repeats(*root)) return {DefaultKind::per_statement, {}};
    return {};
}

}  // namespace flaqes::seed
