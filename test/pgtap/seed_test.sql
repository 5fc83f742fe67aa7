-- pgTAP example: seed inside the test's transaction, assert, roll back.
BEGIN;
SELECT plan(7);

SELECT lives_ok($$SELECT flaqes.seed('app.order_lines', 30, '{"seed": 7}')$$, 'seed order lines and their parents');
SELECT is((SELECT count(*)::int FROM app.order_lines), 30, '30 order lines');
SELECT ok((SELECT count(*) FROM app.orders) > 0, 'parent orders were created');
SELECT is((SELECT count(*)::int FROM app.order_lines l WHERE NOT EXISTS
             (SELECT FROM app.orders o WHERE o.id = l.order_id)), 0, 'no orphan lines');
SELECT ok((SELECT bool_and(quantity BETWEEN 1 AND 10) FROM app.order_lines), 'quantities within their CHECK');
SELECT throws_ok($$SELECT flaqes.seed('app.users', -1)$$, '22023', 'cannot seed -1 rows', 'negative counts are refused');
SELECT results_eq(
  $$SELECT count(*) FROM flaqes.seed_rows(NULL::app.users, 4, '{"seed": 1}')$$,
  ARRAY[4::bigint], 'seed_rows returns the inserted users');

SELECT * FROM finish();
ROLLBACK;
