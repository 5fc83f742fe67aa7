#include "core/intent_presets.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes {
namespace {

Intent make(Workload workload, WriteFrequency writes, std::vector<ReadPattern> reads, Consistency consistency,
            EvolutionRate evolution, DataVolume volume) {
    Intent i;
    i.workload = workload;
    i.write_frequency = writes;
    i.read_patterns = std::move(reads);
    i.consistency = consistency;
    i.evolution_rate = evolution;
    i.data_volume = volume;
    return i;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

const std::vector<IntentPreset>& intent_presets() {
    using R = ReadPattern;
    static const std::vector<IntentPreset> presets{
        {"oltp", "An application database: many small transactions, rows read and written by key.",
         make(Workload::oltp, WriteFrequency::high, {R::point_lookup, R::range_scan}, Consistency::strong,
              EvolutionRate::medium, DataVolume::medium)},
        {"olap", "A warehouse or reporting database: bulk loads, scans, joins and aggregates over large tables.",
         make(Workload::olap, WriteFrequency::low, {R::aggregation, R::join_heavy, R::range_scan},
              Consistency::eventual, EvolutionRate::low, DataVolume::large)},
        {"event_sourcing", "An append-only event store: high insert rate, reads by stream and time range, "
                           "events never change and pile up.",
         make(Workload::oltp, WriteFrequency::high, {R::range_scan, R::point_lookup}, Consistency::strong,
              EvolutionRate::low, DataVolume::massive)},
        {"startup_mvp", "A young product: small data, a schema that changes every week, reads by key.",
         make(Workload::oltp, WriteFrequency::medium, {R::point_lookup}, Consistency::strong, EvolutionRate::high,
              DataVolume::small)},
        {"saas_multitenant", "A multi-tenant application that also serves dashboards: transactions by key "
                             "and per-tenant aggregates over a large, growing dataset.",
         make(Workload::mixed, WriteFrequency::high, {R::point_lookup, R::aggregation}, Consistency::strong,
              EvolutionRate::medium, DataVolume::large)},
        {"time_series", "Metrics or IoT readings: constant inserts, reads by time range and rollups, old data "
                        "rarely changes.",
         make(Workload::mixed, WriteFrequency::high, {R::range_scan, R::aggregation}, Consistency::eventual,
              EvolutionRate::low, DataVolume::massive)},
    };
    return presets;
}

const IntentPreset& intent_preset(const std::optional<std::string>& name) {
    std::vector<std::string> names;
    for (const IntentPreset& p : intent_presets()) names.emplace_back(p.name);
    const std::string hint = fmt::format("Allowed values: {}.", fmt::join(names, ", "));
    if (!name) throw Error(sqlstate::null_value_not_allowed, "intent preset name must not be null", {}, hint);
    const std::string wanted = lower(*name);
    for (const IntentPreset& p : intent_presets()) {
        if (wanted == p.name) return p;
    }
    throw Error(sqlstate::invalid_parameter_value, fmt::format("unknown intent preset \"{}\"", *name), {}, hint);
}

}  // namespace flaqes
