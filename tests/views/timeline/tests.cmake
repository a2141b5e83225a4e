# Tests for the timeline's layout and view; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_timelineview SOURCES views/timeline/tst_timelineview.cpp LIBS quoteline_views)
ql_add_qtest(tst_timelinelayout SOURCES views/timeline/tst_timelinelayout.cpp LIBS quoteline_views)
