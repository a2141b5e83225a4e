# Tests for the library views; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_statementcolumns SOURCES views/library/tst_statementcolumns.cpp LIBS quoteline_views)
