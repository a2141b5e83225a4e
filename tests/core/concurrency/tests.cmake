# Tests for the thread helper (core/concurrency); see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_parallelfor SOURCES core/concurrency/tst_parallelfor.cpp)
