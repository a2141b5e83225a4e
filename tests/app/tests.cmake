ql_add_qtest(tst_cli SOURCES app/tst_cli.cpp core/ingest/LocalHttpServer.cpp core/ingest/LocalHttpServer.h LIBS Qt::Gui Qt::Network)
add_dependencies(tst_cli quoteline-cli)
ql_add_qtest(tst_guicommandline SOURCES app/tst_guicommandline.cpp)
add_dependencies(tst_guicommandline quoteline)
ql_add_qtest(tst_mainwindow SOURCES app/tst_mainwindow.cpp LIBS quoteline_app quoteline_resources)
ql_add_qtest(tst_launcharguments SOURCES app/tst_launcharguments.cpp LIBS quoteline_app)
ql_add_qtest(tst_curationwindow SOURCES app/tst_curationwindow.cpp LIBS quoteline_app quoteline_resources)
# Issue 16: quoteline-cli's messages (damaged PDFs, odd file names, chart export, "--").
ql_add_qtest(tst_climessages SOURCES app/tst_climessages.cpp)
add_dependencies(tst_climessages quoteline-cli)
# Issue 17: File ▸ Check Store (worker thread, progress, Cancel, message box).
ql_add_qtest(tst_storecheckaction SOURCES app/tst_storecheckaction.cpp LIBS quoteline_app quoteline_resources)
# Issue 17: import, undo and redo change the timeline and charts as a fresh open would show them.
ql_add_qtest(tst_analysisrefresh SOURCES app/tst_analysisrefresh.cpp LIBS quoteline_app quoteline_resources)
