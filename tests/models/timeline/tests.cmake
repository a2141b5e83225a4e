# Tests for the timeline's models; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_timescale SOURCES models/timeline/tst_timescale.cpp LIBS quoteline_models)
ql_add_qtest(tst_timelinemodel SOURCES models/timeline/tst_timelinemodel.cpp LIBS quoteline_models)
ql_add_qtest(tst_timelinefilterproxy SOURCES models/timeline/tst_timelinefilterproxy.cpp LIBS quoteline_models)
# Issue 17: the window applies a store change to the timeline instead of reading everything again.
ql_add_qtest(tst_familylanenames SOURCES models/timeline/tst_familylanenames.cpp LIBS quoteline_models)
ql_add_qtest(tst_analysischange SOURCES models/timeline/tst_analysischange.cpp LIBS quoteline_models)
