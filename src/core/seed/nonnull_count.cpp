#include "core/seed/nonnull_count.hpp"

#include <algorithm>
#include <cstdint>

#include "core/seed/check_syntax.hpp"

namespace flaqes::seed {

namespace {

std::optional<std::int64_t> integer_constant(const Node& n) {
    if (n.kind != NodeKind::constant || n.keyword || n.text.empty() || n.text.size() > 9) return std::nullopt;
    if (!std::all_of(n.text.begin(), n.text.end(), [](unsigned char ch) { return ch >= '0' && ch <= '9'; })) return std::nullopt;
    return std::stoll(n.text);
}

}  // namespace

std::optional<NonNullCount> nonnull_count(const std::string& expression) {
    const NodePtr root = parse_expression(expression);
    if (!root || root->kind != NodeKind::binary || root->args.size() != 2) return std::nullopt;
    const Node* call = root->args[0].get();
    const Node* bound = root->args[1].get();
    std::string op = root->text;
    if (call->kind != NodeKind::call) {
        std::swap(call, bound);
        op = flip_operator(op);
    }
    if (call->kind != NodeKind::call || (call->text != "num_nonnulls" && call->text != "num_nulls")) return std::nullopt;
    const auto k = integer_constant(*bound);
    if (!k || call->args.empty()) return std::nullopt;
    NonNullCount out;
    for (const NodePtr& a : call->args) {
        if (a->kind != NodeKind::column) return std::nullopt;
        if (std::find(out.columns.begin(), out.columns.end(), a->text) != out.columns.end()) return std::nullopt;
        out.columns.push_back(a->text);
    }
    const std::int64_t n = static_cast<std::int64_t>(out.columns.size());
    std::int64_t lo = 0, hi = n;  // of the counted function
    if (op == "=") lo = hi = *k;
    else if (op == "<") hi = *k - 1;
    else if (op == "<=") hi = *k;
    else if (op == ">") lo = *k + 1;
    else if (op == ">=") lo = *k;
    else return std::nullopt;
    lo = std::max<std::int64_t>(lo, 0);
    hi = std::min(hi, n);
    if (lo > hi) return std::nullopt;
    if (call->text == "num_nulls") {  // nulls in [lo, hi]: set in [n - hi, n - lo]
        const std::int64_t set_lo = n - hi;
        hi = n - lo;
        lo = set_lo;
    }
    out.min = static_cast<std::size_t>(lo);
    out.max = static_cast<std::size_t>(hi);
    return out;
}

}  // namespace flaqes::seed
