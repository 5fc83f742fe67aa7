#include "core/signal.hpp"

#include <cmath>

namespace flaqes {

json::Value signals_json(const std::vector<Signal>& signals) {
    json::Value out = json::Value::array();
    for (const Signal& s : signals) {
        json::Value item = json::Value::object();
        item.set("name", json::Value::string(s.name));
        item.set("weight", json::Value::number(std::round(s.weight * 100.0) / 100.0));
        item.set("detail", json::Value::string(s.detail));
        out.push(std::move(item));
    }
    return out;
}

}  // namespace flaqes
