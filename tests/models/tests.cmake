ql_add_qtest(tst_models SOURCES models/tst_models.cpp LIBS quoteline_models)
ql_add_qtest(tst_commands SOURCES models/tst_commands.cpp LIBS quoteline_models)
ql_add_qtest(tst_curation SOURCES models/tst_curation.cpp LIBS quoteline_models)
ql_add_qtest(tst_figureactorcommand SOURCES models/tst_figureactorcommand.cpp LIBS quoteline_models)
