target_sources(quoteline_core PRIVATE
    domain/Article.h
    domain/CalendarEvent.h
    domain/Extraction.h
    domain/Figure.h
    domain/SaidWindow.cpp
    domain/SaidWindow.h
    domain/Statement.h
    domain/StatementKind.cpp
    domain/StatementKind.h
)
