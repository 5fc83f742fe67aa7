#include "pg/ddl_migration_run.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "pg/ddl_facts.hpp"

extern "C" {
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "commands/defrem.h"
#include "commands/tablecmds.h"
#include "nodes/makefuncs.h"
#include "parser/parse_type.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
}

namespace flaqes::pg {

namespace {

// Statements analyze_ddl refuses: what they are, in the words of the error.
const char* refused_kind(const Node* tree) {
    switch (nodeTag(tree)) {
        case T_TransactionStmt: return "transaction control statements";
        case T_SelectStmt: case T_InsertStmt: case T_UpdateStmt: case T_DeleteStmt: case T_MergeStmt:
        case T_CopyStmt: case T_ExplainStmt: case T_CallStmt: case T_PrepareStmt: case T_ExecuteStmt:
        case T_DeallocateStmt: case T_DeclareCursorStmt: case T_FetchStmt: case T_ClosePortalStmt:
        case T_NotifyStmt: case T_ListenStmt: case T_UnlistenStmt: case T_LoadStmt: case T_CheckPointStmt:
        case T_DiscardStmt:
            return "statements other than DDL";
        default: return nullptr;
    }
}

// The statement's command tag, for messages: "BEGIN", "INSERT", "CREATE INDEX".
std::string command_tag(Node* tree) {
    return pg_call([&] { return GetCommandTagName(CreateCommandTag(tree)); });
}

bool has_option(List* options, const char* name) {
    return pg_call([&] {
        ListCell* cell;
        foreach (cell, options) {
            if (strcmp(static_cast<DefElem*>(lfirst(cell))->defname, name) == 0) return true;
        }
        return false;
    });
}

// The names owned_names lists after the statement and not before, for a prefix ("c:", "i:").
std::string new_name(const std::vector<std::string>& before, const std::vector<std::string>& after, char kind) {
    for (const std::string& n : after) {
        if (n.size() > 2 && n[0] == kind && std::find(before.begin(), before.end(), n) == before.end()) return n.substr(2);
    }
    return "";
}

char constraint_kind(ConstrType type) {
    switch (type) {
        case CONSTR_CHECK: return 'c';
        case CONSTR_FOREIGN: return 'f';
        case CONSTR_UNIQUE: return 'u';
        case CONSTR_PRIMARY: return 'p';
        case CONSTR_EXCLUSION: return 'x';
        default: return '\0';
    }
}

RiskFact fact(const char* rule, std::string lock, TableState table, std::string object) {
    RiskFact f;
    f.rule = rule;
    f.lock = std::move(lock);
    f.table = std::move(table);
    f.object = std::move(object);
    return f;
}

// The table a foreign key of `relation` named `constraint` references; InvalidOid for another kind
// of constraint or none.
Oid referenced_table(Oid relation, const std::string& constraint) {
    return pg_call([&] {
        const Oid oid = get_relation_constraint_oid(relation, constraint.c_str(), true);
        if (oid == InvalidOid) return InvalidOid;
        HeapTuple tuple = SearchSysCache1(CONSTROID, ObjectIdGetDatum(oid));
        if (!HeapTupleIsValid(tuple)) return InvalidOid;
        const Oid referenced = reinterpret_cast<Form_pg_constraint>(GETSTRUCT(tuple))->confrelid;
        ReleaseSysCache(tuple);
        return referenced;
    });
}

// "schema.name" of a relation, quoted as needed, from the catalog.
std::string qualified_name(Oid relation) {
    return pg_call([&] {
        return quote_qualified_identifier(get_namespace_name(get_rel_namespace(relation)), get_rel_name(relation));
    });
}

template <typename T>
std::vector<T*> items(List* list) {
    std::vector<T*> out;
    const int n = pg_call([&] { return list_length(list); });
    for (int i = 0; i < n; ++i) out.push_back(pg_call([&] { return static_cast<T*>(list_nth(list, i)); }));
    return out;
}

}  // namespace

void MigrationRun::refuse_unreviewable(const std::vector<DdlStatement>& statements) {
    for (const DdlStatement& s : statements) {
        const char* kind = refused_kind(s.tree);
        if (kind == nullptr) continue;
        const bool transaction = nodeTag(s.tree) == T_TransactionStmt;
        throw Error(sqlstate::feature_not_supported,
                    fmt::format("line {}: analyze_ddl does not run {} ({})", s.line, kind, command_tag(s.tree)),
                    "Statement: " + s.text,
                    transaction ? "analyze_ddl runs the migration in a subtransaction it rolls back; remove BEGIN/COMMIT "
                                  "and savepoints from the text."
                                : "Review schema changes only: move data changes and queries out of the text passed to "
                                  "analyze_ddl.");
    }
}

Oid MigrationRun::resolve(const RangeVar* relation) const {
    if (relation == nullptr) return InvalidOid;
    return pg_call([&] { return RangeVarGetRelid(relation, NoLock, true); });
}

TableState MigrationRun::state(Oid relation) {
    std::optional<RelationFacts> facts = relation_facts(relation);
    TableState out = facts ? facts->state : TableState{};
    out.created_in_migration = created_relations_.count(relation) > 0;
    return out;
}

void MigrationRun::touch(Oid relation, std::size_t index) {
    if (relation != InvalidOid) last_touch_[relation] = index;
}

void MigrationRun::execute(const DdlStatement& statement, const std::string& text) {
    int result = 0;
    try {
        result = pg_call([&] { return SPI_execute(text.c_str(), false, 0); });
    } catch (const PgError& e) {
        throw_statement_error(e, statement);
    }
    if (result < 0) {
        throw Error(sqlstate::feature_not_supported,
                    fmt::format("line {}: analyze_ddl cannot run this statement ({})", statement.line,
                                command_tag(statement.tree)),
                    "Statement: " + statement.text, "Remove it from the text passed to analyze_ddl.");
    }
}

void MigrationRun::run(const DdlStatement& s, std::size_t index) {
    Node* tree = s.tree;
    switch (nodeTag(tree)) {
        case T_AlterTableStmt: return alter_table(s, index, reinterpret_cast<AlterTableStmt*>(tree));
        case T_RenameStmt: return rename(s, index, reinterpret_cast<RenameStmt*>(tree));
        case T_IndexStmt: return create_index(s, index, reinterpret_cast<IndexStmt*>(tree));
        case T_DropStmt: return drop(s, index, reinterpret_cast<DropStmt*>(tree));
        case T_AlterEnumStmt: return alter_enum(s, index, reinterpret_cast<AlterEnumStmt*>(tree));
        case T_VacuumStmt: {
            // Changes no schema: not run. ANALYZE alone may run in a transaction; VACUUM may not.
            if (reinterpret_cast<VacuumStmt*>(tree)->is_vacuumcmd) {
                outside_transaction(index, InvalidOid, "VACUUM",
                                    "VACUUM cannot run inside a transaction block; it changes no schema, so analyze_ddl "
                                    "did not run it.");
            }
            return;
        }
        case T_ReindexStmt:
            if (has_option(reinterpret_cast<ReindexStmt*>(tree)->params, "concurrently")) {
                return outside_transaction(index, InvalidOid, "REINDEX CONCURRENTLY",
                                           "REINDEX CONCURRENTLY cannot run inside a transaction block; it changes no "
                                           "schema, so analyze_ddl did not run it.");
            }
            return execute(s, s.text);
        case T_CreateStmt: {
            execute(s, s.text);
            const Oid created = resolve(reinterpret_cast<CreateStmt*>(tree)->relation);
            created_relations_.insert(created);
            return touch(created, index);
        }
        case T_CreateTableAsStmt: {
            execute(s, s.text);
            const Oid created = resolve(reinterpret_cast<CreateTableAsStmt*>(tree)->into->rel);
            created_relations_.insert(created);
            return touch(created, index);
        }
        case T_CreateEnumStmt: {
            execute(s, s.text);
            List* names = reinterpret_cast<CreateEnumStmt*>(tree)->typeName;
            created_types_.insert(pg_call([&] { return LookupTypeNameOid(nullptr, makeTypeNameFromNameList(names), true); }));
            return;
        }
        default: return execute(s, s.text);
    }
}

void MigrationRun::alter_table(const DdlStatement& s, std::size_t index, AlterTableStmt* stmt) {
    const Oid rel = resolve(stmt->relation);
    const char kind = rel == InvalidOid ? '\0' : pg_call([&] { return get_rel_relkind(rel); });
    // ALTER TABLE also names views, sequences, foreign tables: only tables are judged.
    if (stmt->objtype != OBJECT_TABLE || (kind != RELKIND_RELATION && kind != RELKIND_PARTITIONED_TABLE)) {
        return execute(s, s.text);
    }
    touch(rel, index);
    const std::optional<RelationFacts> files_before = relation_facts(rel);
    TableState before = files_before ? files_before->state : TableState{};
    before.created_in_migration = created_relations_.count(rel) > 0;
    const std::string lock = lock_name(pg_call([&] { return AlterTableGetLockLevel(stmt->cmds); }));
    std::vector<RiskFact> found;
    std::vector<char> unnamed;  // constraint kinds of facts whose name the catalog gives after the statement
    std::string retyped, added;
    for (AlterTableCmd* cmd : items<AlterTableCmd>(stmt->cmds)) {
        const std::string column = cmd->name != nullptr ? cmd->name : "";
        if (cmd->subtype == AT_SetNotNull && !not_null_proven(rel, column)) {
            found.push_back(fact(ddl_risk::set_not_null_scan, lock, before, column));
        } else if (cmd->subtype == AT_AlterColumnType) {
            retyped = column;
        } else if (cmd->subtype == AT_AddColumn) {
            auto* def = reinterpret_cast<ColumnDef*>(cmd->def);
            added = def->colname;
            // An inline UNIQUE or PRIMARY KEY builds its index under the statement's lock too.
            for (Constraint* c : items<Constraint>(def->constraints)) {
                if (c->contype != CONSTR_UNIQUE && c->contype != CONSTR_PRIMARY) continue;
                RiskFact f = fact(ddl_risk::unique_constraint_build, lock, before, c->conname != nullptr ? c->conname : "");
                f.type = c->contype == CONSTR_PRIMARY ? "PRIMARY KEY" : "UNIQUE";
                f.columns = {added};
                f.added_column = true;
                if (f.object.empty()) unnamed.push_back(constraint_kind(c->contype));
                found.push_back(std::move(f));
            }
        } else if (cmd->subtype == AT_DropColumn) {
            const int attnum = pg_call([&] { return static_cast<int>(get_attnum(rel, column.c_str())); });
            if (attnum <= 0) continue;  // IF EXISTS on a column that is not there
            RiskFact f = fact(ddl_risk::dependent_objects, lock, before, column);
            f.dependents = dependents(rel, attnum);
            f.type = "column";
            f.drop = true;
            found.push_back(std::move(f));
        } else if (cmd->subtype == AT_DropConstraint) {
            touch(referenced_table(rel, column), index);  // a foreign key dropped: both ends as well
        } else if (cmd->subtype == AT_AddConstraint && IsA(cmd->def, Constraint)) {
            auto* c = reinterpret_cast<Constraint*>(cmd->def);
            RiskFact f = fact("", lock, before, c->conname != nullptr ? c->conname : "");
            const Oid referenced = c->contype == CONSTR_FOREIGN ? resolve(c->pktable) : InvalidOid;
            touch(referenced, index);  // the tension comparison sees both ends of the new reference
            if (c->contype == CONSTR_CHECK && !c->skip_validation) {
                f.rule = ddl_risk::check_validation_scan;
            } else if (c->contype == CONSTR_FOREIGN && !c->skip_validation) {
                f.rule = ddl_risk::foreign_key_validation_scan;
                if (referenced != InvalidOid) f.referenced = state(referenced);
            } else if ((c->contype == CONSTR_UNIQUE || c->contype == CONSTR_PRIMARY || c->contype == CONSTR_EXCLUSION) &&
                       c->indexname == nullptr) {
                f.rule = ddl_risk::unique_constraint_build;
                f.type = c->contype == CONSTR_PRIMARY ? "PRIMARY KEY" : c->contype == CONSTR_UNIQUE ? "UNIQUE" : "";
                for (Node* key : items<Node>(c->keys)) f.columns.push_back(strVal(key));
            } else {
                continue;
            }
            if (f.object.empty()) unnamed.push_back(constraint_kind(c->contype));
            found.push_back(std::move(f));
        }
    }
    const std::vector<std::string> names_before = unnamed.empty() ? std::vector<std::string>{} : owned_names(rel);
    execute(s, s.text);
    if (!unnamed.empty()) {
        const std::vector<std::string> names_after = owned_names(rel);
        std::size_t next = 0;
        for (RiskFact& f : found) {
            if (f.object.empty() && next < unnamed.size()) f.object = new_name(names_before, names_after, unnamed[next++]);
        }
    }
    for (RiskFact& f : found) {
        if (f.added_column) f.expression = column_facts(rel, f.columns.front()).type;
    }
    const std::optional<RelationFacts> files_after = relation_facts(rel);
    if (files_before && files_after && !files_before->files.empty() && files_before->files != files_after->files) {
        RiskFact f = fact(ddl_risk::table_rewrite, lock, before, "");
        const std::string& column = !retyped.empty() ? retyped : added;
        if (!column.empty()) {
            f.rule = !retyped.empty() ? ddl_risk::column_type_rewrite : ddl_risk::add_column_rewrite;
            f.object = column;
            const ColumnFacts c = column_facts(rel, column);
            f.type = c.type;
            f.expression = c.default_expression;
        }
        found.insert(found.begin(), std::move(f));
    }
    for (RiskFact& f : found) add(index, std::move(f));
}

void MigrationRun::rename(const DdlStatement& s, std::size_t index, RenameStmt* stmt) {
    const bool column = stmt->renameType == OBJECT_COLUMN;
    const Oid rel = column || stmt->renameType == OBJECT_TABLE ? resolve(stmt->relation) : InvalidOid;
    if (rel != InvalidOid) {
        touch(rel, index);
        const std::string name = column ? stmt->subname : stmt->relation->relname;
        const int attnum = column ? pg_call([&] { return static_cast<int>(get_attnum(rel, name.c_str())); }) : 0;
        RiskFact f = fact(ddl_risk::dependent_objects, "ACCESS EXCLUSIVE", state(rel), name);
        f.type = column ? "column" : "table";
        if (attnum >= 0) f.dependents = dependents(rel, attnum);
        add(index, std::move(f));
    }
    execute(s, s.text);
}

void MigrationRun::create_index(const DdlStatement& s, std::size_t index, IndexStmt* stmt) {
    const Oid rel = resolve(stmt->relation);
    if (rel == InvalidOid) return execute(s, stmt->concurrent ? without_concurrently(s) : s.text);
    touch(rel, index);
    const std::vector<std::string> before = owned_names(rel);
    RiskFact f = stmt->concurrent
                     ? fact(ddl_risk::outside_transaction, "", state(rel), "CREATE INDEX CONCURRENTLY")
                     : fact(ddl_risk::index_build_blocks_writes, "SHARE", state(rel), "");
    if (stmt->concurrent) {
        f.note = "CREATE INDEX CONCURRENTLY cannot run inside a transaction block: run it alone (a failed build "
                 "leaves an INVALID index to drop). analyze_ddl built the index without CONCURRENTLY for the "
                 "statements after it.";
    } else {
        f.safe_statement = with_concurrently(s);
    }
    execute(s, stmt->concurrent ? without_concurrently(s) : s.text);
    // The new index, remembered so that dropping it later in the migration is not a risk.
    const std::string name = new_name(before, owned_names(rel), 'i');
    const Oid namespace_oid = pg_call([&] { return get_rel_namespace(rel); });
    created_relations_.insert(pg_call([&] { return get_relname_relid(name.c_str(), namespace_oid); }));
    if (!stmt->concurrent) f.object = name;
    add(index, std::move(f));
}

void MigrationRun::drop(const DdlStatement& s, std::size_t index, DropStmt* stmt) {
    const bool indexes = stmt->removeType == OBJECT_INDEX;
    if (indexes || stmt->removeType == OBJECT_TABLE) {
        for (List* names : items<List>(stmt->objects)) {
            RangeVar* rv = pg_call([&] { return makeRangeVarFromNameList(names); });
            const Oid object = resolve(rv);
            if (object == InvalidOid) continue;
            const Oid table = indexes ? pg_call([&] { return IndexGetRelation(object, true); }) : object;
            touch(table, index);
            if (indexes && stmt->concurrent) {
                outside_transaction(index, table, "DROP INDEX CONCURRENTLY",
                                    "DROP INDEX CONCURRENTLY cannot run inside a transaction block: run it alone. "
                                    "analyze_ddl dropped the index without CONCURRENTLY for the statements after it.");
            } else if (indexes) {
                RiskFact f = fact(ddl_risk::drop_index_blocks, "ACCESS EXCLUSIVE", state(table), rv->relname);
                f.table.created_in_migration |= created_relations_.count(object) > 0;
                // One statement per index: CONCURRENTLY drops a single index, and takes no CASCADE.
                f.safe_statement = "DROP INDEX CONCURRENTLY " + qualified_name(object);
                add(index, std::move(f));
            } else {
                RiskFact f = fact(ddl_risk::dependent_objects, "ACCESS EXCLUSIVE", state(table), rv->relname);
                f.dependents = dependents(table, 0);
                f.type = "table";
                f.drop = true;
                add(index, std::move(f));
            }
        }
    }
    execute(s, indexes && stmt->concurrent ? without_concurrently(s) : s.text);
}

void MigrationRun::alter_enum(const DdlStatement& s, std::size_t index, AlterEnumStmt* stmt) {
    const Oid type = pg_call([&] { return LookupTypeNameOid(nullptr, makeTypeNameFromNameList(stmt->typeName), true); });
    if (type != InvalidOid && stmt->newVal != nullptr) {
        TableState t;
        t.name = pg_call([&] { return format_type_be_qualified(type); });
        t.created_in_migration = created_types_.count(type) > 0;
        const bool renamed = stmt->oldVal != nullptr;
        add(index, fact(renamed ? ddl_risk::enum_rename_value : ddl_risk::enum_add_value, "", t,
                        renamed ? stmt->oldVal : stmt->newVal));
    }
    execute(s, s.text);
}

void MigrationRun::outside_transaction(std::size_t index, Oid relation, const char* object, const std::string& note) {
    RiskFact f = fact(ddl_risk::outside_transaction, "", relation != InvalidOid ? state(relation) : TableState{}, object);
    f.note = note;
    add(index, std::move(f));
}

}  // namespace flaqes::pg
