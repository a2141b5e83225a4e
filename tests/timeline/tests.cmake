# Tests for timeline; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_timescale SOURCES timeline/tst_timescale.cpp LIBS quoteline_models)
ql_add_qtest(tst_timelinemodel SOURCES timeline/tst_timelinemodel.cpp LIBS quoteline_models)
ql_add_qtest(tst_timelinefilterproxy SOURCES timeline/tst_timelinefilterproxy.cpp LIBS quoteline_models)
ql_add_qtest(tst_timelineview SOURCES timeline/tst_timelineview.cpp LIBS quoteline_views)
ql_add_qtest(tst_timelinelayout SOURCES timeline/tst_timelinelayout.cpp LIBS quoteline_views)
