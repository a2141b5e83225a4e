# Tests for store; see ql_add_qtest() in tests/CMakeLists.txt
# Two suites (the store itself; what goes into it), each on two backends: tst_store and
# tst_storecontent on SQLite files, the *_pg twins on a throwaway PostgreSQL cluster that the
# pg_cluster fixture starts on 127.0.0.1 before and stops after (plain `ctest` is enough).
set(QL_STORE_SUITE_HELPERS core/store/StoreSuite.cpp core/store/StoreSuite.h)
ql_add_qtest(tst_store SOURCES core/store/tst_store.cpp ${QL_STORE_SUITE_HELPERS})
ql_add_qtest(tst_store_pg SOURCES core/store/tst_store.cpp ${QL_STORE_SUITE_HELPERS})
target_compile_definitions(tst_store_pg PRIVATE QL_TEST_POSTGRES=1)
ql_add_qtest(tst_storecontent SOURCES core/store/tst_storecontent.cpp ${QL_STORE_SUITE_HELPERS})
ql_add_qtest(tst_storecontent_pg SOURCES core/store/tst_storecontent.cpp ${QL_STORE_SUITE_HELPERS})
target_compile_definitions(tst_storecontent_pg PRIVATE QL_TEST_POSTGRES=1)

set(QL_PG_STATE ${CMAKE_CURRENT_BINARY_DIR}/pg-cluster)
add_test(NAME pg_cluster_start COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/store/pg_cluster.sh start ${QL_PG_STATE})
add_test(NAME pg_cluster_stop COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/store/pg_cluster.sh stop ${QL_PG_STATE})
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP pg_cluster TIMEOUT 120)
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg_cluster TIMEOUT 120)
set_tests_properties(tst_store_pg tst_storecontent_pg PROPERTIES
    FIXTURES_REQUIRED pg_cluster
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QL_SHARED_EVAL_DIR=${QL_SHARED_EVAL_DIR};QL_TEST_PG_URL_FILE=${QL_PG_STATE}/url")

# Issue 16: imports into one store from several processes, killed, or on a full disk (real
# quoteline-cli processes; the full disk is a file size limit set through bash).
ql_add_qtest(tst_concurrentimport SOURCES core/store/tst_concurrentimport.cpp core/store/ImportFixtures.cpp core/store/ImportFixtures.h)
add_dependencies(tst_concurrentimport quoteline-cli)
ql_add_qtest(tst_crashsafety SOURCES core/store/tst_crashsafety.cpp core/store/ImportFixtures.cpp core/store/ImportFixtures.h)
add_dependencies(tst_crashsafety quoteline-cli)
ql_add_qtest(tst_diskfull SOURCES core/store/tst_diskfull.cpp core/store/ImportFixtures.cpp core/store/ImportFixtures.h)
ql_add_qtest(tst_importspeakercache SOURCES core/store/tst_importspeakercache.cpp)
add_dependencies(tst_diskfull quoteline-cli)

# Issue 17: the full integrity check on demand (StoreCheck, quoteline-cli check).
ql_add_qtest(tst_storecheck SOURCES core/store/tst_storecheck.cpp core/store/ImportFixtures.cpp core/store/ImportFixtures.h)
add_dependencies(tst_storecheck quoteline-cli)

# Search in the store (folded FTS, phrases, highlights). Issue 17: the first page ranks within the
# newest matches; a search writes nothing.
ql_add_qtest(tst_storesearch SOURCES core/store/tst_storesearch.cpp)
ql_add_qtest(tst_searchorder SOURCES core/store/tst_searchorder.cpp)

# Issue 16: a team store whose server goes away (the pg_cluster fixture's server ends the session).
ql_add_qtest(tst_teamreconnect SOURCES core/store/tst_teamreconnect.cpp LIBS quoteline_models)
set_tests_properties(tst_teamreconnect PROPERTIES
    FIXTURES_REQUIRED pg_cluster
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QL_TEST_PG_URL_FILE=${QL_PG_STATE}/url")
ql_add_qtest(tst_batchlost SOURCES core/store/tst_batchlost.cpp)
ql_add_qtest(tst_writefailure SOURCES core/store/tst_writefailure.cpp)
