#include "core/seed/check_model.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

namespace flaqes::seed {
namespace {

// ---- tokens ---------------------------------------------------------------------------------

enum class Tok { ident, quoted_ident, number, string, op, lparen, rparen, lbracket, rbracket, comma, cast, dot, end };

struct Token {
    Tok kind = Tok::end;
    std::string text;  // identifiers lower-cased unless quoted; strings unescaped
};

bool is_op_char(char c) { return std::string_view("+-*/<>=~!@#%^&|`?").find(c) != std::string_view::npos; }

std::vector<Token> tokenize(const std::string& s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < s.size() && s[i + 1] == '\'')) {
            const bool escapes = c != '\'';
            i += escapes ? 2 : 1;
            std::string text;
            while (i < s.size()) {
                if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                    text += '\'';
                    i += 2;
                } else if (s[i] == '\'') {
                    ++i;
                    break;
                } else if (escapes && s[i] == '\\' && i + 1 < s.size()) {
                    text += s[i + 1];
                    i += 2;
                } else {
                    text += s[i++];
                }
            }
            out.push_back({Tok::string, text});
        } else if (c == '"') {
            std::string text;
            ++i;
            while (i < s.size()) {
                if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                    text += '"';
                    i += 2;
                } else if (s[i] == '"') {
                    ++i;
                    break;
                } else {
                    text += s[i++];
                }
            }
            out.push_back({Tok::quoted_ident, text});
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            std::size_t j = i;
            while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.' || s[j] == 'e' ||
                                    ((s[j] == '-' || s[j] == '+') && (s[j - 1] == 'e')))) {
                ++j;
            }
            out.push_back({Tok::number, s.substr(i, j - i)});
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
            std::size_t j = i;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '$' ||
                                    static_cast<unsigned char>(s[j]) >= 0x80)) {
                ++j;
            }
            std::string word = s.substr(i, j - i);
            std::transform(word.begin(), word.end(), word.begin(), [](unsigned char ch) { return std::tolower(ch); });
            out.push_back({Tok::ident, word});
            i = j;
        } else if (c == ':' && i + 1 < s.size() && s[i + 1] == ':') {
            out.push_back({Tok::cast, "::"});
            i += 2;
        } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.') {
            const Tok k = c == '(' ? Tok::lparen : c == ')' ? Tok::rparen : c == '[' ? Tok::lbracket
                        : c == ']' ? Tok::rbracket : c == ',' ? Tok::comma : Tok::dot;
            out.push_back({k, std::string(1, c)});
            ++i;
        } else if (is_op_char(c)) {
            std::size_t j = i;
            while (j < s.size() && is_op_char(s[j])) ++j;
            out.push_back({Tok::op, s.substr(i, j - i)});
            i = j;
        } else {
            out.push_back({Tok::op, std::string(1, c)});  // unknown: makes the parse fail softly
            ++i;
        }
    }
    out.push_back({Tok::end, ""});
    return out;
}

// ---- syntax tree ----------------------------------------------------------------------------

struct Node;
using NodePtr = std::unique_ptr<Node>;

enum class NodeKind { column, constant, call, array, binary, any, is_null, and_, or_, not_, between, unknown };

struct Node {
    NodeKind kind = NodeKind::unknown;
    std::string text;  // column name, constant text, function name, operator
    bool negated = false;
    std::vector<NodePtr> args;
};

NodePtr make(NodeKind kind, std::string text = {}) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->text = std::move(text);
    return n;
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

    NodePtr parse() {
        NodePtr n = parse_or();
        return peek().kind == Tok::end ? std::move(n) : make(NodeKind::unknown);
    }

