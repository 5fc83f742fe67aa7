#include "core/seed/text_generators.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/seed/regex_atoms.hpp"

namespace flaqes::seed {
namespace {

constexpr std::string_view base36_digits = "0123456789abcdefghijklmnopqrstuvwxyz";

std::string base36(std::uint64_t n) {
    std::string s;
    do {
        s.insert(s.begin(), base36_digits[n % 36]);
        n /= 36;
    } while (n > 0);
    return s;
}

[[noreturn]] void out_of_unique(const ColumnSpec& spec, const std::string& why) {
    throw out_of_unique_values(spec, why, "Seed fewer rows, relax the constraint, or give the column values in options.columns.");
}

// A stem for readable values: the column name in lower-case letters, digits and underscores.
std::string stem_of(const std::string& column) {
    std::string s;
    for (char c : column) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) s += static_cast<char>(std::tolower(u));
        else if (!s.empty() && s.back() != '_') s += '_';
    }
    return s.empty() ? std::string("v") : s;
}

class TextGenerator : public Generator {
public:
    TextGenerator(const ColumnSpec& spec, std::optional<std::int64_t> max_length)
        : spec_(spec), stem_(stem_of(spec.column_name)), max_(max_length), min_(spec.rules.min_length.value_or(0)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const std::uint64_t number = spec_.unique ? in.counter + 1 : in.draw.between(1, 99999);
        const std::size_t start = out.size();
        fmt::format_to(std::back_inserter(out), "{}_{}", stem_, number);
        if (max_ && static_cast<std::int64_t>(out.size() - start) > *max_) {
            out.resize(start);
            const std::string digits = base36(number);
            if (static_cast<std::int64_t>(digits.size()) > *max_) {
                if (spec_.unique) out_of_unique(spec_, fmt::format("Values are at most {} characters long.", *max_));
                out += digits.substr(digits.size() - static_cast<std::size_t>(*max_));
            } else {
                out += stem_.substr(0, static_cast<std::size_t>(*max_) - digits.size());
                out += digits;
            }
        }
        while (static_cast<std::int64_t>(out.size() - start) < min_) out += 'x';
        return true;
    }

private:
    ColumnSpec spec_;
    std::string stem_;
    std::optional<std::int64_t> max_;
    std::int64_t min_;
};

class LikeGenerator : public Generator {
public:
    // The text in the first % gets what the length limit leaves after the pattern's own characters.
    LikeGenerator(const ColumnSpec& spec, std::optional<std::int64_t> max_length)
        : pattern_(*spec.rules.like), body_(spec, body_limit(*spec.rules.like, max_length)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        bool body_used = false;
        for (std::size_t i = 0; i < pattern_.size(); ++i) {
            const char c = pattern_[i];
            if (c == '\\' && i + 1 < pattern_.size()) {
                out += pattern_[++i];
            } else if (c == '%') {
                if (!body_used) body_.generate(in, out, nullptr);
                body_used = true;
            } else if (c == '_') {
                out += static_cast<char>('a' + in.draw.below(26));
            } else {
                out += c;
            }
        }
        return true;
    }

private:
    static std::optional<std::int64_t> body_limit(const std::string& pattern, std::optional<std::int64_t> max_length) {
        if (!max_length) return std::nullopt;
        std::int64_t fixed = 0;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '\\') ++i;
            if (i < pattern.size() && pattern[i] != '%') ++fixed;
        }
        return std::max<std::int64_t>(1, *max_length - fixed);
    }

    std::string pattern_;
    TextGenerator body_;
};

class RegexGenerator : public Generator {
public:
    RegexGenerator(const ColumnSpec& spec, std::vector<RegexAtom> atoms) : spec_(spec), atoms_(std::move(atoms)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const std::size_t start = out.size();
        std::vector<std::size_t> set_of;  // which atom each character came from
        for (std::size_t a = 0; a < atoms_.size(); ++a) {
            const RegexAtom& atom = atoms_[a];
            const std::int64_t count = length_of(atom, in.draw);
            for (std::int64_t k = 0; k < count; ++k) {
                out += atom.chars[in.draw.below(atom.chars.size())];
                set_of.push_back(a);
            }
        }
        if (spec_.unique) {  // write the counter into the last characters, in mixed radix
            std::uint64_t n = in.counter;
            for (std::size_t pos = set_of.size(); pos-- > 0 && n > 0;) {
                const std::string& chars = atoms_[set_of[pos]].chars;
                out[start + pos] = chars[n % chars.size()];
                n /= chars.size();
            }
            if (n > 0) out_of_unique(spec_, fmt::format("The pattern {} allows too few distinct values.", *spec_.rules.regex));
        }
        return true;
    }

private:
    std::int64_t length_of(const RegexAtom& atom, Rng& draw) const {
        const std::int64_t max = atom.max < 0 ? atom.min + 8 : atom.max;
        if (spec_.unique) return std::max(atom.min, std::min<std::int64_t>(max, 8));  // fixed length: room for the counter
        return atom.min + static_cast<std::int64_t>(draw.below(static_cast<std::uint64_t>(std::min<std::int64_t>(max, atom.min + 6) - atom.min + 1)));
    }

    ColumnSpec spec_;
    std::vector<RegexAtom> atoms_;
};

class ChoiceGenerator : public Generator {
public:
    ChoiceGenerator(std::vector<TextValue> values, bool unique) : values_(std::move(values)), unique_(unique) {}

    // The ordinal is the value's position in the list (status-dependent columns read it).
    bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const override {
        std::uint64_t i;
        if (unique_) {
            if (in.counter >= values_.size()) {
                throw Error(sqlstate::invalid_parameter_value, "out of unique values in a list of allowed values",
                            fmt::format("The list holds {} values.", values_.size()),
                            "Seed fewer rows, or give the column more values in options.columns.");
            }
            i = in.counter;
        } else {
            i = in.draw.below(values_.size());
        }
        if (ordinal != nullptr) *ordinal = static_cast<std::int64_t>(i);
        if (!values_[i]) return false;
        out += *values_[i];
        return true;
    }

    std::optional<std::uint64_t> capacity() const override { return values_.size(); }

private:
    std::vector<TextValue> values_;
    bool unique_;
};

class ConstantGenerator : public Generator {
public:
    explicit ConstantGenerator(TextValue value) : value_(std::move(value)) {}
    bool generate(GenerateInput&, std::string& out, std::int64_t*) const override {
        if (!value_) return false;
        out += *value_;
        return true;
    }
    std::optional<std::uint64_t> capacity() const override { return 1; }

private:
    TextValue value_;
};

}  // namespace

GeneratorPtr make_text_generator(const ColumnSpec& spec, std::optional<std::int64_t> max_length) {
    return std::make_shared<TextGenerator>(spec, max_length);
}

GeneratorPtr make_like_generator(const ColumnSpec& spec, std::optional<std::int64_t> max_length) {
    return std::make_shared<LikeGenerator>(spec, max_length);
}

GeneratorPtr make_regex_generator(const ColumnSpec& spec) {
    auto regex = parse_simple_regex(*spec.rules.regex);
    if (!regex) return nullptr;
    return std::make_shared<RegexGenerator>(spec, std::move(regex->atoms));
}

GeneratorPtr make_choice_generator(std::vector<TextValue> values, bool unique) {
    return std::make_shared<ChoiceGenerator>(std::move(values), unique);
}

GeneratorPtr make_constant_generator(TextValue value) { return std::make_shared<ConstantGenerator>(std::move(value)); }

}  // namespace flaqes::seed
