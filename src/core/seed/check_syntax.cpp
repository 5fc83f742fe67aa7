#include "core/seed/check_syntax.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

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

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

    NodePtr parse() {
        NodePtr n = parse_or();
        return peek().kind == Tok::end ? std::move(n) : make_node(NodeKind::unknown);
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
        NodePtr n = make_node(NodeKind::or_);
        n->args.push_back(std::move(first));
        while (accept_word("or")) n->args.push_back(parse_and());
        return n;
    }

    NodePtr parse_and() {
        NodePtr first = parse_not();
        if (!word("and")) return first;
        NodePtr n = make_node(NodeKind::and_);
        n->args.push_back(std::move(first));
        while (accept_word("and")) n->args.push_back(parse_not());
        return n;
    }

    NodePtr parse_not() {
        if (accept_word("not")) {
            NodePtr n = make_node(NodeKind::not_);
            n->args.push_back(parse_not());
            return n;
        }
        return parse_comparison();
    }

    NodePtr parse_comparison() {
        NodePtr left = parse_operand();
        if (accept_word("is")) {
            NodePtr n = make_node(NodeKind::is_null);
            n->negated = accept_word("not");
            if (!accept_word("null")) return make_node(NodeKind::unknown);
            n->args.push_back(std::move(left));
            return n;
        }
        const bool negated = word("not") && (word("between", 1) || word("in", 1) || word("like", 1));
        if (negated) take();
        if (accept_word("between")) {
            NodePtr n = make_node(NodeKind::between);
            n->negated = negated;
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            if (!accept_word("and")) return make_node(NodeKind::unknown);
            n->args.push_back(parse_operand());
            return n;
        }
        if (accept_word("in")) {
            NodePtr n = make_node(NodeKind::any, negated ? "<>" : "=");
            n->negated = negated;
            n->args.push_back(std::move(left));
            NodePtr list = make_node(NodeKind::array);
            if (!accept(Tok::lparen)) return make_node(NodeKind::unknown);
            do list->args.push_back(parse_operand());
            while (accept(Tok::comma));
            if (!accept(Tok::rparen)) return make_node(NodeKind::unknown);
            n->args.push_back(std::move(list));
            return n;
        }
        if (accept_word("like")) {
            NodePtr n = make_node(NodeKind::binary, negated ? "!~~" : "~~");
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            return n;
        }
        if (peek().kind != Tok::op) return left;
        const std::string op = take().text;
        if (word("any") || word("some") || word("all")) {
            const bool all = take().text == "all";
            NodePtr n = make_node(NodeKind::any, op);
            n->negated = all;
            n->args.push_back(std::move(left));
            n->args.push_back(parse_operand());
            return n;
        }
        NodePtr n = make_node(NodeKind::binary, op);
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
            return make_node(NodeKind::unknown);
        }
        if (tok.kind == Tok::number || tok.kind == Tok::string) {
            return make_node(NodeKind::constant, take().text);
        }
        if (tok.kind == Tok::lparen) {
            take();
            NodePtr n = parse_or();
            if (!accept(Tok::rparen)) return make_node(NodeKind::unknown);
            return n;
        }
        if (word("array") && peek(1).kind == Tok::lbracket) {
            take();
            take();
            NodePtr n = make_node(NodeKind::array);
            if (!accept(Tok::rbracket)) {
                do n->args.push_back(parse_operand());
                while (accept(Tok::comma));
                if (!accept(Tok::rbracket)) return make_node(NodeKind::unknown);
            }
            return n;
        }
        if (tok.kind == Tok::ident || tok.kind == Tok::quoted_ident) {
            std::string name = take().text;
            if (peek().kind == Tok::lparen) {
                take();
                NodePtr n = make_node(NodeKind::call, name);
                if (!accept(Tok::rparen)) {
                    do n->args.push_back(parse_or());
                    while (accept(Tok::comma));
                    if (!accept(Tok::rparen)) return make_node(NodeKind::unknown);
                }
                return n;
            }
            if (tok.kind == Tok::ident && (name == "true" || name == "false" || name == "null")) {
                NodePtr n = make_node(NodeKind::constant, name);
                n->keyword = true;
                return n;
            }
            return make_node(NodeKind::column, name);
        }
        take();
        return make_node(NodeKind::unknown);
    }

    std::vector<Token> t_;
    std::size_t pos_ = 0;
};
}  // namespace

NodePtr make_node(NodeKind kind, std::string text) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->text = std::move(text);
    return n;
}

NodePtr parse_expression(const std::string& expression) { return Parser(tokenize(expression)).parse(); }

namespace {

std::string negated_comparison(const std::string& op) {
    if (op == "=") return "<>";
    if (op == "<>" || op == "!=") return "=";
    if (op == "<") return ">=";
    if (op == ">=") return "<";
    if (op == ">") return "<=";
    if (op == "<=") return ">";
    return {};
}

NodePtr wrap_not(NodePtr node) {
    NodePtr n = make_node(NodeKind::not_);
    n->args.push_back(std::move(node));
    return n;
}

}  // namespace

NodePtr push_not(NodePtr node, bool negate) {
    switch (node->kind) {
        case NodeKind::not_: return push_not(std::move(node->args[0]), !negate);
        case NodeKind::and_:
        case NodeKind::or_:
            if (negate) node->kind = node->kind == NodeKind::and_ ? NodeKind::or_ : NodeKind::and_;
            for (NodePtr& a : node->args) a = push_not(std::move(a), negate);
            return node;
        case NodeKind::is_null:
            node->negated = node->negated != negate;
            return node;
        case NodeKind::binary: {
            if (!negate) return node;
            const std::string op = negated_comparison(node->text);
            if (op.empty()) return wrap_not(std::move(node));
            node->text = op;
            return node;
        }
        case NodeKind::any:
            // x = ANY (list) and x <> ALL (list) are each other's negation.
            if (!negate) return node;
            if (node->text == "=" && !node->negated) {
                node->text = "<>";
                node->negated = true;
                return node;
            }
            if (node->text == "<>" && node->negated) {
                node->text = "=";
                node->negated = false;
                return node;
            }
            return wrap_not(std::move(node));
        case NodeKind::constant:
            if (negate && node->keyword && (node->text == "true" || node->text == "false")) {
                node->text = node->text == "true" ? "false" : "true";
                return node;
            }
            return negate ? wrap_not(std::move(node)) : std::move(node);
        default: return negate ? wrap_not(std::move(node)) : std::move(node);
    }
}

std::string flip_operator(const std::string& op) {
    if (op == "<") return ">";
    if (op == ">") return "<";
    if (op == "<=") return ">=";
    if (op == ">=") return "<=";
    return op;
}

}  // namespace flaqes::seed
