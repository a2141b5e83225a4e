# Tests for search (folded FTS, phrases, highlights, the result model); see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_storesearch SOURCES search/tst_storesearch.cpp)
ql_add_qtest(tst_searchresultmodel SOURCES search/tst_searchresultmodel.cpp LIBS quoteline_views)
# Issue 17: the first page ranks within the newest matches; a search writes nothing.
ql_add_qtest(tst_searchorder SOURCES search/tst_searchorder.cpp)
