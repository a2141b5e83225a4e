# Tests for the library's models and the chart and timeline data sources; see ql_add_qtest() in
# tests/CMakeLists.txt
ql_add_qtest(tst_models SOURCES models/library/tst_models.cpp LIBS quoteline_models)
# Many small committed transactions (each edit and import of the suite syncs the store file): about
# 40 s on an idle 2-core machine, 75-100 s under load; the default 300 s was hit once with two
# builds beside it.
set_tests_properties(tst_models PROPERTIES TIMEOUT 900)
ql_add_qtest(tst_chartdatasource SOURCES models/library/tst_chartdatasource.cpp LIBS quoteline_views)
