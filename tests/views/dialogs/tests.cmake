# Tests for the dialogs; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_eventsdialog SOURCES views/dialogs/tst_eventsdialog.cpp LIBS quoteline_app quoteline_resources)
ql_add_qtest(tst_teamstoredialog SOURCES views/dialogs/tst_teamstoredialog.cpp LIBS quoteline_views)
