# Tests for the search result model; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_searchresultmodel SOURCES models/search/tst_searchresultmodel.cpp LIBS quoteline_views)
