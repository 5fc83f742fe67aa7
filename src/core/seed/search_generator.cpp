#include "core/seed/search_generator.hpp"

#include "core/seed/values/text.hpp"

namespace flaqes::seed {
namespace {

// A quarter of the rows take a constant, a quarter the identifier form of the generator's value
// (when asked for), the rest the column's own generator. Every choice keeps the column's kind, so
// rows that pass the CHECK never show a placeholder such as `<column>_<n>`.
class SearchGenerator : public Generator {
public:
    explicit SearchGenerator(SearchChoices c) : c_(std::move(c)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const override {
        const std::uint64_t pick = in.draw.below(4);
        if (pick == 0 && !c_.constants.empty()) {
            out += in.draw.pick(c_.constants);
            return true;
        }
        if (pick != 1 || !c_.identifiers) return c_.base->generate(in, out, ordinal);
        std::string value;
        if (!c_.base->generate(in, value, ordinal)) return false;
        out += identifier_shaped(value, c_.identifier_prefix);
        return true;
    }

    std::int64_t generate_number(GenerateInput& in) const override {
        if (!c_.number_constants.empty() && in.draw.below(4) == 0) return in.draw.pick(c_.number_constants);
        return c_.base->generate_number(in);
    }

    ValueForm form() const override { return c_.base->form(); }
    int scale() const override { return c_.base->scale(); }
    std::optional<std::uint64_t> capacity() const override { return c_.base->capacity(); }
    std::optional<std::int64_t> counter_base() const override { return c_.base->counter_base(); }

private:
    SearchChoices c_;
};

}  // namespace

GeneratorPtr make_search_generator(SearchChoices choices) { return std::make_shared<SearchGenerator>(std::move(choices)); }

std::string identifier_shaped(const std::string& value, const std::string& prefix) {
    const std::string shaped = slugify(value, '_');
    if (shaped.empty()) return prefix;
    if (shaped[0] >= '0' && shaped[0] <= '9') return prefix + "_" + shaped;
    return shaped;
}

}  // namespace flaqes::seed
