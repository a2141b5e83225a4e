ql_add_qtest(tst_models SOURCES models/tst_models.cpp LIBS quoteline_models)
ql_add_qtest(tst_commands SOURCES models/tst_commands.cpp LIBS quoteline_models)