private:
    const Token& peek(std::size_t ahead = 0) const { return t_[std::min(pos_ + ahead, t_.size() - 1)]; }
    const Token& take() { return t_[std::min(pos_++, t_.size() - 1)]; }
    bool word(const char* w, std::size_t ahead = 0) const {
        return peek(ahead).kind == Tok::ident && peek(ahead).text == w;
    }
    bool accept(Tok k) {
        if (peek().kind != k) return false;
        ++pos_;
        return true;
    }
    bool accept_word(const char* w) {
        if (!word(w)) return false;
        ++pos_;
        return true;
    }

    NodePtr parse_or() {
        NodePtr first = parse_and();
        if (!word("or")) return first;
        NodePtr n = make(NodeKind::or_);
        n->args.push_back(std::move(first));
        while (accept_word("or")) n->args.push_back(parse_and());
        return n;
    }

    NodePtr parse_and() {
        NodePtr first = parse_not();
        if (!word("and")) return first;
        NodePtr n = make(NodeKind::and_);
        n->args.push_back(std::move(first));
        while (accept_word("and")) n->args.push_back(parse_not());
        return n;
    }

    NodePtr parse_not() {
        if (accept_word("not")) {
            NodePtr n = make(NodeKind::not_);
            n->args.push_back(parse_not());
            return n;
        }
        return parse_comparison();
    }

    NodePtr parse_comparison() {
        NodePtr left = parse_operand();
        if (accept_word("is")) {
            NodePtr n = make(NodeKind::is_null);
            n->negated = accept_word("not");
            if (!accept_word("null")) return make(NodeKind::unknown);
            n->args.push_back(std::move(left));
            return n;
        }
        const bool negated = word("not") && (word("between", 1) || word("in", 1) || word("like", 1));
        if (negated) take();
        if (accept_word("between")) {
            NodePtr n = make(NodeKind::between);
            n->negated = negated;
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            if (!accept_word("and")) return make(NodeKind::unknown);
            n->args.push_back(parse_operand());
            return n;
        }
        if (accept_word("in")) {
            NodePtr n = make(NodeKind::any, negated ? "<>" : "=");
            n->negated = negated;
            n->args.push_back(std::move(left));
            NodePtr list = make(NodeKind::array);
            if (!accept(Tok::lparen)) return make(NodeKind::unknown);
            do list->args.push_back(parse_operand());
            while (accept(Tok::comma));
            if (!accept(Tok::rparen)) return make(NodeKind::unknown);
            n->args.push_back(std::move(list));
            return n;
        }
        if (accept_word("like")) {
            NodePtr n = make(NodeKind::binary, negated ? "!~~" : "~~");
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            return n;
        }
        if (peek().kind != Tok::op) return left;
        const std::string op = take().text;
        if (word("any") || word("some") || word("all")) {
            const bool all = take().text == "all";
            NodePtr n = make(NodeKind::any, op);
            n->negated = all;
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            return n;
        }
        NodePtr n = make(NodeKind::binary, op);
        n->args.push_back(std::move(left));
        n->args.push_back(parse_operand());
        return n;
    }

    // A value with optional casts (which we look through) and a unary minus.
    NodePtr parse_operand() {
        NodePtr n = parse_primary();
        while (accept(Tok::cast)) skip_type_name();
        return n;
    }

    void skip_type_name() {
        take();  // first word or quoted identifier
        while (accept(Tok::dot)) take();
        while (peek().kind == Tok::ident &&
               (word("varying") || word("precision") || word("with") || word("without") || word("time") || word("zone"))) {
            take();
        }
        if (peek().kind == Tok::lparen) skip_group(Tok::lparen, Tok::rparen);
        while (peek().kind == Tok::lbracket) skip_group(Tok::lbracket, Tok::rbracket);
    }

    void skip_group(Tok open, Tok close) {
        int depth = 0;
        do {
            const Tok k = take().kind;
            if (k == open) ++depth;
            if (k == close) --depth;
            if (k == Tok::end) return;
        } while (depth > 0);
    }

    NodePtr parse_primary() {
        const Token& tok = peek();
        if (tok.kind == Tok::op && tok.text == "-") {
            take();
            NodePtr n = parse_operand();
            if (n->kind == NodeKind::constant && !n->text.empty() && n->text[0] != '-') {
                n->text = "-" + n->text;
                return n;
            }
            return make(NodeKind::unknown);
        }
        if (tok.kind == Tok::number || tok.kind == Tok::string) {
            return make(NodeKind::constant, take().text);
        }
        if (tok.kind == Tok::lparen) {
            take();
            NodePtr n = parse_or();
            if (!accept(Tok::rparen)) return make(NodeKind::unknown);
            return n;
        }
        if (word("array") && peek(1).kind == Tok::lbracket) {
            take();
            take();
            NodePtr n = make(NodeKind::array);
            if (!accept(Tok::rbracket)) {
                do n->args.push_back(parse_operand());
                while (accept(Tok::comma));
                if (!accept(Tok::rbracket)) return make(NodeKind::unknown);
            }
            return n;
        }
        if (tok.kind == Tok::ident || tok.kind == Tok::quoted_ident) {
            std::string name = take().text;
            if (peek().kind == Tok::lparen) {
                take();
                NodePtr n = make(NodeKind::call, name);
                if (!accept(Tok::rparen)) {
                    do n->args.push_back(parse_or());
                    while (accept(Tok::comma));
                    if (!accept(Tok::rparen)) return make(NodeKind::unknown);
                }
                return n;
            }
            if (tok.kind == Tok::ident && (name == "true" || name == "false" || name == "null")) {
                return make(NodeKind::constant, name);
            }
            if (tok.kind == Tok::ident && name == "value") return make(NodeKind::column, "VALUE");
            return make(NodeKind::column, name);
        }
        take();
        return make(NodeKind::unknown);
    }

    std::vector<Token> t_;
    std::size_t pos_ = 0;
};

// ---- interpretation -------------------------------------------------------------------------

