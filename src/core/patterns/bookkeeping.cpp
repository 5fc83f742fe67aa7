#include "core/patterns/bookkeeping.hpp"

#include <algorithm>
#include <string>

#include "core/catalog/table_facts.hpp"

namespace flaqes {

bool framework_bookkeeping(const Table& table) {
    std::string name = snake_name(table.name.name);
    name.erase(0, name.find_first_not_of('_'));
    for (const char* known : {"schema_migrations", "ar_internal_metadata", "prisma_migrations", "diesel_schema_migrations",
                              "flyway_schema_history", "alembic_version", "django_migrations", "knex_migrations",
                              "knex_migrations_lock", "goose_db_version", "schema_version", "migrations",
                              "sequelize_meta", "typeorm_metadata", "doctrine_migration_versions", "databasechangelog",
                              "databasechangeloglock", "pgmigrations", "refinery_schema_history"}) {
        if (name == known) return true;
    }
    return false;
}

bool row_template(const Table& table) {
    const std::string name = snake_name(table.name.name);
    return starts_with(name, "template_") || ends_with(name, "_template");
}

bool document_or_line(const Table& table) {
    return std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) {
        if (c.type_category != 'N') return false;
        const std::string n = snake_name(c.name);
        for (const char* measure : {"quantity", "qty", "price", "amount", "total", "subtotal", "unit_price"}) {
            if (n == measure || ends_with(n, std::string("_") + measure) || starts_with(n, std::string(measure) + "_")) {
                return true;
            }
        }
        return false;
    });
}

}  // namespace flaqes
