# Tests for views; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_eventsdialog SOURCES views/tst_eventsdialog.cpp LIBS quoteline_app quoteline_resources)
ql_add_qtest(tst_statementcolumns SOURCES views/tst_statementcolumns.cpp LIBS quoteline_views)
ql_add_qtest(tst_teamstoredialog SOURCES views/tst_teamstoredialog.cpp LIBS quoteline_views)
