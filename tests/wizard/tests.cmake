# Tests for the import wizard; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_importsources SOURCES wizard/tst_importsources.cpp LIBS quoteline_views)
ql_add_qtest(tst_importwizard SOURCES wizard/tst_importwizard.cpp LIBS quoteline_views)
