target_sources(quoteline_models PRIVATE
    commands/DeleteStatementCommand.cpp
    commands/DeleteStatementCommand.h
    commands/EditArticleCommand.cpp
    commands/EditArticleCommand.h
    commands/ImportArticlesCommand.cpp
    commands/ImportArticlesCommand.h
    commands/ReplaceOfficeTermsCommand.cpp
    commands/ReplaceOfficeTermsCommand.h
    commands/SetSpanCommand.cpp
    commands/SetSpanCommand.h
    commands/SetSpeakerCommand.cpp
    commands/SetSpeakerCommand.h
    commands/StoreCommand.cpp
    commands/StoreCommand.h
    commands/TagCommand.cpp
    commands/TagCommand.h
)
