# Tests for the undoable edit commands; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_commands SOURCES models/commands/tst_commands.cpp LIBS quoteline_models)
ql_add_qtest(tst_curation SOURCES models/commands/tst_curation.cpp LIBS quoteline_models)
ql_add_qtest(tst_figureactorcommand SOURCES models/commands/tst_figureactorcommand.cpp LIBS quoteline_models)
