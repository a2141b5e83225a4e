# Tests for export (statements to CSV/JSON/RIS, citations); see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_statementexporter SOURCES core/export/tst_statementexporter.cpp)
ql_add_qtest(tst_citationformatter SOURCES core/export/tst_citationformatter.cpp)
ql_add_qtest(tst_exportwindow SOURCES core/export/tst_exportwindow.cpp LIBS quoteline_app quoteline_resources)
