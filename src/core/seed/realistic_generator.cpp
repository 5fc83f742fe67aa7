#include "core/seed/realistic_generator.hpp"

#include <algorithm>

namespace flaqes::seed {
namespace {

class RealisticGenerator : public Generator {
public:
    RealisticGenerator(const ColumnSpec& spec, Semantic kind) : kind_(kind), shape_(shape_of(spec.type_name)) {
        if (spec.rules.max_length) {
            const int limit = static_cast<int>(std::min<std::int64_t>(*spec.rules.max_length, 1 << 20));
            shape_.max_length = shape_.max_length < 0 ? limit : std::min(shape_.max_length, limit);
        }
    }

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        out += text_value(kind_, in.draw, in.context, static_cast<std::int64_t>(in.counter + 1), shape_);
        return true;
    }

private:
    Semantic kind_;
    Shape shape_;
};

}  // namespace

Semantic realistic_kind(const ColumnSpec& spec) {
    if (spec.type_type != 'b' || spec.element_type_oid != 0) return Semantic::none;
    const std::string table = spec.table_name.substr(spec.table_name.rfind('.') + 1);
    const Semantic kind = classify_column(spec.column_name, spec.type_name, spec.type_category, table);
    if (kind == Semantic::none || kind == Semantic::uuid) return Semantic::none;
    if (spec.unique && !embeds_row_number(kind)) return Semantic::none;
    const ColumnRules& r = spec.rules;
    if (r.lower || r.upper || r.min_length || !r.excluded.empty()) return Semantic::none;
    return kind;
}

GeneratorPtr make_realistic_generator(const ColumnSpec& spec, Semantic kind) {
    return std::make_shared<RealisticGenerator>(spec, kind);
}

}  // namespace flaqes::seed