bool is_length_call(const Node& n) {
    return n.kind == NodeKind::call && n.args.size() == 1 && n.args[0]->kind == NodeKind::column &&
           (n.text == "length" || n.text == "char_length" || n.text == "character_length" || n.text == "octet_length");
}

std::string flip(const std::string& op) {
    if (op == "<") return ">";
    if (op == ">") return "<";
    if (op == "<=") return ">=";
    if (op == ">=") return "<=";
    return op;
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

bool compare_constant(CheckModel& m, const std::string& column, std::string op, const std::string& value) {
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
    } else if (op == "<>" && *n == 0) {
        r.min_length = 1;
    } else {
        return false;
    }
    m.columns[column].merge(r);
    return true;
}

bool model_node(const Node& n, CheckModel& m);

bool model_binary(const Node& n, CheckModel& m) {
    const Node* left = n.args[0].get();
    const Node* right = n.args[1].get();
    std::string op = n.text;
    if (left->kind == NodeKind::constant && right->kind != NodeKind::constant) {
        std::swap(left, right);
        op = flip(op);
    }
    if (left->kind == NodeKind::column && right->kind == NodeKind::constant) {
        return compare_constant(m, left->text, op, right->text);
    }
    if (is_length_call(*left) && right->kind == NodeKind::constant) {
        return compare_length(m, left->args[0]->text, op, right->text);
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
    const Node& left = *n.args[0];
    const Node& list = *n.args[1];
    if (left.kind != NodeKind::column || list.kind != NodeKind::array) return false;
    std::vector<std::string> values;
    for (const NodePtr& item : list.args) {
        if (item->kind != NodeKind::constant) return false;
        values.push_back(item->text);
    }
    ColumnRules r;
    if (n.text == "=" && !n.negated) {
        r.allowed = values;
    } else if (n.text == "<>" && n.negated) {
        r.excluded = values;
    } else {
        return false;
    }
    m.columns[left.text].merge(r);
    return true;
}

bool model_between(const Node& n, CheckModel& m) {
    if (n.negated) return false;
    const Node& v = *n.args[0];
    const Node& lo = *n.args[1];
    const Node& hi = *n.args[2];
    if (lo.kind != NodeKind::constant || hi.kind != NodeKind::constant) return false;
    if (v.kind == NodeKind::column) {
        return compare_constant(m, v.text, ">=", lo.text) && compare_constant(m, v.text, "<=", hi.text);
    }
    if (is_length_call(v)) {
        return compare_length(m, v.args[0]->text, ">=", lo.text) && compare_length(m, v.args[0]->text, "<=", hi.text);
    }
    return false;
}

// The alternatives of an OR, those that do not force a column to NULL first: rows with values
// are more useful test data than rows of NULLs.
bool model_or(const Node& n, CheckModel& m) {
    std::vector<const Node*> order;
    for (const NodePtr& a : n.args) {
        if (!(a->kind == NodeKind::is_null && !a->negated)) order.push_back(a.get());
    }
    for (const NodePtr& a : n.args) {
        if (a->kind == NodeKind::is_null && !a->negated) order.push_back(a.get());
    }
    for (const Node* a : order) {
        CheckModel alternative;
        if (model_node(*a, alternative) && alternative.complete) {
            m.merge(alternative);
            return true;
        }
    }
    return false;
}

bool model_node(const Node& n, CheckModel& m) {
    switch (n.kind) {
        case NodeKind::and_: {
            bool all = true;
            for (const NodePtr& a : n.args) {
                CheckModel part;
                if (model_node(*a, part) && part.complete) {
                    m.merge(part);
                } else {
                    all = false;
                }
            }
            return all;
        }
        case NodeKind::or_: return model_or(n, m);
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
        default: return false;
    }
}

}  // namespace

void ColumnRules::merge(const ColumnRules& o) {
    // Two bounds on one side: keep both only when comparable as numbers; else the later one.
    const auto tighter = [](const std::optional<std::string>& a, const std::string& b, bool lower) {
        if (!a) return true;
        try {
            const long double x = std::stold(*a);
            const long double y = std::stold(b);
            return lower ? y > x : y < x;
        } catch (...) {
            return lower ? b > *a : b < *a;
        }
    };
    if (o.lower && tighter(lower, *o.lower, true)) {
        lower = o.lower;
        lower_inclusive = o.lower_inclusive;
    }
    if (o.upper && tighter(upper, *o.upper, false)) {
        upper = o.upper;
        upper_inclusive = o.upper_inclusive;
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
}

void CheckModel::merge(const CheckModel& other) {
    for (const auto& [name, rules] : other.columns) columns[name].merge(rules);
    orders.insert(orders.end(), other.orders.begin(), other.orders.end());
    complete = complete && other.complete;
}

CheckModel model_check(const std::string& expression) {
    CheckModel m;
    NodePtr root = Parser(tokenize(expression)).parse();
    if (!model_node(*root, m)) m.complete = false;
    return m;
}

}  // namespace flaqes::seed
