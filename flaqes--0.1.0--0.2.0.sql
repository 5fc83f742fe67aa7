-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------------------------
-- Migration review (issue 16): snapshots of the catalog model, and their analysis offline
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.snapshot(schemas text[] DEFAULT NULL)
RETURNS jsonb
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_snapshot';

COMMENT ON FUNCTION flaqes.snapshot(text[]) IS
  'The catalog model of the schemas (all user schemas when NULL) as a versioned jsonb document that '
  'can be taken on one server and read on another: format "flaqes.snapshot", version, flaqes and '
  'server versions, database, taken_at (UTC), each relation with its row estimate and sizes in bytes, '
  'and the catalog rows the model is built from (no row data), with a digest that refuses edited '
  'documents. Read by flaqes.analyze_snapshot and flaqes.diff.';

CREATE FUNCTION flaqes.analyze_snapshot(snapshot jsonb, intent jsonb)
RETURNS TABLE(id text, rule text, category text, severity text, table_name text, columns text[],
              description text, current_benefit text, risk text, breaking_point text,
              alternatives jsonb, confidence real, evidence jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_analyze_snapshot';

COMMENT ON FUNCTION flaqes.analyze_snapshot(jsonb, jsonb) IS
  'flaqes.analyze on a snapshot (flaqes.snapshot()) instead of the live catalog: the same findings, '
  'with the same ids, that flaqes.analyze(intent, schemas) gave where and when the snapshot was taken. '
  'table_name is the qualified name (the snapshot''s oids belong to the server it was taken on). '
  'Reads nothing of this database.';

CREATE FUNCTION flaqes.diff(before jsonb, after jsonb DEFAULT NULL, intent jsonb DEFAULT NULL)
RETURNS TABLE(change text, object_type text, object text, table_name text, attribute text,
              before text, after text, rule text)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_diff';

COMMENT ON FUNCTION flaqes.diff(jsonb, jsonb, jsonb) IS
  'What changed between two snapshots (flaqes.snapshot()); after NULL means the live schemas the '
  'before snapshot covers. One row per change: change (added, removed, altered), object_type (table, '
  'partitioned_table, partition, view, materialized_view, foreign_table, column, constraint, index, '
  'enum, domain), object, table_name, the attribute altered (type, default, nullability, identity, '
  'generated, definition, validated, kind, partitioning, partition_of, partition_bound) with its before '
  'and after values. Objects are matched by name: a rename is a removal and an addition. Two snapshots '
  'must cover the same schemas. With an intent, also one row per design tension (object_type tension, '
  'object the finding id, rule) introduced, '
  'resolved or changed in severity.';
-- Seeding runs the user's triggers, defaults and CHECK functions under the caller's settings
-- ---------------------------------------------------------------------------------------------
-- A function-level SET stays in force while the inserted rows fire the user's own code, where
-- search_path = pg_catalog, pg_temp hid every unqualified table and function of the schema. These
-- functions pin search_path and DateStyle in C++ around flaqes's own queries only; the INSERTs
-- and UPDATEs (schema-qualified names, casts and operators) run under the caller's settings.

ALTER FUNCTION flaqes.seed(regclass, bigint, jsonb) RESET search_path RESET datestyle;
ALTER FUNCTION flaqes.seed_rows(anyelement, integer, jsonb) RESET search_path RESET datestyle;
ALTER FUNCTION flaqes.seed_sql(regclass, bigint, jsonb) RESET search_path RESET datestyle;

COMMENT ON FUNCTION flaqes.seed(regclass, bigint, jsonb) IS
  'Inserts n generated rows into target, creating the parent rows its foreign keys need first '
  '(or reusing existing ones), respecting every constraint; one row per table inserted into. '
  'Runs as the caller inside the caller''s transaction, and the rows fire the table''s triggers '
  'under the caller''s search_path and DateStyle: ROLLBACK removes everything. '
  'options: seed, columns (a value, values, expr reading the row''s columns, generator, null_fraction), '
  'tables, uuid, progress, batch_size, null_fraction (see flaqes.seed_plan).';

COMMENT ON FUNCTION flaqes.seed_rows(anyelement, integer, jsonb) IS
  'Like flaqes.seed (triggers fire under the caller''s search_path and DateStyle), and returns the '
  'inserted rows of the target typed as the table: SELECT id, email FROM flaqes.seed_rows(NULL::app.users, 3).';

COMMENT ON FUNCTION flaqes.seed_sql(regclass, bigint, jsonb) IS
  'The rows flaqes.seed would insert, as an SQL script of INSERTs (and UPDATEs for deferred '
  'foreign keys, setval for sequences) for fixture files. Runs the seed in a subtransaction '
  'that is rolled back (triggers fire under the caller''s search_path; dates are written in ISO): '
  'nothing stays, but sequences advance.';
-- roles() and patterns(): machine-readable reasons (issue 13). Each hypothesis and each pattern
-- instance carries signals as [{name, weight, detail}] with stable names (docs/roles_patterns.md);
-- the prose stays beside them. The return types change, so the functions are dropped and created.
-- ---------------------------------------------------------------------------------------------

DROP FUNCTION flaqes.roles(text[]);

CREATE FUNCTION flaqes.roles(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, role text, confidence real, signals jsonb, reasons text[], alternatives jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_roles';

COMMENT ON FUNCTION flaqes.roles(text[]) IS
  'What each table is for, as a hypothesis: role (entity, fact, dimension, event_log, junction, scd2, '
  'snapshot, lookup, config, audit_log, polymorphic, queue, eav), confidence in [0,1], signals as '
  '[{name, weight, detail}] (stable names, negative weights are evidence against), the same reasons '
  'in words, and the other plausible roles as [{role, confidence, signals, reasons}]. A role seen in '
  'names only stays below 0.5. Reads keys, foreign keys (also to tables outside the schemas asked '
  'for), names, types, constraints, indexes and, when present, statistics. All user schemas when NULL.';

DROP FUNCTION flaqes.patterns(text[]);

CREATE FUNCTION flaqes.patterns(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, pattern text, columns text[], confidence real, evidence jsonb, signals jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_patterns';

COMMENT ON FUNCTION flaqes.patterns(text[]) IS
  'Design patterns found in the tables, one row per instance: soft_delete, scd2, scd1, audit_columns, '
  'optimistic_locking, event_sourcing, jsonb_document, jsonb_attributes, jsonb_payload, eav, '
  'repeating_group, polymorphic_association, exclusive_arc, adjacency_tree, materialized_path, '
  'closure_table, multi_tenant, time_partitioning, trinity_identifiers, job_queue, '
  'framework_bookkeeping, partition_template, document_snapshot; with the columns that carry it, a '
  'confidence in [0,1] (the signal weights summed), the evidence, and signals as [{name, weight, '
  'detail}] with stable names. All user schemas when NULL.';
-- report: an options argument; {"diagram": "full"} draws every column with its type
-- ---------------------------------------------------------------------------------------------

DROP FUNCTION flaqes.report(jsonb, text[], text);

CREATE FUNCTION flaqes.report(intent jsonb, schemas text[] DEFAULT NULL, format text DEFAULT 'markdown',
                              options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_report';

COMMENT ON FUNCTION flaqes.report(jsonb, text[], text, jsonb) IS
  'flaqes.analyze as a document: intent, schemas and filters (the intent''s include/exclude patterns, '
  'rules, min_severity, min_confidence, ignore), findings per severity and per hygiene rule, tables by '
  'role, a Mermaid erDiagram, the findings by severity (one line each), then by table with benefit, '
  'risk, breaking point and the DDL of each alternative. format: markdown (default) or json. '
  'options: {"diagram": "summary"} (default: key columns only) or {"diagram": "full"} (every column '
  'with its type).';
-- Dependent views and triggers in the catalog model (issue 12, item 6): DDL that changes a column's
-- type drops and re-creates what uses the column.
-- ---------------------------------------------------------------------------------------------

COMMENT ON FUNCTION flaqes.schema_graph(text[]) IS
  'The catalog model flaqes works from, as jsonb: tables (columns, keys, foreign keys, checks, '
  'exclusions, indexes, partitioning, row estimates), relationships with cardinality, enums, domains, '
  'composite types, and dependents: the views, materialized views and triggers that use columns of '
  'the tables (with the columns they use). All user schemas when schemas is NULL; never system or '
  'extension-owned objects.';

-- ---------------------------------------------------------------------------------------------
-- Display controls and intent presets (issue 12, item 7). The controls are intent keys, so every
-- function that takes an intent (analyze, report, validate_intent) accepts them without a new
-- signature: min_severity, min_confidence, include, exclude, rules (ignore as before).
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.intent_preset(name text)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_intent_preset';

COMMENT ON FUNCTION flaqes.intent_preset(text) IS
  'A named intent with every axis set, to pass to flaqes.analyze as is or adjusted with || '
  '(flaqes.intent_preset(''olap'') || ''{"data_volume": "massive"}''). '
  'oltp: OLTP, writes high, reads point_lookup+range_scan, strong, evolution medium, volume medium. '
  'olap: OLAP, writes low, reads aggregation+join_heavy+range_scan, eventual, evolution low, volume large. '
  'event_sourcing: OLTP, writes high, reads range_scan+point_lookup, strong, evolution low, volume massive. '
  'startup_mvp: OLTP, writes medium, reads point_lookup, strong, evolution high, volume small. '
  'saas_multitenant: mixed, writes high, reads point_lookup+aggregation, strong, evolution medium, volume large. '
  'time_series: mixed, writes high, reads range_scan+aggregation, eventual, evolution low, volume massive. '
  'Names match case-insensitively; an unknown name is an error listing them.';

COMMENT ON FUNCTION flaqes.validate_intent(jsonb) IS
  'Checks an intent document as flaqes.analyze does and returns it with every default filled in; '
  'an unknown key, a wrong type, an unknown value or an unknown rule name is an error naming the key '
  'and the allowed values.';

COMMENT ON FUNCTION flaqes.analyze(jsonb, text[]) IS
  'Design tensions of the schema, weighed by the declared intent (see flaqes.intent() and '
  'flaqes.intent_preset()): one row per finding with a stable id, its rule, category (normalization, '
  'performance, evolution, consistency), severity (info, warning, critical), what the design buys, what '
  'it risks, when it breaks (with this database''s numbers) and alternatives with example DDL. Intent keys '
  'that choose what is shown (ids never change): ignore (finding ids or rule names), min_severity (info | '
  'warning | critical), min_confidence (0 to 1), include / exclude (table patterns: schema.table or a '
  'table name, * and ?, e.g. sales.* or *.tmp_*), rules (only these rule names). All user schemas when '
  'schemas is NULL. Reads catalogs and statistics only.';

-- ---------------------------------------------------------------------------------------------
-- The CI gate (issue 16): flaqes.check fails a job (SQLSTATE QF001) on findings at or above fail_on
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.check(intent jsonb, fail_on text DEFAULT 'critical', schemas text[] DEFAULT NULL)
RETURNS text
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_check';

COMMENT ON FUNCTION flaqes.check(jsonb, text, text[]) IS
  'flaqes.analyze as a CI gate: returns a one-line summary (ok: 0 finding(s) at or above fail_on, with '
  'the counts below it) or raises SQLSTATE QF001 whose message counts the findings at or above fail_on '
  '(info | warning | critical, default critical) and whose detail lists them, one line each: id, table, '
  'description. The intent''s ignore list and display controls apply, so a team accepts a finding by '
  'adding its id to intent.ignore. psql -v ON_ERROR_STOP=1 -c "SELECT flaqes.check(...)" exits non-zero '
  'on failure. All user schemas when schemas is NULL.';

-- ---------------------------------------------------------------------------------------------
-- Grants: any role may use flaqes. Every function is SECURITY INVOKER, so it reads only the
-- catalogs and statistics the caller may read, and seed inserts only where the caller may insert.
-- (EXECUTE on functions is PUBLIC by default; USAGE on the schema was the owner's alone in 0.1.0.)
-- ---------------------------------------------------------------------------------------------

GRANT USAGE ON SCHEMA flaqes TO PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Migration review (issue 16): flaqes.analyze_ddl runs a migration in a rolled-back subtransaction
-- ---------------------------------------------------------------------------------------------
-- No SET clause: the migration's statements run as the caller under the caller's search_path (so
-- unqualified names resolve as they will in production); flaqes pins its settings in C++ around
-- its own catalog reads only. VOLATILE: it runs DDL (always rolled back).

CREATE FUNCTION flaqes.analyze_ddl(ddl text, intent jsonb, schemas text[] DEFAULT NULL, fail_on text DEFAULT NULL)
RETURNS TABLE(line integer, statement text, kind text, rule text, severity text, table_name text, change text,
              id text, lock text, rows_estimate bigint, size_bytes bigint, description text, alternatives jsonb)
LANGUAGE c VOLATILE PARALLEL UNSAFE SECURITY INVOKER
AS 'MODULE_PATHNAME', 'flaqes_analyze_ddl';

COMMENT ON FUNCTION flaqes.analyze_ddl(text, jsonb, text[], text) IS
  'Reviews a migration before it ships. The text is split by PostgreSQL''s parser and run statement by '
  'statement as the caller, under the caller''s search_path, inside a subtransaction that is always rolled '
  'back (nothing survives; an error in a statement is an error naming its line). Transaction control and '
  'non-DDL (SELECT, INSERT, UPDATE, DELETE, COPY, CALL, ...) are refused (0A000); a syntax error is 42601 '
  'naming the line. CONCURRENTLY index statements run in their plain form (VACUUM and REINDEX CONCURRENTLY '
  'are not run). Rows: kind risk = the operational risk of one statement, judged on this database''s state '
  'just before it (lock = the lock mode, rows_estimate and size_bytes of the table; rules column_type_rewrite, '
  'add_column_rewrite, table_rewrite, set_not_null_scan, check_validation_scan, foreign_key_validation_scan, '
  'index_build_blocks_writes, drop_index_blocks, unique_constraint_build, dependent_objects, enum_add_value, '
  'enum_rename_value, outside_transaction); kind tension = a finding of flaqes.analyze on the schemas that '
  'the migration introduces, resolves or changes in severity (change; analyze''s id). line is where the '
  'statement starts; alternatives hold safe DDL. Severity of risks: critical = a blocking lock held for a '
  'rewrite, a validation scan or an index build of a table large by evidence (>= 1,000,000 rows or 1 GiB) '
  'or, never analyzed, by the intent''s data_volume (large, massive); warning = the same on a table not '
  'known to be empty, a brief blocking lock on a non-empty table, a drop or rename others use; info = worth '
  'knowing. No risk row for a table created earlier in the migration or known to be empty (analyzed, 0 '
  'rows, 0 bytes). The intent''s "ignore" takes risk ids and rules too. fail_on (info, warning, critical; '
  'NULL = no gate) raises QF001 "migration introduces N finding(s) at or above <level>" when risks or '
  'introduced tensions (or ones whose severity rose) reach it, DETAIL one line per finding.';

-- ---------------------------------------------------------------------------------------------
-- SARIF 2.1.0 from flaqes.report (issue 16): format => 'sarif', and options {"source": {"path",
-- "text"}} to point every result at the line of a schema file that creates its object.
-- ---------------------------------------------------------------------------------------------

COMMENT ON FUNCTION flaqes.report(jsonb, text[], text, jsonb) IS
  'flaqes.analyze as a document: intent, schemas and filters (the intent''s include/exclude patterns, '
  'rules, min_severity, min_confidence, ignore), findings per severity and per hygiene rule, tables by '
  'role, a Mermaid erDiagram, the findings by severity (one line each), then by table with benefit, '
  'risk, breaking point and the DDL of each alternative. format: markdown (default), json, or sarif '
  '(SARIF 2.1.0 for code scanning: a rule per flaqes rule that fired, a result per finding with level '
  'error/warning/note for critical/warning/info, partialFingerprints from the finding id, logical '
  'locations schema.table.column). options for markdown and json: {"diagram": "summary"} (default: key '
  'columns only) or {"diagram": "full"} (every column with its type). options for sarif: {"source": '
  '{"path": "db/structure.sql", "text": <that file''s contents>}} gives every result a physical '
  'location, the line of that file that creates the object (read with PostgreSQL''s parser); without '
  'it results carry logical locations only, which code scanning services do not accept.';

-- ---------------------------------------------------------------------------------------------
-- SARIF 2.1.0 of a migration review (issue 16): flaqes.report_ddl, analyze_ddl's rows for code
-- scanning. No SET clause, as analyze_ddl: the migration runs under the caller's search_path.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.report_ddl(ddl text, intent jsonb, schemas text[] DEFAULT NULL, format text DEFAULT 'sarif',
                                  options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE c VOLATILE PARALLEL UNSAFE SECURITY INVOKER
AS 'MODULE_PATHNAME', 'flaqes_report_ddl';

COMMENT ON FUNCTION flaqes.report_ddl(text, jsonb, text[], text, jsonb) IS
  'flaqes.analyze_ddl''s review of a migration (run in a subtransaction that is always rolled back) as '
  'SARIF 2.1.0 for code scanning: a rule per risk or tension rule that fired (its summary), a result per '
  'row with level error/warning/note for critical/warning/info (a tension the migration resolves is a '
  'result of kind pass, level none), partialFingerprints from the row id, the table as logical location, '
  'and lock, rows_estimate, size_bytes, statement and alternatives in its properties. format: sarif (the '
  'only one; analyze_ddl gives rows). options: {"path": "db/migrations/0042_x.sql"}, the migration''s '
  'path in the repository: every result then points at the line where its statement starts; without it '
  'results carry logical locations only, which code scanning services do not accept.';
