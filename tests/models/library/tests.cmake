# Tests for the library's models and the chart and timeline data sources; see ql_add_qtest() in
# tests/CMakeLists.txt
ql_add_qtest(tst_models SOURCES models/library/tst_models.cpp LIBS quoteline_models)
ql_add_qtest(tst_chartdatasource SOURCES models/library/tst_chartdatasource.cpp LIBS quoteline_views)
