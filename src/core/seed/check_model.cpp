#include "core/seed/check_model.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

#include "core/seed/check_syntax.hpp"

namespace flaqes::seed {
namespace {

using Alternatives = std::vector<CheckModel>;
constexpr std::size_t max_alternatives = 32;

// ---- reading operands -----------------------------------------------------------------------

// Functions that return a value unchanged when it is already in their form: a column seen
// through them takes constants of that form.
bool is_form_function(const Node& n) {
    return n.kind == NodeKind::call && n.args.size() == 1 &&
           (n.text == "upper" || n.text == "lower" || n.text == "btrim" || n.text == "ltrim" || n.text == "rtrim");
}

bool in_form(const std::string& function, const std::string& value) {
    if (function == "upper" || function == "lower") {
        for (unsigned char ch : value) {
            if (function == "upper" ? std::islower(ch) : std::isupper(ch)) return false;
        }
        return true;
    }
    const bool leading = !value.empty() && std::isspace(static_cast<unsigned char>(value.front()));
    const bool trailing = !value.empty() && std::isspace(static_cast<unsigned char>(value.back()));
    if (function == "ltrim") return !leading;
    if (function == "rtrim") return !trailing;
    return !leading && !trailing;
}

// The column an operand reads (casts are already looked through by the parser), possibly through
// form functions, which are collected; nullptr for anything else.
const Node* read_column(const Node& n, std::vector<std::string>* functions) {
    if (n.kind == NodeKind::column) return &n;
    if (is_form_function(n)) {
        if (functions != nullptr) functions->push_back(n.text);
        return read_column(*n.args[0], functions);
    }
    return nullptr;
}

// length(x), char_length(btrim(x)), ...: our values have no surrounding spaces and letters of
// one byte case-map to one byte, so the length of x is meant.
const Node* length_of(const Node& n) {
    if (n.kind != NodeKind::call || n.args.size() != 1) return nullptr;
    if (n.text != "length" && n.text != "char_length" && n.text != "character_length" && n.text != "octet_length") {
        return nullptr;
    }
    std::vector<std::string> ignored;
    return read_column(*n.args[0], &ignored);
}

bool in_all_forms(const std::vector<std::string>& functions, const std::string& value) {
    return std::all_of(functions.begin(), functions.end(), [&](const std::string& f) { return in_form(f, value); });
}

std::optional<std::int64_t> to_int(const std::string& s) {
    try {
        std::size_t used = 0;
        const long long v = std::stoll(s, &used);
        if (used == s.size()) return v;
    } catch (...) {
    }
    return std::nullopt;
}

std::optional<long double> to_number(const std::string& s) {
    try {
        std::size_t used = 0;
        const long double v = std::stold(s, &used);
        if (used == s.size()) return v;
    } catch (...) {
    }
    return std::nullopt;
}

// -1, 0, 1; numbers as numbers, two non-numbers as text (ISO dates and times sort as text);
// nullopt when one is a number and the other not.
std::optional<int> compare_values(const std::string& a, const std::string& b) {
    const auto x = to_number(a);
    const auto y = to_number(b);
    if (x && y) return *x < *y ? -1 : *x > *y ? 1 : 0;
    if (x || y) return std::nullopt;
    return a < b ? -1 : a > b ? 1 : 0;
}

std::int64_t utf8_length(const std::string& s) {
    std::int64_t n = 0;
    for (unsigned char ch : s) n += (ch & 0xc0) != 0x80 ? 1 : 0;
    return n;
}

// ---- leaves ---------------------------------------------------------------------------------

bool compare_constant(CheckModel& m, const std::string& column, const std::string& op, const std::string& value) {
    ColumnRules r;
    if (op == "=") {
        r.allowed = std::vector<std::string>{value};
    } else if (op == "<>" || op == "!=") {
        r.excluded.push_back(value);
    } else if (op == ">" || op == ">=") {
        r.lower = value;
        r.lower_inclusive = op == ">=";
    } else if (op == "<" || op == "<=") {
        r.upper = value;
        r.upper_inclusive = op == "<=";
    } else if (op == "~~") {
        r.like = value;
    } else if (op == "~") {
        r.regex = value;
    } else {
        return false;
    }
    m.columns[column].merge(r);
    return true;
}

bool compare_length(CheckModel& m, const std::string& column, const std::string& op, const std::string& value) {
    const auto n = to_int(value);
    if (!n) return false;
    ColumnRules r;
    if (op == "=") {
        r.min_length = *n;
        r.max_length = *n;
    } else if (op == ">" || op == ">=") {
        r.min_length = op == ">" ? *n + 1 : *n;
    } else if (op == "<" || op == "<=") {
        r.max_length = op == "<" ? *n - 1 : *n;
    } else if ((op == "<>" || op == "!=") && *n == 0) {
        r.min_length = 1;
    } else {
        return false;
    }
    m.columns[column].merge(r);
    return true;
}

bool model_binary(const Node& n, CheckModel& m) {
    const Node* left = n.args[0].get();
    const Node* right = n.args[1].get();
    std::string op = n.text;
    if (left->kind == NodeKind::constant && right->kind != NodeKind::constant) {
        std::swap(left, right);
        op = flip_operator(op);
    }
    if (right->kind == NodeKind::constant) {
        if (const Node* length_column = length_of(*left)) return compare_length(m, length_column->text, op, right->text);
        std::vector<std::string> functions;
        const Node* column = read_column(*left, &functions);
        if (column == nullptr) return false;
        // Through upper(), lower(), ...: only equality with a constant already in that form.
        if (!functions.empty() && (op != "=" || !in_all_forms(functions, right->text))) return false;
        return compare_constant(m, column->text, op, right->text);
    }
    if (left->kind == NodeKind::column && right->kind == NodeKind::column) {
        if (op == "<" || op == "<=") {
            m.orders.push_back({left->text, right->text, op == "<"});
            return true;
        }
        if (op == ">" || op == ">=") {
            m.orders.push_back({right->text, left->text, op == ">"});
            return true;
        }
    }
    return false;
}

bool model_any(const Node& n, CheckModel& m) {
    std::vector<std::string> functions;
    const Node* column = read_column(*n.args[0], &functions);
    const Node& list = *n.args[1];
    if (column == nullptr || list.kind != NodeKind::array) return false;
    std::vector<std::string> values;
    for (const NodePtr& item : list.args) {
        if (item->kind != NodeKind::constant) return false;
        // upper(x) IN ('SC', 'vc'): 'vc' cannot be upper(x); x = 'SC' passes.
        if (in_all_forms(functions, item->text)) values.push_back(item->text);
    }
    ColumnRules r;
    if (n.text == "=" && !n.negated && !values.empty()) {
        r.allowed = values;
    } else if (n.text == "<>" && n.negated && functions.empty()) {
        r.excluded = values;
    } else {
        return false;
    }
    m.columns[column->text].merge(r);
    return true;
}

bool model_between(const Node& n, CheckModel& m) {
    if (n.negated) return false;
    const Node& v = *n.args[0];
    const Node& lo = *n.args[1];
    const Node& hi = *n.args[2];
    if (lo.kind != NodeKind::constant || hi.kind != NodeKind::constant) return false;
    if (const Node* length_column = length_of(v)) {
        return compare_length(m, length_column->text, ">=", lo.text) && compare_length(m, length_column->text, "<=", hi.text);
    }
    if (v.kind == NodeKind::column) {
        return compare_constant(m, v.text, ">=", lo.text) && compare_constant(m, v.text, "<=", hi.text);
    }
    return false;
}

bool model_leaf(const Node& n, CheckModel& m) {
    switch (n.kind) {
        case NodeKind::binary: return model_binary(n, m);
        case NodeKind::any: return model_any(n, m);
        case NodeKind::between: return model_between(n, m);
        case NodeKind::is_null:
            if (n.args[0]->kind != NodeKind::column) return false;
            (n.negated ? m.columns[n.args[0]->text].not_null : m.columns[n.args[0]->text].always_null) = true;
            return true;
        case NodeKind::column:  // a boolean column: CHECK (flag)
            m.columns[n.text].allowed = std::vector<std::string>{"true"};
            return true;
        case NodeKind::not_:
            if (n.args[0]->kind == NodeKind::column) {
                m.columns[n.args[0]->text].allowed = std::vector<std::string>{"false"};
                return true;
            }
            return false;
        case NodeKind::constant: return n.keyword && n.text == "true";
        default: return false;
    }
}

// ---- AND, OR --------------------------------------------------------------------------------

Alternatives model_node(const Node& n);

// Every combination of the parts' alternatives that agrees with itself. A part that cannot be
// modelled leaves the result incomplete (Postgres still evaluates the whole expression).
Alternatives model_and(const Node& n) {
    Alternatives out(1);
    bool complete = true;
    for (const NodePtr& part : n.args) {
        const Alternatives options = model_node(*part);
        Alternatives next;
        for (const CheckModel& so_far : out) {
            for (const CheckModel& option : options) {
                if (next.size() >= max_alternatives) break;
                CheckModel m = so_far;
                m.merge(option);
                if (m.satisfiable()) next.push_back(std::move(m));
            }
        }
        if (next.empty()) {
            complete = false;
        } else {
            out = std::move(next);
        }
    }
    if (!complete) {
        for (CheckModel& m : out) m.complete = false;
    }
    return out;
}

bool forces_null(const CheckModel& m) {
    return std::any_of(m.columns.begin(), m.columns.end(), [](const auto& c) { return c.second.always_null; });
}

// The complete alternatives of every branch; those that force a column to NULL last: rows with
// values are more useful test data than rows of NULLs.
Alternatives model_or(const Node& n) {
    Alternatives out;
    for (const NodePtr& branch : n.args) {
        for (CheckModel& m : model_node(*branch)) {
            if (m.complete && out.size() < max_alternatives) out.push_back(std::move(m));
        }
    }
    std::stable_partition(out.begin(), out.end(), [](const CheckModel& m) { return !forces_null(m); });
    return out;
}

Alternatives model_node(const Node& n) {
    if (n.kind == NodeKind::and_) return model_and(n);
    if (n.kind == NodeKind::or_) return model_or(n);
    CheckModel m;
    if (!model_leaf(n, m)) return {};
    return {std::move(m)};
}

// value * 2, price + 1: arithmetic on one column with a constant; the column and the constant.
const Node* arithmetic_column(const Node& n, const Node** constant) {
    if (n.kind != NodeKind::binary || n.args.size() != 2) return nullptr;
    if (n.text != "*" && n.text != "/" && n.text != "+" && n.text != "-" && n.text != "%") return nullptr;
    for (int side = 0; side < 2; ++side) {
        if (n.args[side]->kind == NodeKind::column && n.args[1 - side]->kind == NodeKind::constant) {
            *constant = n.args[1 - side].get();
            return n.args[side].get();
        }
    }
    return nullptr;
}

void collect_constants(const Node& n, std::map<std::string, std::vector<std::string>>& out) {
    const auto add = [&out](const Node& operand, const Node& other) {
        std::vector<std::string> functions;
        const Node* inner = nullptr;
        const Node* column = read_column(operand, &functions);
        if (column == nullptr) column = arithmetic_column(operand, &inner);
        if (column == nullptr) return;
        std::vector<const Node*> constants;
        if (inner != nullptr) constants.push_back(inner);
        if (other.kind == NodeKind::constant) constants.push_back(&other);
        if (other.kind == NodeKind::array) {
            for (const NodePtr& item : other.args) constants.push_back(item.get());
        }
        std::vector<std::string>& values = out[column->text];
        for (const Node* c : constants) {
            if (c->kind != NodeKind::constant || c->keyword || !in_all_forms(functions, c->text)) continue;
            if (std::find(values.begin(), values.end(), c->text) == values.end()) values.push_back(c->text);
        }
    };
    if (n.kind == NodeKind::binary || n.kind == NodeKind::any) {
        add(*n.args[0], *n.args[1]);
        add(*n.args[1], *n.args[0]);
    } else if (n.kind == NodeKind::between) {
        add(*n.args[0], *n.args[1]);
        add(*n.args[0], *n.args[2]);
    }
    for (const NodePtr& a : n.args) collect_constants(*a, out);
}

}  // namespace

void ColumnRules::merge(const ColumnRules& o) {
    // Two bounds on one side: keep the tighter.
    const auto tighter = [](const std::optional<std::string>& a, const std::string& b, bool lower) {
        if (!a) return true;
        const auto c = compare_values(b, *a);
        return c ? (lower ? *c > 0 : *c < 0) : false;
    };
    if (o.lower && tighter(lower, *o.lower, true)) {
        lower = o.lower;
        lower_inclusive = o.lower_inclusive;
    } else if (o.lower && lower && compare_values(*o.lower, *lower) == 0) {
        lower_inclusive = lower_inclusive && o.lower_inclusive;
    }
    if (o.upper && tighter(upper, *o.upper, false)) {
        upper = o.upper;
        upper_inclusive = o.upper_inclusive;
    } else if (o.upper && upper && compare_values(*o.upper, *upper) == 0) {
        upper_inclusive = upper_inclusive && o.upper_inclusive;
    }
    if (o.allowed) {
        if (!allowed) {
            allowed = o.allowed;
        } else {
            std::vector<std::string> both;
            for (const std::string& v : *allowed) {
                if (std::find(o.allowed->begin(), o.allowed->end(), v) != o.allowed->end()) both.push_back(v);
            }
            allowed = both;
        }
    }
    excluded.insert(excluded.end(), o.excluded.begin(), o.excluded.end());
    if (o.min_length) min_length = std::max(min_length.value_or(0), *o.min_length);
    if (o.max_length) max_length = max_length ? std::min(*max_length, *o.max_length) : *o.max_length;
    if (o.like) like = o.like;
    if (o.regex) regex = o.regex;
    not_null = not_null || o.not_null;
    always_null = always_null || o.always_null;
    if (allowed) {  // a listed value must pass the other rules too
        std::vector<std::string> kept;
        for (const std::string& v : *allowed) {
            ColumnRules others = *this;
            others.allowed.reset();
            if (others.admits(v)) kept.push_back(v);
        }
        allowed = kept;
    }
}

bool ColumnRules::admits(const std::string& value) const {
    if (allowed && std::find(allowed->begin(), allowed->end(), value) == allowed->end()) return false;
    if (std::find(excluded.begin(), excluded.end(), value) != excluded.end()) return false;
    if (lower) {
        const auto c = compare_values(value, *lower);
        if (c && (*c < 0 || (*c == 0 && !lower_inclusive))) return false;
    }
    if (upper) {
        const auto c = compare_values(value, *upper);
        if (c && (*c > 0 || (*c == 0 && !upper_inclusive))) return false;
    }
    const std::int64_t length = utf8_length(value);
    if (min_length && length < *min_length) return false;
    if (max_length && length > *max_length) return false;
    return true;
}

bool ColumnRules::satisfiable() const {
    if (always_null) return !not_null;
    if (min_length && max_length && *min_length > *max_length) return false;
    if (allowed) return !allowed->empty();
    if (lower && upper) {
        const auto c = compare_values(*lower, *upper);
        if (c && (*c > 0 || (*c == 0 && !(lower_inclusive && upper_inclusive)))) return false;
    }
    return true;
}

void CheckModel::merge(const CheckModel& other) {
    for (const auto& [name, rules] : other.columns) columns[name].merge(rules);
    orders.insert(orders.end(), other.orders.begin(), other.orders.end());
    complete = complete && other.complete;
}

bool CheckModel::satisfiable() const {
    return std::all_of(columns.begin(), columns.end(), [](const auto& c) { return c.second.satisfiable(); });
}

std::vector<CheckModel> check_alternatives(const std::string& expression) {
    const NodePtr root = push_not(parse_expression(expression));
    return model_node(*root);
}

CheckModel model_check(const std::string& expression) {
    Alternatives alternatives = check_alternatives(expression);
    if (alternatives.empty()) {
        CheckModel none;
        none.complete = false;
        return none;
    }
    return std::move(alternatives.front());
}

std::vector<std::size_t> choose_alternatives(const std::vector<std::vector<CheckModel>>& per_check) {
    std::vector<std::size_t> choice(per_check.size(), 0);
    int budget = 20000;  // merges tried; tables have a handful of CHECKs with a few alternatives each
    const std::function<bool(std::size_t, const CheckModel&)> search = [&](std::size_t i, const CheckModel& so_far) {
        if (i == per_check.size()) return true;
        if (per_check[i].empty()) return search(i + 1, so_far);
        for (std::size_t k = 0; k < per_check[i].size(); ++k) {
            if (--budget < 0) return false;
            CheckModel m = so_far;
            m.merge(per_check[i][k]);
            if (!m.satisfiable()) continue;
            choice[i] = k;
            if (search(i + 1, m)) return true;
        }
        return false;
    };
    if (!search(0, CheckModel{})) std::fill(choice.begin(), choice.end(), 0);
    return choice;
}

std::map<std::string, std::vector<std::string>> check_constants(const std::string& expression) {
    std::map<std::string, std::vector<std::string>> out;
    collect_constants(*parse_expression(expression), out);
    return out;
}

}  // namespace flaqes::seed
