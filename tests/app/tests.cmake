ql_add_qtest(tst_cli SOURCES app/tst_cli.cpp LIBS Qt::Gui)
add_dependencies(tst_cli quoteline-cli)
ql_add_qtest(tst_mainwindow SOURCES app/tst_mainwindow.cpp LIBS quoteline_app quoteline_resources)
