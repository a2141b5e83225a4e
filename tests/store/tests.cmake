# Tests for store; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_store SOURCES store/tst_store.cpp)
