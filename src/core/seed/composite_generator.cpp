#include "core/seed/composite_generator.hpp"

namespace flaqes::seed {
namespace {

bool needs_quotes(std::string_view value) {
    if (value.empty()) return true;  // an empty field would read as NULL
    for (char ch : value) {
        switch (ch) {
            case '"': case '\\': case '(': case ')': case ',':
            case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
                return true;
            default:
                break;
        }
    }
    return false;
}

class CompositeGenerator : public Generator {
public:
    CompositeGenerator(std::vector<GeneratorPtr> attributes, std::optional<std::size_t> unique_attribute)
        : attributes_(std::move(attributes)), unique_attribute_(unique_attribute) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        out += '(';
        std::string field;
        for (std::size_t i = 0; i < attributes_.size(); ++i) {
            if (i > 0) out += ',';
            field.clear();
            if (attributes_[i] && attributes_[i]->generate(in, field, nullptr)) append_record_field(out, field);
        }
        out += ')';
        return true;
    }

    std::optional<std::uint64_t> capacity() const override {
        return unique_attribute_ ? attributes_[*unique_attribute_]->capacity() : std::nullopt;
    }

private:
    std::vector<GeneratorPtr> attributes_;
    std::optional<std::size_t> unique_attribute_;
};

}  // namespace

void append_record_field(std::string& out, std::string_view value) {
    if (!needs_quotes(value)) {
        out += value;
        return;
    }
    out += '"';
    for (char ch : value) {
        if (ch == '"' || ch == '\\') out += ch;
        out += ch;
    }
    out += '"';
}

GeneratorPtr make_composite_generator(std::vector<GeneratorPtr> attributes, std::optional<std::size_t> unique_attribute) {
    return std::make_shared<CompositeGenerator>(std::move(attributes), unique_attribute);
}

}  // namespace flaqes::seed
