#include "core/seed/geometric_generators.hpp"

#include <fmt/format.h>

#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

class GeometricGenerator : public Generator {
public:
    GeometricGenerator(Oid type, bool unique) : type_(type), unique_(unique) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const double x = unique_ ? static_cast<double>(in.counter) : static_cast<double>(in.draw.between(-1800, 1800)) / 10;
        const double y = static_cast<double>(in.draw.between(-900, 900)) / 10;
        const double w = static_cast<double>(in.draw.between(1, 100)) / 10;  // sizes are positive
        const double h = static_cast<double>(in.draw.between(1, 100)) / 10;
        auto it = std::back_inserter(out);
        switch (type_) {
            case type_oid::lseg: fmt::format_to(it, "[({},{}),({},{})]", x, y, x + w, y + h); break;
            case type_oid::box: fmt::format_to(it, "({},{}),({},{})", x + w, y + h, x, y); break;
            case type_oid::path: fmt::format_to(it, "[({},{}),({},{}),({},{})]", x, y, x + w, y, x + w, y + h); break;
            case type_oid::polygon:
                fmt::format_to(it, "(({},{}),({},{}),({},{}),({},{}))", x, y, x + w, y, x + w, y + h, x, y + h);
                break;
            case type_oid::circle: fmt::format_to(it, "<({},{}),{}>", x, y, w); break;
            case type_oid::line:  // A x + B y + C = 0 with B > 0: never A = B = 0
                fmt::format_to(it, "{{{},{},{}}}", static_cast<double>(in.draw.between(-50, 50)) / 10, w, unique_ ? x : y);
                break;
            default: return false;
        }
        return true;
    }

private:
    Oid type_;
    bool unique_;
};

}  // namespace

bool is_geometric(Oid type) {
    return type == type_oid::lseg || type == type_oid::path || type == type_oid::box || type == type_oid::polygon ||
           type == type_oid::line || type == type_oid::circle;
}

GeneratorPtr make_geometric_generator(const ColumnSpec& spec) {
    return std::make_shared<GeometricGenerator>(spec.type_oid, spec.unique);
}

}  // namespace flaqes::seed
