# Tests for the quote comparison panel; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_familymembersmodel SOURCES panel/tst_familymembersmodel.cpp LIBS quoteline_models)
ql_add_qtest(tst_comparisonpanel SOURCES panel/tst_comparisonpanel.cpp LIBS quoteline_views)
