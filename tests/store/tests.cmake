# Tests for store; see ql_add_qtest() in tests/CMakeLists.txt
# One suite, two backends: tst_store on SQLite files, tst_store_pg on a throwaway PostgreSQL cluster
# that the pg_cluster fixture starts on 127.0.0.1 before and stops after (plain `ctest` is enough).
ql_add_qtest(tst_store SOURCES store/tst_store.cpp)
ql_add_qtest(tst_store_pg SOURCES store/tst_store.cpp)
target_compile_definitions(tst_store_pg PRIVATE QL_TEST_POSTGRES=1)

set(QL_PG_STATE ${CMAKE_CURRENT_BINARY_DIR}/pg-cluster)
add_test(NAME pg_cluster_start COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/store/pg_cluster.sh start ${QL_PG_STATE})
add_test(NAME pg_cluster_stop COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/store/pg_cluster.sh stop ${QL_PG_STATE})
set_tests_properties(pg_cluster_start PROPERTIES FIXTURES_SETUP pg_cluster TIMEOUT 120)
set_tests_properties(pg_cluster_stop PROPERTIES FIXTURES_CLEANUP pg_cluster TIMEOUT 120)
set_tests_properties(tst_store_pg PROPERTIES
    FIXTURES_REQUIRED pg_cluster
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QL_SHARED_EVAL_DIR=${QL_SHARED_EVAL_DIR};QL_TEST_PG_URL_FILE=${QL_PG_STATE}/url")

# Issue 16: imports into one store from several processes, killed, or on a full disk (real
# quoteline-cli processes; the full disk is a file size limit set through bash).
ql_add_qtest(tst_concurrentimport SOURCES store/tst_concurrentimport.cpp store/ImportFixtures.cpp store/ImportFixtures.h)
add_dependencies(tst_concurrentimport quoteline-cli)
ql_add_qtest(tst_crashsafety SOURCES store/tst_crashsafety.cpp store/ImportFixtures.cpp store/ImportFixtures.h)
add_dependencies(tst_crashsafety quoteline-cli)
ql_add_qtest(tst_diskfull SOURCES store/tst_diskfull.cpp store/ImportFixtures.cpp store/ImportFixtures.h)
ql_add_qtest(tst_importspeakercache SOURCES store/tst_importspeakercache.cpp)
add_dependencies(tst_diskfull quoteline-cli)

# Issue 17: the full integrity check on demand (StoreCheck, quoteline-cli check).
ql_add_qtest(tst_storecheck SOURCES store/tst_storecheck.cpp store/ImportFixtures.cpp store/ImportFixtures.h)
add_dependencies(tst_storecheck quoteline-cli)

# Issue 16: a team store whose server goes away (the pg_cluster fixture's server ends the session).
ql_add_qtest(tst_teamreconnect SOURCES store/tst_teamreconnect.cpp LIBS quoteline_models)
set_tests_properties(tst_teamreconnect PROPERTIES
    FIXTURES_REQUIRED pg_cluster
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QL_TEST_PG_URL_FILE=${QL_PG_STATE}/url")
