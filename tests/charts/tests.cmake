# Tests for charts; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_currencytable SOURCES charts/tst_currencytable.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartbuilders SOURCES charts/tst_chartbuilders.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartexporter SOURCES charts/tst_chartexporter.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartwidget SOURCES charts/tst_chartwidget.cpp LIBS quoteline_views)
ql_add_qtest(tst_chartdatasource SOURCES charts/tst_chartdatasource.cpp LIBS quoteline_views)
