# Tests for charts; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_currencytable SOURCES views/charts/tst_currencytable.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartbuilders SOURCES views/charts/tst_chartbuilders.cpp views/charts/ChartFixtures.cpp views/charts/ChartFixtures.h
    LIBS quoteline_views)
ql_add_qtest(tst_chartdrawing SOURCES views/charts/tst_chartdrawing.cpp views/charts/ChartFixtures.cpp views/charts/ChartFixtures.h
    LIBS quoteline_views)
ql_add_qtest(tst_chartexporter SOURCES views/charts/tst_chartexporter.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartwidget SOURCES views/charts/tst_chartwidget.cpp LIBS quoteline_views)
# Issue 17: the panel follows store changes and builds only the chart that is seen.
ql_add_qtest(tst_chartspanel SOURCES views/charts/tst_chartspanel.cpp views/charts/ChartFixtures.cpp views/charts/ChartFixtures.h
    LIBS quoteline_views)
