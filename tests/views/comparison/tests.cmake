# Tests for the quote comparison panel; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_comparisonpanel SOURCES views/comparison/tst_comparisonpanel.cpp LIBS quoteline_views)
