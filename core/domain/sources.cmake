target_sources(quoteline_core PRIVATE
    domain/Article.h
    domain/Extraction.h
    domain/Figure.h
    domain/Statement.h
    domain/StatementKind.cpp
    domain/StatementKind.h
)
